package nl.werkpad.matching.domain;

import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Counts how many vacancies become good matches (the share of their essential skills the person brings reaches the
 * threshold) when a set of offers is learned, fast enough to try every offer in every round of a plan search.
 *
 * <p>A person's credit for a requirement is the best credit any of their skills gives it (1 for the skill itself, the
 * similarity for a close one; see {@link SkillQuery}), so the credit after learning is the maximum of today's credit
 * and what the learned skills give. Credits are kept only for the essential skills of the vacancies given (those that
 * are not good matches today), which keeps a round to a few thousand additions.
 */
public final class UnlockCounter {

    private final int[][] requirements;
    private final int[] sizes;
    private final float[] base;
    private final float[][] gains;
    private final double threshold;

    /**
     * @param now        the person today
     * @param essentials the essential skills of each vacancy that could be unlocked
     * @param threshold  the share (0..1) of essential skills for a good match
     * @param options    the skills each offer teaches
     */
    public UnlockCounter(SkillQuery now, List<int[]> essentials, double threshold, List<int[]> options) {
        this.threshold = threshold;
        Map<Integer, Integer> index = new HashMap<>();
        requirements = new int[essentials.size()][];
        sizes = new int[essentials.size()];
        for (int v = 0; v < essentials.size(); v++) {
            int[] e = essentials.get(v);
            sizes[v] = e.length;
            requirements[v] = Arrays.stream(e)
                    .filter(r -> r >= 0)
                    .map(r -> index.computeIfAbsent(r, k -> index.size()))
                    .toArray();
        }
        base = new float[index.size()];
        index.forEach((skill, i) -> base[i] = now.credit[skill]);
        gains = new float[options.size()][];
        for (int o = 0; o < options.size(); o++) {
            float[] g = new float[index.size()];
            for (int skill : options.get(o)) {
                if (skill < 0) {
                    continue;
                }
                Integer i = index.get(skill);
                if (i != null) {
                    g[i] = 1f;
                }
                if (now.partialCredit()) {
                    for (SkillSpace.Neighbour n : now.space.neighbours(skill)) {
                        Integer j = index.get(n.skill());
                        if (j != null && n.similarity() > g[j]) {
                            g[j] = n.similarity();
                        }
                    }
                }
            }
            gains[o] = g;
        }
    }

    /** The credits after learning nothing yet. */
    public float[] start() {
        return base.clone();
    }

    /** The credits after also learning what the offer teaches. */
    public float[] add(float[] credits, int option) {
        float[] next = credits.clone();
        float[] g = gains[option];
        for (int i = 0; i < next.length; i++) {
            if (g[i] > next[i]) {
                next[i] = g[i];
            }
        }
        return next;
    }

    /** How many of the vacancies are good matches with these credits. */
    public int unlocked(float[] credits) {
        int count = 0;
        for (int v = 0; v < requirements.length; v++) {
            if (good(v, credits)) {
                count++;
            }
        }
        return count;
    }

    /** Which of the vacancies (by position) are good matches with these credits. */
    public BitSet which(float[] credits) {
        BitSet good = new BitSet();
        for (int v = 0; v < requirements.length; v++) {
            if (good(v, credits)) {
                good.set(v);
            }
        }
        return good;
    }

    private boolean good(int v, float[] credits) {
        if (sizes[v] == 0) {
            return false;
        }
        double sum = 0;
        for (int i : requirements[v]) {
            sum += credits[i];
        }
        return sum / sizes[v] >= threshold - 1e-9;
    }
}
