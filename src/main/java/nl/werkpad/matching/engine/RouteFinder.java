package nl.werkpad.matching.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import nl.werkpad.matching.RegionalTension;
import nl.werkpad.matching.Route;
import nl.werkpad.matching.TrainingPlan;
import nl.werkpad.matching.domain.MatchScorer;
import nl.werkpad.matching.domain.OccupationRoutes;
import nl.werkpad.matching.domain.ProfileQuery;
import nl.werkpad.matching.index.MatchIndex;
import nl.werkpad.taxonomy.OccupationRef;
import nl.werkpad.taxonomy.Taxonomy;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Routes to other work, ranked by what is reachable and wanted, and the occupations people move into one from.
 *
 * <p>Reachable: skill overlap (the share of the occupation's essential skills the person brings), the gap's size (the specific skills still to learn;
 * transversal ones are learned at work) and what the cheapest plan for it costs. Wanted: open vacancies in the occupation within
 * reach and the region's shortage of its ISCO group (the monitor's tension). The overlap alone would fill a welder's
 * list with welding variants; so the rank multiplies overlap by demand, shortage and the gap, and at most
 * {@link #PER_GROUP} routes come from one ISCO sub-major group (welders, metal workers and machine operators are
 * each a group; electricians and solar installers another).
 */
@Component
class RouteFinder {

    private static final int CANDIDATES = 200;
    private static final int PLANNED = 2;
    /** Below this overlap (0-1) an occupation shares too little for a real route: listed only after all that have it. */
    static final double MIN_OVERLAP = 0.2;
    /** How many of the best candidates are looked up in ESCO's green collection. */
    private static final int GREEN_LOOKUPS = 80;

    static final double GREEN_FACTOR = 1.3;
    /** Energy-transition work asks for at least this many green essential skills (one is common in any trade: waste, energy use). */
    static final int GREEN_ESSENTIALS = 3;

    private final Map<String, Boolean> greenSkills = new ConcurrentHashMap<>();
    private final Map<String, Boolean> greenOccupations = new ConcurrentHashMap<>();
    /** Places in the list kept for energy-transition work when there is a route to it. */
    static final int RESERVED = 2;

    static final int PER_GROUP = 2;

    private final MatchingEngine engine;
    private final Taxonomy taxonomy;
    private final PlanMaker plans;
    private final ObjectProvider<RegionalTension> tensions;

    RouteFinder(MatchingEngine engine, Taxonomy taxonomy, PlanMaker plans, ObjectProvider<RegionalTension> tensions) {
        this.engine = engine;
        this.taxonomy = taxonomy;
        this.plans = plans;
        this.tensions = tensions;
    }

