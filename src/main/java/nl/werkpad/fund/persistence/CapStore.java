package nl.werkpad.fund.persistence;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import nl.werkpad.fund.domain.CapShares.Shard;
import nl.werkpad.shared.db.RoundTrip;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The usage counters the per-person and per-provider caps read: what a source reserved and spent for a person or at a
 * provider in a year, on shard rows with their shares of the cap (domain {@code CapShares}). Every row's CHECK keeps
 * its use within its share, so two moves racing past the rules' reading can never both take the last room.
 */
@Component
public class CapStore {

    /** One cap's counter: a source's use for a person ("PERSON") or at a provider ("PROVIDER") in a year. */
    public record Cap(UUID source, int year, String kind, UUID subject) {}

    private final JdbcClient jdbc;

    CapStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The shards of every source's caps this year for the person and the provider, by "source/PERSON" or
     * "source/PROVIDER", read with the trip's other statements.
     */
    public Supplier<Map<String, List<Shard>>> shards(RoundTrip trip, UUID person, UUID provider, int year) {
        record Row(String key, Shard shard) {}
        var rows = trip.query(
                """
                select source_id, subject_kind, shard, used_cents, share_cents, cap_cents from fund.usage_shard
                where year = :year and ((subject_kind = 'PERSON' and subject_id = :person)
                                     or (subject_kind = 'PROVIDER' and subject_id = :provider))
                order by source_id, subject_kind, shard""",
                new MapSqlParameterSource("year", year)
                        .addValue("person", person)
                        .addValue("provider", provider),
                (rs, n) -> new Row(
                        rs.getObject(1, UUID.class) + "/" + rs.getString(2),
                        shard(rs.getInt(3), rs.getLong(4), rs.getLong(5), rs.getLong(6))));
        return () -> {
            Map<String, List<Shard>> shards = new HashMap<>();
            rows.get().forEach(row -> shards.computeIfAbsent(row.key(), k -> new ArrayList<>())
                    .add(row.shard()));
            return shards;
        };
    }

    /**
     * Adds to one shard when it has room within its share and was spread for this cap, with the trip's other
     * statements; its answer is 0 when it had not (lost to a concurrent move, or the cap changed), with nothing changed.
     */
    public RoundTrip.Result<Integer> add(RoundTrip trip, Cap cap, int shard, long cents, long capCents) {
        return trip.update(
                """
                update fund.usage_shard set used_cents = used_cents + :cents
                where source_id = :source and year = :year and subject_kind = :kind and subject_id = :subject
                  and shard = :shard and used_cents + :cents <= share_cents and cap_cents = :cap""",
                new MapSqlParameterSource("cents", cents)
                        .addValue("source", cap.source())
                        .addValue("year", cap.year())
                        .addValue("kind", cap.kind())
                        .addValue("subject", cap.subject())
                        .addValue("shard", shard)
                        .addValue("cap", capCents));
    }

    /** Locks every shard of the cap, in shard order (the lock order of all moves), and returns them. */
    public List<Shard> lock(Cap cap) {
        return jdbc.sql("""
                select shard, used_cents, share_cents, cap_cents from fund.usage_shard
                where source_id = :source and year = :year and subject_kind = :kind and subject_id = :subject
                order by shard for update""")
                .param("source", cap.source())
                .param("year", cap.year())
                .param("kind", cap.kind())
                .param("subject", cap.subject())
                .query((rs, n) -> shard(rs.getInt(1), rs.getLong(2), rs.getLong(3), rs.getLong(4)))
                .list();
    }

    /** Opens a cap's shards with nothing used, unless a concurrent move opened them first (then waits for it). */
    public void open(Cap cap, long[] shares, long capCents) {
        jdbc.sql("""
                insert into fund.usage_shard (source_id, year, subject_kind, subject_id, shard, used_cents, share_cents, cap_cents)
                select :source, :year, :kind, :subject, s.shard - 1, 0, s.share, :cap
                from unnest(:shares::bigint[]) with ordinality as s (share, shard)
                on conflict (source_id, year, subject_kind, subject_id, shard) do nothing""")
                .param("source", cap.source())
                .param("year", cap.year())
                .param("kind", cap.kind())
                .param("subject", cap.subject())
                .param("shares", shares)
                .param("cap", capCents)
                .update();
    }

    /** Writes shards' use, share and cap (the caller holds their locks), in one statement. */
    public void put(Cap cap, List<Shard> shards) {
        if (shards.isEmpty()) {
            return;
        }
        jdbc.sql("""
                update fund.usage_shard u set used_cents = s.used, share_cents = s.share, cap_cents = s.cap
                from unnest(:shards::int[], :used::bigint[], :shares::bigint[], :caps::bigint[]) as s (shard, used, share, cap)
                where u.source_id = :source and u.year = :year and u.subject_kind = :kind and u.subject_id = :subject
                  and u.shard = s.shard""")
                .param("shards", shards.stream().mapToInt(Shard::shard).boxed().toArray(Integer[]::new))
                .param("used", shards.stream().map(Shard::used).toArray(Long[]::new))
                .param("shares", shards.stream().map(Shard::share).toArray(Long[]::new))
                .param("caps", shards.stream().map(Shard::cap).toArray(Long[]::new))
                .param("source", cap.source())
                .param("year", cap.year())
                .param("kind", cap.kind())
                .param("subject", cap.subject())
                .update();
    }

    private static Shard shard(int shard, long used, long share, long cap) {
        return new Shard(shard, used, share, cap);
    }
}
