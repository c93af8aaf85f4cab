package nl.werkpad.matching.engine;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import nl.werkpad.access.SignedInUser;
import nl.werkpad.matching.Candidate;
import nl.werkpad.matching.Match;
import nl.werkpad.matching.Matching;
import nl.werkpad.matching.Route;
import nl.werkpad.matching.TrainingPlan;
import nl.werkpad.matching.domain.MatchScorer;
import nl.werkpad.matching.domain.OccupationRoutes;
import nl.werkpad.matching.domain.SkillQuery;
import nl.werkpad.matching.index.MatchIndex;
import nl.werkpad.passport.Passport;
import nl.werkpad.passport.Passports;
import nl.werkpad.regions.GeoPoint;
import nl.werkpad.regions.Regions;
import nl.werkpad.shared.Languages;
import nl.werkpad.shared.NotFound;
import nl.werkpad.shared.RuleViolation;
import nl.werkpad.taxonomy.OccupationRef;
import nl.werkpad.taxonomy.Taxonomy;
import nl.werkpad.vacancies.Vacancies;
import nl.werkpad.vacancies.VacancyKind;
import nl.werkpad.vacancies.VacancyNotFound;
import org.springframework.stereotype.Service;

/** {@link Matching} on the engine's index, with the access rules and the processing log. */
@Service
class MatchingService implements Matching {

    /** A vacancy is a good match when the person brings at least this share (%) of its essential skills. */
    static final int GOOD_MATCH = 80;

    static final int MAX_RADIUS_KM = 300;

    private final MatchingEngine engine;
    private final Taxonomy taxonomy;
    private final Regions regions;
    private final Passports passports;
    private final Vacancies vacancies;
    private final ContactRequests contacts;
    private final ContactRequestService contactRequests;
    private final ChangeFeedFollower follower;
    private final SkillLabels labels;

    MatchingService(
            MatchingEngine engine,
            Taxonomy taxonomy,
            Regions regions,
            Passports passports,
            Vacancies vacancies,
            ContactRequests contacts,
            ContactRequestService contactRequests,
            ChangeFeedFollower follower,
            PlanMaker plans,
            RouteFinder routeFinder,
            CandidateFinder candidateFinder) {
        this.plans = plans;
        this.candidateFinder = candidateFinder;
        this.routeFinder = routeFinder;
        this.contactRequests = contactRequests;
        this.engine = engine;
        this.taxonomy = taxonomy;
        this.regions = regions;
        this.passports = passports;
        this.vacancies = vacancies;
        this.contacts = contacts;
        this.follower = follower;
        this.labels = new SkillLabels(engine, taxonomy);
    }

    private final PlanMaker plans;
    private final RouteFinder routeFinder;
    private final CandidateFinder candidateFinder;

    /** Who is being matched: skills, where they live, how far they go and what they did before. */
    private record Seeker(SkillQuery query, GeoPoint at, double radiusKm, Set<String> worked) {
        PlanMaker.Seeker plannable() {
            return new PlanMaker.Seeker(query, at, radiusKm);
        }
    }

    // ---- vacancies for a person

    @Override
    public List<Match> matchSkills(
            Collection<String> skills, String municipality, int radiusKm, Set<VacancyKind> kinds, int limit) {
        if (skills == null || skills.isEmpty()) {
            throw RuleViolation.of("matching.skills-required", "Give at least one skill");
        }
        Map<String, String> resolved = taxonomy.resolveSkills(skills);
        List<String> unknown =
                skills.stream().filter(s -> !resolved.containsKey(s)).toList();
        if (!unknown.isEmpty()) {
            throw RuleViolation.of("matching.skill-unknown", "Unknown ESCO skill(s): " + String.join(", ", unknown));
        }
        Seeker seeker = new Seeker(
                SkillQuery.of(engine.space(), resolved.values()), placeOf(municipality), radius(radiusKm), Set.of());
        return matches(seeker, kinds, limit);
    }

    @Override
    public List<Match> matchesFor(
            UUID personId, SignedInUser viewer, Integer radiusKm, Set<VacancyKind> kinds, int limit) {
        Seeker seeker = seeker(passports.read(personId, viewer, "passende vacatures"), radiusKm);
        return matches(seeker, kinds, limit);
    }

