package nl.werkpad.matching.api;

import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import nl.werkpad.shared.api.TooManyRequests;
import org.springframework.stereotype.Component;

/**
 * Limits anonymous matching per client address: {@value #PER_MINUTE} tries a minute (a fixed window per
 * address, forgotten after it ends). Enough for a person trying things, not for scraping.
 */
@Component
public class TryLimiter {

    static final int PER_MINUTE = 30;

    private record Window(long minute, int count) {
    }

    private final Map<String, Window> windows = new ConcurrentHashMap<>();
    private final Clock clock;

    TryLimiter(Clock clock) {
        this.clock = clock;
    }

    /** Counts a try; refuses with 429 when the address used up its minute. */
    public void check(String address) {
        long minute = clock.millis() / 60_000;
        Window w = windows.compute(address, (k, old) -> old == null || old.minute() != minute ? new Window(minute, 1)
                : new Window(minute, old.count() + 1));
        if (windows.size() > 10_000) {
            windows.values().removeIf(x -> x.minute() != minute);
        }
        if (w.count() > PER_MINUTE) {
            throw new TooManyRequests(60 - (clock.millis() / 1000) % 60,
                    "Te veel pogingen; probeer het over een minuut opnieuw / too many tries, wait a minute");
        }
    }
}
