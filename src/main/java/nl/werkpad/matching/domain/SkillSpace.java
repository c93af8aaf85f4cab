package nl.werkpad.matching.domain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The skills the engine knows, numbered 0..n-1, with what the scoring needs of each: how telling it is
 * (its weight: rare skills tell more than transversal ones) and which other skills are close enough to
 * earn partial credit for it, with the reason.
 *
 * <p>Built once from ESCO (occupation profiles and skill links); immutable, shared by all threads.
 */
public final class SkillSpace {

    /** Why one skill counts partly for another. */
    public enum Closeness {
        /** Both sit under the same broader concept in the ESCO skill hierarchy. */
        SIBLING,
        /** One is the broader or narrower concept of the other. */
        BROADER,
        /** ESCO relates the two skills. */
        RELATED
    }

    /** A close skill and the share of credit it earns (0..1). */
    public record Neighbour(int skill, float similarity, Closeness why) {}

    /**
     * Credit for close skills, kept low on purpose. A close skill is weak evidence: among 3,000 occupations some other
     * one always has a requirement close to any skill a person lists, so larger credits let that chance lift the wrong
     * occupations above the right one (docs/matching-quality.md, issue 21 item 4). Skills that usually go together
     * (co-occurrence) earn nothing: when an occupation asks for one of them and not the other, that tells it is a
     * neighbouring occupation, and crediting it ranked those neighbours above the true one.
     */
    static final float SIBLING_CREDIT = 0.125f;

    static final float BROADER_CREDIT = 0.15f;
    static final float RELATED_CREDIT = 0.125f;

    static final int MAX_NEIGHBOURS = 12;
    /** Skill groups with more members than this are too broad to make their members siblings. */
    static final int MAX_SIBLINGS = 40;

    private final String[] ids;
    private final Map<String, Integer> ordinals;
    private final float[] weights;
    private final Neighbour[][] neighbours;
    /** Per skill: the skills that count partly for it (the reverse of {@link #neighbours}). */
    private final Neighbour[][] givers;

    private final int occupationCount;

    private SkillSpace(String[] ids, float[] weights, Neighbour[][] neighbours, int occupationCount) {
        this.ids = ids;
        this.weights = weights;
        this.neighbours = neighbours;
        List<List<Neighbour>> reverse = new ArrayList<>(ids.length);
        for (int i = 0; i < ids.length; i++) {
            reverse.add(new ArrayList<>());
        }
        for (int s = 0; s < ids.length; s++) {
            for (Neighbour n : neighbours[s]) {
                reverse.get(n.skill()).add(new Neighbour(s, n.similarity(), n.why()));
            }
        }
        this.givers = reverse.stream().map(l -> l.toArray(Neighbour[]::new)).toArray(Neighbour[][]::new);
        this.occupationCount = occupationCount;
        this.ordinals = new HashMap<>(ids.length * 2);
        for (int i = 0; i < ids.length; i++) {
            ordinals.put(ids[i], i);
        }
    }

    /** An occupation as the space is built from: ids of its essential and optional skills. */
    public record OccupationSkills(String id, List<String> essential, List<String> optional) {}

    /** A link between two skills: {@code broader}, {@code essential} or {@code optional} (ESCO related). */
    public record Link(String from, String to, String kind) {}

