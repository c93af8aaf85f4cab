package nl.werkpad.matching.index;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import nl.werkpad.matching.domain.MatchScorer;

/**
 * Exact top-k over an {@link InvertedTable} without scoring everything (MaxScore, term at a time; issue 21 item 1).
 *
 * <p>The query's skills are read in order: its exact skills first, then its close ones (partial credit), each kind
 * in order of how much it can add. Per entry reached, what the read skills add to coverage and to use is summed, and
 * how much of the entry's own weight they account for: with what the unread skills could still add (bounded per
 * requirement or per skill of the person, and by the entry's unread weight times the best unread credit, see {@link
 * SearchSide}) that gives an upper bound of the entry's score (the score is non-decreasing in coverage and use, and
 * the context lowers or raises it monotonically). Entries are scored exactly, best bound first, while their bound
 * reaches the k-th best exact score θ. The unread skills stop being read as soon as an entry that has nothing but
 * them cannot reach θ: once the exact skills are read, an entry reached by close skills alone earns at most their
 * partial credit, so they are mostly never read. The result is the exhaustive result: same entries, same scores,
 * same order (score, then id), which {@code TopKTests} checks against {@link #exhaustive} on random cases.
 */
final class TopK {

    private TopK() {}

    /**
     * Scratch space per search: per slot whether it was met and where its sums are, and the candidates' sums; pooled,
     * so a search allocates little. {@code seen[slot]} below {@code base} means not met in this search, {@code base}
     * met and left out, {@code base + 1 + c} candidate c: one memory access per posting, no clearing between searches.
     */
    private static final class Scratch {
        int[] seen = new int[0];
        int base;
        int[] slot = new int[1024];
        float[] have = new float[1024];
        float[] use = new float[1024];
        float[] mass = new float[1024];
        boolean[] scored = new boolean[1024];
        int count;

        void start(int capacity) {
            if (seen.length < capacity) {
                seen = new int[capacity];
                base = 1;
            } else {
                base += count + 2;
                if (base > Integer.MAX_VALUE - capacity - 2) {
                    Arrays.fill(seen, 0);
                    base = 1;
                }
            }
            count = 0;
        }

        int add(int s) {
            if (count == slot.length) {
                int n = count * 2;
                slot = Arrays.copyOf(slot, n);
                have = Arrays.copyOf(have, n);
                use = Arrays.copyOf(use, n);
                mass = Arrays.copyOf(mass, n);
                scored = Arrays.copyOf(scored, n);
            }
            slot[count] = s;
            have[count] = 0;
            use[count] = 0;
            mass[count] = 0;
            scored[count] = false;
            return count++;
        }
    }

    private static final ConcurrentLinkedQueue<Scratch> POOL = new ConcurrentLinkedQueue<>();

    /** A scored entry: slot, score and id order for ties. */
    record Scored(int slot, double score, UUID id) {}

    /** Best first: higher score, then the smaller id. */
    static final Comparator<Scored> BEST_FIRST =
            Comparator.comparingDouble(Scored::score).reversed().thenComparing(Scored::id);

    /**
     * The top {@code limit} entries by exact score. The query's exact skills are read first, then its close ones,
     * each kind best gain first; the first batch is the exact skills that add at least {@code tellingGain}.
     */
    static <E> List<Scored> search(SearchSide<E> side, int limit, float tellingGain) {
        int n = side.skills.length;
        if (n == 0) {
            return List.of();
        }
        int[] order = order(side);
        UnreadSkills rest = new UnreadSkills(side, order);
        int first = 1;
        while (first < n && side.credit[order[first]] >= 1f && side.gain(order[first]) >= tellingGain) {
            first++;
        }
        Scratch s = POOL.poll();
        if (s == null) {
            s = new Scratch();
        }
        PriorityQueue<Scored> best = new PriorityQueue<>(limit + 1, BEST_FIRST.reversed());
        try {
            s.start(side.table.slotCapacity());
            for (int j = 0; j < first; j++) {
                read(side, s, order[j]);
            }
            // a first θ from the entries that look best on what has been read
            double theta = seed(side, s, best, limit);
            // the unread skills an entry reached by nothing else could not win with are never read; once the exact
            // skills are read, a second θ from what now looks best (higher, so fewer close skills are read)
            int end = first;
            boolean closeSkills = side.credit[order[first - 1]] < 1f;
            while (end < n && !(rest.unseen(side, end) * (1 + 1e-5) + 1e-9 < theta)) {
                if (!closeSkills && side.credit[order[end]] < 1f) {
                    closeSkills = true;
                    theta = seed(side, s, best, limit);
                    continue;
                }
                read(side, s, order[end]);
                end++;
            }
            refine(side, s, best, limit, rest, end, theta);
        } finally {
            POOL.offer(s);
        }
        List<Scored> result = new ArrayList<>(best);
        result.sort(BEST_FIRST);
        return result;
    }

