package nl.werkpad.access.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import nl.werkpad.shared.Decision;
import org.junit.jupiter.api.Test;

class LoginThrottleTests {

    private final LoginThrottle throttle = new LoginThrottle(5, Duration.ofMinutes(15));
    private final Instant now = Instant.parse("2026-11-22T10:00:00Z");

    @Test
    void countsFailuresBelowTheLimitWithoutLocking() {
        var after = throttle.afterFailure(3, now);
        assertThat(after.failures()).isEqualTo(4);
        assertThat(after.lockedUntil()).isNull();
    }

    @Test
    void locksForTheDurationAtTheFifthFailure() {
        var after = throttle.afterFailure(4, now);
        assertThat(after.lockedUntil()).isEqualTo(now.plus(Duration.ofMinutes(15)));
        assertThat(after.failures()).isZero();
    }

    @Test
    void rejectsAttemptsWhileLockedAndAllowsThemAfterwards() {
        Instant lockedUntil = now.plus(Duration.ofMinutes(15));
        assertThat(throttle.mayTry(lockedUntil, now)).isInstanceOf(Decision.Rejected.class)
                .extracting(d -> ((Decision.Rejected) d).rule()).isEqualTo(LoginThrottle.RULE);
        assertThat(throttle.mayTry(lockedUntil, lockedUntil.plusSeconds(1)).isAllowed()).isTrue();
        assertThat(throttle.mayTry(null, now).isAllowed()).isTrue();
    }
}