    private Seeker seeker(Passport p, Integer radiusKm) {
        if (p.municipality() == null) {
            throw RuleViolation.of("matching.municipality-required", "The passport has no municipality to match from");
        }
        int radius = radiusKm != null
                ? radius(radiusKm)
                : p.travelKm() != null ? Math.max(1, p.travelKm()) : MatchingEngine.DEFAULT_RADIUS_KM;
        Set<String> worked = new HashSet<>();
        p.workHistory().forEach(w -> worked.add(w.occupation().id()));
        return new Seeker(
                SkillQuery.of(
                        engine.space(),
                        p.skills().stream().map(s -> s.skill().id()).toList()),
                placeOf(p.municipality().code()),
                radius,
                worked);
    }

    private List<Match> matches(Seeker s, Set<VacancyKind> kinds, int limit) {
        MatchIndex.Area area = new MatchIndex.Area(s.at().latitude(), s.at().longitude(), s.radiusKm());
        List<MatchIndex.Hit<MatchIndex.VacancyEntry>> hits = engine.index()
                .vacancies(
                        s.query(),
                        area,
                        kinds == null
                                ? List.of()
                                : kinds.stream().map(Enum::name).toList(),
                        Math.max(1, Math.min(limit, 200)),
                        s.worked());
        String language = Languages.current();
        Set<String> workedGroups = new HashSet<>();
        s.worked().forEach(o -> workedGroups.add(subMajor(engine.isco(o))));
        workedGroups.remove("");
        return hits.stream()
                .map(h -> {
                    MatchIndex.VacancyEntry v = h.entry();
                    MatchScorer.Explanation why = MatchScorer.explain(s.query(), v.essential(), v.optional());
                    boolean unexpected =
                            !workedGroups.isEmpty() && !workedGroups.contains(subMajor(engine.isco(v.occupation())));
                    return new Match(
                            new Match.VacancySummary(
                                    v.id(),
                                    v.title(),
                                    taxonomy.occupationRef(v.occupation(), language)
                                            .orElse(null),
                                    place(v.municipality()),
                                    v.kind(),
                                    v.organisation()),
                            (int) Math.round(h.score() * 100),
                            round1(h.distanceKm()),
                            labels.matched(why, language),
                            labels.refs(why.missingEssential(), language),
                            labels.partial(why, language),
                            unexpected,
                            fit(s.query(), v.essential(), why));
                })
                .toList();
    }

    static Match.EssentialFit fit(SkillQuery q, int[] essential, MatchScorer.Explanation why) {
        int partly = (int)
                why.partial().stream().filter(MatchScorer.Partial::essential).count();
        return new Match.EssentialFit(essential.length, why.matchedEssential().size(), partly, (int)
                Math.round(100 * q.essentialShare(essential)));
    }

    private static String subMajor(String isco) {
        return isco.length() >= 2 ? isco.substring(0, 2) : "";
    }

    // ---- candidates for a vacancy

    @Override
    public List<Candidate> candidates(UUID vacancyId, SignedInUser viewer, int limit) {
        return candidateFinder.candidates(vacancyId, viewer, limit);
    }

    // ---- training plans and routes (PlanMaker, RouteFinder)

    @Override
    public TrainingPlan trainingPlan(
            UUID personId,
            SignedInUser viewer,
            String vacancyId,
            String occupationId,
            Optimise optimise,
            Long budgetCents,
            Integer maxWeeks) {
        PlanMaker.check(budgetCents, maxWeeks);
        Seeker s = seeker(passports.read(personId, viewer, "opleidingsplan"), null);
        String language = Languages.current();
        PlanMaker.Wish wish = new PlanMaker.Wish(optimise, budgetCents, maxWeeks);
        if (vacancyId != null && !vacancyId.isBlank()) {
            UUID id = uuid(vacancyId);
            MatchIndex.VacancyEntry v = engine.index().vacancy(id).orElseThrow(() -> VacancyNotFound.byId(vacancyId));
            return plans.plan(
                    s.plannable(),
                    v.title(),
                    v.essential(),
                    v.optional(),
                    wish,
                    new PlanMaker.Payer(personId, viewer, v.occupation()),
                    language);
        }
        if (occupationId != null && !occupationId.isBlank()) {
            OccupationRef ref = taxonomy.occupationRef(occupationId, language)
                    .orElseThrow(() ->
                            RuleViolation.of("matching.occupation-unknown", "Unknown ESCO occupation " + occupationId));
            OccupationRoutes.Profile o = engine.occupation(ref.id());
            return plans.plan(
                    s.plannable(),
                    ref.label(),
                    o.essential(),
                    o.optional(),
                    wish,
                    new PlanMaker.Payer(personId, viewer, ref.id()),
                    language);
        }
        throw RuleViolation.of("matching.target-required", "Give a vacancy or an occupation");
    }