    /** The order the query's skills are read in: exact skills first, then close ones, each by gain (best first). */
    private static int[] order(SearchSide<?> side) {
        int n = side.skills.length;
        Integer[] sorted = new Integer[n];
        for (int i = 0; i < n; i++) {
            sorted[i] = i;
        }
        Arrays.sort(sorted, (a, b) -> {
            boolean exactA = side.credit[a] >= 1f;
            boolean exactB = side.credit[b] >= 1f;
            return exactA != exactB ? (exactA ? -1 : 1) : Float.compare(side.gain(b), side.gain(a));
        });
        int[] order = new int[n];
        for (int j = 0; j < n; j++) {
            order[j] = sorted[j];
        }
        return order;
    }

    /**
     * For tests: the bounds a search could take of one entry after reading the first j skills of the order, for every
     * j — {@code [j][0]} the bound of the entry met by what was read, {@code [j][1]} the bound of an entry not met yet
     * (NaN when the entry has one of the skills read). Each must be at least the entry's exact score.
     */
    static <E> double[][] boundsAlongTheOrder(SearchSide<E> side, int slot) {
        int[] order = order(side);
        UnreadSkills rest = new UnreadSkills(side, order);
        Map<Integer, Boolean> has = new HashMap<>();
        for (int skill : side.table.plainOf(slot)) {
            has.merge(skill, false, Boolean::logicalOr);
        }
        for (int skill : side.table.flaggedOf(slot)) {
            has.put(skill, true);
        }
        double norm = side.table.norm(slot);
        double have = 0;
        double used = 0;
        double mass = 0;
        boolean met = false;
        double[][] bounds = new double[order.length + 1][];
        for (int j = 0; j <= order.length; j++) {
            double coverage = rest.coverage(side, j, norm, have, mass);
            double use = rest.use(side, j, norm, used, mass);
            bounds[j] = new double[] {
                side.bound(slot, coverage, use, Double.MIN_VALUE), met ? Double.NaN : rest.unseen(side, j)
            };
            if (j < order.length) {
                int i = order[j];
                Boolean bit = has.get(side.skills[i]);
                if (bit != null) {
                    met = true;
                    have += bit ? side.flagged[i] : side.plain[i];
                    mass += bit ? side.massFlagged[i] : side.massPlain[i];
                    used += side.use[i];
                }
            }
        }
        return bounds;
    }

    private static <E> void read(SearchSide<E> side, Scratch s, int i) {
        int skill = side.skills[i];
        for (int cell : side.cells) {
            int size = side.table.postingCount(skill, cell);
            if (size > 0) {
                readCell(side, s, side.table.postings(skill, cell), size, i);
            }
        }
    }

    private static <E> void readCell(SearchSide<E> side, Scratch s, int[] postings, int size, int i) {
        int base = s.base;
        int[] seen = s.seen;
        float gainFlagged = side.flagged[i];
        float gainPlain = side.plain[i];
        float gainUse = side.use[i];
        float massFlagged = side.massFlagged[i];
        float massPlain = side.massPlain[i];
        for (int k = 0; k < size; k++) {
            int value = postings[k];
            int slot = value >>> 1;
            int mark = seen[slot];
            int c;
            if (mark < base) {
                if (!side.accept(slot)) {
                    seen[slot] = base;
                    continue;
                }
                c = s.add(slot);
                seen[slot] = base + 1 + c;
            } else if (mark == base) {
                continue;
            } else {
                c = mark - base - 1;
            }
            boolean bit = (value & 1) != 0;
            s.have[c] += bit ? gainFlagged : gainPlain;
            s.mass[c] += bit ? massFlagged : massPlain;
            s.use[c] += gainUse;
        }
    }

