package nl.werkpad.access;

import java.time.Instant;

/**
 * A log-in counter as an administrator sees it: which key (an account at an address, an address, an account)
 * counted wrong passwords, how many, and until when it waits (null: not waiting).
 *
 * @param scope ACCOUNT_AT_ADDRESS, ADDRESS or ACCOUNT
 */
public record LoginCounter(String scope, String key, int failures, Instant blockedUntil, Instant lastFailureAt) {

    public boolean blockedAt(Instant now) {
        return blockedUntil != null && blockedUntil.isAfter(now);
    }
}
