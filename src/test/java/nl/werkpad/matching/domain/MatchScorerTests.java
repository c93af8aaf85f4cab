package nl.werkpad.matching.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The scorer on a small made-up skill space: its rules, and the same score in both directions. */
class MatchScorerTests {

    /** 40 occupations over 60 skills; skill "s0" is in every occupation (transversal), "s1".."s3" in few. */
    static SkillSpace space() {
        List<SkillSpace.OccupationSkills> occupations = new ArrayList<>();
        Random random = new Random(7);
        for (int o = 0; o < 40; o++) {
            List<String> essential = new ArrayList<>(List.of("s0"));
            IntStream.range(0, 6).forEach(i -> essential.add("s" + (4 + random.nextInt(56))));
            occupations.add(new SkillSpace.OccupationSkills(
                    "o" + o, essential.stream().distinct().toList(), List.of("s" + (4 + random.nextInt(56)))));
        }
        occupations.add(new SkillSpace.OccupationSkills("rare", List.of("s1", "s2", "s3"), List.of()));
        return SkillSpace.build(
                occupations,
                List.of(
                        new SkillSpace.Link("s5", "s6", "broader"),
                        new SkillSpace.Link("s7", "s6", "broader"),
                        new SkillSpace.Link("s8", "s9", "optional")));
    }

    private static int[] ords(SkillSpace space, String... ids) {
        return space.ordinals(List.of(ids));
    }

    @Test
    void rareSkillsWeighMoreThanTransversalOnes() {
        SkillSpace space = space();
        assertThat(space.weight(space.ordinal("s1"))).isGreaterThan(space.weight(space.ordinal("s0")) * 5);
    }

    @Test
    void essentialSkillsCountMoreThanOptionalOnes() {
        SkillSpace space = space();
        SkillQuery q = new SkillQuery(space, ords(space, "s10"), false);
        double asEssential = MatchScorer.score(q, ords(space, "s10", "s11"), ords(space, "s12"));
        double asOptional = MatchScorer.score(q, ords(space, "s11", "s12"), ords(space, "s10"));
        assertThat(asEssential).isGreaterThan(asOptional);
    }

    @Test
    void aLongOptionalListDoesNotOutweighTheEssentialSkills() {
        SkillSpace space = space();
        SkillQuery q = new SkillQuery(space, ords(space, "s10", "s11", "s12"), false);
        int[] optional = IntStream.range(20, 30)
                .mapToObj(i -> "s" + i)
                .mapToInt(space::ordinal)
                .toArray();
        // every essential skill of a vacancy that also lists 10 optional ones the person lacks ...
        double allEssential = MatchScorer.score(q, ords(space, "s10", "s11", "s12"), optional);
        // ... tells more than half of the essential skills of a vacancy without optional ones
        double halfEssential = MatchScorer.score(q, ords(space, "s10", "s11", "s12", "s13", "s14", "s15"), new int[0]);
        assertThat(allEssential).isGreaterThan(halfEssential);
    }

    @Test
    void skillsThatUsuallyGoTogetherEarnNoPartialCredit() {
        List<SkillSpace.OccupationSkills> occupations = new ArrayList<>();
        for (int o = 0; o < 6; o++) {
            occupations.add(new SkillSpace.OccupationSkills("o" + o, List.of("x", "y", "z" + o), List.of()));
        }
        occupations.add(new SkillSpace.OccupationSkills("only-y", List.of("y", "w"), List.of()));
        SkillSpace space = SkillSpace.build(occupations, List.of());
        SkillQuery q = new SkillQuery(space, ords(space, "x"), true);
        // x and y are always asked for together: an occupation that asks for y and not x is another occupation
        assertThat(space.neighbours(space.ordinal("x"))).isEmpty();
        assertThat(MatchScorer.score(q, ords(space, "y", "w"), new int[0])).isZero();
        assertThat(MatchScorer.explain(q, ords(space, "y", "w"), new int[0]).partial())
                .isEmpty();
    }

    @Test
    void aFullMatchScoresOneAndNothingInCommonScoresZero() {
        SkillSpace space = space();
        SkillQuery q = new SkillQuery(space, ords(space, "s1", "s2", "s3"), true);
        assertThat(MatchScorer.score(q, ords(space, "s1", "s2", "s3"), new int[0]))
                .isCloseTo(1.0, within(1e-6));
        assertThat(MatchScorer.score(q, ords(space, "s40", "s41"), new int[0])).isZero();
    }

