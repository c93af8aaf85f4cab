package nl.werkpad.matching.index;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.UUID;
import java.util.function.ToDoubleFunction;
import nl.werkpad.matching.domain.ProfileQuery;
import nl.werkpad.matching.domain.SkillQuery;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LatLonPoint;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.SloppyMath;

/**
 * The matching index: open vacancies, passports and published training offers, each retrievable by
 * skill (including close skills), by distance (Lucene's geo queries) and by consent, and scored exactly
 * in memory. Skills are ordinals of the engine's skill space, so the index is rebuilt when ESCO changes.
 */
public final class MatchIndex {

    /** An open vacancy at a place. */
    public record VacancyEntry(UUID id, UUID organisation, String title, String occupation, String municipality,
                               double lat, double lon, String kind, String sector, int[] essential, int[] optional) {
    }

    /**
     * A person who may be found: by employers when {@code employers}, by the advisors in {@code advisors}.
     * Weights are the scorer's weights of their skills.
     */
    public record PersonEntry(UUID id, String municipality, double lat, double lon, int travelKm, int[] skills,
                              float[] weights, float totalWeight, Set<String> occupations, boolean employers,
                              Set<UUID> advisors) {
    }

    /** A published training offer; online ones have no place (NaN). */
    public record OfferEntry(UUID id, UUID provider, String title, String mode, String municipality, double lat, double lon,
                             int durationHours, int durationWeeks, long costCents, boolean onRegister, LocalDate nextStart,
                             int[] skills) {
        public boolean online() {
            return Double.isNaN(lat);
        }
    }

    public record Hit<E>(E entry, double score, double distanceKm) {
    }

    /** Upper bounds of the travel-radius buckets persons are indexed in; the last is the largest allowed radius. */
    static final int[] REACH_BUCKETS = {10, 20, 35, 50, 75, 100, 150, 300};

    private static final String GEO = "geo";
    private static final String SKILL = "skill";
    private static final String KIND = "kind";
    private static final String OCCUPATION = "occupation";
    private static final String CONSENT = "consent";
    private static final String REACH = "reach";
    private static final String MODE = "mode";

    private final LuceneTable<VacancyEntry> vacancies = new LuceneTable<>();
    private final LuceneTable<PersonEntry> persons = new LuceneTable<>();
    private final LuceneTable<OfferEntry> offers = new LuceneTable<>();

    // ---- writing

    public void put(VacancyEntry v) {
        List<Field> fields = new ArrayList<>();
        fields.add(new LatLonPoint(GEO, v.lat(), v.lon()));
        fields.add(new StringField(KIND, v.kind(), Field.Store.NO));
        fields.add(new StringField(OCCUPATION, v.occupation(), Field.Store.NO));
        addSkills(fields, v.essential());
        addSkills(fields, v.optional());
        vacancies.put(v.id(), v, fields);
    }

    public void put(PersonEntry p) {
        List<Field> fields = new ArrayList<>();
        fields.add(new LatLonPoint(GEO, p.lat(), p.lon()));
        fields.add(new StringField(REACH, Integer.toString(bucketOf(p.travelKm())), Field.Store.NO));
        if (p.employers()) {
            fields.add(new StringField(CONSENT, "employers", Field.Store.NO));
        }
        p.advisors().forEach(a -> fields.add(new StringField(CONSENT, "advisor:" + a, Field.Store.NO)));
        addSkills(fields, p.skills());
        persons.put(p.id(), p, fields);
    }

    public void put(OfferEntry o) {
        List<Field> fields = new ArrayList<>();
        if (!o.online()) {
            fields.add(new LatLonPoint(GEO, o.lat(), o.lon()));
        }
        fields.add(new StringField(MODE, o.online() ? "online" : "place", Field.Store.NO));
        addSkills(fields, o.skills());
        offers.put(o.id(), o, fields);
    }

    private static void addSkills(List<Field> fields, int[] skills) {
        for (int s : skills) {
            if (s >= 0) {
                fields.add(new StringField(SKILL, Integer.toString(s), Field.Store.NO));
            }
        }
    }

    public void removeVacancy(UUID id) {
        vacancies.remove(id);
    }

