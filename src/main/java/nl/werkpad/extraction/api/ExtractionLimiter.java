package nl.werkpad.extraction.api;

import java.time.Duration;
import nl.werkpad.shared.ratelimit.RateLimits;
import org.springframework.stereotype.Component;

/**
 * Limits reading text without an account per client address: {@value #PER_MINUTE} calls a minute, counted for the
 * whole cluster (the same buckets as trying matches). Enough for a person pasting a CV a few times, not for
 * tagging a corpus on Werkpad's cores.
 */
@Component
class ExtractionLimiter {

    static final int PER_MINUTE = 30;
    private static final RateLimits.Limit CALLS = new RateLimits.Limit(
            "skill-extractions",
            PER_MINUTE,
            Duration.ofMinutes(1),
            "Te veel aanvragen; probeer het over een minuut opnieuw / too many requests, wait a minute");

    private final RateLimits limits;

    ExtractionLimiter(RateLimits limits) {
        this.limits = limits;
    }

    void check(String address) {
        limits.take(CALLS, address);
    }
}
