package nl.werkpad.matching.evaluation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.IntStream;
import nl.werkpad.matching.domain.MatchScorer;
import nl.werkpad.matching.domain.OccupationRoutes;
import nl.werkpad.matching.domain.SkillQuery;
import nl.werkpad.matching.domain.SkillSpace;

/**
 * The evaluation of the matching issue, on the real ESCO data: one vacancy per occupation (its essential
 * and optional skills); per sampled occupation a resident holding a random part of its essential skills
 * plus unrelated noise skills; the rank of the true occupation's vacancy among all vacancies, for
 * Werkpad's scorer and two baselines (plain Jaccard overlap, Lucene's BM25 on the same terms). Then
 * the same with half of the kept skills replaced by close ones, and routes checked against ISCO.
 */
public final class MatchingEvaluation {

    public record Occupation(String id, String iscoGroup, List<String> essential, List<String> optional) {}

    /** recall@1, recall@10 and mean reciprocal rank of one scorer in one cell of the grid. */
    public record Quality(double recallAt1, double recallAt10, double mrr) {}

    public record Cell(
            double keep, int noise, boolean closeReplaced, Map<String, Quality> byScorer, double ambiguous) {}

    public record RouteCheck(
            int occupations,
            int routesEach,
            double sameSubMajor,
            double randomSubMajor,
            double sameMinor,
            double randomMinor) {}

    public record Report(
            int vacancies, int residentsPerCell, long seed, List<Cell> cells, RouteCheck routes, long millis) {}

    public static final String WERKPAD = "Werkpad";
    public static final String EXACT = "Werkpad without partial credit";
    public static final String JACCARD = "Jaccard";
    public static final String BM25 = "BM25 (Lucene)";

    private final List<Occupation> occupations;
    private final SkillSpace space;
    private final int[][] essential;
    private final int[][] optional;
    private final int[][] all;
    private final Set<Integer>[] allSets;
    private final Map<Integer, List<Integer>> replacements;
    /** Every skill some occupation asks for: noise is drawn from these, each as likely. */
    private final int[] vocabulary;

    @SuppressWarnings("unchecked")
    public MatchingEvaluation(List<Occupation> occupations, List<SkillSpace.Link> links) {
        this.occupations = occupations;
        this.space = SkillSpace.build(
                occupations.stream()
                        .map(o -> new SkillSpace.OccupationSkills(o.id(), o.essential(), o.optional()))
                        .toList(),
                links);
        int n = occupations.size();
        essential = new int[n][];
        optional = new int[n][];
        all = new int[n][];
        allSets = new Set[n];
        for (int i = 0; i < n; i++) {
            int[] ess = space.ordinals(occupations.get(i).essential());
            essential[i] = ess;
            optional[i] = Arrays.stream(space.ordinals(occupations.get(i).optional()))
                    .filter(s -> Arrays.stream(ess).noneMatch(e -> e == s))
                    .toArray();
            all[i] = IntStream.concat(Arrays.stream(essential[i]), Arrays.stream(optional[i]))
                    .toArray();
            allSets[i] = new HashSet<>();
            for (int s : all[i]) {
                allSets[i].add(s);
            }
        }
        replacements = closeSkills(links);
        vocabulary = Arrays.stream(all)
                .flatMapToInt(Arrays::stream)
                .distinct()
                .sorted()
                .toArray();
    }

    /**
     * Close skills as the issue names them, straight from the sources (not from the scorer's own
     * neighbour lists): siblings under one broader skill, ESCO related skills, and skills that usually go
     * together (needed together by at least half of the occupations that need the rarer one).
     */
    private Map<Integer, List<Integer>> closeSkills(List<SkillSpace.Link> links) {
        Map<Integer, Set<Integer>> close = new HashMap<>();
        Map<Integer, List<Integer>> children = new HashMap<>();
        for (SkillSpace.Link l : links) {
            int from = space.ordinal(l.from());
            int to = space.ordinal(l.to());
            if (l.kind().equals("broader")) {
                children.computeIfAbsent(to, k -> new ArrayList<>()).add(from);
            } else {
                close.computeIfAbsent(from, k -> new HashSet<>()).add(to);
                close.computeIfAbsent(to, k -> new HashSet<>()).add(from);
            }
        }
        children.values()
                .forEach(siblings -> siblings.forEach(a -> siblings.forEach(b -> {
                    if (!a.equals(b)) {
                        close.computeIfAbsent(a, k -> new HashSet<>()).add(b);
                    }
                })));
        Map<Integer, Integer> df = new HashMap<>();
        Map<Long, Integer> pairs = new HashMap<>();
        for (int[] profile : all) {
            for (int a : profile) {
                df.merge(a, 1, Integer::sum);
            }
            for (int a : profile) {
                for (int b : profile) {
                    if (a < b) {
                        pairs.merge(((long) a << 32) | b, 1, Integer::sum);
                    }
                }
            }
        }
        pairs.forEach((key, count) -> {
            int a = (int) (key >> 32);
            int b = (int) (long) key;
            if (count >= 2 && count * 2 >= Math.min(df.get(a), df.get(b))) {
                close.computeIfAbsent(a, k -> new HashSet<>()).add(b);
                close.computeIfAbsent(b, k -> new HashSet<>()).add(a);
            }
        });
        Map<Integer, List<Integer>> sorted = new HashMap<>();
        close.forEach((k, v) -> sorted.put(k, v.stream().sorted().toList()));
        return sorted;
    }

