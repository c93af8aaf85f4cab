package nl.werkpad.matching.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class TrainingPlannerTests {

    private static final TrainingPlanner.Limits NONE = TrainingPlanner.Limits.NONE;

    private static TrainingPlanner.Option<String> offer(String name, long cost, int... skills) {
        return new TrainingPlanner.Option<>(name, cost, skills);
    }

    private static TrainingPlanner.Option<String> timed(String name, long cost, int weeks, int[] skills) {
        return new TrainingPlanner.Option<>(name, cost, weeks, skills, name);
    }

    /** Every missing skill worth the same. */
    private static TrainingPlanner.Goal goal(int... missing) {
        float[] w = new float[missing.length];
        Arrays.fill(w, 1f);
        return new TrainingPlanner.Goal(missing, w);
    }

    private static List<String> names(TrainingPlanner.Plan<String> plan) {
        return plan.chosen().stream().map(TrainingPlanner.Option::offer).toList();
    }

    /** A space of skills 0..n-1 (one occupation asks for each, so none is transversal) without close pairs. */
    private static SkillSpace space(int n) {
        List<SkillSpace.OccupationSkills> occupations = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            occupations.add(new SkillSpace.OccupationSkills("o" + i, List.of("s" + i), List.of()));
        }
        return SkillSpace.build(occupations, List.of());
    }

    private static int[] ord(SkillSpace space, String... ids) {
        return space.ordinals(List.of(ids));
    }

    @Test
    void withoutVacanciesToUnlockItCoversTheTargetAtTheLowestCostAndDropsWhatBecameRedundant() {
        var plan = TrainingPlanner.plan(
                goal(1, 2, 3, 4),
                List.of(
                        offer("all four, dear", 4000, 1, 2, 3, 4),
                        offer("one and two", 900, 1, 2),
                        offer("three and four", 900, 3, 4),
                        offer("two and three", 100, 2, 3)),
                NONE,
                TrainingPlanner.By.COST);
        assertThat(names(plan)).containsExactlyInAnyOrder("one and two", "three and four");
        assertThat(plan.uncovered()).isEmpty();
    }

    @Test
    void choosesTheOffersThatUnlockTheMostVacanciesWithinTheBudget() {
        SkillSpace space = space(8);
        int[] person = ord(space, "s0", "s1", "s2");
        SkillQuery now = new SkillQuery(space, person, false);
        // three vacancies need s4 on top of what the person has (4 of 5 = 80%); one needs s5 and s6
        List<int[]> vacancies = List.of(
                ord(space, "s0", "s1", "s2", "s3", "s4"),
                ord(space, "s0", "s1", "s2", "s3", "s4"),
                ord(space, "s0", "s1", "s2", "s4", "s7"),
                ord(space, "s0", "s1", "s5", "s6", "s7"));
        var options = List.of(
                timed("s5 and s6, cheap", 500, 0, ord(space, "s5", "s6")),
                timed("s4, dearer", 900, 0, ord(space, "s4")),
                timed("s7", 300, 0, ord(space, "s7")));
        int[] missing = ord(space, "s5", "s6");
        var counter = new UnlockCounter(
                now,
                vacancies,
                0.8,
                options.stream().map(TrainingPlanner.Option::skills).toList());
        // the target (s5, s6) is cheap to cover, but s4 unlocks three vacancies: with room both, within €9 only s4
        var roomy = TrainingPlanner.plan(
                new TrainingPlanner.Goal(missing, new float[] {1, 1}),
                options,
                new TrainingPlanner.Limits(100_000, Integer.MAX_VALUE),
                TrainingPlanner.By.COST,
                counter);
        assertThat(names(roomy)).containsExactlyInAnyOrder("s4, dearer", "s5 and s6, cheap");
        assertThat(roomy.unlocked().cardinality()).isEqualTo(4);
        var tight = TrainingPlanner.plan(
                new TrainingPlanner.Goal(missing, new float[] {1, 1}),
                options,
                new TrainingPlanner.Limits(900, Integer.MAX_VALUE),
                TrainingPlanner.By.COST,
                counter);
        assertThat(names(tight)).containsExactly("s4, dearer");
        assertThat(tight.unlocked().cardinality()).isEqualTo(3);
        assertThat(tight.uncovered()).containsExactlyInAnyOrder(missing[0], missing[1]);
    }

    @Test
    void anUnlockThatNeedsSeveralOffersTogetherIsFoundAndTheTimeLimitHolds() {
        SkillSpace space = space(6);
        SkillQuery now = new SkillQuery(space, ord(space, "s0", "s1"), false);
        // 2 of 5 now; s3 and s4 together make 4 of 5, either alone 3 of 5
        List<int[]> vacancies = List.of(ord(space, "s0", "s1", "s2", "s3", "s4"));
        var options = List.of(
                timed("s3", 100, 10, ord(space, "s3")),
                timed("s4", 100, 10, ord(space, "s4")),
                timed("s5", 10, 1, ord(space, "s5")));
        var counter = new UnlockCounter(
                now,
                vacancies,
                0.8,
                options.stream().map(TrainingPlanner.Option::skills).toList());
        var goal = new TrainingPlanner.Goal(ord(space, "s3", "s4", "s5"), new float[] {1, 1, 1});
        var plan = TrainingPlanner.plan(goal, options, NONE, TrainingPlanner.By.COST, counter);
        assertThat(names(plan)).containsExactlyInAnyOrder("s3", "s4", "s5");
        assertThat(plan.unlocked().cardinality()).isEqualTo(1);
        // 12 weeks: only one of the ten-week courses fits, so nothing is unlocked, and the plan says what is left
        var quick = TrainingPlanner.plan(
                goal, options, new TrainingPlanner.Limits(Long.MAX_VALUE, 12), TrainingPlanner.By.TIME, counter);
        assertThat(quick.chosen().stream()
                        .mapToInt(TrainingPlanner.Option::weeks)
                        .sum())
                .isLessThanOrEqualTo(12);
        assertThat(quick.unlocked().cardinality()).isZero();
        assertThat(quick.uncovered()).hasSize(1);
    }

    @Test
    void aTransversalSkillAloneNeverEarnsAStep() {
        var goal = new TrainingPlanner.Goal(new int[] {1, 2}, new float[] {0f, 5f});
        var plan = TrainingPlanner.plan(
                goal,
                List.of(offer("communication channels", 50, 1), offer("welding robots", 2000, 2)),
                NONE,
                TrainingPlanner.By.COST);
        assertThat(names(plan)).containsExactly("welding robots");
        assertThat(plan.uncovered()).containsExactly(1);
    }

    @Test
    void saysWhatNoOfferTeaches() {
        var plan = TrainingPlanner.plan(goal(1, 9), List.of(offer("one", 10, 1, 5)), NONE, TrainingPlanner.By.COST);
        assertThat(names(plan)).containsExactly("one");
        assertThat(plan.uncovered()).containsExactly(9);
    }

    @Test
    void nothingMissingNeedsNoTraining() {
        assertThat(TrainingPlanner.plan(goal(), List.of(offer("one", 10, 1)), NONE, TrainingPlanner.By.COST)
                        .chosen())
                .isEmpty();
    }

    @Test
    void takesACourseOnceEvenWhenAnotherProviderTeachesOtherPartsOfIt() {
        var plan = TrainingPlanner.plan(
                goal(1, 2),
                List.of(
                        new TrainingPlanner.Option<>("welding at school A", 300, 0, new int[] {1}, "Welding"),
                        new TrainingPlanner.Option<>("welding at school B", 200, 0, new int[] {2}, "Welding"),
                        new TrainingPlanner.Option<>("metalwork", 400, 0, new int[] {1}, "Metalwork")),
                NONE,
                TrainingPlanner.By.COST);
        // the cheaper welding course is taken; the same course elsewhere is not a second step, another course is
        assertThat(names(plan)).containsExactlyInAnyOrder("welding at school B", "metalwork");
        assertThat(plan.uncovered()).isEmpty();
    }

    @Test
    void staysWithinTheBudgetAndSaysWhatItCannotAfford() {
        var options = List.of(timed("cheap", 100, 0, new int[] {1}), timed("dear", 5000, 0, new int[] {2}));
        var plan = TrainingPlanner.plan(
                goal(1, 2), options, new TrainingPlanner.Limits(1000, Integer.MAX_VALUE), TrainingPlanner.By.COST);
        assertThat(names(plan)).containsExactly("cheap");
        assertThat(plan.uncovered()).containsExactly(2);
        assertThat(TrainingPlanner.plan(goal(1, 2), options, NONE, TrainingPlanner.By.COST)
                        .uncovered())
                .isEmpty();
    }
}
