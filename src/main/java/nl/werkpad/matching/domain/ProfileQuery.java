package nl.werkpad.matching.domain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * One requirement profile (a vacancy) prepared for scoring many persons: per skill of the space, the
 * requirements it earns credit for. Gives the same score as {@link SkillQuery} for the same pair.
 * Immutable and thread-safe.
 */
public final class ProfileQuery {

    private record Credit(int requirement, float credit) {}

    private final SkillSpace space;
    private final int[] essential;
    private final int[] optional;
    /** Per skill of the space (dense, for speed: one array per query), the requirements it earns credit for. */
    private final Credit[][] bySkill;
    /** Σ f·w over the requirements: the denominator of coverage. */
    private final float need;

    public ProfileQuery(SkillSpace space, int[] essential, int[] optional) {
        this.space = space;
        this.essential = essential;
        this.optional = optional;
        Map<Integer, List<Credit>> credits = new HashMap<>();
        for (int k = 0; k < essential.length + optional.length; k++) {
            int r = k < essential.length ? essential[k] : optional[k - essential.length];
            if (r < 0) {
                continue;
            }
            credits.computeIfAbsent(r, x -> new ArrayList<>()).add(new Credit(k, 1f));
            for (SkillSpace.Neighbour g : space.givers(r)) {
                credits.computeIfAbsent(g.skill(), x -> new ArrayList<>()).add(new Credit(k, g.similarity()));
            }
        }
        this.bySkill = new Credit[space.size()][];
        credits.forEach((skill, list) -> bySkill[skill] = list.toArray(Credit[]::new));
        this.need = MatchScorer.need(space, essential, optional);
    }

    /** Σ f·w over the profile's requirements. */
    public float need() {
        return need;
    }

    /** How many requirements the profile has (essential, then optional: the numbering of {@link #creditedRequirements}). */
    public int requirementCount() {
        return essential.length + optional.length;
    }

    /** The requirements a person's skill earns credit for (their numbers: essential first, then optional). */
    public int[] creditedRequirements(int skill) {
        Credit[] credits = skill < 0 ? null : bySkill[skill];
        if (credits == null) {
            return new int[0];
        }
        int[] requirements = new int[credits.length];
        for (int j = 0; j < credits.length; j++) {
            requirements[j] = credits[j].requirement();
        }
        return requirements;
    }

    /** Per requirement of {@link #creditedRequirements}, the most the skill adds to Σ f·w·c for it: f·w·credit. */
    public float[] coverageParts(int skill) {
        Credit[] credits = skill < 0 ? null : bySkill[skill];
        if (credits == null) {
            return new float[0];
        }
        float[] parts = new float[credits.length];
        for (int j = 0; j < credits.length; j++) {
            int k = credits[j].requirement();
            boolean isEssential = k < essential.length;
            int r = isEssential ? essential[k] : optional[k - essential.length];
            parts[j] = space.weight(r) * (isEssential ? MatchScorer.ESSENTIAL_FACTOR : 1f) * credits[j].credit();
        }
        return parts;
    }

    /** The largest credit a person's skill earns for any requirement (what it can add to use, per unit weight). */
    public float maxCredit(int skill) {
        Credit[] credits = skill < 0 ? null : bySkill[skill];
        float max = 0;
        if (credits != null) {
            for (Credit c : credits) {
                max = Math.max(max, c.credit());
            }
        }
        return max;
    }

    /** The skills that earn this profile any credit (own and close ones), for retrieval. */
    public int[] creditedSkills() {
        return IntStream.range(0, bySkill.length)
                .filter(s -> bySkill[s] != null)
                .toArray();
    }

    /** The credited skills that tell something: used by at most {@code maxOccupations} occupations. */
    public int[] tellingSkills(int maxOccupations) {
        float min = space.weightOfShare(maxOccupations);
        return Arrays.stream(creditedSkills())
                .filter(s -> space.weight(s) >= min)
                .toArray();
    }

    /** The skill score in 0..1 of a person with these skills (ordinals) and their weights. */
    public double score(int[] personSkills, float[] personWeights, float totalWeight) {
        MatchScorer.Scratch s = MatchScorer.SCRATCH.get();
        int requirements = essential.length + optional.length;
        s.fit(requirements, personSkills.length);
        Arrays.fill(s.credit, 0, requirements, 0f);
        Arrays.fill(s.via, 0, requirements, -1);
        for (int i = 0; i < personSkills.length; i++) {
            Credit[] credits = personSkills[i] < 0 ? null : bySkill[personSkills[i]];
            if (credits != null) {
                for (Credit c : credits) {
                    if (c.credit() > s.credit[c.requirement()]) {
                        s.credit[c.requirement()] = c.credit();
                        s.via[c.requirement()] = i;
                    }
                }
            }
        }
        double[] parts = MatchScorer.parts(space, essential, optional, s, personWeights, totalWeight);
        return MatchScorer.combine(parts[0], parts[1]);
    }

    /** Weights of a person's skills as the scorer uses them (compute once per person). */
    public static float[] weights(SkillSpace space, int[] personSkills) {
        float[] w = new float[personSkills.length];
        for (int i = 0; i < w.length; i++) {
            w[i] = space.weight(personSkills[i]);
        }
        return w;
    }

    /** The sum of a person's skill weights, kept with the entry so that a search need not add them up again. */
    public static float total(float[] weights) {
        float total = 0;
        for (float w : weights) {
            total += w;
        }
        return total;
    }
}