    public Report run(int residentsPerCell, long seed) {
        long start = System.currentTimeMillis();
        List<Integer> sample = sample(residentsPerCell, seed);
        List<Cell> cells = new ArrayList<>();
        Bm25Baseline bm25 = new Bm25Baseline(all);
        for (boolean replaced : new boolean[] {false, true}) {
            for (double keep : new double[] {0.6, 0.4, 0.2}) {
                for (int noise : new int[] {3, 10}) {
                    Random random = new Random(seed ^ Double.doubleToLongBits(keep) ^ noise * 31L ^ (replaced ? 7 : 0));
                    List<int[]> residents = new ArrayList<>();
                    for (int o : sample) {
                        residents.add(resident(o, keep, noise, replaced, random));
                    }
                    cells.add(new Cell(
                            keep,
                            noise,
                            replaced,
                            Map.of(
                                    WERKPAD,
                                            quality(
                                                    sample,
                                                    residents,
                                                    r -> new SkillQuery(space, r, true),
                                                    this::werkpadScores),
                                    EXACT,
                                            quality(
                                                    sample,
                                                    residents,
                                                    r -> new SkillQuery(space, r, false),
                                                    this::werkpadScores),
                                    JACCARD, quality(sample, residents, r -> r, this::jaccardScores),
                                    BM25, quality(sample, residents, r -> r, bm25::scores)),
                            ambiguous(sample, residents)));
                }
            }
        }
        return new Report(
                occupations.size(), sample.size(), seed, cells, routeCheck(sample), System.currentTimeMillis() - start);
    }

    private List<Integer> sample(int count, long seed) {
        List<Integer> candidates = new ArrayList<>(IntStream.range(0, occupations.size())
                .filter(i -> essential[i].length >= 3)
                .boxed()
                .toList());
        Collections.shuffle(candidates, new Random(seed));
        return candidates.subList(0, Math.min(count, candidates.size()));
    }

    /** A resident of occupation o: a share of its essential skills (at least one), maybe close ones instead, and noise. */
    private int[] resident(int o, double keep, int noise, boolean replaceHalf, Random random) {
        List<Integer> ess = new ArrayList<>(Arrays.stream(essential[o]).boxed().toList());
        Collections.shuffle(ess, random);
        List<Integer> kept = new ArrayList<>(ess.subList(0, Math.max(1, (int) Math.round(keep * ess.size()))));
        if (replaceHalf) {
            int toReplace = kept.size() / 2 + (kept.size() % 2 == 1 && random.nextBoolean() ? 1 : 0);
            for (int i = 0; i < kept.size() && toReplace > 0; i++) {
                List<Integer> options = replacements.getOrDefault(kept.get(i), List.of()).stream()
                        .filter(s -> !allSets[o].contains(s))
                        .toList();
                if (!options.isEmpty()) {
                    kept.set(i, options.get(random.nextInt(options.size())));
                    toReplace--;
                }
            }
        }
        Set<Integer> skills = new LinkedHashSet<>(kept);
        while (skills.size() < kept.size() + noise) {
            int s = vocabulary[random.nextInt(vocabulary.length)];
            if (!allSets[o].contains(s)) {
                skills.add(s);
            }
        }
        return skills.stream().mapToInt(Integer::intValue).toArray();
    }

    private interface Scores<Q> {
        double[] of(Q query);
    }

