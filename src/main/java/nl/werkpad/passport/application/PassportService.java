package nl.werkpad.passport.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import nl.werkpad.access.Role;
import nl.werkpad.access.SignedInUser;
import nl.werkpad.passport.Passport;
import nl.werkpad.passport.PassportChanged;
import nl.werkpad.passport.PassportInput;
import nl.werkpad.passport.Passports;
import nl.werkpad.passport.PersonNotFound;
import nl.werkpad.passport.PersonProfile;
import nl.werkpad.passport.domain.PassportRules;
import nl.werkpad.passport.persistence.PassportStore;
import nl.werkpad.privacy.Consents;
import nl.werkpad.privacy.Processing;
import nl.werkpad.privacy.ProcessingLog;
import nl.werkpad.privacy.Purpose;
import nl.werkpad.regions.Regions;
import nl.werkpad.shared.Decision;
import nl.werkpad.shared.InputCheck;
import nl.werkpad.shared.Limits;
import nl.werkpad.shared.RuleViolation;
import nl.werkpad.taxonomy.Taxonomy;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Passports as an application service. Who may see a passport is decided here, once: the resident, or an advisor the
 * resident consented to; anyone else is told it does not exist. Reads and changes by the advisor go to the processing
 * log in the same transaction; the field limits and {@link PassportRules} apply before anything is written. SQL is in
 * {@link PassportStore}.
 */
@Service
@Transactional
class PassportService implements Passports {

    private final PassportStore store;
    private final Taxonomy taxonomy;
    private final Regions regions;
    private final Consents consents;
    private final ProcessingLog log;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    PassportService(
            PassportStore store,
            Taxonomy taxonomy,
            Regions regions,
            Consents consents,
            ProcessingLog log,
            Clock clock,
            ApplicationEventPublisher events) {
        this.store = store;
        this.taxonomy = taxonomy;
        this.regions = regions;
        this.consents = consents;
        this.log = log;
        this.clock = clock;
        this.events = events;
    }

    /** How the viewer relates to the person: themself, their consented advisor, or nobody. */
    private enum Relation {
        SELF,
        ADVISOR
    }

    private Relation relation(UUID person, SignedInUser viewer) {
        PassportStore.Owner owner = store.owner(person).orElseThrow(() -> PersonNotFound.byId(person));
        if (owner.erased()) {
            throw PersonNotFound.byId(person);
        }
        if (viewer.accountId().equals(owner.account())) {
            return Relation.SELF;
        }
        if (viewer.has(Role.ADVISEUR) && consents.has(person, Purpose.ADVISOR, viewer.accountId())) {
            return Relation.ADVISOR;
        }
        throw PersonNotFound.byId(person);
    }

    private void logIfOther(
            Relation relation, SignedInUser actor, UUID person, Processing.Action action, String data, String purpose) {
        if (relation != Relation.SELF) {
            log.record(new Processing(
                    actor.accountId(), "adviseur " + actor.displayName(), person, action, data, purpose));
        }
    }