    public void removePerson(UUID id) {
        persons.remove(id);
    }

    public void removeOffer(UUID id) {
        offers.remove(id);
    }

    /** Makes what was written visible to searches. */
    public void refresh() {
        vacancies.refresh();
        persons.refresh();
        offers.refresh();
    }

    public void compact() {
        vacancies.compact();
        persons.compact();
        offers.compact();
    }

    public void clear() {
        vacancies.clear();
        persons.clear();
        offers.clear();
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

    public Map<String, Integer> sizes() {
        return Map.of("vacancies", vacancies.size(), "persons", persons.size(), "offers", offers.size());
    }

    // ---- searching

    /** Where to look and what to keep. */
    public record Area(double lat, double lon, double radiusKm) {
    }

    /**
     * The best open vacancies for a person within the area, scored by {@code score} (skill score and context);
     * only vacancies of the given kinds (all when empty).
     */
    public List<Hit<VacancyEntry>> vacancies(SkillQuery query, Area area, Collection<String> kinds, int limit,
                                             Scoring<VacancyEntry> scoring) {
        java.util.function.Function<int[], List<Hit<VacancyEntry>>> search = skills -> {
            BooleanQuery.Builder q = new BooleanQuery.Builder()
                    .add(LatLonPoint.newDistanceQuery(GEO, area.lat(), area.lon(), area.radiusKm() * 1000), BooleanClause.Occur.FILTER)
                    .add(skillsQuery(skills), BooleanClause.Occur.FILTER);
            if (!kinds.isEmpty()) {
                q.add(terms(KIND, kinds), BooleanClause.Occur.FILTER);
            }
            return top(vacancies, q.build(), limit, v -> {
                double km = km(area.lat(), area.lon(), v.lat(), v.lon());
                return new double[] {scoring.score(v, km), km};
            });
        };
        List<Hit<VacancyEntry>> telling = search.apply(query.tellingSkills(TELLING));
        return telling.size() >= limit ? telling : search.apply(query.creditedSkills());
    }

    /**
     * Retrieval first asks only for skills that at most this many occupations need: a vacancy (or person)
     * that shares nothing but transversal skills cannot make the top; only when that finds too few do all
     * credited skills count (see docs/matching.md).
     */
    static final int TELLING = 100;

    /** How many open vacancies within the area score at least {@code threshold}. */
    public int countVacancies(SkillQuery query, Area area, double threshold, Scoring<VacancyEntry> scoring) {
        Query q = new BooleanQuery.Builder()
                .add(LatLonPoint.newDistanceQuery(GEO, area.lat(), area.lon(), area.radiusKm() * 1000), BooleanClause.Occur.FILTER)
                .add(skillsQuery(query.creditedSkills()), BooleanClause.Occur.FILTER).build();
        int[] count = {0};
        vacancies.forEach(q, (v, doc) -> {
            if (scoring.score(v, km(area.lat(), area.lon(), v.lat(), v.lon())) >= threshold) {
                count[0]++;
            }
        });
        return count[0];
    }

    /** Open vacancies per occupation within the area (demand for routes). */
    public Map<String, Integer> openVacanciesByOccupation(Area area) {
        Map<String, Integer> counts = new HashMap<>();
        vacancies.forEach(LatLonPoint.newDistanceQuery(GEO, area.lat(), area.lon(), area.radiusKm() * 1000),
                (v, doc) -> counts.merge(v.occupation(), 1, Integer::sum));
        return counts;
    }

    /**
     * The best persons for a vacancy among those who let {@code consent} find them ("employers" or
     * "advisor:&lt;id&gt;") and whose own travel radius reaches the vacancy.
     */
    public List<Hit<PersonEntry>> persons(ProfileQuery query, double lat, double lon, String consent, int limit,
                                          Scoring<PersonEntry> scoring) {
        BooleanQuery.Builder reach = new BooleanQuery.Builder();
        for (int b = 0; b < REACH_BUCKETS.length; b++) {
            reach.add(new BooleanQuery.Builder()
                    .add(new TermQuery(new Term(REACH, Integer.toString(b))), BooleanClause.Occur.FILTER)
                    .add(LatLonPoint.newDistanceQuery(GEO, lat, lon, REACH_BUCKETS[b] * 1000.0), BooleanClause.Occur.FILTER)
                    .build(), BooleanClause.Occur.SHOULD);
        }
        Query within = reach.build();
        java.util.function.Function<int[], List<Hit<PersonEntry>>> search = skills -> top(persons, new BooleanQuery.Builder()
                .add(new TermQuery(new Term(CONSENT, consent)), BooleanClause.Occur.FILTER)
                .add(within, BooleanClause.Occur.FILTER)
                .add(skillsQuery(skills), BooleanClause.Occur.FILTER).build(), limit, p -> {
                    double km = km(lat, lon, p.lat(), p.lon());
                    return km > p.travelKm() ? null : new double[] {scoring.score(p, km), km};
                });
        List<Hit<PersonEntry>> telling = search.apply(query.tellingSkills(TELLING));
        return telling.size() >= limit ? telling : search.apply(query.creditedSkills());
    }

    /** Every person who lets {@code consent} find them (an advisor's caseload). */
    public List<PersonEntry> personsWithConsent(String consent) {
        List<PersonEntry> found = new ArrayList<>();
        persons.forEach(new TermQuery(new Term(CONSENT, consent)), (p, doc) -> found.add(p));
        return found;
    }

    /** Published offers teaching any of the skills, on site within the area or online. */
    public List<OfferEntry> offersTeaching(int[] skills, Area area) {
        Query where = new BooleanQuery.Builder()
                .add(LatLonPoint.newDistanceQuery(GEO, area.lat(), area.lon(), area.radiusKm() * 1000), BooleanClause.Occur.SHOULD)
                .add(new TermQuery(new Term(MODE, "online")), BooleanClause.Occur.SHOULD).build();
        Query q = new BooleanQuery.Builder().add(where, BooleanClause.Occur.FILTER)
                .add(skillsQuery(skills), BooleanClause.Occur.FILTER).build();
        List<OfferEntry> found = new ArrayList<>();
        offers.forEach(q, (o, doc) -> found.add(o));
        return found;
    }

    /** A score for an entry at a distance; below 0 or NaN means "leave out". */
    @FunctionalInterface
    public interface Scoring<E> {
        double score(E entry, double distanceKm);
    }

    private static <E> List<Hit<E>> top(LuceneTable<E> table, Query query, int limit, java.util.function.Function<E, double[]> scoreAndKm) {
        PriorityQueue<Hit<E>> best = new PriorityQueue<>(Comparator.comparingDouble(Hit::score));
        table.forEach(query, (e, doc) -> {
            double[] sk = scoreAndKm.apply(e);
            if (sk == null || !(sk[0] > 0)) {
                return;
            }
            if (best.size() < limit) {
                best.add(new Hit<>(e, sk[0], sk[1]));
            } else if (sk[0] > best.peek().score()) {
                best.poll();
                best.add(new Hit<>(e, sk[0], sk[1]));
            }
        });
        List<Hit<E>> result = new ArrayList<>(best);
        result.sort(Comparator.comparingDouble((ToDoubleFunction<Hit<E>>) Hit::score).reversed());
        return result;
    }

    private static Query skillsQuery(int[] skills) {
        if (skills.length == 0) {
            return new BooleanQuery.Builder().add(new MatchAllDocsQuery(), BooleanClause.Occur.MUST_NOT).build();
        }
        List<BytesRef> terms = new ArrayList<>(skills.length);
        for (int s : skills) {
            terms.add(new BytesRef(Integer.toString(s)));
        }
        return new TermInSetQuery(SKILL, terms);
    }

    private static Query terms(String field, Collection<String> values) {
        return new TermInSetQuery(field, values.stream().map(BytesRef::new).toList());
    }

    static int bucketOf(int travelKm) {
        for (int b = 0; b < REACH_BUCKETS.length; b++) {
            if (travelKm <= REACH_BUCKETS[b]) {
                return b;
            }
        }
        return REACH_BUCKETS.length - 1;
    }

    public static double km(double lat1, double lon1, double lat2, double lon2) {
        return SloppyMath.haversinMeters(lat1, lon1, lat2, lon2) / 1000;
    }
}
