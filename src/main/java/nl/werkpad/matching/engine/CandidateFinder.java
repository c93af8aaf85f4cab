package nl.werkpad.matching.engine;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.werkpad.access.Role;
import nl.werkpad.access.SignedInUser;
import nl.werkpad.matching.Candidate;
import nl.werkpad.matching.Match;
import nl.werkpad.matching.domain.MatchScorer;
import nl.werkpad.matching.domain.ProfileQuery;
import nl.werkpad.matching.domain.SkillQuery;
import nl.werkpad.matching.index.MatchIndex;
import nl.werkpad.organisations.Organisations;
import nl.werkpad.privacy.Processing;
import nl.werkpad.privacy.ProcessingLog;
import nl.werkpad.regions.Regions;
import nl.werkpad.shared.Languages;
import nl.werkpad.shared.RuleViolation;
import nl.werkpad.taxonomy.Taxonomy;
import nl.werkpad.vacancies.Vacancies;
import nl.werkpad.vacancies.Vacancy;
import nl.werkpad.vacancies.VacancyNotFound;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Candidates for a vacancy: who may look (the employer, through its consent "employers", or an advisor, through a
 * resident's consent for that advisor), the persons the index finds, each read recorded in the processing log, and
 * a pseudonym per vacancy until the person accepts contact.
 */
@Component
class CandidateFinder {

    private final MatchingEngine engine;
    private final Vacancies vacancies;
    private final Organisations organisations;
    private final ProcessingLog log;
    private final ContactRequests contacts;
    private final TransactionTemplate transaction;
    private final Regions regions;
    private final SkillLabels labels;

    CandidateFinder(
            MatchingEngine engine,
            Vacancies vacancies,
            Organisations organisations,
            ProcessingLog log,
            ContactRequests contacts,
            TransactionTemplate transaction,
            Regions regions,
            Taxonomy taxonomy) {
        this.engine = engine;
        this.vacancies = vacancies;
        this.organisations = organisations;
        this.log = log;
        this.contacts = contacts;
        this.transaction = transaction;
        this.regions = regions;
        this.labels = new SkillLabels(engine, taxonomy);
    }

    List<Candidate> candidates(UUID vacancyId, SignedInUser viewer, int limit) {
        Vacancy vacancy =
                vacancies.byId(vacancyId, Optional.of(viewer)).orElseThrow(() -> VacancyNotFound.byId(vacancyId));
        String consent;
        String actorLabel;
        if (organisations.mayWriteFor(vacancy.organisation().id(), Optional.of(viewer))) {
            consent = "employers";
            actorLabel = "werkgever " + vacancy.organisation().name();
        } else if (viewer.has(Role.ADVISEUR)) {
            consent = "advisor:" + viewer.accountId();
            actorLabel = "adviseur " + viewer.displayName();
        } else {
            throw VacancyNotFound.byId(vacancyId);
        }
        MatchIndex.VacancyEntry v = engine.index()
                .vacancy(vacancyId)
                .orElseThrow(
                        () -> RuleViolation.of("matching.vacancy-not-open", "Only open vacancies have candidates"));
        ProfileQuery query = new ProfileQuery(engine.space(), v.essential(), v.optional());
        List<MatchIndex.Hit<MatchIndex.PersonEntry>> hits =
                engine.index().persons(query, v, consent, Math.max(1, Math.min(limit, 200)));
        Map<UUID, ContactRequests.Request> requests = contacts.forVacancy(vacancyId);
        boolean advisor = consent.startsWith("advisor:");
        String language = Languages.current();
        return transaction.execute(tx -> {
            Map<UUID, String> references = contacts.references(
                    vacancyId, hits.stream().map(h -> h.entry().id()).toList());
            return hits.stream()
                    .map(h -> {
                        MatchIndex.PersonEntry p = h.entry();
                        log.record(new Processing(
                                viewer.accountId(),
                                actorLabel,
                                p.id(),
                                Processing.Action.READ,
                                "anoniem profiel: vaardigheden, woonplaats",
                                "kandidaat voor vacature " + vacancy.title()));
                        SkillQuery q = new SkillQuery(engine.space(), p.skills(), true);
                        MatchScorer.Explanation why = MatchScorer.explain(q, v.essential(), v.optional());
                        ContactRequests.Request r = requests.get(p.id());
                        Candidate.ContactStatus status =
                                r == null ? Candidate.ContactStatus.NONE : Candidate.ContactStatus.valueOf(r.status());
                        boolean accepted = status == Candidate.ContactStatus.ACCEPTED;
                        // the employer sees a pseudonym for this vacancy only; the person's id follows their consent to
                        // contact
                        return new Candidate(
                                references.get(p.id()),
                                accepted || advisor ? p.id() : null,
                                (int) Math.round(h.score() * 100),
                                MatchingService.round1(h.distanceKm()),
                                place(p.municipality()),
                                labels.matched(why, language),
                                labels.refs(why.missingEssential(), language),
                                labels.partial(why, language),
                                status,
                                accepted ? r.sharedName() : null,
                                accepted ? r.sharedContact() : null);
                    })
                    .toList();
        });
    }

    private Match.Place place(String code) {
        return new Match.Place(
                code, regions.municipality(code).map(m -> m.name()).orElse(code));
    }
}
