package nl.werkpad.ecosystem.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The life of a development coalition: idea → purpose case → running → finished, or stopped for lack of
 * support (with the reason) from any phase before finished. A coalition runs only on a purpose case that
 * passes the financing rules and has a decision.
 */
public enum CoalitionPhase {
    IDEA, PURPOSE_CASE, RUNNING, FINISHED, STOPPED;

    private static final Map<CoalitionPhase, Set<CoalitionPhase>> NEXT = Map.of(
            IDEA, Set.of(PURPOSE_CASE, STOPPED),
            PURPOSE_CASE, Set.of(RUNNING, STOPPED),
            RUNNING, Set.of(FINISHED, STOPPED),
            FINISHED, Set.of(),
            STOPPED, Set.of());

    /** What the coalition holds when it asks to move. */
    public record State(CoalitionPhase phase, String problem, String intendedResult, String decision,
                        List<PurposeCase.Partner> partners) {
    }

    /** The checks for moving from the state to this phase; empty of failures when the move is allowed. */
    public List<Check> checkMove(State state, String reason) {
        List<Check> checks = new ArrayList<>();
        boolean allowed = NEXT.get(state.phase()).contains(this);
        checks.add(Check.of("coalition.transition-allowed", allowed, true,
                "From %s a coalition can go to %s".formatted(state.phase(), NEXT.get(state.phase())), state.phase(), this));
        if (!allowed) {
            return checks;
        }
        switch (this) {
            case PURPOSE_CASE -> checks.add(Check.of("coalition.problem-and-result", filled(state.problem()) && filled(state.intendedResult()),
                    true, "A purpose case names the problem and the intended social result"));
            case RUNNING -> {
                checks.addAll(PurposeCase.check(state.partners()));
                checks.add(Check.of("coalition.decision-recorded", filled(state.decision()), true,
                        "A coalition starts on a recorded decision"));
            }
            case STOPPED -> checks.add(Check.of("coalition.stop-reason", filled(reason), true,
                    "A coalition that stops says why (for example: too little support)"));
            default -> {
            }
        }
        return checks;
    }

    private static boolean filled(String text) {
        return text != null && !text.isBlank();
    }
}
