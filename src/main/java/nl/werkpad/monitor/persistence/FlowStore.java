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

    /**
     * Rows per counter (column {@code shard}, 0 to SHARDS - 1): a voucher's move counts every paying source in each of
     * its areas and keeps those rows locked until its commit is on disk, so with 64 concurrent moves 16 rows per
     * counter still queued them (docs/benchmarks.md, issue 21 item 3); reads sum over the rows that exist.
     */
    public static final int SHARDS = 64;

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

    /** One key of a measure counted once more, with what it adds to the sum. */
    public record Count(String key, String label, long total) {}

    public void add(List<String> areas, LocalDate week, String measure, String key, String label, long total) {
        add(areas, week, measure, List.of(new Count(key, label, total)));
    }

    /**
     * Counts one more of a measure for each key in each area in the week, adding each key's total to its sum, on one
     * shard picked at random for the whole call: concurrent writers of the same counter mostly lock different rows. One
     * statement (one round trip per move, not one per area and key); rows are locked key by key in the given order, each
     * key's areas in the areas' order, as before. The keys must be distinct.
     */
    public void add(List<String> areas, LocalDate week, String measure, List<Count> counts) {
        if (areas.isEmpty() || counts.isEmpty()) {
            return;
        }
        int shard = ThreadLocalRandom.current().nextInt(SHARDS);
        jdbc.sql("""
                insert into monitor.flow (area, week, measure, key, shard, label, count, total)
                select a.area, :week, :measure, c.key, :shard, c.label, 1, c.total
                from unnest(:keys::text[], :labels::text[], :totals::bigint[]) with ordinality as c (key, label, total, i)
                cross join unnest(:areas::text[]) with ordinality as a (area, j)
                order by c.i, a.j
                on conflict (area, week, measure, key, shard)
                do update set count = monitor.flow.count + 1, total = monitor.flow.total + excluded.total""")
                .param("keys", counts.stream().map(Count::key).toArray(String[]::new))
                .param("labels", counts.stream().map(Count::label).toArray(String[]::new))
                .param("totals", counts.stream().map(Count::total).toArray(Long[]::new))
                .param("areas", areas.stream().distinct().toArray(String[]::new))
                .param("week", week)
                .param("measure", measure)
                .param("shard", shard)
                .update();
    }
}