    /**
     * rank = overlap × demand × shortage × gap × cost, where demand = 0.3 + 0.7 × (open vacancies within reach, 1 at ten
     * or more, on a log scale), shortage is 1, 1.2 (tight) or 1.4 (very tight), gap = 1 / (1 + specific skills to learn /
     * 12) and cost = 1 / (1 + the cheapest plan's cost / €10,000). The candidates are the occupations closest to the
     * person's skills and every occupation with open vacancies within reach that shares a real part of them (overlap at
     * least {@link #MIN_OVERLAP}): work that is wanted nearby gets a look even when the welding variants are closer.
     */
    List<Route> routes(PlanMaker.Seeker s, Set<String> exclude, int limit, String region, String language) {
        MatchIndex.Area area = new MatchIndex.Area(s.at().latitude(), s.at().longitude(), s.radiusKm());
        Map<String, Integer> demand = engine.index().openVacanciesByOccupation(area);
        RegionalTension tension = tensions.getIfAvailable();
        Map<String, RegionalTension.Shortage> shortages =
                tension == null || region == null ? Map.of() : tension.shortages(region);
        // candidates: the closest by the scorer (skills both ways) and all work asked for within reach; their overlap
        // is
        // the share of the occupation's essential skills the person brings, as a match shows it
        Map<String, Double> candidates = new HashMap<>();
        for (OccupationRoutes.Route r : engine.routes().closest(s.query(), null, CANDIDATES + exclude.size())) {
            candidates.put(r.to().id(), s.query().essentialShare(r.to().essential()));
        }
        for (String wanted : demand.keySet()) {
            OccupationRoutes.Profile p = engine.occupation(wanted);
            if (p != null && !candidates.containsKey(wanted)) {
                candidates.put(wanted, s.query().essentialShare(p.essential()));
            }
        }
        float transversal = engine.space().weightOfShare(PlanMaker.TRANSVERSAL_OCCUPATIONS);
        record Ranked(
                OccupationRoutes.Profile to,
                double closeness,
                int open,
                double rank,
                RegionalTension.Shortage shortage,
                boolean green) {}
        List<Ranked> ranked = new ArrayList<>();
        candidates.forEach((id, closeness) -> {
            OccupationRoutes.Profile to = engine.occupation(id);
            if (exclude.contains(id) || to == null || closeness <= 0) {
                return;
            }
            int open = demand.getOrDefault(id, 0);
            String isco = engine.isco(id);
            RegionalTension.Shortage shortage = isco.length() >= 2 ? shortages.get(isco.substring(0, 2)) : null;
            long specific = MatchScorer.explain(s.query(), to.essential(), to.optional()).missingEssential().stream()
                    .filter(m -> m >= 0 && engine.space().weight(m) >= transversal)
                    .count();
            double rank = closeness
                    * (0.3 + 0.7 * Math.min(1, Math.log1p(open) / Math.log(11)))
                    * factor(shortage)
                    / (1 + specific / 12.0);
            ranked.add(new Ranked(to, closeness, open, rank, shortage, false));
        });
        ranked.sort(Comparator.comparingDouble(Ranked::rank).reversed().thenComparing(r -> r.to().id()));
        // energy-transition work (several essential skills in ESCO's green collection) is what the region's agenda asks
        // for: looked up for the most promising candidates only, weighed up like a tight market
        List<Ranked> promising = new ArrayList<>();
        for (int i = 0; i < ranked.size(); i++) {
            Ranked r = ranked.get(i);
            // beyond the most promising, only work asked for within reach is looked up
            boolean green = (i < GREEN_LOOKUPS || r.open() > 0) && energyTransition(r.to());
            promising.add(new Ranked(
                    r.to(), r.closeness(), r.open(), green ? r.rank() * GREEN_FACTOR : r.rank(), r.shortage(), green));
        }
        // real overlap first; a person with few skills yet still gets the best of the rest
        promising.sort(Comparator.comparing((Ranked r) -> r.closeness() < MIN_OVERLAP)
                .thenComparing(Comparator.comparingDouble(Ranked::rank).reversed())
                .thenComparing(r -> r.to().id()));
        int wanted = Math.max(1, Math.min(limit, 50));
        List<Route> routes = new ArrayList<>();
        Map<String, Integer> perGroup = new HashMap<>();
        int wantedWork = 0;
        for (Ranked r : promising) {
            boolean regionWants = r.green();
            // plan the best candidates, and always the best few into the energy transition (at most two per group)
            if (routes.size() >= wanted * PLANNED && (!regionWants || wantedWork >= RESERVED)) {
                continue;
            }
            String isco = engine.isco(r.to().id());
            String group = isco.length() >= 2 ? isco.substring(0, 2) : isco;
            if (!group.isEmpty() && perGroup.merge(group, 1, Integer::sum) > PER_GROUP) {
                continue;
            }
            wantedWork += regionWants ? 1 : 0;
            OccupationRef ref = taxonomy.occupationRef(r.to().id(), language).orElse(null);
            TrainingPlan plan = plans.plan(
                    s,
                    ref == null ? r.to().id() : ref.label(),
                    r.to().essential(),
                    r.to().optional(),
                    PlanMaker.Wish.cheapest(),
                    null,
                    language);
            routes.add(new Route(
                    ref,
                    (int) Math.round(r.closeness() * 100),
                    r.open(),
                    r.rank() / (1 + plan.totalCostCents() / 1_000_000.0),
                    plan.missing(),
                    plan,
                    r.shortage(),
                    r.green()));
        }
        routes.sort(Comparator.comparing((Route r) -> r.closeness() < MIN_OVERLAP * 100)
                .thenComparing(Comparator.comparingDouble(Route::rank).reversed()));
        return reserve(routes, wanted);
    }