    /**
     * Scores exactly the {@code limit} candidates not scored yet with the best estimate on what has been read so far;
     * returns θ.
     */
    private static <E> double seed(SearchSide<E> side, Scratch s, PriorityQueue<Scored> best, int limit) {
        PriorityQueue<long[]> top =
                new PriorityQueue<>(limit + 1, Comparator.comparingDouble(a -> Double.longBitsToDouble(a[0])));
        for (int c = 0; c < s.count; c++) {
            if (s.scored[c]) {
                continue;
            }
            double b = side.estimate(s.slot[c], s.have[c], s.use[c]);
            if (top.size() < limit) {
                top.add(new long[] {Double.doubleToLongBits(b), c});
            } else if (b > Double.longBitsToDouble(top.peek()[0])) {
                top.poll();
                top.add(new long[] {Double.doubleToLongBits(b), c});
            }
        }
        for (long[] t : top) {
            score(side, s, (int) t[1], best, limit);
        }
        return theta(best, limit);
    }

    /**
     * Scores exactly every candidate whose bound reaches θ (the best bounds first), the skills from {@code end} on
     * unread.
     */
    private static <E> void refine(
            SearchSide<E> side,
            Scratch s,
            PriorityQueue<Scored> best,
            int limit,
            UnreadSkills rest,
            int end,
            double theta) {
        double[] bounds = new double[s.count];
        PriorityQueue<long[]> top =
                new PriorityQueue<>(limit + 1, Comparator.comparingDouble(a -> Double.longBitsToDouble(a[0])));
        // a bound needs coverage and use each at least what a skill score of the floor needs (the score is at most
        // coverage^a and at most use^b, both being at most 1): a cheap test before the exact bound
        double floor = side.skillFloor(theta(best, limit)) * (1 - 1e-5) - 1e-9;
        double coverageFloor = floor <= 0 ? 0 : Math.pow(floor, 1 / MatchScorer.COVERAGE_EXPONENT);
        double useFloor = floor <= 0 ? 0 : Math.pow(floor, 1 / MatchScorer.USE_EXPONENT);
        for (int c = 0; c < s.count; c++) {
            bounds[c] = Double.NEGATIVE_INFINITY;
            if (s.scored[c]) {
                continue;
            }
            int slot = s.slot[c];
            double norm = side.table.norm(slot);
            double coverage = rest.coverage(side, end, norm, s.have[c], s.mass[c]);
            if (coverage < coverageFloor) {
                continue;
            }
            double use = rest.use(side, end, norm, s.use[c], s.mass[c]);
            if (use < useFloor) {
                continue;
            }
            double b = side.bound(slot, coverage, use, theta) * (1 + 1e-5) + 1e-9;
            bounds[c] = b;
            if (top.size() < limit) {
                top.add(new long[] {Double.doubleToLongBits(b), c});
            } else if (b > Double.longBitsToDouble(top.peek()[0])) {
                top.poll();
                top.add(new long[] {Double.doubleToLongBits(b), c});
            }
        }
        for (long[] t : top) {
            score(side, s, (int) t[1], best, limit);
            bounds[(int) t[1]] = Double.NEGATIVE_INFINITY;
        }
        for (int c = 0; c < s.count; c++) {
            if (bounds[c] >= theta(best, limit)) {
                score(side, s, c, best, limit);
            }
        }
    }

    private static double theta(PriorityQueue<Scored> best, int limit) {
        return best.size() < limit ? Double.MIN_VALUE : best.peek().score(); // below k hits: anything above 0 counts
    }

    private static <E> void score(SearchSide<E> side, Scratch s, int c, PriorityQueue<Scored> best, int limit) {
        s.scored[c] = true;
        int slot = s.slot[c];
        double score = side.exact(slot);
        if (!(score > 0)) {
            return;
        }
        Scored hit = new Scored(slot, score, side.table.id(slot));
        if (best.size() < limit) {
            best.add(hit);
        } else if (BEST_FIRST.compare(hit, best.peek()) < 0) {
            best.poll();
            best.add(hit);
        }
    }

    /** The reference: every entry that may be found, scored exactly. */
    static <E> List<Scored> exhaustive(SearchSide<E> side, int limit) {
        PriorityQueue<Scored> best = new PriorityQueue<>(limit + 1, BEST_FIRST.reversed());
        side.table.forEachSlot(slot -> {
            if (side.accept(slot)) {
                double score = side.exact(slot);
                if (score > 0) {
                    Scored hit = new Scored(slot, score, side.table.id(slot));
                    if (best.size() < limit) {
                        best.add(hit);
                    } else if (BEST_FIRST.compare(hit, best.peek()) < 0) {
                        best.poll();
                        best.add(hit);
                    }
                }
            }
        });
        List<Scored> result = new ArrayList<>(best);
        result.sort(BEST_FIRST);
        return result;
    }
}
