package nl.werkpad.trajectories.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PhaseRulesTests {

    private static final PhaseRules.Facts NOTHING_YET = new PhaseRules.Facts(false, false, null);

    @Test
    void thePreselectedPhaseIsTheStepForwardNeverClosing() {
        for (Phase from : new Phase[] {Phase.ORIENTATION, Phase.GUIDANCE, Phase.TRAINING, Phase.PLACEMENT}) {
            var choice = PhaseRules.suggested(from, NOTHING_YET);
            assertThat(choice.getFirst()).as("first choice after %s", from).isNotEqualTo(Phase.CLOSED);
            assertThat(choice.getLast()).isEqualTo(Phase.CLOSED);
            assertThat(choice).containsExactlyInAnyOrderElementsOf(PhaseRules.next(from));
        }
        assertThat(PhaseRules.suggested(Phase.ORIENTATION, NOTHING_YET).getFirst())
                .isEqualTo(Phase.GUIDANCE);
        assertThat(PhaseRules.suggested(Phase.PLACEMENT, NOTHING_YET).getFirst())
                .isEqualTo(Phase.AFTERCARE);
        assertThat(PhaseRules.suggested(Phase.CLOSED, NOTHING_YET)).isEmpty();
    }

    @Test
    void aPhaseTheTrajectoryIsReadyForComesFirst() {
        // in guidance with a vacancy linked but no training: placement is the step that can be taken now
        var withVacancy = new PhaseRules.Facts(false, true, null);
        assertThat(PhaseRules.suggested(Phase.GUIDANCE, withVacancy))
                .containsExactly(Phase.PLACEMENT, Phase.TRAINING, Phase.CLOSED);
        var withTraining = new PhaseRules.Facts(true, false, null);
        assertThat(PhaseRules.suggested(Phase.GUIDANCE, withTraining))
                .containsExactly(Phase.TRAINING, Phase.PLACEMENT, Phase.CLOSED);
    }
}
