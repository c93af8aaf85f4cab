package nl.werkpad.matching.index;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.IntToDoubleFunction;
import nl.werkpad.matching.domain.MatchScorer;

/**
 * Exact top-k over an {@link InvertedTable} without scoring everything (MaxScore, term at a time; issue 21 item 1).
 *
 * <p>The query's skills are taken in order of how much they can add to a score. Their postings are read batch by
 * batch and, per entry reached, what the read skills add to coverage and to use is summed: with what the unread
 * skills could still add, that gives an upper bound of the entry's score (the score is non-decreasing in coverage
 * and use, and the context only lowers or raises it monotonically). Entries are scored exactly, best bound first,
 * until the bound falls below the k-th best exact score θ. The unread skills stop being read as soon as an entry
 * that has nothing but them cannot reach θ: that bound uses the smallest weight sum among the entries that have
 * them (kept per skill). So the result is the exhaustive result: same entries, same scores, same order (score, then
 * id), which {@code TopKTests} checks against {@link #exhaustive} on random cases.
 */
final class TopK {

    private TopK() {}

    /** What one search needs to know about its side (vacancies for a person, or persons for a vacancy). */
    abstract static class Side<E> {
        final InvertedTable<E> table;
        double[] placeKm;

        Side(InvertedTable<E> table) {
            this.table = table;
        }

        private int[] skills = new int[0];
        private float[] flagged = new float[0];
        private float[] plain = new float[0];
        private float[] use = new float[0];

        /**
         * Per skill of the query (set once, by the side's constructor): what a posting with the bit set / without it
         * adds to coverage's Σ f·w·c, and what it adds to use's Σ.
         */
        final void gains(int[] skills, float[] flagged, float[] plain, float[] use) {
            this.skills = skills;
            this.flagged = flagged;
            this.plain = plain;
            this.use = use;
        }

        final int[] skills() {
            return skills;
        }

        final float gainFlagged(int i) {
            return flagged[i];
        }

        final float gainPlain(int i) {
            return plain[i];
        }

        final float gainUse(int i) {
            return use[i];
        }

        /** Whether the entry in this slot may be found at all (place, reach, consent, kind). */
        abstract boolean accept(int slot);

        /** An upper bound of the context score of the entry, given bounds of Σ f·w·c and of use's Σ. */
        abstract double bound(int slot, double have, double use);

        /** An upper bound of the context score of an entry not reached yet, that has only skills with these sums. */
        abstract double boundUnseen(double have, double use, float minNorm);

        /**
         * A cheap necessary condition for a bound to reach θ: coverage and use each at least what a skill score of
         * {@code floor} needs (the score is at most coverage^a and at most use^b, both being at most 1).
         */
        /** Any number that orders entries roughly as their score would (only picks which to score first). */
        abstract double estimate(int slot, double have, double use);

        abstract boolean mayReach(int slot, double have, double use, double coverageFloor, double useFloor);

        /** The smallest skill score whose context score can reach θ (with the most favourable context). */
        abstract double skillFloor(double theta);

        /** The exact context score (0 or less: leave out). */
        abstract double exact(int slot);

        double km(int slot) {
            return placeKm[table.placeOf(slot)];
        }

        /** The cells whose postings a search reads: those with a place within {@code reach} (per cell) of the point. */
        int[] cells;

        void placesFrom(double lat, double lon, IntToDoubleFunction reach) {
            int n = table.placeCount();
            placeKm = new double[n];
            double[] cellKm = new double[table.cellCount()];
            Arrays.fill(cellKm, Double.POSITIVE_INFINITY);
            for (int p = 0; p < n; p++) {
                placeKm[p] = MatchIndex.km(lat, lon, table.placeLat(p), table.placeLon(p));
                int c = table.cellOfPlace(p);
                cellKm[c] = Math.min(cellKm[c], placeKm[p]);
            }
            int count = 0;
            int[] within = new int[cellKm.length];
            for (int c = 0; c < cellKm.length; c++) {
                if (cellKm[c] <= reach.applyAsDouble(c)) {
                    within[count++] = c;
                }
            }
            cells = Arrays.copyOf(within, count);
        }
    }

    /** Scratch space per search: marks per slot and the candidates' sums; pooled, so a search allocates little. */
    private static final class Scratch {
        int[] mark = new int[0];
        int[] index = new int[0];
        int stamp;
        int[] slot = new int[1024];
        float[] have = new float[1024];
        float[] use = new float[1024];
        boolean[] scored = new boolean[1024];
        int count;

        void start(int capacity) {
            if (mark.length < capacity) {
                mark = new int[capacity];
                index = new int[capacity];
                stamp = 0;
            }
            if (++stamp == Integer.MAX_VALUE) {
                Arrays.fill(mark, 0);
                stamp = 1;
            }
            count = 0;
        }

