package nl.werkpad.matching.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TrainingPlannerTests {

    private static TrainingPlanner.Option<String> offer(String name, double cost, int... skills) {
        return new TrainingPlanner.Option<>(name, cost, skills);
    }

    @Test
    void coversTheMissingSkillsAtTheLowestCostAndDropsWhatBecameRedundant() {
        var plan = TrainingPlanner.plan(new int[] {1, 2, 3, 4}, List.of(
                offer("all four, dear", 4000, 1, 2, 3, 4),
                offer("one and two", 900, 1, 2),
                offer("three and four", 900, 3, 4),
                offer("two and three", 100, 2, 3)));
        assertThat(plan.chosen()).extracting(TrainingPlanner.Option::offer).containsExactlyInAnyOrder("one and two", "three and four");
        assertThat(plan.uncovered()).isEmpty();
    }

    @Test
    void saysWhatNoOfferTeaches() {
        var plan = TrainingPlanner.plan(new int[] {1, 9}, List.of(offer("one", 10, 1, 5)));
        assertThat(plan.chosen()).extracting(TrainingPlanner.Option::offer).containsExactly("one");
        assertThat(plan.uncovered()).containsExactly(9);
    }

    @Test
    void nothingMissingNeedsNoTraining() {
        assertThat(TrainingPlanner.plan(new int[0], List.of(offer("one", 10, 1))).chosen()).isEmpty();
    }

    @Test
    void takesACourseOnceEvenWhenAnotherProviderTeachesOtherPartsOfIt() {
        var plan = TrainingPlanner.plan(new int[] {1, 2}, List.of(
                new TrainingPlanner.Option<>("welding at school A", 300, new int[] {1}, "Welding", 300),
                new TrainingPlanner.Option<>("welding at school B", 200, new int[] {2}, "Welding", 200),
                new TrainingPlanner.Option<>("metalwork", 400, new int[] {1}, "Metalwork", 400)));
        // the cheaper welding course is taken; the same course elsewhere is not a second step, another course is
        assertThat(plan.chosen()).extracting(TrainingPlanner.Option::offer).containsExactlyInAnyOrder("welding at school B", "metalwork");
        assertThat(plan.uncovered()).isEmpty();
    }

    @Test
    void staysWithinTheBudgetAndSaysWhatItCannotAfford() {
        var options = List.of(
                new TrainingPlanner.Option<>("cheap", 100, new int[] {1}, "A", 100),
                new TrainingPlanner.Option<>("dear", 5000, new int[] {2}, "B", 5000));
        var plan = TrainingPlanner.plan(new int[] {1, 2}, options, 1000);
        assertThat(plan.chosen()).extracting(TrainingPlanner.Option::offer).containsExactly("cheap");
        assertThat(plan.uncovered()).containsExactly(2);
        assertThat(TrainingPlanner.plan(new int[] {1, 2}, options).uncovered()).isEmpty();
    }
}
