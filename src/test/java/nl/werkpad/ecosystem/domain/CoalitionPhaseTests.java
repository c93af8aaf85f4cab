package nl.werkpad.ecosystem.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.werkpad.shared.RuleCheck;
import org.junit.jupiter.api.Test;

/** A coalition's life without a database: where it may go, and what each move needs. */
class CoalitionPhaseTests {

    private static final List<PurposeCase.Partner> BALANCED = List.of(
            new PurposeCase.Partner("Provincie", PurposeCase.Helix.PROVINCE, 400_000_00),
            new PurposeCase.Partner("ROC", PurposeCase.Helix.EDUCATION, 300_000_00),
            new PurposeCase.Partner("Werf", PurposeCase.Helix.BUSINESS, 300_000_00));

    @Test
    void aCoalitionGoesForwardOrStopsAndNeverBack() {
        assertThat(CoalitionPhase.IDEA.next()).containsExactly(CoalitionPhase.PURPOSE_CASE, CoalitionPhase.STOPPED);
        assertThat(CoalitionPhase.PURPOSE_CASE.next()).containsExactly(CoalitionPhase.RUNNING, CoalitionPhase.STOPPED);
        assertThat(CoalitionPhase.RUNNING.next()).containsExactly(CoalitionPhase.FINISHED, CoalitionPhase.STOPPED);
        assertThat(CoalitionPhase.FINISHED.next()).isEmpty();
        assertThat(CoalitionPhase.STOPPED.next()).isEmpty();
        assertThat(firstFailure(
                        CoalitionPhase.IDEA.checkMove(state(CoalitionPhase.RUNNING, "p", "r", "d", BALANCED), null)))
                .isEqualTo("coalition.transition-allowed");
    }

    @Test
    void aPurposeCaseNamesTheProblemAndTheResult() {
        assertThat(firstFailure(CoalitionPhase.PURPOSE_CASE.checkMove(
                        state(CoalitionPhase.IDEA, "Te weinig technici", " ", null, List.of()), null)))
                .isEqualTo("coalition.problem-and-result");
        assertThat(RuleCheck.allPass(CoalitionPhase.PURPOSE_CASE.checkMove(
                        state(CoalitionPhase.IDEA, "Te weinig technici", "Meer instroom", null, List.of()), null)))
                .isTrue();
    }

    @Test
    void aCoalitionRunsOnBalancedFinancingWithADecision() {
        var provinceHeavy = List.of(
                new PurposeCase.Partner("Provincie", PurposeCase.Helix.PROVINCE, 600_000_00),
                new PurposeCase.Partner("ROC", PurposeCase.Helix.EDUCATION, 200_000_00),
                new PurposeCase.Partner("Werf", PurposeCase.Helix.BUSINESS, 200_000_00));
        assertThat(firstFailure(CoalitionPhase.RUNNING.checkMove(
                        state(CoalitionPhase.PURPOSE_CASE, "p", "r", "besluit", provinceHeavy), null)))
                .isEqualTo("coalition.province-at-most-half");
        assertThat(firstFailure(CoalitionPhase.RUNNING.checkMove(
                        state(CoalitionPhase.PURPOSE_CASE, "p", "r", null, BALANCED), null)))
                .isEqualTo("coalition.decision-recorded");
        assertThat(RuleCheck.allPass(CoalitionPhase.RUNNING.checkMove(
                        state(CoalitionPhase.PURPOSE_CASE, "p", "r", "GS-besluit", BALANCED), null)))
                .isTrue();
    }

    @Test
    void stoppingSaysWhy() {
        assertThat(firstFailure(
                        CoalitionPhase.STOPPED.checkMove(state(CoalitionPhase.RUNNING, "p", "r", "d", BALANCED), "")))
                .isEqualTo("coalition.stop-reason");
        assertThat(RuleCheck.allPass(CoalitionPhase.STOPPED.checkMove(
                        state(CoalitionPhase.RUNNING, "p", "r", "d", BALANCED), "Te weinig draagvlak")))
                .isTrue();
    }

    @Test
    void theFinancingKeepsCentsInItsExplanation() {
        var small = List.of(new PurposeCase.Partner("ROC", PurposeCase.Helix.EDUCATION, 1050));
        assertThat(PurposeCase.check(small).getFirst().explanation()).isEqualTo("The partners finance €10.50 in all");
        assertThat(PurposeCase.check(small).getFirst().args()).containsExactly("10,50");
    }

    private static CoalitionPhase.State state(
            CoalitionPhase phase, String problem, String result, String decision, List<PurposeCase.Partner> partners) {
        return new CoalitionPhase.State(phase, problem, result, decision, partners);
    }

    private static String firstFailure(List<RuleCheck> checks) {
        return checks.stream()
                .filter(c -> c.blocking() && !c.passed())
                .map(RuleCheck::rule)
                .findFirst()
                .orElse("none");
    }
}