        int add(int s) {
            if (count == slot.length) {
                int n = count * 2;
                slot = Arrays.copyOf(slot, n);
                have = Arrays.copyOf(have, n);
                use = Arrays.copyOf(use, n);
                scored = Arrays.copyOf(scored, n);
            }
            slot[count] = s;
            have[count] = 0;
            use[count] = 0;
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
     * The top {@code limit} entries by exact score. {@code firstBatch}: how many of the query's skills (in the order
     * of {@link Side#skills}, best first) to read before the first bound is taken.
     */
    static <E> List<Scored> search(Side<E> side, int limit, int firstBatch) {
        int[] skills = side.skills();
        int n = skills.length;
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Arrays.sort(
                order,
                (a, b) -> Float.compare(
                        Math.max(side.gainFlagged(b), side.gainPlain(b)),
                        Math.max(side.gainFlagged(a), side.gainPlain(a))));
        double[] sufHave = new double[n + 1];
        double[] sufUse = new double[n + 1];
        float[] sufMinNorm = new float[n + 1];
        sufMinNorm[n] = Float.POSITIVE_INFINITY;
        for (int j = n - 1; j >= 0; j--) {
            int i = order[j];
            sufHave[j] = sufHave[j + 1] + Math.max(side.gainFlagged(i), side.gainPlain(i));
            sufUse[j] = sufUse[j + 1] + side.gainUse(i);
            sufMinNorm[j] = Math.min(sufMinNorm[j + 1], side.table.minNorm(skills[i]));
        }
        InvertedTable<E> table = side.table;
        Scratch s = POOL.poll();
        if (s == null) {
            s = new Scratch();
        }
        PriorityQueue<Scored> best = new PriorityQueue<>(limit + 1, BEST_FIRST.reversed());
        try {
            s.start(table.slotCapacity());
            int first = Math.max(1, Math.min(n, firstBatch));
            for (int j = 0; j < first; j++) {
                int i = order[j];
                read(side, s, skills[i], side.gainFlagged(i), side.gainPlain(i), side.gainUse(i));
            }
            // a first θ from the entries that look best on what has been read
            double theta = seed(side, s, best, limit);
            // the unread skills an entry reached by nothing else could not win with are never read
            int end = first;
            while (end < n && !(side.boundUnseen(sufHave[end], sufUse[end], sufMinNorm[end]) < theta)) {
                end++;
            }
            for (int j = first; j < end; j++) {
                int i = order[j];
                read(side, s, skills[i], side.gainFlagged(i), side.gainPlain(i), side.gainUse(i));
            }
            refine(side, s, best, limit, sufHave[end], sufUse[end]);
        } finally {
            POOL.offer(s);
        }
        List<Scored> result = new ArrayList<>(best);
        result.sort(BEST_FIRST);
        return result;
    }

    private static <E> void read(
            Side<E> side, Scratch s, int skill, float gainFlagged, float gainPlain, float gainUse) {
        for (int cell : side.cells) {
            readCell(
                    side,
                    s,
                    side.table.postings(skill, cell),
                    side.table.postingCount(skill, cell),
                    gainFlagged,
                    gainPlain,
                    gainUse);
        }
    }

    private static <E> void readCell(
            Side<E> side, Scratch s, int[] postings, int size, float gainFlagged, float gainPlain, float gainUse) {
        int stamp = s.stamp;
        for (int k = 0; k < size; k++) {
            int value = postings[k];
            int slot = value >>> 1;
            int c;
            if (s.mark[slot] != stamp) {
                s.mark[slot] = stamp;
                if (!side.accept(slot)) {
                    s.index[slot] = -1;
                    continue;
                }
                c = s.add(slot);
                s.index[slot] = c;
            } else {
                c = s.index[slot];
                if (c < 0) {
                    continue;
                }
            }
            s.have[c] += (value & 1) != 0 ? gainFlagged : gainPlain;
            s.use[c] += gainUse;
        }
    }

    /** Scores exactly the {@code limit} candidates with the best bound on what has been read so far; returns θ. */
    private static <E> double seed(Side<E> side, Scratch s, PriorityQueue<Scored> best, int limit) {
        PriorityQueue<long[]> top =
                new PriorityQueue<>(limit + 1, Comparator.comparingDouble(a -> Double.longBitsToDouble(a[0])));
        for (int c = 0; c < s.count; c++) {
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

    /** Scores exactly every candidate whose bound reaches θ (the best bounds first); returns the new θ. */
    private static <E> double refine(
            Side<E> side, Scratch s, PriorityQueue<Scored> best, int limit, double restHave, double restUse) {
        double[] bounds = new double[s.count];
        PriorityQueue<long[]> top =
                new PriorityQueue<>(limit + 1, Comparator.comparingDouble(a -> Double.longBitsToDouble(a[0])));
        double floor = side.skillFloor(theta(best, limit)) * (1 - 1e-5) - 1e-9;
        double coverageFloor = floor <= 0 ? 0 : Math.pow(floor, 1 / MatchScorer.COVERAGE_EXPONENT);
        double useFloor = floor <= 0 ? 0 : Math.pow(floor, 1 / MatchScorer.USE_EXPONENT);
        for (int c = 0; c < s.count; c++) {
            if (s.scored[c]
                    || !side.mayReach(s.slot[c], s.have[c] + restHave, s.use[c] + restUse, coverageFloor, useFloor)) {
                bounds[c] = Double.NEGATIVE_INFINITY;
                continue;
            }
            double b = side.bound(s.slot[c], s.have[c] + restHave, s.use[c] + restUse) * (1 + 1e-5) + 1e-9;
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
        return theta(best, limit);
    }

    private static double theta(PriorityQueue<Scored> best, int limit) {
        return best.size() < limit ? Double.MIN_VALUE : best.peek().score(); // below k hits: anything above 0 counts
    }

    private static <E> void score(Side<E> side, Scratch s, int c, PriorityQueue<Scored> best, int limit) {
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
    static <E> List<Scored> exhaustive(Side<E> side, int limit) {
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
