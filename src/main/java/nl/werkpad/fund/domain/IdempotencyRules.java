package nl.werkpad.fund.domain;

import nl.werkpad.shared.Decision;

/** The Idempotency-Key of a money move: present and short, and never reused for a different request (docs/fund.md). */
public final class IdempotencyRules {

    private static final int LONGEST = 200;

    private IdempotencyRules() {}

    public static Decision key(String key) {
        if (key == null || key.isBlank() || key.length() > LONGEST) {
            return Decision.rejected(
                    "idempotency.key-required", "an Idempotency-Key header of 1–200 characters is required");
        }
        return Decision.allowed();
    }

    /** The earlier request under the same key must be this one (same hash) for its result to be replayed. */
    public static Decision replay(String earlierRequestHash, String requestHash) {
        if (!earlierRequestHash.equals(requestHash)) {
            return Decision.rejected("idempotency.key-reused", "this Idempotency-Key was used for a different request");
        }
        return Decision.allowed();
    }
}
