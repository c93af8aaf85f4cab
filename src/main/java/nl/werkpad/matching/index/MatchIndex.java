package nl.werkpad.matching.index;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import nl.werkpad.matching.domain.MatchScorer;
import nl.werkpad.matching.domain.ProfileQuery;
import nl.werkpad.matching.domain.SkillQuery;
import nl.werkpad.matching.domain.SkillSpace;
import org.apache.lucene.util.SloppyMath;

/**
 * The matching index: open vacancies, passports and published training offers, each retrievable by
 * skill (including close skills), by distance (Lucene's geo queries) and by consent, and scored exactly
 * in memory. Skills are ordinals of the engine's skill space, so the index is rebuilt when ESCO changes.
 */
public final class MatchIndex {

    /** An open vacancy at a place. */
    public record VacancyEntry(
            UUID id,
            UUID organisation,
            String title,
            String occupation,
            String municipality,
            double lat,
            double lon,
            String kind,
            String sector,
            int[] essential,
            int[] optional) {}

    /**
     * A person who may be found: by employers when {@code employers}, by the advisors in {@code advisors}.
     * Weights are the scorer's weights of their skills.
     */
    public record PersonEntry(
            UUID id,
            String municipality,
            double lat,
            double lon,
            int travelKm,
            int[] skills,
            float[] weights,
            float totalWeight,
            Set<String> occupations,
            boolean employers,
            Set<UUID> advisors) {}

    /** A published training offer; online ones have no place (NaN). */
    public record OfferEntry(
            UUID id,
            UUID provider,
            String title,
            String mode,
            String municipality,
            double lat,
            double lon,
            int durationHours,
            int durationWeeks,
            long costCents,
            boolean onRegister,
            LocalDate nextStart,
            int[] skills) {
        public boolean online() {
            return Double.isNaN(lat);
        }
    }

    public record Hit<E>(E entry, double score, double distanceKm) {}

    private final InvertedTable<VacancyEntry> vacancies = new InvertedTable<>(false);
    /** Only persons who let employers find them have postings: an advisor's search reads the caseload instead. */
    private final InvertedTable<PersonEntry> persons = new InvertedTable<>(true);

    private final LuceneTable<OfferEntry> offers = new LuceneTable<>();
    /** Per advisor consent ("advisor:&lt;id&gt;"), the persons who gave it: an advisor's caseload is small. */
    private final Map<String, Set<UUID>> advised = new ConcurrentHashMap<>();

    private volatile SkillSpace space;

    /** The skill space the entries' ordinals belong to (set before the entries are written, again at every rebuild). */
    public void useSpace(SkillSpace space) {
        this.space = space;
    }

    private SkillSpace space(Object entry) {
        if (space == null) {
            throw new IllegalStateException("the index has no skill space yet");
        }
        return space;
    }

    // ---- writing

    public void put(VacancyEntry v) {
        vacancies.put(
                v.id(),
                v,
                v.lat(),
                v.lon(),
                v.essential(),
                v.optional(),
                MatchScorer.need(space(v), v.essential(), v.optional()),
                0,
                true);
    }

    public void put(PersonEntry p) {
        synchronized (advised) {
            persons.get(p.id()).ifPresent(old -> old.advisors().forEach(a -> unadvise(a, p.id())));
            p.advisors().forEach(a -> advised.computeIfAbsent("advisor:" + a, k -> ConcurrentHashMap.newKeySet())
                    .add(p.id()));
            persons.put(
                    p.id(), p, p.lat(), p.lon(), new int[0], p.skills(), p.totalWeight(), p.travelKm(), p.employers());
        }
    }

    private void unadvise(UUID advisor, UUID person) {
        Set<UUID> set = advised.get("advisor:" + advisor);
        if (set != null) {
            set.remove(person);
        }
    }

    public void put(OfferEntry o) {
        offers.put(o.id(), o, OfferFields.of(o));
    }

    public void removeVacancy(UUID id) {
        vacancies.remove(id);
    }

    public void removePerson(UUID id) {
        synchronized (advised) {
            persons.get(id).ifPresent(old -> old.advisors().forEach(a -> unadvise(a, id)));
            persons.remove(id);
        }
    }

    public void removeOffer(UUID id) {
        offers.remove(id);
    }

    /** Makes what was written visible to searches. */
    public void refresh() {
        offers.refresh();
    }

    public void compact() {
        offers.compact();
    }

    public void clear() {
        vacancies.clear();
        persons.clear();
        offers.clear();
        advised.clear();
    }

