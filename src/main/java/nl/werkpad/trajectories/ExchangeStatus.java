package nl.werkpad.trajectories;

import java.util.Set;
import nl.werkpad.shared.Decision;

/**
 * Where a staff-exchange agreement stands: one employer proposes terms, the other agrees or declines, and an agreed
 * exchange ends. The moves are on the type, so the service, the pages and the SQL ask it instead of comparing text.
 * The API writes the constant's name ("PROPOSED", "AGREED", "DECLINED", "ENDED"), as before.
 */
public enum ExchangeStatus {
    PROPOSED,
    AGREED,
    DECLINED,
    ENDED;

    /** The states this one may move to. */
    public Set<ExchangeStatus> next() {
        return switch (this) {
            case PROPOSED -> Set.of(AGREED, DECLINED);
            case AGREED -> Set.of(ENDED);
            case DECLINED, ENDED -> Set.of();
        };
    }

    /** Whether the other employer may still answer the proposal. */
    public boolean awaitsAnswer() {
        return next().contains(AGREED);
    }

    /** Whether the exchange runs, so either employer may end it. */
    public boolean running() {
        return next().contains(ENDED);
    }

    /** The other employer's answer: allowed once, on a proposal. */
    public Decision answer() {
        return awaitsAnswer()
                ? Decision.allowed()
                : Decision.rejected("exchange.already-answered", "this proposal was answered already");
    }

    /** Ending: allowed on an agreed exchange only. */
    public Decision end() {
        return running()
                ? Decision.allowed()
                : Decision.rejected("exchange.not-running", "only an agreed exchange can end");
    }

    /** The state an answer leads to. */
    public static ExchangeStatus answered(boolean accept) {
        return accept ? AGREED : DECLINED;
    }
}
