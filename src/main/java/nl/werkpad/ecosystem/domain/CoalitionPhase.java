package nl.werkpad.ecosystem.domain;

import java.util.ArrayList;
import java.util.List;
import nl.werkpad.shared.RuleCheck;
import org.jspecify.annotations.Nullable;

/**
 * The life of a development coalition: idea → purpose case → running → finished, or stopped for lack of
 * support (with the reason) from any phase before finished. A coalition runs only on a purpose case that
 * passes the financing rules and has a decision.
 */
public enum CoalitionPhase {
    IDEA,
    PURPOSE_CASE,
    RUNNING,
    FINISHED,
    STOPPED;

    /** The phases a coalition in this phase may move to, forward first: the one place this rule is written. */
    public List<CoalitionPhase> next() {
        return switch (this) {
            case IDEA -> List.of(PURPOSE_CASE, STOPPED);
            case PURPOSE_CASE -> List.of(RUNNING, STOPPED);
            case RUNNING -> List.of(FINISHED, STOPPED);
            case FINISHED, STOPPED -> List.of();
        };
    }

    /** What the coalition holds when it asks to move. */
    public record State(
            CoalitionPhase phase,
            @Nullable String problem,
            @Nullable String intendedResult,
            @Nullable String decision,
            List<PurposeCase.Partner> partners) {}

    /** The checks for moving from the state to this phase; empty of failures when the move is allowed. */
    public List<RuleCheck> checkMove(State state, @Nullable String reason) {
        List<RuleCheck> checks = new ArrayList<>();
        boolean allowed = state.phase().next().contains(this);
        checks.add(RuleCheck.of(
                "coalition.transition-allowed",
                allowed,
                true,
                "From %s a coalition can go to %s"
                        .formatted(state.phase(), state.phase().next()),
                state.phase(),
                this));
        if (!allowed) {
            return checks;
        }
        switch (this) {
            case PURPOSE_CASE ->
                checks.add(RuleCheck.of(
                        "coalition.problem-and-result",
                        filled(state.problem()) && filled(state.intendedResult()),
                        true,
                        "A purpose case names the problem and the intended social result"));
            case RUNNING -> {
                checks.addAll(PurposeCase.check(state.partners()));
                checks.add(RuleCheck.of(
                        "coalition.decision-recorded",
                        filled(state.decision()),
                        true,
                        "A coalition starts on a recorded decision"));
            }
            case STOPPED ->
                checks.add(RuleCheck.of(
                        "coalition.stop-reason",
                        filled(reason),
                        true,
                        "A coalition that stops says why (for example: too little support)"));
            default -> {}
        }
        return checks;
    }

    private static boolean filled(@Nullable String text) {
        return text != null && !text.isBlank();
    }
}
