package nl.werkpad.passport.persistence;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.werkpad.access.Role;
import nl.werkpad.access.SignedInUser;
import nl.werkpad.passport.Passport;
import nl.werkpad.passport.PassportInput;
import nl.werkpad.passport.Passports;
import nl.werkpad.passport.PersonNotFound;
import nl.werkpad.passport.domain.PassportRules;
import nl.werkpad.privacy.Consents;
import nl.werkpad.privacy.Processing;
import nl.werkpad.privacy.ProcessingLog;
import nl.werkpad.privacy.Purpose;
import nl.werkpad.regions.Regions;
import nl.werkpad.shared.Decision;
import nl.werkpad.shared.InputCheck;
import nl.werkpad.shared.Limits;
import nl.werkpad.shared.RuleViolation;
import nl.werkpad.shared.db.PgCopy;
import nl.werkpad.taxonomy.Taxonomy;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Passports in the passport schema. Who may see a passport is decided here, once: the resident, or an
 * advisor the resident consented to; anyone else is told it does not exist. Reads and changes by the
 * advisor go to the processing log in the same transaction.
 */
@Repository
@Transactional
class JdbcPassports implements Passports {

    private final JdbcClient jdbc;
    private final PassportReader reader;
    private final Taxonomy taxonomy;
    private final Regions regions;
    private final Consents consents;
    private final ProcessingLog log;
    private final Clock clock;
    private final PgCopy copy;
    private final org.springframework.context.ApplicationEventPublisher events;

    JdbcPassports(
            JdbcClient jdbc,
            PassportReader reader,
            Taxonomy taxonomy,
            Regions regions,
            Consents consents,
            ProcessingLog log,
            Clock clock,
            javax.sql.DataSource dataSource,
            org.springframework.context.ApplicationEventPublisher events) {
        this.events = events;
        this.copy = new PgCopy(dataSource);
        this.jdbc = jdbc;
        this.reader = reader;
        this.taxonomy = taxonomy;
        this.regions = regions;
        this.consents = consents;
        this.log = log;
        this.clock = clock;
    }

    /** How the viewer relates to the person: themself, their consented advisor, or nobody. */
    private enum Relation {
        SELF,
        ADVISOR
    }

