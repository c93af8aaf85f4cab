package nl.werkpad.fund.application;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import nl.werkpad.fund.Fund.Moved;
import nl.werkpad.fund.domain.IdempotencyRules;
import nl.werkpad.fund.persistence.IdempotencyStore;
import nl.werkpad.shared.db.RoundTrip;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs a money move once per idempotency key (docs/fund.md, "Idempotency"): in one transaction that first claims
 * the key — or answers with the stored result of the earlier request under it (replayed) — and then moves. A
 * concurrent request with the same key waits on the key's row until the first one ends; a refused move rolls the
 * claim back with everything else, so a retry is decided afresh.
 */
@Component
class Idempotency {

    private final IdempotencyStore store;
    private final TransactionTemplate tx;

    Idempotency(IdempotencyStore store, TransactionTemplate tx) {
        this.store = store;
        this.tx = tx;
    }

    /**
     * @param request  what the request asks, to refuse the same key for a different request
     * @param stored   the type of the result the move remembers under the key
     * @param replayed what an earlier request's stored result answers now
     * @param move     the move, run when the key is claimed; it remembers its result with {@link #remember}
     */
    <R, T> Moved<T> once(
            UUID actor, String key, String request, Class<R> stored, Function<R, T> replayed, Supplier<Moved<T>> move) {
        return tx.execute(status -> claimOrReplay(actor, key, request, stored)
                .map(earlier -> new Moved<>(replayed.apply(earlier), true))
                .orElseGet(move));
    }

    void remember(UUID actor, String key, Object result) {
        store.remember(actor, key, result);
    }

    /** Remembers the result with the trip's other statements. */
    void remember(RoundTrip trip, UUID actor, String key, Object result) {
        store.remember(trip, actor, key, result);
    }

    private <R> Optional<R> claimOrReplay(UUID actor, String key, String request, Class<R> type) {
        Refusals.unless(IdempotencyRules.key(key));
        String hash = hash(request);
        if (store.claim(actor, key, hash)) {
            return Optional.empty();
        }
        IdempotencyStore.Earlier earlier = store.earlier(actor, key).orElseThrow();
        Refusals.unless(IdempotencyRules.replay(earlier.requestHash(), hash));
        return Optional.of(store.read(earlier.result(), type));
    }

    private static String hash(String request) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(request.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