    @Override
    public List<Route> routesFor(UUID personId, SignedInUser viewer, int limit) {
        Passport p = passports.read(personId, viewer, "routes naar ander werk");
        Seeker s = seeker(p, null);
        return routeFinder.routes(
                s.plannable(),
                s.worked(),
                limit,
                regionOf(p.municipality() == null ? null : p.municipality().code()),
                Languages.current());
    }

    @Override
    public List<Route> routesFrom(String occupationId, String municipality, int limit) {
        OccupationRef ref = taxonomy.occupationRef(occupationId, "en")
                .orElseThrow(() ->
                        RuleViolation.of("matching.occupation-unknown", "Unknown ESCO occupation " + occupationId));
        OccupationRoutes.Profile from = engine.occupation(ref.id());
        GeoPoint at = municipality == null || municipality.isBlank() ? null : placeOf(municipality);
        Seeker s = new Seeker(
                new SkillQuery(engine.space(), from.all(), true),
                at == null ? new GeoPoint(52.2, 5.3) : at,
                at == null ? MAX_RADIUS_KM : MatchingEngine.DEFAULT_RADIUS_KM,
                Set.of(ref.id()));
        return routeFinder.routes(s.plannable(), Set.of(ref.id()), limit, regionOf(municipality), Languages.current());
    }

    @Override
    public List<RouteInto> routesInto(String occupationId, int limit) {
        OccupationRef ref = taxonomy.occupationRef(occupationId, "en")
                .orElseThrow(() ->
                        RuleViolation.of("matching.occupation-unknown", "Unknown ESCO occupation " + occupationId));
        return routeFinder.routesInto(ref.id(), Math.max(1, Math.min(limit, 50)), Languages.current()).stream()
                .map(i -> new RouteInto(i.occupation(), i.closeness()))
                .toList();
    }

    private String regionOf(String municipality) {
        return municipality == null || municipality.isBlank()
                ? null
                : regions.municipality(municipality)
                        .map(m -> m.labourMarketRegion() == null
                                ? null
                                : m.labourMarketRegion().code())
                        .orElse(null);
    }

    // ---- contact requests

    @Override
    public ContactRequest requestContact(UUID vacancyId, String candidate, SignedInUser viewer, String message) {
        UUID personId =
                contacts.personByReference(vacancyId, candidate).orElseThrow(() -> NotFound.of("candidate", candidate));
        return contactRequests.request(vacancyId, personId, viewer, message);
    }

    @Override
    public List<ContactRequest> contactRequestsFor(SignedInUser resident) {
        return contactRequests.forResident(resident);
    }

    @Override
    public ContactRequest answerContact(
            UUID requestId, SignedInUser resident, boolean accept, String name, String contact) {
        return contactRequests.answer(requestId, resident, accept, name, contact);
    }

    @Override
    public IndexStatus status() {
        Map<String, Integer> sizes = engine.index().sizes();
        return new IndexStatus(
                sizes.get("vacancies"), sizes.get("persons"), sizes.get("offers"), follower.position(), engine.ready());
    }

    // ---- helpers

    private GeoPoint placeOf(String municipality) {
        GeoPoint at = municipality == null ? null : engine.place(municipality);
        if (at == null) {
            throw RuleViolation.of(
                    "matching.municipality-unknown",
                    "Unknown municipality " + municipality + " (expected a code like GM0363)");
        }
        return at;
    }

    private static int radius(int radiusKm) {
        if (radiusKm < 1 || radiusKm > MAX_RADIUS_KM) {
            throw RuleViolation.of("matching.radius-out-of-range", "radiusKm must be between 1 and " + MAX_RADIUS_KM);
        }
        return radiusKm;
    }

    private static UUID uuid(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw NotFound.of("vacancy", id);
        }
    }

    private Match.Place place(String code) {
        return new Match.Place(
                code, regions.municipality(code).map(m -> m.name()).orElse(code));
    }

    static double round1(double km) {
        return Math.round(km * 10) / 10.0;
    }
}