    @Override
    public Passport create(PassportInput input, SignedInUser actor) {
        boolean advisor = actor.has(Role.ADVISEUR);
        if (!advisor && ownPersonId(actor).isPresent()) {
            throw RuleViolation.of("passport.exists", "You already have a passport");
        }
        UUID id = UUID.randomUUID();
        store.insertPerson(id, advisor ? null : actor.accountId(), actor.accountId());
        if (advisor) {
            consents.give(id, Purpose.ADVISOR, actor.accountId(), actor.accountId());
        }
        write(id, input, advisor);
        logIfOther(
                advisor ? Relation.ADVISOR : Relation.SELF,
                actor,
                id,
                Processing.Action.CHANGE,
                "paspoort aangemaakt",
                "begeleiding");
        return store.passport(id);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<UUID> ownPersonId(SignedInUser user) {
        return store.ownPersonId(user.accountId());
    }

    @Override
    public Passport read(UUID personId, SignedInUser viewer, String purpose) {
        Relation relation = relation(personId, viewer);
        logIfOther(relation, viewer, personId, Processing.Action.READ, "paspoort", purpose);
        return store.passport(personId);
    }

    @Override
    public Passport replace(UUID personId, PassportInput input, SignedInUser actor) {
        Relation relation = relation(personId, actor);
        write(personId, input, relation == Relation.ADVISOR);
        logIfOther(relation, actor, personId, Processing.Action.CHANGE, "paspoort", "begeleiding");
        return store.passport(personId);
    }

    @Override
    public Map<String, Object> export(UUID personId, SignedInUser actor) {
        Relation relation = relation(personId, actor);
        logIfOther(relation, actor, personId, Processing.Action.EXPORT, "alle gegevens", "inzageverzoek");
        Map<String, Object> all = new LinkedHashMap<>();
        all.put("exportedAt", clock.instant());
        all.put("passport", store.passport(personId));
        all.put("consents", consents.current(personId));
        all.put("processingLog", log.forSubject(personId, 10_000));
        return all;
    }

    @Override
    public List<UUID> createAll(List<PassportInput> people, UUID createdBy) {
        return store.copyAll(people, createdBy);
    }

    @Override
    @Transactional(readOnly = true)
    public void profiles(Collection<UUID> ids, Consumer<PersonProfile> each) {
        store.profiles(ids, each);
    }

    @Override
    public void erase(UUID personId, SignedInUser actor) {
        Relation relation = relation(personId, actor);
        consents.withdrawAll(personId, actor.accountId());
        store.erase(personId);
        log.record(new Processing(
                actor.accountId(),
                relation == Relation.SELF ? "de persoon zelf" : "adviseur " + actor.displayName(),
                personId,
                Processing.Action.ERASE,
                "alle persoonsgegevens",
                "verzoek tot wissen"));
        events.publishEvent(new PassportChanged(personId));
    }

    /**
     * The field rules (lengths, years as the database holds them, no nulls in lists) before any other rule; travel,
     * hours and levels are {@code PassportRules}' own.
     */
    private static void check(PassportInput in) {
        InputCheck.of()
                .line("name", in.name(), Limits.NAME)
                .line("municipality", in.municipality(), Limits.CODE)
                .noNulls("sectors", in.sectors())
                .each("skills", in.skills(), (c, at, s) -> c.line(at + "skill", s.skill(), Limits.SHORT))
                .each("workHistory", in.workHistory(), (c, at, w) -> c.line(
                                at + "occupation", w.occupation(), Limits.SHORT)
                        .line(at + "employer", w.employer(), Limits.SHORT)
                        .range(at + "fromYear", w.fromYear(), Limits.FIRST_YEAR, Limits.LAST_YEAR)
                        .range(at + "toYear", w.toYear(), Limits.FIRST_YEAR, Limits.LAST_YEAR))
                .each("education", in.education(), (c, at, e) -> c.line(at + "title", e.title(), Limits.TITLE)
                        .line(at + "institution", e.institution(), Limits.SHORT)
                        .range(at + "year", e.year(), Limits.FIRST_YEAR, Limits.LAST_YEAR))
                .orThrow();
    }

    private void write(UUID id, PassportInput in, boolean byAdvisor) {
        check(in);
        List<Decision.Rejected> problems = PassportRules.check(in, byAdvisor, LocalDate.now(clock));
        if (!problems.isEmpty()) {
            throw RuleViolation.of(
                    problems.getFirst().rule(), problems.getFirst().reason());
        }
        String municipality = regions.municipality(in.municipality())
                .map(m -> m.code())
                .orElseThrow(() ->
                        RuleViolation.of("passport.municipality-unknown", "Unknown municipality " + in.municipality()));
        List<PassportInput.SkillEntry> skills = in.skills() == null ? List.of() : in.skills();
        Map<String, String> resolved = taxonomy.resolveSkills(
                skills.stream().map(PassportInput.SkillEntry::skill).toList());
        List<String> unknown = skills.stream()
                .map(PassportInput.SkillEntry::skill)
                .filter(s -> !resolved.containsKey(s))
                .toList();
        if (!unknown.isEmpty()) {
            throw RuleViolation.of("passport.skill-unknown", "Unknown ESCO skill(s): " + String.join(", ", unknown));
        }
        List<String> occupations = new ArrayList<>();
        for (PassportInput.WorkEntry w :
                in.workHistory() == null ? List.<PassportInput.WorkEntry>of() : in.workHistory()) {
            occupations.add(taxonomy.occupationRef(w.occupation(), "en")
                    .map(o -> o.id())
                    .orElseThrow(() -> RuleViolation.of(
                            "passport.occupation-unknown", "Unknown ESCO occupation " + w.occupation())));
        }
        store.write(id, new PassportStore.Fields(in, municipality, resolved, occupations));
        events.publishEvent(new PassportChanged(id));
    }
}
