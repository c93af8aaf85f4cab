package nl.werkpad.trajectories.domain;

import java.util.Map;
import java.util.Set;
import nl.werkpad.shared.Decision;

/**
 * Which phase may follow which, and what each needs: training needs a training offer or voucher linked; placement
 * needs a vacancy linked or a placed outcome with its employer; closing needs an outcome. Closed is final.
 */
public final class PhaseRules {

    /** What the trajectory holds that the rules look at. */
    public record Facts(boolean hasTraining, boolean hasVacancyOrEmployer, OutcomeKind outcome) {
    }

    private static final Map<Phase, Set<Phase>> NEXT = Map.of(
            Phase.ORIENTATION, Set.of(Phase.GUIDANCE, Phase.CLOSED),
            Phase.GUIDANCE, Set.of(Phase.TRAINING, Phase.PLACEMENT, Phase.CLOSED),
            Phase.TRAINING, Set.of(Phase.GUIDANCE, Phase.PLACEMENT, Phase.CLOSED),
            Phase.PLACEMENT, Set.of(Phase.AFTERCARE, Phase.GUIDANCE, Phase.CLOSED),
            Phase.AFTERCARE, Set.of(Phase.CLOSED),
            Phase.CLOSED, Set.of());

    private PhaseRules() {
    }

    public static Decision move(Phase from, Phase to, Facts facts) {
        if (from == Phase.CLOSED) {
            return Decision.rejected("trajectory.closed", "a closed trajectory does not change phase");
        }
        if (!NEXT.get(from).contains(to)) {
            return Decision.rejected("trajectory.phase-order", from + " cannot be followed by " + to);
        }
        return switch (to) {
            case TRAINING -> facts.hasTraining() ? Decision.allowed()
                    : Decision.rejected("trajectory.training-needs-offer", "link a training offer or voucher before the training phase");
            case PLACEMENT -> facts.hasVacancyOrEmployer() ? Decision.allowed()
                    : Decision.rejected("trajectory.placement-needs-vacancy", "link a vacancy or record the employer before placement");
            case CLOSED -> facts.outcome() != null ? Decision.allowed()
                    : Decision.rejected("trajectory.close-needs-outcome", "record the outcome before closing");
            case ORIENTATION, GUIDANCE, AFTERCARE -> Decision.allowed();
        };
    }

    /** The phases the trajectory may move to now, for the page's choice. */
    public static Set<Phase> next(Phase from) {
        return NEXT.get(from);
    }
}