    /**
     * The best {@code n} routes, of which at least {@link #RESERVED} into the energy transition when there is such a route:
     * the region's agenda asks for that work, and shortage figures per group are too coarse to find it (a welder's
     * own group is as tight as the installers').
     */
    static List<Route> reserve(List<Route> byRank, int n) {
        List<Route> chosen = new ArrayList<>(byRank.subList(0, Math.min(n, byRank.size())));
        List<Route> waiting = byRank.subList(chosen.size(), byRank.size()).stream()
                .filter(Route::energyTransition)
                .toList();
        for (Route extra : waiting) {
            if (chosen.stream().filter(Route::energyTransition).count() >= Math.min(RESERVED, n)) {
                break;
            }
            for (int i = chosen.size() - 1; i >= 0; i--) {
                if (!chosen.get(i).energyTransition()) {
                    chosen.set(i, extra);
                    break;
                }
            }
        }
        chosen.sort(Comparator.comparing((Route r) -> r.closeness() < MIN_OVERLAP * 100)
                .thenComparing(Comparator.comparingDouble(Route::rank).reversed()));
        return chosen;
    }

    /**
     * Whether the occupation asks for at least {@link #GREEN_ESSENTIALS} skills of ESCO's green collection; one query for
     * all its essentials first, per skill only when that finds any. Remembered: the taxonomy changes only with an import
     * and a restart.
     */
    private boolean energyTransition(OccupationRoutes.Profile occupation) {
        return greenOccupations.computeIfAbsent(occupation.id(), id -> {
            List<String> skills = engine.skillIds(occupation.essential());
            return taxonomy.collectionsOf(skills).contains("green")
                    && skills.stream()
                                    .filter(skill ->
                                            greenSkills.computeIfAbsent(skill, s -> taxonomy.collectionsOf(List.of(s))
                                                    .contains("green")))
                                    .count()
                            >= GREEN_ESSENTIALS;
        });
    }

    private static double factor(RegionalTension.Shortage shortage) {
        return shortage == null ? 1 : shortage == RegionalTension.Shortage.TIGHT ? 1.2 : 1.4;
    }

    /** An occupation people could move into this one from: someone with all its skills, scored against this one. */
    record Into(OccupationRef occupation, int closeness) {}

    /** The occupations closest to moving into {@code target}, best first. */
    List<Into> routesInto(String target, int limit, String language) {
        OccupationRoutes.Profile to = engine.occupation(target);
        if (to == null) {
            return List.of();
        }
        ProfileQuery query = new ProfileQuery(engine.space(), to.essential(), to.optional());
        record Scored(String id, double score) {}
        List<Scored> scored = new ArrayList<>();
        for (OccupationRoutes.Profile from : engine.routes().profiles()) {
            if (!from.id().equals(target)) {
                int[] skills = from.all();
                float[] weights = ProfileQuery.weights(engine.space(), skills);
                float total = ProfileQuery.total(weights);
                double score = query.score(skills, weights, total);
                if (score > 0) {
                    scored.add(new Scored(from.id(), score));
                }
            }
        }
        scored.sort(Comparator.comparingDouble(Scored::score).reversed());
        return scored.stream()
                .limit(limit)
                .map(x -> taxonomy.occupationRef(x.id(), language)
                        .map(ref -> new Into(ref, (int) Math.round(x.score() * 100)))
                        .orElse(null))
                .filter(Objects::nonNull)
                .toList();
    }
}
