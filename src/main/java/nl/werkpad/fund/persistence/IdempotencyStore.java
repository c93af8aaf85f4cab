package nl.werkpad.fund.persistence;

import java.util.Optional;
import java.util.UUID;
import nl.werkpad.shared.db.RoundTrip;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Idempotency keys, claimed inside the transaction that moves the money. A second request with the same key
 * blocks on the primary key until the first commits (then finds its stored result) or rolls back (then claims the
 * key itself). Whether a key may be used, and for which request, the application decides (docs/fund.md).
 */
@Component
public class IdempotencyStore {

    /** What the earlier request under a key stored: the hash of its request and its result as JSON. */
    public record Earlier(String requestHash, String result) {}

    private final JdbcClient jdbc;
    private final JsonMapper json;

    IdempotencyStore(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** Claims the key; false when it was claimed already (after waiting for the claiming transaction to end). */
    public boolean claim(UUID actor, String key, String requestHash) {
        return jdbc.sql(
                                "insert into fund.idempotency (actor, key, request_hash) values (?, ?, ?) on conflict do nothing")
                        .params(actor, key, requestHash)
                        .update()
                == 1;
    }

    public Optional<Earlier> earlier(UUID actor, String key) {
        return jdbc.sql("select request_hash, result::text from fund.idempotency where actor = ? and key = ?")
                .params(actor, key)
                .query((rs, n) -> new Earlier(rs.getString(1), rs.getString(2)))
                .optional();
    }

    public <T> T read(String result, Class<T> type) {
        return json.readValue(result, type);
    }

    private static final String REMEMBER =
            "update fund.idempotency set result = :result::json where actor = :actor and key = :key";

    public void remember(UUID actor, String key, Object result) {
        jdbc.sql(REMEMBER).paramSource(remembered(actor, key, result)).update();
    }

    /** Remembers the result with the trip's other statements. */
    public void remember(RoundTrip trip, UUID actor, String key, Object result) {
        trip.update(REMEMBER, remembered(actor, key, result));
    }

    private MapSqlParameterSource remembered(UUID actor, String key, Object result) {
        return new MapSqlParameterSource("result", json.writeValueAsString(result))
                .addValue("actor", actor)
                .addValue("key", key);
    }
}