    public Optional<VacancyEntry> vacancy(UUID id) {
        return vacancies.get(id);
    }

    public Optional<PersonEntry> person(UUID id) {
        return persons.get(id);
    }

    public Optional<OfferEntry> offer(UUID id) {
        return offers.get(id);
    }

    /** Slots in use by persons, live or free (for the memory test and the soak benchmark). */
    int personSlots() {
        return persons.slotCount();
    }

    public Map<String, Integer> sizes() {
        return Map.of("vacancies", vacancies.size(), "persons", persons.size(), "offers", offers.size());
    }

    // ---- searching

    /** Where to look and what to keep. */
    public record Area(double lat, double lon, double radiusKm) {}

    /**
     * The best open vacancies for a person within the area, by the engine's score with its context (distance within
     * the area's radius, experience in the occupations {@code worked}); only vacancies of the given kinds (all when
     * empty). Exact top-k without scoring every vacancy ({@link TopK}).
     */
    public List<Hit<VacancyEntry>> vacancies(
            SkillQuery query, Area area, Collection<String> kinds, int limit, Set<String> worked) {
        return searchVacancies(query, area, kinds, limit, worked, false);
    }

    /** The same, scoring every open vacancy in the area: the reference the fast path is tested against. */
    public List<Hit<VacancyEntry>> vacanciesExhaustive(
            SkillQuery query, Area area, Collection<String> kinds, int limit, Set<String> worked) {
        return searchVacancies(query, area, kinds, limit, worked, true);
    }

    private List<Hit<VacancyEntry>> searchVacancies(
            SkillQuery query, Area area, Collection<String> kinds, int limit, Set<String> worked, boolean exhaustive) {
        vacancies.readLock();
        try {
            Sides.Vacancies side = new Sides.Vacancies(vacancies, query, area, Set.copyOf(kinds), worked);
            return hits(side, exhaustive ? TopK.exhaustive(side, limit) : TopK.search(side, limit, telling()));
        } finally {
            vacancies.readUnlock();
        }
    }

    /**
     * The query's exact skills read before the first bound: those that can add at least the weight of a skill that
     * {@value #TELLING} occupations need (a rare skill of the person's own); the bounds decide about the rest.
     */
    private float telling() {
        return space(null).weightOfShare(TELLING);
    }

    static final int TELLING = 100;

    private static <E> List<Hit<E>> hits(SearchSide<E> side, List<TopK.Scored> scored) {
        List<Hit<E>> hits = new ArrayList<>(scored.size());
        for (TopK.Scored s : scored) {
            hits.add(new Hit<>(side.table.entry(s.slot()), s.score(), side.km(s.slot())));
        }
        return hits;
    }

    /** How many open vacancies within the area score at least {@code threshold}. */
    public int countVacancies(SkillQuery query, Area area, double threshold, Scoring<VacancyEntry> scoring) {
        vacancies.readLock();
        try {
            Sides.Vacancies side = new Sides.Vacancies(vacancies, query, area, Set.of(), Set.of());
            boolean[] seen = new boolean[vacancies.slotCount()];
            int count = 0;
            for (int skill : side.skills) {
                for (int cell : side.cells) {
                    int[] postings = vacancies.postings(skill, cell);
                    for (int k = 0; k < vacancies.postingCount(skill, cell); k++) {
                        int slot = postings[k] >>> 1;
                        if (!seen[slot]) {
                            seen[slot] = true;
                            if (side.accept(slot) && scoring.score(vacancies.entry(slot), side.km(slot)) >= threshold) {
                                count++;
                            }
                        }
                    }
                }
            }
            return count;
        } finally {
            vacancies.readUnlock();
        }
    }

    /** For tests: an entry's exact score and the bounds a search could take of it ({@link TopK#boundsAlongTheOrder}). */
    record BoundCheck(double exact, double[][] bounds) {}

    /** For tests: the bounds of one vacancy for a person's search, when the search may find it at all. */
    Optional<BoundCheck> vacancyBounds(SkillQuery query, Area area, Set<String> worked, UUID vacancy) {
        vacancies.readLock();
        try {
            Sides.Vacancies side = new Sides.Vacancies(vacancies, query, area, Set.of(), worked);
            return vacancies
                    .slot(vacancy)
                    .filter(side::accept)
                    .map(slot -> new BoundCheck(side.exact(slot), TopK.boundsAlongTheOrder(side, slot)));
        } finally {
            vacancies.readUnlock();
        }
    }

