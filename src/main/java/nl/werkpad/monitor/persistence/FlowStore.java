package nl.werkpad.monitor.persistence;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The flows counted per area, ISO week (its Monday), measure and key. SQL only; suppression is the caller's. Each
 * counter is spread over {@link #SHARDS} rows and summed on every read, like the fund's budget over its sub-accounts:
 * the writers count inside their own transactions, and one row per counter made all of them queue on its lock until
 * each commit was on disk (docs/monitor.md, "Flows").
 */
@Component
public class FlowStore {

    /** Rows per counter (column {@code shard}, 0 to SHARDS - 1): as many as the fund's budget sub-accounts. */
    public static final int SHARDS = 16;

    /** One measure's sums over a period, before suppression. */
    public record FlowSum(String measure, String key, String label, long count, long total) {}

    private final JdbcClient jdbc;

    FlowStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void clear() {
        jdbc.sql("delete from monitor.flow").update();
    }

    /** The sums of an area between two weeks (both Mondays, inclusive), over every week and shard. */
    public List<FlowSum> sums(String area, LocalDate fromWeek, LocalDate toWeek) {
        return jdbc.sql("""
                select measure, key, min(label), sum(count), sum(total) from monitor.flow
                where area = :area and week between :from and :to group by measure, key order by measure, min(label)""")
                .param("area", area)
                .param("from", fromWeek)
                .param("to", toWeek)
                .query((rs, n) ->
                        new FlowSum(rs.getString(1), rs.getString(2), rs.getString(3), rs.getLong(4), rs.getLong(5)))
                .list();
    }

    /**
     * Counts one more of a measure in each area in the week, adding {@code total} to its sum, on one shard picked at
     * random for all the areas: concurrent writers of the same counter mostly lock different rows, and a writer locks
     * its rows in the areas' order, as before.
     */
    public void add(List<String> areas, LocalDate week, String measure, String key, String label, long total) {
        if (areas.isEmpty()) {
            return;
        }
        int shard = ThreadLocalRandom.current().nextInt(SHARDS);
        // all areas in one statement (one round trip per move, not one per area), locked in the areas' order
        jdbc.sql("""
                insert into monitor.flow (area, week, measure, key, shard, label, count, total)
                select a.area, :week, :measure, :key, :shard, :label, 1, :total
                from unnest(:areas::text[]) with ordinality as a (area, n) order by a.n
                on conflict (area, week, measure, key, shard)
                do update set count = monitor.flow.count + 1, total = monitor.flow.total + excluded.total""")
                .param("areas", areas.stream().distinct().toArray(String[]::new))
                .param("week", week)
                .param("measure", measure)
                .param("key", key)
                .param("shard", shard)
                .param("label", label)
                .param("total", total)
                .update();
    }
}
