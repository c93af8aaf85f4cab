package nl.werkpad.access.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import nl.werkpad.shared.Decision;
import org.jspecify.annotations.Nullable;

/**
 * Slows down password guessing without handing a stranger a way to lock someone out. Wrong passwords are counted
 * per account at one address, per address (over all user names, known or not) and per account (over all
 * addresses). Past its limit a counter makes the key wait, and each further failure doubles the wait, up to
 * {@code longestDelay}:
 * <ul>
 * <li>an account at an address: after {@code perAccountAtAddress} failures that address waits for that account;</li>
 * <li>an address: after {@code perAddress} failures it waits for every account (spraying, enumeration);</li>
 * <li>an account: after {@code perAccount} failures from many addresses, only addresses that already failed for
 *     it wait, so the owner at an address of their own still gets in with the right password.</li>
 * </ul>
 * A counter is forgotten {@code forgetAfter} its last failure. While a key waits the answer is the same as for a
 * wrong password, so waiting, wrong and unknown cannot be told apart.
 */
public record LoginThrottle(
        int perAccountAtAddress,
        int perAddress,
        int perAccount,
        Duration firstDelay,
        Duration longestDelay,
        Duration forgetAfter) {

    public static final String RULE = "login.throttled";

    public enum Scope {
        ACCOUNT_AT_ADDRESS,
        ADDRESS,
        ACCOUNT
    }

    /** One counter as stored; {@code blockedUntil} null while under its limit. */
    public record Counter(
            Scope scope,
            String key,
            int failures,
            @Nullable Instant blockedUntil,
            @Nullable Instant lastFailureAt) {

        public static Counter none(Scope scope, String key) {
            return new Counter(scope, key, 0, null, null);
        }

        public boolean blockedAt(Instant now) {
            return blockedUntil != null && blockedUntil.isAfter(now);
        }
    }

    public static String accountAtAddress(String username, String address) {
        return username.toLowerCase(Locale.ROOT) + " @ " + address;
    }

    public int limit(Scope scope) {
        return switch (scope) {
            case ACCOUNT_AT_ADDRESS -> perAccountAtAddress;
            case ADDRESS -> perAddress;
            case ACCOUNT -> perAccount;
        };
    }

    /** The counter after one more wrong password (an old counter starts again from zero). */
    public Counter afterFailure(Counter before, Instant now) {
        boolean forgotten = before.lastFailureAt() == null
                || before.lastFailureAt().plus(forgetAfter).isBefore(now);
        int failures = (forgotten ? 0 : before.failures()) + 1;
        int over = failures - limit(before.scope());
        Instant until = over < 0 ? null : now.plus(delay(over));
        return new Counter(before.scope(), before.key(), failures, until, now);
    }

    /** {@code firstDelay} at the limit, doubling with every failure past it, never more than {@code longestDelay}. */
    public Duration delay(int failuresPastLimit) {
        Duration delay = firstDelay.multipliedBy(1L << Math.min(failuresPastLimit, 30));
        return delay.compareTo(longestDelay) > 0 ? longestDelay : delay;
    }

    /** Whether this account may try from this address now, and if not until when it waits. */
    public Decision mayTry(Counter atAddress, Counter address, Counter account, Instant now) {
        Optional<Instant> until = waitsUntil(atAddress, address, account, now);
        return until.isPresent()
                ? Decision.rejected(RULE, "Too many wrong passwords; try again after " + until.get())
                : Decision.allowed();
    }

    public Optional<Instant> waitsUntil(Counter atAddress, Counter address, Counter account, Instant now) {
        if (atAddress.blockedAt(now)) {
            return Optional.ofNullable(atAddress.blockedUntil());
        }
        if (address.blockedAt(now)) {
            return Optional.ofNullable(address.blockedUntil());
        }
        boolean failedHereBefore = atAddress.failures() > 0 && !forgotten(atAddress, now);
        if (account.blockedAt(now) && failedHereBefore) {
            return Optional.ofNullable(account.blockedUntil());
        }
        return Optional.empty();
    }

    private boolean forgotten(Counter counter, Instant now) {
        return counter.lastFailureAt() == null
                || counter.lastFailureAt().plus(forgetAfter).isBefore(now);
    }
}
