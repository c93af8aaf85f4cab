package nl.werkpad.access.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import nl.werkpad.access.domain.LoginThrottle.Counter;
import nl.werkpad.access.domain.LoginThrottle.Scope;
import nl.werkpad.shared.Decision;
import org.junit.jupiter.api.Test;

class LoginThrottleTests {

    private final LoginThrottle throttle =
            new LoginThrottle(5, 20, 100, Duration.ofMinutes(1), Duration.ofHours(1), Duration.ofDays(1));
    private final Instant now = Instant.parse("2026-11-22T10:00:00Z");

    private Counter fail(Counter counter, int times) {
        for (int i = 0; i < times; i++) {
            counter = throttle.afterFailure(counter, now);
        }
        return counter;
    }

    private final Counter none = Counter.none(Scope.ACCOUNT_AT_ADDRESS, "sanne @ 10.0.0.1");
    private final Counter address = Counter.none(Scope.ADDRESS, "10.0.0.1");
    private final Counter account = Counter.none(Scope.ACCOUNT, "sanne");

    @Test
    void waitsOnlyFromTheLimitOnAndTheWaitDoublesUpToAnHour() {
        assertThat(fail(none, 4).blockedUntil()).isNull();
        assertThat(fail(none, 5).blockedUntil()).isEqualTo(now.plus(Duration.ofMinutes(1)));
        assertThat(fail(none, 6).blockedUntil()).isEqualTo(now.plus(Duration.ofMinutes(2)));
        assertThat(fail(none, 8).blockedUntil()).isEqualTo(now.plus(Duration.ofMinutes(8)));
        assertThat(fail(none, 40).blockedUntil()).isEqualTo(now.plus(Duration.ofHours(1)));
    }

    @Test
    void anAddressThatFailedWaitsForThatAccountButTheOwnerElsewhereDoesNot() {
        Counter attacker = fail(none, 5);
        assertThat(throttle.mayTry(attacker, address, account, now))
                .isInstanceOf(Decision.Rejected.class)
                .extracting(d -> ((Decision.Rejected) d).rule())
                .isEqualTo(LoginThrottle.RULE);
        Counter owner = Counter.none(Scope.ACCOUNT_AT_ADDRESS, "sanne @ 10.0.0.2");
        assertThat(throttle.mayTry(owner, Counter.none(Scope.ADDRESS, "10.0.0.2"), account, now)
                        .isAllowed())
                .isTrue();
    }

    @Test
    void anAddressSprayingManyNamesWaitsForAllOfThem() {
        Counter spraying = fail(address, 20);
        assertThat(throttle.mayTry(none, spraying, account, now).isAllowed()).isFalse();
        assertThat(throttle.mayTry(none, fail(address, 19), account, now).isAllowed())
                .isTrue();
    }

    @Test
    void anAccountUnderADistributedAttackStillLetsInAnAddressThatNeverFailed() {
        Counter attacked = fail(account, 100);
        assertThat(throttle.mayTry(fail(none, 1), address, attacked, now).isAllowed())
                .as("an address that failed waits")
                .isFalse();
        assertThat(throttle.mayTry(none, address, attacked, now).isAllowed())
                .as("a fresh address does not")
                .isTrue();
    }

    @Test
    void countersAreForgottenADayAfterTheLastFailure() {
        Counter old = fail(none, 4);
        Counter later = throttle.afterFailure(old, now.plus(Duration.ofDays(2)));
        assertThat(later.failures()).isEqualTo(1);
        assertThat(later.blockedUntil()).isNull();
    }
}
