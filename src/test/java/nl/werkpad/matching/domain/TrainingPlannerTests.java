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
}