    private Relation relation(UUID person, SignedInUser viewer) {
        var owner = jdbc.sql("select account_id, erased_at is not null as erased from passport.person where id = ?")
                .param(person)
                .query((rs, n) -> new Object[] {rs.getObject(1, UUID.class), rs.getBoolean(2)})
                .optional()
                .orElseThrow(() -> PersonNotFound.byId(person));
        if ((Boolean) owner[1]) {
            throw PersonNotFound.byId(person);
        }
        if (viewer.accountId().equals(owner[0])) {
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
        jdbc.sql("insert into passport.person (id, account_id, created_by) values (?, ?, ?)")
                .params(id, advisor ? null : actor.accountId(), actor.accountId())
                .update();
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
        return reader.passport(id);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<UUID> ownPersonId(SignedInUser user) {
        return jdbc.sql("select id from passport.person where account_id = ? and erased_at is null")
                .param(user.accountId())
                .query(UUID.class)
                .optional();
    }

    @Override
    public Passport read(UUID personId, SignedInUser viewer, String purpose) {
        Relation relation = relation(personId, viewer);
        logIfOther(relation, viewer, personId, Processing.Action.READ, "paspoort", purpose);
        return reader.passport(personId);
    }

    @Override
    public Passport replace(UUID personId, PassportInput input, SignedInUser actor) {
        Relation relation = relation(personId, actor);
        write(personId, input, relation == Relation.ADVISOR);
        logIfOther(relation, actor, personId, Processing.Action.CHANGE, "paspoort", "begeleiding");
        return reader.passport(personId);
    }

    @Override
    public Map<String, Object> export(UUID personId, SignedInUser actor) {
        Relation relation = relation(personId, actor);
        logIfOther(relation, actor, personId, Processing.Action.EXPORT, "alle gegevens", "inzageverzoek");
        Map<String, Object> all = new LinkedHashMap<>();
        all.put("exportedAt", clock.instant());
        all.put("passport", reader.passport(personId));
        all.put("consents", consents.current(personId));
        all.put("processingLog", log.forSubject(personId, 10_000));
        return all;
    }

    @Override
    public List<UUID> createAll(List<PassportInput> people, UUID createdBy) {
        List<UUID> ids = new ArrayList<>();
        List<Object[]> persons = new ArrayList<>();
        List<Object[]> skills = new ArrayList<>();
        List<Object[]> work = new ArrayList<>();
        for (PassportInput p : people) {
            UUID id = UUID.randomUUID();
            ids.add(id);
            persons.add(new Object[] {
                id,
                p.name(),
                p.municipality(),
                p.travelKm(),
                p.status() == null ? null : p.status().name(),
                p.wwStart(),
                p.hoursPerWeek(),
                "{" + String.join(",", p.sectors()) + "}",
                p.willingToRetrain(),
                createdBy
            });
            p.skills().stream().map(PassportInput.SkillEntry::skill).distinct().forEach(skill -> {
                var entry = p.skills().stream()
                        .filter(e -> e.skill().equals(skill))
                        .findFirst()
                        .orElseThrow();
                skills.add(new Object[] {id, skill, entry.source().name(), entry.level()});
            });
            p.workHistory()
                    .forEach(w -> work.add(
                            new Object[] {UUID.randomUUID(), id, w.occupation(), w.employer(), w.fromYear(), w.toYear()
                            }));
        }
        copy.copy(
                "passport.person (id, name, municipality, travel_km, status, ww_start, hours_per_week, sectors, willing_to_retrain, created_by)",
                persons,
                r -> r);
        copy.copy("passport.person_skill (person_id, skill_id, source, level)", skills, r -> r);
        copy.copy("passport.work_history (id, person_id, occupation_id, employer, from_year, to_year)", work, r -> r);
        return ids;
    }

    @Override
    @Transactional(readOnly = true)
    public void profiles(
            java.util.Collection<UUID> ids, java.util.function.Consumer<nl.werkpad.passport.PersonProfile> each) {
        jdbc.sql("""
                select p.id, p.municipality, p.travel_km, p.status, p.ww_start, p.sectors, p.erased_at is not null as erased,
                       coalesce((select array_agg(s.skill_id) from passport.person_skill s where s.person_id = p.id), '{}') as skills,
                       coalesce((select array_agg(w.occupation_id) from passport.work_history w where w.person_id = p.id), '{}') as occupations
                  from passport.person p
                 where (cast(:ids as uuid[]) is null and p.erased_at is null) or p.id = any(cast(:ids as uuid[]))
                """)
                .withFetchSize(2000)
                .param("ids", ids == null ? null : ids.toArray(UUID[]::new))
                .query(rs -> {
                    Date ww = rs.getDate("ww_start");
                    String status = rs.getString("status");
                    each.accept(new nl.werkpad.passport.PersonProfile(
                            rs.getObject("id", UUID.class),
                            rs.getString("municipality"),
                            (Integer) rs.getObject("travel_km"),
                            status == null ? null : nl.werkpad.passport.LabourMarketStatus.valueOf(status),
                            ww == null ? null : ww.toLocalDate(),
                            List.of((String[]) rs.getArray("sectors").getArray()),
                            List.of((String[]) rs.getArray("skills").getArray()),
                            List.of((String[]) rs.getArray("occupations").getArray()),
                            rs.getBoolean("erased")));
                });
    }

    @Override
    public void erase(UUID personId, SignedInUser actor) {
        Relation relation = relation(personId, actor);
        consents.withdrawAll(personId, actor.accountId());
        jdbc.sql("delete from passport.person_skill where person_id = ?")
                .param(personId)
                .update();
        jdbc.sql("delete from passport.work_history where person_id = ?")
                .param(personId)
                .update();
        jdbc.sql("delete from passport.education where person_id = ?")
                .param(personId)
                .update();
        // the row stays as a bare pseudonym: its id is what logs and ledger entries refer to
        jdbc.sql("""
                update passport.person set account_id = null, name = null, municipality = null, travel_km = null,
                    status = null, ww_start = null, hours_per_week = null, sectors = '{}', willing_to_retrain = false,
                    erased_at = now(), updated_at = now() where id = ?
                """).param(personId).update();
        log.record(new Processing(
                actor.accountId(),
                relation == Relation.SELF ? "de persoon zelf" : "adviseur " + actor.displayName(),
                personId,
                Processing.Action.ERASE,
                "alle persoonsgegevens",
                "verzoek tot wissen"));
        events.publishEvent(new nl.werkpad.passport.PassportChanged(personId));
    }

    /**
     * The field rules (lengths, years as the database holds them, no nulls in lists) before any other rule; travel,
     * hours and levels are {@code PassportRules}' own.
     */
    static void check(PassportInput in) {
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
        List<PassportInput.WorkEntry> work = in.workHistory() == null ? List.of() : in.workHistory();
        List<String> occupations = new ArrayList<>();
        for (PassportInput.WorkEntry w : work) {
            occupations.add(taxonomy.occupationRef(w.occupation(), "en")
                    .map(o -> o.id())
                    .orElseThrow(() -> RuleViolation.of(
                            "passport.occupation-unknown", "Unknown ESCO occupation " + w.occupation())));
        }
        jdbc.sql("""
                update passport.person set name = ?, municipality = ?, travel_km = ?, status = ?, ww_start = ?,
                    hours_per_week = ?, sectors = ?, willing_to_retrain = ?, updated_at = now() where id = ?
                """)
                .params(
                        in.name(),
                        municipality,
                        in.travelKm(),
                        in.status() == null ? null : in.status().name(),
                        in.wwStart() == null ? null : Date.valueOf(in.wwStart()),
                        in.hoursPerWeek(),
                        (in.sectors() == null ? List.<String>of() : in.sectors()).toArray(String[]::new),
                        Boolean.TRUE.equals(in.willingToRetrain()),
                        id)
                .update();
        jdbc.sql("delete from passport.person_skill where person_id = ?")
                .param(id)
                .update();
        jdbc.sql("delete from passport.work_history where person_id = ?")
                .param(id)
                .update();
        jdbc.sql("delete from passport.education where person_id = ?").param(id).update();
        for (PassportInput.SkillEntry s : skills) {
            jdbc.sql(
                            "insert into passport.person_skill (person_id, skill_id, source, level) values (?, ?, ?, ?) on conflict do nothing")
                    .params(id, resolved.get(s.skill()), s.source().name(), s.level())
                    .update();
        }
        for (int i = 0; i < work.size(); i++) {
            PassportInput.WorkEntry w = work.get(i);
            jdbc.sql(
                            "insert into passport.work_history (id, person_id, occupation_id, employer, from_year, to_year) values (?, ?, ?, ?, ?, ?)")
                    .params(UUID.randomUUID(), id, occupations.get(i), w.employer(), w.fromYear(), w.toYear())
                    .update();
        }
        for (PassportInput.EducationEntry e :
                in.education() == null ? List.<PassportInput.EducationEntry>of() : in.education()) {
            jdbc.sql(
                            "insert into passport.education (id, person_id, kind, title, institution, year) values (?, ?, ?, ?, ?, ?)")
                    .params(UUID.randomUUID(), id, e.kind().name(), e.title(), e.institution(), e.year())
                    .update();
        }
        events.publishEvent(new nl.werkpad.passport.PassportChanged(id));
    }
}
