package nl.werkpad.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.sql.DataSource;
import nl.werkpad.shared.api.TooManyRequests;
import nl.werkpad.shared.db.ClusterLocks;
import nl.werkpad.shared.ratelimit.RateLimits;
import nl.werkpad.support.WerkpadTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** What the nodes of a cluster share lives in PostgreSQL: a second node (a second instance here) sees it at once. */
@WerkpadTest
class ClusterStateTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    RateLimits limits;

    @Autowired
    DataSource dataSource;

    @Autowired
    ClusterLocks locks;

    @Test
    void aRateLimitHoldsAcrossNodes() throws Exception {
        var limit = new RateLimits.Limit("test-" + UUID.randomUUID(), 3, Duration.ofMinutes(1), "wacht even");
        var otherNode = new RateLimits(dataSource);
        limits.take(limit, "192.0.2.7");
        otherNode.take(limit, "192.0.2.7");
        limits.take(limit, "192.0.2.7");
        assertThatThrownBy(() -> otherNode.take(limit, "192.0.2.7"))
                .isInstanceOfSatisfying(TooManyRequests.class, refused -> assertThat(refused.retryAfterSeconds())
                        .isBetween(1L, 60L));
        otherNode.take(limit, "192.0.2.8");
    }

    @Test
    void anonymousMatchingBeyondItsLimitGets429WithRetryAfter() throws Exception {
        String address = "198.51.100." + (1 + (int) (Math.random() * 250));
        String body = "{\"skills\": [], \"municipality\": \"GM0361\", \"radiusKm\": 20}";
        for (int i = 0; i < 30; i++) {
            mvc.perform(post("/api/v1/matches")
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(body)
                    .with(request -> {
                        request.setRemoteAddr(address);
                        return request;
                    }));
        }
        mvc.perform(post("/api/v1/matches")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body)
                        .with(request -> {
                            request.setRemoteAddr(address);
                            return request;
                        }))
                .andExpect(status().isTooManyRequests())
                .andExpect(header().exists("Retry-After"));
    }

    @Test
    void aClusterLockKeepsTheSecondNodeWaiting() throws Exception {
        long key = 4242L;
        CountDownLatch held = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        AtomicBoolean overlapped = new AtomicBoolean();
        AtomicBoolean inside = new AtomicBoolean();
        Thread first = Thread.ofVirtual()
                .start(() -> locks.exclusively(key, () -> {
                    inside.set(true);
                    held.countDown();
                    try {
                        release.await(10, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    inside.set(false);
                }));
        assertThat(held.await(10, TimeUnit.SECONDS)).isTrue();
        Thread second = Thread.ofVirtual().start(() -> locks.exclusively(key, () -> overlapped.set(inside.get())));
        Thread.sleep(300);
        assertThat(second.isAlive())
                .as("the second waits while the first holds the lock")
                .isTrue();
        release.countDown();
        first.join(10_000);
        second.join(10_000);
        assertThat(overlapped).isFalse();
    }
}