    private <Q> Quality quality(
            List<Integer> truth, List<int[]> residents, Function<int[], Q> prepare, Scores<Q> scores) {
        double[] ranks = IntStream.range(0, residents.size())
                .parallel()
                .mapToDouble(i -> {
                    double[] s = scores.of(prepare.apply(residents.get(i)));
                    double mine = s[truth.get(i)];
                    int rank = 1;
                    for (int v = 0; v < s.length; v++) {
                        if (v != truth.get(i) && s[v] >= mine) {
                            rank++; // ties count against the true vacancy
                        }
                    }
                    return rank;
                })
                .toArray();
        double at1 = Arrays.stream(ranks).filter(r -> r <= 1).count() / (double) ranks.length;
        double at10 = Arrays.stream(ranks).filter(r -> r <= 10).count() / (double) ranks.length;
        double mrr = Arrays.stream(ranks).map(r -> 1 / r).average().orElse(0);
        return new Quality(at1, at10, mrr);
    }

    /**
     * The share of residents for whom another occupation asks for every kept skill as essential too: on
     * skills alone nothing can tell the two apart, so no scorer ranks the true vacancy first for all of them.
     */
    private double ambiguous(List<Integer> truth, List<int[]> residents) {
        return IntStream.range(0, residents.size())
                        .parallel()
                        .filter(i -> {
                            int o = truth.get(i);
                            Set<Integer> kept = new HashSet<>();
                            for (int s : residents.get(i)) {
                                if (Arrays.stream(essential[o]).anyMatch(e -> e == s)) {
                                    kept.add(s);
                                }
                            }
                            return IntStream.range(0, essential.length)
                                    .anyMatch(v -> v != o
                                            && kept.stream().allMatch(k -> Arrays.stream(essential[v])
                                                    .anyMatch(e -> e == k)));
                        })
                        .count()
                / (double) residents.size();
    }

    private double[] werkpadScores(SkillQuery q) {
        double[] s = new double[all.length];
        for (int v = 0; v < all.length; v++) {
            s[v] = MatchScorer.score(q, essential[v], optional[v]);
        }
        return s;
    }

    private double[] jaccardScores(int[] resident) {
        double[] s = new double[all.length];
        for (int v = 0; v < all.length; v++) {
            int common = 0;
            for (int r : resident) {
                if (allSets[v].contains(r)) {
                    common++;
                }
            }
            s[v] = common / (double) (resident.length + all[v].length - common);
        }
        return s;
    }

    /** Routes from each sampled occupation (top 5) against the ISCO hierarchy, next to picking at random. */
    private RouteCheck routeCheck(List<Integer> sample) {
        List<OccupationRoutes.Profile> profiles = IntStream.range(0, occupations.size())
                .mapToObj(i -> new OccupationRoutes.Profile(occupations.get(i).id(), essential[i], optional[i]))
                .toList();
        OccupationRoutes routes = new OccupationRoutes(space, profiles);
        Map<String, String> isco = new HashMap<>();
        occupations.forEach(o -> isco.put(o.id(), o.iscoGroup() == null ? "" : o.iscoGroup()));
        int each = 5;
        List<Integer> withIsco = sample.stream()
                .filter(i -> isco.get(occupations.get(i).id()).length() == 4)
                .toList();
        double[] same = withIsco.parallelStream()
                .map(i -> {
                    String from = isco.get(occupations.get(i).id());
                    double sub = 0;
                    double minor = 0;
                    for (OccupationRoutes.Route r : routes.closest(profiles.get(i), each)) {
                        String to = isco.get(r.to().id());
                        sub += to.startsWith(from.substring(0, 2)) ? 1 : 0;
                        minor += to.startsWith(from.substring(0, 3)) ? 1 : 0;
                    }
                    return new double[] {sub / each, minor / each};
                })
                .reduce(new double[2], (a, b) -> new double[] {a[0] + b[0], a[1] + b[1]});
        double randomSub = 0;
        double randomMinor = 0;
        for (int i : withIsco) {
            String from = isco.get(occupations.get(i).id());
            long subs = isco.values().stream()
                            .filter(c -> c.length() == 4 && c.startsWith(from.substring(0, 2)))
                            .count()
                    - 1;
            long minors = isco.values().stream()
                            .filter(c -> c.length() == 4 && c.startsWith(from.substring(0, 3)))
                            .count()
                    - 1;
            randomSub += subs / (double) (occupations.size() - 1);
            randomMinor += minors / (double) (occupations.size() - 1);
        }
        int n = Math.max(1, withIsco.size());
        return new RouteCheck(withIsco.size(), each, same[0] / n, randomSub / n, same[1] / n, randomMinor / n);
    }
}