    @Test
    void aCloseSkillEarnsPartialCreditAndSaysWhy() {
        SkillSpace space = space();
        SkillQuery withSibling = new SkillQuery(space, ords(space, "s5"), true);
        SkillQuery exactOnly = new SkillQuery(space, ords(space, "s5"), false);
        int[] needsS7 = ords(space, "s7", "s20");
        assertThat(MatchScorer.score(withSibling, needsS7, new int[0])).isGreaterThan(0);
        assertThat(MatchScorer.score(exactOnly, needsS7, new int[0])).isZero();
        MatchScorer.Explanation why = MatchScorer.explain(withSibling, needsS7, new int[0]);
        assertThat(why.missingEssential()).containsExactlyInAnyOrder(space.ordinal("s7"), space.ordinal("s20"));
        assertThat(why.partial()).singleElement().satisfies(p -> {
            assertThat(p.required()).isEqualTo(space.ordinal("s7"));
            assertThat(p.personSkill()).isEqualTo(space.ordinal("s5"));
            assertThat(p.why()).isEqualTo(SkillSpace.Closeness.SIBLING);
        });
    }

    @Test
    void aSkillCountsOnce() {
        SkillSpace space = space();
        SkillQuery q = new SkillQuery(space, ords(space, "s5"), true);
        // s5 is needed itself: it earns no partial credit for its sibling s7 in the same profile
        MatchScorer.Explanation both = MatchScorer.explain(q, ords(space, "s5", "s7"), new int[0]);
        assertThat(both.partial()).isEmpty();
        assertThat(both.missingEssential()).containsExactly(space.ordinal("s7"));
        assertThat(q.essentialShare(ords(space, "s5", "s7"))).isCloseTo(0.5, within(1e-9));
        assertThat(MatchScorer.score(q, ords(space, "s5", "s7"), new int[0]))
                .isEqualTo(MatchScorer.score(
                        new SkillQuery(space, ords(space, "s5"), false), ords(space, "s5", "s7"), new int[0]));
        // where s5 is not needed itself, it still counts partly for s7
        assertThat(MatchScorer.explain(q, ords(space, "s7", "s20"), new int[0]).partial())
                .hasSize(1);
    }

    @Test
    void listingEverythingDoesNotWin() {
        SkillSpace space = space();
        SkillQuery q = new SkillQuery(space, ords(space, "s1", "s2"), true);
        double focused = MatchScorer.score(q, ords(space, "s1", "s2", "s3"), new int[0]);
        int[] everything = IntStream.range(0, space.size()).toArray();
        assertThat(MatchScorer.score(q, everything, new int[0])).isLessThan(focused);
    }

    @Test
    void distanceAndExperienceAdjustTheScore() {
        assertThat(MatchScorer.withContext(0.6, 0, 30, false)).isEqualTo(0.6);
        assertThat(MatchScorer.withContext(0.6, 30, 30, false))
                .isCloseTo(0.6 * MatchScorer.FAR_AWAY_FACTOR, within(1e-9));
        assertThat(MatchScorer.withContext(0.6, 0, 30, true)).isGreaterThan(0.6).isLessThan(1);
    }

    @Test
    void bothDirectionsGiveTheSameScore() {
        SkillSpace space = space();
        Random random = new Random(3);
        for (int i = 0; i < 500; i++) {
            int[] person = random.ints(1 + random.nextInt(8), 0, space.size())
                    .distinct()
                    .toArray();
            int[] essential = random.ints(1 + random.nextInt(8), 0, space.size())
                    .distinct()
                    .toArray();
            int[] optional = random.ints(random.nextInt(4), 0, space.size())
                    .filter(s -> Arrays.stream(essential).noneMatch(e -> e == s))
                    .distinct()
                    .toArray();
            double personSide = MatchScorer.score(new SkillQuery(space, person, true), essential, optional);
            float[] weights = ProfileQuery.weights(space, person);
            float total = ProfileQuery.total(weights);
            double profileSide = new ProfileQuery(space, essential, optional).score(person, weights, total);
            assertThat(profileSide).as("case %d", i).isCloseTo(personSide, within(1e-6));
        }
    }
}
