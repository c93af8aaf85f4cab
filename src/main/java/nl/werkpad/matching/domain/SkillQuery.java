package nl.werkpad.matching.domain;

import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * One person's skills prepared for scoring many requirement profiles: for every skill of the space the
 * credit the person earns for it (1 for a skill they have, less for a close one) and which of their
 * skills earned it. Built once per query; cheap to score against afterwards. Not thread-safe.
 */
public final class SkillQuery {

    final SkillSpace space;
    /** The person's own skills (ordinals; -1 for skills no occupation uses). */
    final int[] skills;

    final float[] skillWeights;
    final float totalWeight;
    /** Per skill of the space: the credit (0..1) and the index in {@link #skills} of the skill that earned it. */
    final float[] credit;

    final int[] via;
    final SkillSpace.Closeness[] why;
    private final boolean partialCredit;

    public SkillQuery(SkillSpace space, int[] skills, boolean partialCredit) {
        this.space = space;
        this.skills = skills;
        this.partialCredit = partialCredit;
        this.credit = new float[space.size()];
        this.via = new int[space.size()];
        this.why = new SkillSpace.Closeness[space.size()];
        this.skillWeights = new float[skills.length];
        float total = 0;
        for (int i = 0; i < skills.length; i++) {
            skillWeights[i] = space.weight(skills[i]);
            total += skillWeights[i];
        }
        this.totalWeight = total;
        Arrays.fill(via, -1);
        for (int i = 0; i < skills.length; i++) {
            if (skills[i] >= 0) {
                credit[skills[i]] = 1f;
                via[skills[i]] = i;
            }
        }
        if (partialCredit) {
            for (int i = 0; i < skills.length; i++) {
                if (skills[i] < 0) {
                    continue;
                }
                for (SkillSpace.Neighbour n : space.neighbours(skills[i])) {
                    if (n.similarity() > credit[n.skill()]) {
                        credit[n.skill()] = n.similarity();
                        via[n.skill()] = i;
                        why[n.skill()] = n.why();
                    }
                }
            }
        }
    }

    /** Credit per requirement (essential, then optional) into the scratch space. */
    void fill(int[] essential, int[] optional, MatchScorer.Scratch s) {
        s.fit(essential.length + optional.length, skills.length);
        for (int k = 0; k < essential.length + optional.length; k++) {
            int r = k < essential.length ? essential[k] : optional[k - essential.length];
            s.credit[k] = r >= 0 ? credit[r] : 0;
            s.via[k] = r >= 0 ? via[r] : -1;
        }
    }

    /**
     * The share of the essential skills the person brings: 1 for each they have, the share a close skill earns for
     * each they have not (0..1). What the pages show as the fit, because a person can check it.
     */
    public double essentialShare(int[] essential) {
        if (essential.length == 0) {
            return 0;
        }
        // a skill counts once (as in MatchScorer): one held exactly earns no partial credit for another requirement
        Set<Integer> usedExactly = new HashSet<>();
        for (int r : essential) {
            if (r >= 0 && credit[r] >= 1f) {
                usedExactly.add(via[r]);
            }
        }
        double sum = 0;
        for (int r : essential) {
            if (r >= 0 && (credit[r] >= 1f || !usedExactly.contains(via[r]))) {
                sum += credit[r];
            }
        }
        return sum / essential.length;
    }

    public static SkillQuery of(SkillSpace space, Collection<String> skillIds) {
        return new SkillQuery(space, space.ordinals(skillIds), true);
    }

    public SkillSpace space() {
        return space;
    }

    /** The credit (0..1) the person earns for a requirement of this skill. */
    public float credit(int skill) {
        return skill < 0 ? 0 : credit[skill];
    }

    /** The weight of the person's skill that earns the credit for this skill (0 when none): what it adds to use. */
    public float giverWeight(int skill) {
        return skill < 0 || via[skill] < 0 ? 0 : skillWeights[via[skill]];
    }

    /**
     * Which of the person's skills (its index in {@link #skills()}) earns the credit for this skill, or -1: each of
     * the person's skills adds to use once, with the largest credit it earns.
     */
    public int giver(int skill) {
        return skill < 0 ? -1 : via[skill];
    }

    /** How many skills the person has (the numbering of {@link #giver}). */
    public int skillCount() {
        return skills.length;
    }

    /** The sum of the weights of the person's skills (the denominator of use). */
    public float totalWeight() {
        return totalWeight;
    }

    public boolean partialCredit() {
        return partialCredit;
    }

    /** The skills of the space this query gives any credit for (own and close ones), for retrieval. */
    public int[] creditedSkills() {
        int count = 0;
        for (float c : credit) {
            if (c > 0) {
                count++;
            }
        }
        int[] result = new int[count];
        int j = 0;
        for (int s = 0; s < credit.length; s++) {
            if (credit[s] > 0) {
                result[j++] = s;
            }
        }
        return result;
    }

    /** The credited skills that tell something: used by at most {@code maxOccupations} occupations. */
    public int[] tellingSkills(int maxOccupations) {
        float min = space.weightOfShare(maxOccupations);
        return Arrays.stream(creditedSkills())
                .filter(s -> space.weight(s) >= min)
                .toArray();
    }

    public int[] skills() {
        return skills.clone();
    }

    /** The same person with more skills (learned through a training plan). */
    public SkillQuery with(int[] learned) {
        int[] all = IntStream.concat(Arrays.stream(skills), Arrays.stream(learned))
                .distinct()
                .toArray();
        return new SkillQuery(space, all, partialCredit);
    }
}
