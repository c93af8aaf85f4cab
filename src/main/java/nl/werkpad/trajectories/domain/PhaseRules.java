package nl.werkpad.trajectories.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.werkpad.shared.Decision;

/**
 * Which phase may follow which, and what each needs: training needs a training offer or voucher linked; placement
 * needs a vacancy linked or a placed outcome with its employer; closing needs an outcome. Closed is final.
 */
public final class PhaseRules {

    /** What the trajectory holds that the rules look at. */
    public record Facts(boolean hasTraining, boolean hasVacancyOrEmployer, OutcomeKind outcome) {}

    /** Per phase the phases that may follow, the usual step forward first and closing (which ends the case) last. */
    private static final Map<Phase, List<Phase>> NEXT = Map.of(
            Phase.ORIENTATION, List.of(Phase.GUIDANCE, Phase.CLOSED),
            Phase.GUIDANCE, List.of(Phase.TRAINING, Phase.PLACEMENT, Phase.CLOSED),
            Phase.TRAINING, List.of(Phase.PLACEMENT, Phase.GUIDANCE, Phase.CLOSED),
            Phase.PLACEMENT, List.of(Phase.AFTERCARE, Phase.GUIDANCE, Phase.CLOSED),
            Phase.AFTERCARE, List.of(Phase.CLOSED),
            Phase.CLOSED, List.of());

    private PhaseRules() {}

    public static Decision move(Phase from, Phase to, Facts facts) {
        if (from == Phase.CLOSED) {
            return Decision.rejected("trajectory.closed", "a closed trajectory does not change phase");
        }
        if (!NEXT.get(from).contains(to)) {
            return Decision.rejected("trajectory.phase-order", from + " cannot be followed by " + to);
        }
        return switch (to) {
            case TRAINING ->
                facts.hasTraining()
                        ? Decision.allowed()
                        : Decision.rejected(
                                "trajectory.training-needs-offer",
                                "link a training offer or voucher before the training phase");
            case PLACEMENT ->
                facts.hasVacancyOrEmployer()
                        ? Decision.allowed()
                        : Decision.rejected(
                                "trajectory.placement-needs-vacancy",
                                "link a vacancy or record the employer before placement");
            case CLOSED ->
                facts.outcome() != null
                        ? Decision.allowed()
                        : Decision.rejected("trajectory.close-needs-outcome", "record the outcome before closing");
            case ORIENTATION, GUIDANCE, AFTERCARE -> Decision.allowed();
        };
    }

    /** The phases that may follow, in the order of the page's choice: the usual step forward first, closing last. */
    public static List<Phase> next(Phase from) {
        return NEXT.get(from);
    }

    /**
     * The page's choice: the phases that may follow, those the trajectory already has what they need for first
     * (in the usual order), then those that still need something; closing comes last unless it is the only way on,
     * so the preselected option is never the one change that ends the case by accident.
     */
    public static List<Phase> suggested(Phase from, Facts facts) {
        List<Phase> ready = new ArrayList<>();
        List<Phase> later = new ArrayList<>();
        for (Phase to : NEXT.get(from)) {
            if (to == Phase.CLOSED) {
                continue;
            }
            (move(from, to, facts).isAllowed() ? ready : later).add(to);
        }
        ready.addAll(later);
        if (NEXT.get(from).contains(Phase.CLOSED)) {
            ready.add(Phase.CLOSED);
        }
        return List.copyOf(ready);
    }
}
