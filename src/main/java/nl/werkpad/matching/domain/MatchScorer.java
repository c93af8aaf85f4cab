package nl.werkpad.matching.domain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * How well a person's skills fit a requirement profile (a vacancy, or an occupation), as a number in
 * 0..1 and, on demand, the reasons. See docs/matching.md for the why of every part.
 *
 * <ul>
 *   <li><b>coverage</b>: the weighted share of the profile the person covers; essential skills count
 *       {@value #ESSENTIAL_FACTOR}× optional ones; every skill weighs by how telling it is (rare skills
 *       more than transversal ones); a missing skill earns partial credit from a close skill the person
 *       has (ESCO hierarchy or ESCO relation).</li>
 *   <li><b>use</b>: the weighted share of the person's own skills the profile uses. A profile that
 *       lists everything cannot win by that alone, and a person is ranked towards the work that uses
 *       what they can.</li>
 *   <li><b>skill score</b> = coverage<sup>{@value #COVERAGE_EXPONENT}</sup> × use<sup>{@value #USE_EXPONENT}</sup>.</li>
 * </ul>
 * Distance and occupation history are applied on top by {@link #withContext}.
 *
 * <p>Two directions, one formula: a {@link SkillQuery} (one person against many profiles) and a
 * {@link ProfileQuery} (one profile against many persons) both fill, per requirement, the credit earned
 * and which of the person's skills earned it; {@link #parts} turns that into the score.
 */
public final class MatchScorer {

    /**
     * How many times an essential skill counts an optional one. ESCO's optional lists are long and uneven (0 to 124 per
     * occupation, 20 on average): at 2× they decided coverage for some occupations more than the essential skills did;
     * the factor was chosen on seeds 101-103 of the evaluation (docs/matching-quality.md, issue 21 item 4).
     */
    public static final float ESSENTIAL_FACTOR = 6f;
    /** Coverage and use count alike (a geometric mean): 0.6 / 0.4 ranked worse on every noisy cell of the evaluation. */
    public static final double COVERAGE_EXPONENT = 0.5;

    public static final double USE_EXPONENT = 0.5;
    /** At the edge of the person's travel radius a match keeps this share of its score. */
    public static final double FAR_AWAY_FACTOR = 0.85;
    /** Experience in the profile's occupation closes this share of the gap between the score and 1. */
    public static final double EXPERIENCE_BONUS = 0.15;

    private MatchScorer() {}

    /** Per-thread scratch space, so scoring many profiles allocates nothing. */
    static final class Scratch {
        float[] credit = new float[128];
        int[] via = new int[128];
        float[] used = new float[64];
        boolean[] exact = new boolean[64];

        void fitPerson(int personSkills) {
            if (used.length < personSkills) {
                used = new float[personSkills * 2];
            }
            if (exact.length < personSkills) {
                exact = new boolean[personSkills * 2];
            }
        }

        void fit(int requirements, int personSkills) {
            if (credit.length < requirements) {
                credit = new float[requirements * 2];
                via = new int[requirements * 2];
            }
            if (used.length < personSkills) {
                used = new float[personSkills * 2];
            }
        }
    }

    static final ThreadLocal<Scratch> SCRATCH = ThreadLocal.withInitial(Scratch::new);

    /** The skill score in 0..1 of one person against one profile (ordinals of the query's space). */
    public static double score(SkillQuery q, int[] essential, int[] optional) {
        Scratch s = SCRATCH.get();
        q.fill(essential, optional, s);
        double[] parts = parts(q.space, essential, optional, s, q.skillWeights, q.totalWeight);
        return combine(parts[0], parts[1]);
    }

    /**
     * Coverage and use from the credit per requirement ({@code s.credit[k]}, {@code s.via[k]} = index of
     * the person's skill that earned it, for k over essential then optional requirements).
     *
     * <p><b>A skill counts once</b>: a person's skill that meets one of the profile's requirements exactly earns no
     * partial credit for another of its requirements (the credit is set to 0 here, so explanations agree). Without
     * this, a close skill counted twice for profiles that already use it, and partial credit cost ranking quality;
     * with it, partial credit helps when skills are close but not equal (docs/matching-quality.md). Credits only go
     * down, so the index's upper bounds stay valid.
     */
    static double[] parts(
            SkillSpace space, int[] essential, int[] optional, Scratch s, float[] personWeights, float totalWeight) {
        int requirements = essential.length + optional.length;
        int persons = personWeights.length;
        s.fitPerson(persons);
        Arrays.fill(s.used, 0, persons, 0f);
        Arrays.fill(s.exact, 0, persons, false);
        boolean anyPartial = false;
        for (int k = 0; k < requirements; k++) {
            float c = s.credit[k];
            if (c >= 1f) {
                s.exact[s.via[k]] = true;
            } else if (c > 0) {
                anyPartial = true;
            }
        }
        if (anyPartial) {
            for (int k = 0; k < requirements; k++) {
                float c = s.credit[k];
                if (c > 0 && c < 1f && s.exact[s.via[k]]) {
                    s.credit[k] = 0f;
                }
            }
        }
        double have = 0;
        double need = 0;
        for (int k = 0; k < requirements; k++) {
            boolean isEssential = k < essential.length;
            int r = isEssential ? essential[k] : optional[k - essential.length];
            float w = space.weight(r) * (isEssential ? ESSENTIAL_FACTOR : 1f);
            need += w;
            float c = s.credit[k];
            if (c > 0) {
                have += w * c;
                int i = s.via[k];
                s.used[i] = Math.max(s.used[i], c);
            }
        }
        double useful = 0;
        for (int i = 0; i < persons; i++) {
            useful += personWeights[i] * s.used[i];
        }
        return new double[] {need == 0 ? 0 : have / need, totalWeight == 0 ? 0 : useful / totalWeight};
    }

    /** Σ f·w over a profile's requirements: the denominator of coverage, kept per profile so bounds need not recompute it. */
    public static float need(SkillSpace space, int[] essential, int[] optional) {
        float need = 0;
        for (int r : essential) {
            need += space.weight(r) * ESSENTIAL_FACTOR;
        }
        for (int r : optional) {
            need += space.weight(r);
        }
        return need;
    }

    /** The skill score from coverage and use; non-decreasing in both (the engine's bounds rely on it). */
    public static double combine(double coverage, double use) {
        if (coverage <= 0 || use <= 0) {
            return 0;
        }
        return Math.pow(coverage, COVERAGE_EXPONENT) * Math.pow(use, USE_EXPONENT);
    }

    /**
     * The score with its context: experience in the occupation closes {@value #EXPERIENCE_BONUS} of the gap
     * to 1, and a match at the edge of the travel radius keeps {@value #FAR_AWAY_FACTOR} of its score
     * (linear in between).
     */
    public static double withContext(double skillScore, double distanceKm, double radiusKm, boolean experienced) {
        double s = skillScore;
        if (experienced && s > 0) {
            s += (1 - s) * EXPERIENCE_BONUS;
        }
        if (radiusKm > 0) {
            s *= 1 - (1 - FAR_AWAY_FACTOR) * Math.min(1, distanceKm / radiusKm);
        }
        return s;
    }

    /** Which requirement was met how. Skills are ordinals of the space. */
    public record Explanation(
            double coverage,
            double use,
            double skillScore,
            List<Integer> matchedEssential,
            List<Integer> matchedOptional,
            List<Integer> missingEssential,
            List<Partial> partial) {}

    /** A missing requirement that earned partial credit from one of the person's own skills. */
    public record Partial(int required, int personSkill, float credit, SkillSpace.Closeness why, boolean essential) {}

    public static Explanation explain(SkillQuery q, int[] essential, int[] optional) {
        Scratch s = new Scratch();
        q.fill(essential, optional, s);
        double[] parts = parts(q.space, essential, optional, s, q.skillWeights, q.totalWeight);
        List<Integer> matchedEssential = new ArrayList<>();
        List<Integer> matchedOptional = new ArrayList<>();
        List<Integer> missing = new ArrayList<>();
        List<Partial> partial = new ArrayList<>();
        for (int k = 0; k < essential.length + optional.length; k++) {
            boolean isEssential = k < essential.length;
            int r = isEssential ? essential[k] : optional[k - essential.length];
            float c = s.credit[k];
            if (c >= 1f) {
                (isEssential ? matchedEssential : matchedOptional).add(r);
                continue;
            }
            if (isEssential) {
                missing.add(r);
            }
            if (c > 0) {
                partial.add(new Partial(r, q.skills[s.via[k]], c, q.why[r], isEssential));
            }
        }
        return new Explanation(
                parts[0], parts[1], combine(parts[0], parts[1]), matchedEssential, matchedOptional, missing, partial);
    }
}