    /** For tests: the bounds of one person for a vacancy's search of candidates, when the search may find them. */
    Optional<BoundCheck> personBounds(ProfileQuery query, VacancyEntry v, UUID person) {
        persons.readLock();
        try {
            Sides.Persons side = new Sides.Persons(persons, query, space(null), v.lat(), v.lon(), v.occupation());
            return persons.slot(person)
                    .filter(side::accept)
                    .map(slot -> new BoundCheck(side.exact(slot), TopK.boundsAlongTheOrder(side, slot)));
        } finally {
            persons.readUnlock();
        }
    }

    /** Open vacancies per occupation within the area (demand for routes). */
    public Map<String, Integer> openVacanciesByOccupation(Area area) {
        Map<String, Integer> counts = new HashMap<>();
        vacancies.readLock();
        try {
            double[] placeKm = new double[vacancies.placeCount()];
            for (int p = 0; p < placeKm.length; p++) {
                placeKm[p] = km(area.lat(), area.lon(), vacancies.placeLat(p), vacancies.placeLon(p));
            }
            vacancies.forEachSlot(slot -> {
                if (placeKm[vacancies.placeOf(slot)] <= area.radiusKm()) {
                    counts.merge(vacancies.entry(slot).occupation(), 1, Integer::sum);
                }
            });
        } finally {
            vacancies.readUnlock();
        }
        return counts;
    }

    /**
     * The best persons for a vacancy among those who let {@code consent} find them ("employers" or
     * "advisor:&lt;id&gt;") and whose own travel radius reaches the vacancy, by the engine's score with its context.
     */
    public List<Hit<PersonEntry>> persons(ProfileQuery query, VacancyEntry vacancy, String consent, int limit) {
        return searchPersons(query, vacancy, consent, limit, false);
    }

    /** The same, scoring every person who may be found: the reference for tests. */
    public List<Hit<PersonEntry>> personsExhaustive(
            ProfileQuery query, VacancyEntry vacancy, String consent, int limit) {
        return searchPersons(query, vacancy, consent, limit, true);
    }

    private List<Hit<PersonEntry>> searchPersons(
            ProfileQuery query, VacancyEntry v, String consent, int limit, boolean exhaustive) {
        persons.readLock();
        try {
            Sides.Persons side = new Sides.Persons(persons, query, space(null), v.lat(), v.lon(), v.occupation());
            if (consent.equals("employers")) {
                return hits(side, exhaustive ? TopK.exhaustive(side, limit) : TopK.search(side, limit, telling()));
            }
            // an advisor's caseload: few people, each scored
            List<TopK.Scored> scored = new ArrayList<>();
            for (UUID id : advised.getOrDefault(consent, Set.of())) {
                persons.slot(id).ifPresent(slot -> {
                    if (side.km(slot) <= persons.reach(slot)) {
                        double score = side.exact(slot);
                        if (score > 0) {
                            scored.add(new TopK.Scored(slot, score, id));
                        }
                    }
                });
            }
            scored.sort(TopK.BEST_FIRST);
            return hits(side, scored.subList(0, Math.min(limit, scored.size())));
        } finally {
            persons.readUnlock();
        }
    }

    /** Every person who lets {@code consent} find them (an advisor's caseload). */
    public List<PersonEntry> personsWithConsent(String consent) {
        if (consent.equals("employers")) {
            List<PersonEntry> found = new ArrayList<>();
            persons.readLock();
            try {
                persons.forEachSlot(slot -> {
                    if (persons.flag(slot)) {
                        found.add(persons.entry(slot));
                    }
                });
            } finally {
                persons.readUnlock();
            }
            return found;
        }
        return advised.getOrDefault(consent, Set.of()).stream()
                .map(persons::get)
                .flatMap(Optional::stream)
                .toList();
    }

    /** Published offers teaching any of the skills, on site within the area or online. */
    public List<OfferEntry> offersTeaching(int[] skills, Area area) {
        List<OfferEntry> found = new ArrayList<>();
        offers.forEach(OfferFields.teaching(skills, area), (o, doc) -> found.add(o));
        return found;
    }

    /** A score for an entry at a distance; below 0 or NaN means "leave out". */
    @FunctionalInterface
    public interface Scoring<E> {
        double score(E entry, double distanceKm);
    }

    public static double km(double lat1, double lon1, double lat2, double lon2) {
        return SloppyMath.haversinMeters(lat1, lon1, lat2, lon2) / 1000;
    }
}
