package nl.werkpad.access.domain;

import java.time.Duration;
import java.time.Instant;
import nl.werkpad.shared.Decision;

/**
 * Slows down password guessing: after {@code maxFailures} wrong passwords in a row an account is
 * locked for {@code lockDuration}; a successful log-in resets the count.
 */
public record LoginThrottle(int maxFailures, Duration lockDuration) {

    public static final String RULE = "login.locked";

    /** The state of an account after one more wrong password. */
    public record AfterFailure(int failures, Instant lockedUntil) {
    }

    public AfterFailure afterFailure(int failuresSoFar, Instant now) {
        int failures = failuresSoFar + 1;
        if (failures >= maxFailures) {
            return new AfterFailure(0, now.plus(lockDuration));
        }
        return new AfterFailure(failures, null);
    }

    public Decision mayTry(Instant lockedUntil, Instant now) {
        if (lockedUntil != null && lockedUntil.isAfter(now)) {
            return Decision.rejected(RULE, "Account locked until " + lockedUntil);
        }
        return Decision.allowed();
    }
}