    public static SkillSpace build(Collection<OccupationSkills> occupations, Collection<Link> links) {
        Map<String, Integer> ordinals = new HashMap<>();
        List<String> ids = new ArrayList<>();
        Function<String, Integer> ordinal = id -> ordinals.computeIfAbsent(id, k -> {
            ids.add(k);
            return ids.size() - 1;
        });
        List<int[]> profiles = new ArrayList<>();
        for (OccupationSkills o : occupations) {
            Set<Integer> skills = new HashSet<>();
            o.essential().forEach(s -> skills.add(ordinal.apply(s)));
            o.optional().forEach(s -> skills.add(ordinal.apply(s)));
            profiles.add(skills.stream().mapToInt(Integer::intValue).sorted().toArray());
        }
        for (Link l : links) {
            ordinal.apply(l.from());
            ordinal.apply(l.to());
        }
        int n = ids.size();
        int[] df = new int[n];
        for (int[] profile : profiles) {
            for (int s : profile) {
                df[s]++;
            }
        }
        float[] weights = new float[n];
        int total = profiles.size();
        for (int s = 0; s < n; s++) {
            weights[s] = weightOf(total, df[s]);
        }
        List<Map<Integer, Neighbour>> close = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            close.add(new HashMap<>());
        }
        Map<Integer, List<Integer>> children = new HashMap<>();
        for (Link l : links) {
            int from = ordinals.get(l.from());
            int to = ordinals.get(l.to());
            if (from == to) {
                continue;
            }
            if (l.kind().equals("broader")) {
                children.computeIfAbsent(to, k -> new ArrayList<>()).add(from);
                offer(close, from, new Neighbour(to, BROADER_CREDIT, Closeness.BROADER));
                offer(close, to, new Neighbour(from, BROADER_CREDIT, Closeness.BROADER));
            } else {
                offer(close, from, new Neighbour(to, RELATED_CREDIT, Closeness.RELATED));
                offer(close, to, new Neighbour(from, RELATED_CREDIT, Closeness.RELATED));
            }
        }
        for (List<Integer> siblings : children.values()) {
            if (siblings.size() > 1 && siblings.size() <= MAX_SIBLINGS) {
                for (int a : siblings) {
                    for (int b : siblings) {
                        if (a != b) {
                            offer(close, a, new Neighbour(b, SIBLING_CREDIT, Closeness.SIBLING));
                        }
                    }
                }
            }
        }
        Neighbour[][] neighbours = new Neighbour[n][];
        for (int s = 0; s < n; s++) {
            neighbours[s] = close.get(s).values().stream()
                    .sorted((a, b) -> Float.compare(b.similarity(), a.similarity()))
                    .limit(MAX_NEIGHBOURS)
                    .toArray(Neighbour[]::new);
        }
        return new SkillSpace(ids.toArray(String[]::new), weights, neighbours, total);
    }

    private static void offer(List<Map<Integer, Neighbour>> close, int skill, Neighbour neighbour) {
        close.get(skill).merge(neighbour.skill(), neighbour, (a, b) -> a.similarity() >= b.similarity() ? a : b);
    }

    public int size() {
        return ids.length;
    }

    public int occupationCount() {
        return occupationCount;
    }

    /** The skill's number, or -1 when no occupation uses it and ESCO links it to nothing. */
    public int ordinal(String id) {
        Integer o = ordinals.get(id);
        return o == null ? -1 : o;
    }

    public String id(int ordinal) {
        return ids[ordinal];
    }

    /** The share of occupations that ask for the skill (smoothed); unknown skills count as the rarest. */
    public double share(int ordinal) {
        double idf = weight(ordinal) - 0.1f;
        return Math.exp(-idf * idf);
    }

    /** How telling a skill is; unknown skills (ordinal -1) weigh like the rarest. */
    public float weight(int ordinal) {
        return ordinal < 0 ? maxWeight() : weights[ordinal];
    }

    /** The weight of a skill that this many occupations ask for. */
    public float weightOfShare(int occupations) {
        return weightOf(occupationCount, occupations);
    }

    public float maxWeight() {
        return weightOf(occupationCount, 0);
    }

    /**
     * The weight of a skill asked for by {@code df} of {@code total} occupations: the square root of its inverse
     * document frequency, plus 0.1. The root keeps rare skills telling (about 1.8× a transversal one) without letting
     * one rare skill, which a person may list from a side job, outweigh several skills of the same occupation; with the
     * plain logarithm (3×) ranking quality was lower on every cell of docs/matching-quality.md.
     */
    static float weightOf(int total, int df) {
        return (float) Math.sqrt(Math.log((total + 1.0) / (df + 1.0))) + 0.1f;
    }

    public Neighbour[] neighbours(int ordinal) {
        return ordinal < 0 ? new Neighbour[0] : neighbours[ordinal];
    }

    /** The skills that earn partial credit for this one, with how much and why. */
    public Neighbour[] givers(int ordinal) {
        return ordinal < 0 ? new Neighbour[0] : givers[ordinal];
    }

    /** Ordinals of the ids, unknown ones as -1, duplicates dropped. */
    public int[] ordinals(Collection<String> skillIds) {
        return skillIds.stream().mapToInt(this::ordinal).distinct().toArray();
    }

    @Override
    public String toString() {
        return "SkillSpace[" + ids.length + " skills, " + occupationCount + " occupations, "
                + Arrays.stream(neighbours).mapToInt(a -> a.length).sum() + " close pairs]";
    }
}
