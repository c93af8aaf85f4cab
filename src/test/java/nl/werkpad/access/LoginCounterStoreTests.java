package nl.werkpad.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import nl.werkpad.access.domain.LoginThrottle;
import nl.werkpad.access.security.LoginCounterStore;
import nl.werkpad.support.WerkpadTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The counters live in PostgreSQL (shared by every node), count every failure and make an address wait. */
@WerkpadTest
class LoginCounterStoreTests {

    @Autowired
    LoginCounterStore counters;

    @Test
    void anAddressThatSpraysManyNamesWaitsWithAGrowingDelay() {
        LoginThrottle throttle =
                new LoginThrottle(5, 3, 100, Duration.ofMinutes(1), Duration.ofHours(1), Duration.ofDays(1));
        String address = "10.69." + (UUID.randomUUID().hashCode() & 0xff) + ".1-" + UUID.randomUUID();
        Instant now = Instant.now();
        for (int i = 0; i < 3; i++) {
            counters.recordFailure(LoginThrottle.Scope.ADDRESS, address, throttle, now);
        }
        LoginThrottle.Counter third = counters.counter(LoginThrottle.Scope.ADDRESS, address);
        assertThat(third.failures()).isEqualTo(3);
        assertThat(third.blockedAt(now)).isTrue();
        counters.recordFailure(LoginThrottle.Scope.ADDRESS, address, throttle, now);
        assertThat(counters.counter(LoginThrottle.Scope.ADDRESS, address).blockedUntil())
                .isAfter(third.blockedUntil());
    }
}
