package nl.werkpad.privacy;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

/** A logged processing with when it happened and the request it came from. */
public record ProcessingEntry(long id, Instant at, Processing processing, String requestId) {

    private static final ZoneId NETHERLANDS = ZoneId.of("Europe/Amsterdam");

    /** The moment in Dutch local time, for pages. */
    public LocalDateTime localTime() {
        return LocalDateTime.ofInstant(at, NETHERLANDS);
    }
}
