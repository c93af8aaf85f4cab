package nl.werkpad.matching.api;

import java.time.Duration;
import nl.werkpad.shared.ratelimit.RateLimits;
import org.springframework.stereotype.Component;

/**
 * Limits anonymous matching per client address: {@value #PER_MINUTE} tries a minute, counted for the whole cluster.
 * Enough for a person trying things, not for scraping.
 */
@Component
public class TryLimiter {

    static final int PER_MINUTE = 30;
    private static final RateLimits.Limit TRIES = new RateLimits.Limit(
            "matching-tries",
            PER_MINUTE,
            Duration.ofMinutes(1),
            "Te veel pogingen; probeer het over een minuut opnieuw / too many tries, wait a minute");

    private final RateLimits limits;

    TryLimiter(RateLimits limits) {
        this.limits = limits;
    }

    /** Counts a try; refuses with 429 and Retry-After when the address used up its minute. */
    public void check(String address) {
        limits.take(TRIES, address);
    }
}
