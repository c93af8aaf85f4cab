package nl.werkpad.shared.api;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Row count and a checksum of every table a request could write (reference data aside), to prove that a
 * refused request left nothing behind. Summing every row is not cheap, so it is only redone when PostgreSQL
 * handed out a transaction id since the last look: a transaction that writes nothing gets none.
 */
final class DatabaseFingerprint {

    /**
     * Reference data loaded at start and the event bookkeeping of Spring Modulith: not written by requests. And the
     * rate limit's buckets: a limit counts every try, refused or not, by design (it found that, 2026-11-26). And
     * the cluster's bookkeeping: lock rows that scheduled jobs take whenever they run, and sessions.
     */
    private static final Set<String> SKIPPED = Set.of(
            "skill",
            "skill_alias",
            "skill_broader",
            "skill_collection",
            "skill_label",
            "skill_relation",
            "occupation",
            "occupation_broader",
            "occupation_label",
            "occupation_skill",
            "isco_group",
            "municipality",
            "labour_market_region",
            "province",
            "region_shapes",
            "esco_import",
            "event_publication",
            "event_publication_archive",
            "flyway_schema_history",
            "rate_limit_bucket",
            "shedlock",
            "spring_session",
            "spring_session_attributes");

    private final JdbcClient jdbc;
    private final String query;
    private long lastXid;
    private Map<String, String> last;

    DatabaseFingerprint(JdbcClient jdbc) {
        this.jdbc = jdbc;
        List<String> tables = jdbc.sql("""
                        select table_schema || '.' || table_name from information_schema.tables
                        where table_schema not in ('pg_catalog', 'information_schema') and table_type = 'BASE TABLE'
                        order by 1""").query(String.class).list().stream()
                .filter(t -> !SKIPPED.contains(t.substring(t.indexOf('.') + 1)))
                .toList();
        if (tables.isEmpty()) {
            throw new IllegalStateException("no tables to watch");
        }
        this.query = tables.stream()
                .map(t -> "select '" + t
                        + "' as t, count(*) || ':' || coalesce(sum(hashtext(x::text)::bigint), 0) as f from " + t
                        + " x")
                .collect(Collectors.joining(" union all "));
        this.lastXid = nextXid();
        this.last = compute();
    }

    /** The tables whose rows changed since the last call (empty when none), and remember the new state. */
    Set<String> changedSinceLastLook() {
        long xid = nextXid();
        if (xid == lastXid) {
            return Set.of();
        }
        Map<String, String> now = compute();
        Set<String> changed = now.keySet().stream()
                .filter(t -> !Objects.equals(now.get(t), last.get(t)))
                .collect(Collectors.toCollection(TreeSet::new));
        lastXid = xid;
        last = now;
        return changed;
    }

    int tables() {
        return last.size();
    }

    private long nextXid() {
        return jdbc.sql("select pg_snapshot_xmax(pg_current_snapshot())::text::bigint")
                .query(Long.class)
                .single();
    }

    private Map<String, String> compute() {
        Map<String, String> result = new LinkedHashMap<>();
        jdbc.sql(query)
                .query((rs, n) -> result.put(rs.getString("t"), rs.getString("f")))
                .list();
        return result;
    }
}
