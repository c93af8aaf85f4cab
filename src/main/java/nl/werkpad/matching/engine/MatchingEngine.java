package nl.werkpad.matching.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import nl.werkpad.matching.domain.MatchScorer;
import nl.werkpad.matching.domain.OccupationRoutes;
import nl.werkpad.matching.domain.ProfileQuery;
import nl.werkpad.matching.domain.SkillQuery;
import nl.werkpad.matching.domain.SkillSpace;
import nl.werkpad.matching.index.MatchIndex;
import nl.werkpad.passport.Passports;
import nl.werkpad.passport.PersonProfile;
import nl.werkpad.privacy.Consent;
import nl.werkpad.privacy.Consents;
import nl.werkpad.privacy.Purpose;
import nl.werkpad.regions.GeoPoint;
import nl.werkpad.regions.Municipality;
import nl.werkpad.regions.Regions;
import nl.werkpad.taxonomy.Taxonomy;
import nl.werkpad.training.OfferProfile;
import nl.werkpad.training.OfferStatus;
import nl.werkpad.training.TrainingMode;
import nl.werkpad.training.TrainingOffers;
import nl.werkpad.vacancies.Vacancies;
import nl.werkpad.vacancies.VacancyProfile;
import nl.werkpad.vacancies.VacancyStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The engine's state: the skill space built from ESCO, the occupations with their profiles, the places,
 * and the index of vacancies, persons and offers. Built from the other modules at start
 * ({@link #rebuild}); kept current entity by entity ({@link #reload}) by the change feed follower.
 */
@Component
public class MatchingEngine {

    private static final Logger LOG = LoggerFactory.getLogger(MatchingEngine.class);

    private final Taxonomy taxonomy;
    private final Regions regions;
    private final Vacancies vacancies;
    private final TrainingOffers offers;
    private final Passports passports;
    private final Consents consents;
    private final MatchIndex index = new MatchIndex();
    private final AtomicBoolean ready = new AtomicBoolean();

    private volatile SkillSpace space;
    private volatile Map<String, OccupationRoutes.Profile> occupations = Map.of();
    private volatile Map<String, String> iscoOf = Map.of();
    private volatile OccupationRoutes routes;
    private volatile Map<String, GeoPoint> places = Map.of();

    MatchingEngine(
            Taxonomy taxonomy,
            Regions regions,
            Vacancies vacancies,
            TrainingOffers offers,
            Passports passports,
            Consents consents) {
        this.taxonomy = taxonomy;
        this.regions = regions;
        this.vacancies = vacancies;
        this.offers = offers;
        this.passports = passports;
        this.consents = consents;
    }

    /** Everything from scratch: the skill space from ESCO, then every open vacancy, person and published offer. */
    public synchronized void rebuild() {
        long start = System.nanoTime();
        List<Taxonomy.OccupationProfile> profiles = taxonomy.occupationProfiles();
        SkillSpace built = SkillSpace.build(
                profiles.stream()
                        .map(o -> new SkillSpace.OccupationSkills(o.id(), o.essential(), o.optional()))
                        .toList(),
                taxonomy.skillLinks().stream()
                        .map(l -> new SkillSpace.Link(l.from(), l.to(), l.kind()))
                        .toList());
        Map<String, OccupationRoutes.Profile> byId = new HashMap<>();
        Map<String, String> isco = new HashMap<>();
        for (Taxonomy.OccupationProfile o : profiles) {
            int[] essential = built.ordinals(o.essential());
            Set<Integer> ess = new HashSet<>();
            for (int e : essential) {
                ess.add(e);
            }
            int[] optional = Arrays.stream(built.ordinals(o.optional()))
                    .filter(s -> !ess.contains(s))
                    .toArray();
            byId.put(o.id(), new OccupationRoutes.Profile(o.id(), essential, optional));
            if (o.iscoGroup() != null) {
                isco.put(o.id(), o.iscoGroup());
            }
        }
        Map<String, GeoPoint> points = new HashMap<>();
        for (Municipality m : regions.municipalities()) {
            points.put(m.code(), m.point());
        }
        space = built;
        occupations = byId;
        iscoOf = isco;
        routes = new OccupationRoutes(built, List.copyOf(byId.values()));
        places = points;
        index.clear();
        index.useSpace(built);
        Set<UUID> employers = new HashSet<>();
        consents.allCurrent(Purpose.EMPLOYERS_IN_REGION).forEach(c -> employers.add(c.subjectId()));
        Map<UUID, Set<UUID>> advisors = new HashMap<>();
        for (Consent c : consents.allCurrent(Purpose.ADVISOR)) {
            advisors.computeIfAbsent(c.subjectId(), k -> new HashSet<>()).add(c.grantee());
        }
        vacancies.profiles(null, this::put);
        offers.profiles(null, this::put);
        passports.profiles(null, p -> put(p, employers.contains(p.id()), advisors.getOrDefault(p.id(), Set.of())));
        index.compact();
        ready.set(true);
        LOG.info(
                "Matching index built in {} ms: {} ({})",
                (System.nanoTime() - start) / 1_000_000,
                index.sizes(),
                built);
    }

    /** Re-reads the given entities from their modules and updates the index (the change feed's work). */
    public synchronized void reload(
            Collection<UUID> vacancyIds, Collection<UUID> offerIds, Collection<UUID> personIds) {
        if (space == null) {
            return; // not built yet: the build reads everything anyway
        }
        if (!vacancyIds.isEmpty()) {
            Set<UUID> seen = new HashSet<>();
            vacancies.profiles(vacancyIds, v -> {
                seen.add(v.id());
                put(v);
            });
            vacancyIds.stream().filter(id -> !seen.contains(id)).forEach(index::removeVacancy);
        }
        if (!offerIds.isEmpty()) {
            Set<UUID> seen = new HashSet<>();
            offers.profiles(offerIds, o -> {
                seen.add(o.id());
                put(o);
            });
            offerIds.stream().filter(id -> !seen.contains(id)).forEach(index::removeOffer);
        }
        if (!personIds.isEmpty()) {
            Set<UUID> seen = new HashSet<>();
            passports.profiles(personIds, p -> {
                seen.add(p.id());
                Set<UUID> advisors = new HashSet<>();
                boolean employers = false;
                for (Consent c : consents.current(p.id())) {
                    if (c.purpose() == Purpose.ADVISOR) {
                        advisors.add(c.grantee());
                    } else if (c.purpose() == Purpose.EMPLOYERS_IN_REGION) {
                        employers = true;
                    }
                }
                put(p, employers, advisors);
            });
            personIds.stream().filter(id -> !seen.contains(id)).forEach(index::removePerson);
        }
        index.refresh();
    }

    private void put(VacancyProfile v) {
        GeoPoint at = places.get(v.municipality());
        if (v.status() != VacancyStatus.OPEN || at == null) {
            index.removeVacancy(v.id());
            return;
        }
        index.put(new MatchIndex.VacancyEntry(
                v.id(),
                v.organisation(),
                v.title(),
                v.occupation(),
                v.municipality(),
                at.latitude(),
                at.longitude(),
                v.kind().name(),
                v.sector(),
                space.ordinals(v.essential()),
                withoutAny(space.ordinals(v.optional()), space.ordinals(v.essential()))));
    }

    private void put(OfferProfile o) {
        GeoPoint at = o.municipality() == null ? null : places.get(o.municipality());
        if (o.status() != OfferStatus.PUBLISHED || (o.mode() != TrainingMode.ONLINE && at == null)) {
            index.removeOffer(o.id());
            return;
        }
        boolean online = o.mode() == TrainingMode.ONLINE;
        index.put(new MatchIndex.OfferEntry(
                o.id(),
                o.provider(),
                o.title(),
                o.mode().name(),
                o.municipality(),
                online ? Double.NaN : at.latitude(),
                online ? Double.NaN : at.longitude(),
                o.durationHours(),
                o.durationWeeks(),
                o.costCents(),
                o.onRegister(),
                o.nextStart(),
                space.ordinals(o.skills())));
    }

    private void put(PersonProfile p, boolean employers, Set<UUID> advisors) {
        GeoPoint at = p.municipality() == null ? null : places.get(p.municipality());
        if (p.erased() || at == null) {
            index.removePerson(p.id());
            return;
        }
        int[] skills = space.ordinals(p.skills());
        float[] weights = ProfileQuery.weights(space, skills);
        float total = ProfileQuery.total(weights);
        index.put(new MatchIndex.PersonEntry(
                p.id(),
                p.municipality(),
                at.latitude(),
                at.longitude(),
                p.travelKm() == null ? DEFAULT_RADIUS_KM : p.travelKm(),
                skills,
                weights,
                total,
                Set.copyOf(p.occupations()),
                employers,
                Set.copyOf(advisors)));
    }

    private static int[] withoutAny(int[] values, int[] remove) {
        Set<Integer> r = new HashSet<>();
        for (int x : remove) {
            r.add(x);
        }
        return Arrays.stream(values).filter(x -> !r.contains(x)).toArray();
    }

    static final int DEFAULT_RADIUS_KM = 25;

    public boolean ready() {
        return ready.get();
    }

    public MatchIndex index() {
        return index;
    }

    public SkillSpace space() {
        return space;
    }

    public OccupationRoutes.Profile occupation(String id) {
        return occupations.get(id);
    }

    public OccupationRoutes routes() {
        return routes;
    }

    /** The ISCO unit group of an occupation, or "". */
    public String isco(String occupationId) {
        return iscoOf.getOrDefault(occupationId, "");
    }

    public GeoPoint place(String municipality) {
        return places.get(municipality);
    }

    /** The scorer with its context, as every search uses it. */
    public static double contextScore(
            SkillQuery q, MatchIndex.VacancyEntry v, double km, double radiusKm, Set<String> worked) {
        double skill = MatchScorer.score(q, v.essential(), v.optional());
        return skill <= 0 ? 0 : MatchScorer.withContext(skill, km, radiusKm, worked.contains(v.occupation()));
    }

    public List<String> skillIds(int[] ordinals) {
        List<String> ids = new ArrayList<>();
        for (int o : ordinals) {
            if (o >= 0) {
                ids.add(space.id(o));
            }
        }
        return ids;
    }
}
