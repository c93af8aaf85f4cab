package nl.werkpad.fund.persistence;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;
import nl.werkpad.fund.FundRefused;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Idempotency keys, claimed inside the transaction that moves the money. A second request with the same key
 * blocks on the primary key until the first commits (then gets its stored result) or rolls back (then
 * claims the key itself): a key can never move money twice, and a refused request leaves no key behind.
 */
@Component
class IdempotencyStore {

    private final JdbcClient jdbc;
    private final JsonMapper json;

    IdempotencyStore(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /**
     * Claims the key for this request, or returns the stored result of the earlier request with the same key.
     *
     * @throws FundRefused when the key was used for a different request
     */
    <T> Optional<T> claimOrReplay(UUID actor, String key, String request, Class<T> type) {
        if (key == null || key.isBlank() || key.length() > 200) {
            throw FundRefused.by(
                    "idempotency.key-required", "an Idempotency-Key header of 1–200 characters is required");
        }
        String hash = hash(request);
        int claimed = jdbc.sql(
                        "insert into fund.idempotency (actor, key, request_hash) values (?, ?, ?) on conflict do nothing")
                .params(actor, key, hash)
                .update();
        if (claimed == 1) {
            return Optional.empty();
        }
        var earlier = jdbc.sql("select request_hash, result::text from fund.idempotency where actor = ? and key = ?")
                .params(actor, key)
                .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2)})
                .single();
        if (!earlier[0].equals(hash)) {
            throw FundRefused.by("idempotency.key-reused", "this Idempotency-Key was used for a different request");
        }
        return Optional.of(json.readValue(earlier[1], type));
    }

    void remember(UUID actor, String key, Object result) {
        jdbc.sql("update fund.idempotency set result = ?::jsonb where actor = ? and key = ?")
                .params(json.writeValueAsString(result), actor, key)
                .update();
    }

    private static String hash(String request) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(request.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
