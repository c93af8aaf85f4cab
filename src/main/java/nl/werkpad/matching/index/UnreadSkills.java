package nl.werkpad.matching.index;

/**
 * What the query's skills from one position of the reading order on can still add, at most: the plain sums of
 * their gains, the sum per group of the best amount ({@link SearchSide}), their best credit and the smallest norm
 * of an entry that has any of them.
 */
final class UnreadSkills {
    final double[] have;
    final double[] use;
    final double[] group;
    final float[] credit;
    final float[] minNorm;

    UnreadSkills(SearchSide<?> side, int[] order) {
        int n = order.length;
        have = new double[n + 1];
        use = new double[n + 1];
        group = new double[n + 1];
        credit = new float[n + 1];
        minNorm = new float[n + 1];
        minNorm[n] = Float.POSITIVE_INFINITY;
        float[] best = new float[side.groupCount];
        double groups = 0;
        for (int j = n - 1; j >= 0; j--) {
            int i = order[j];
            have[j] = have[j + 1] + side.gain(i);
            use[j] = use[j + 1] + side.use[i];
            credit[j] = Math.max(credit[j + 1], side.credit[i]);
            minNorm[j] = Math.min(minNorm[j + 1], side.table.minNorm(side.skills[i]));
            int[] g = side.groups[i];
            float[] a = side.amounts[i];
            for (int k = 0; k < g.length; k++) {
                if (a[k] > best[g[k]]) {
                    groups += a[k] - best[g[k]];
                    best[g[k]] = a[k];
                }
            }
            group[j] = groups;
        }
    }

    /**
     * An upper bound of the coverage (0..1) of an entry with this norm of which the postings read add {@code
     * have} and take {@code mass} of its norm, when the skills from {@code end} on are unread.
     */
    double coverage(SearchSide<?> side, int end, double norm, double have, double mass) {
        if (side.entriesAreProfiles) {
            return Math.min(1, (have + Math.min(this.have[end], Math.max(0, norm - mass) * credit[end])) / norm);
        }
        return Math.min(1, (have + Math.min(this.have[end], group[end])) / side.queryNorm());
    }

    /** The same for use, of which the postings read add {@code used}. */
    double use(SearchSide<?> side, int end, double norm, double used, double mass) {
        if (side.entriesAreProfiles) {
            return Math.min(1, (used + Math.min(use[end], group[end])) / side.queryNorm());
        }
        return Math.min(1, (used + Math.min(use[end], Math.max(0, norm - mass) * credit[end])) / norm);
    }

    /**
     * An upper bound of the score of an entry that has none of the skills read (only skills from {@code end} on):
     * the bounds above with nothing read and the smallest norm (a bound of x / norm, and credit × norm / norm does
     * not depend on it).
     */
    double unseen(SearchSide<?> side, int end) {
        float norm = minNorm[end];
        if (norm == Float.POSITIVE_INFINITY) {
            return 0; // no live entry has any of these skills
        }
        return side.boundUnseen(coverage(side, end, norm, 0, 0), use(side, end, norm, 0, 0));
    }
}
