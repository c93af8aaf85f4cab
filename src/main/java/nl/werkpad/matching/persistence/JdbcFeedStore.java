package nl.werkpad.matching.persistence;

import com.zaxxer.hikari.HikariDataSource;
import jakarta.annotation.PreDestroy;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import nl.werkpad.matching.engine.FeedStore;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The change feed in matching.change_feed. Appends take a transaction-level advisory lock first, so
 * positions are handed out in commit order and a follower reading "after position p" never skips a row
 * that commits later.
 */
@Repository
class JdbcFeedStore implements FeedStore {

    /** Arbitrary key of the advisory lock that orders appends. */
    private static final long APPEND_LOCK = 0x57_65_72_6B_70_61_64L;

    /** The channel every append notifies at its commit, so other nodes apply it at once instead of at their poll. */
    private static final String CHANNEL = "matching_change_feed";

    private final JdbcClient jdbc;
    private final DataSource dataSource;
    /**
     * A connection of its own, outside the pool, that only listens; opened on first use, again after a loss. Used by
     * one thread (the follower's listener).
     */
    private volatile Connection listening;

    JdbcFeedStore(JdbcClient jdbc, DataSource dataSource) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
    }

    @Override
    public void append(Kind kind, UUID id) {
        jdbc.sql("select pg_advisory_xact_lock(?), pg_notify('" + CHANNEL + "', '')")
                .param(APPEND_LOCK)
                .query((rs, n) -> 1)
                .list();
        jdbc.sql("insert into matching.change_feed (kind, entity_id) values (?, ?)")
                .params(kind.name(), id)
                .update();
    }

    @Override
    public void appendAll(List<Entry> entries) {
        if (entries.isEmpty()) {
            return;
        }
        jdbc.sql("select pg_advisory_xact_lock(?)")
                .param(APPEND_LOCK)
                .query((rs, n) -> 1)
                .list();
        jdbc.sql("""
                insert into matching.change_feed (kind, entity_id)
                select e.kind, e.entity_id from unnest(cast(? as text[]), cast(? as uuid[])) with ordinality
                    as e (kind, entity_id, n) order by e.n
                """)
                .params(
                        entries.stream().map(e -> e.kind().name()).toArray(String[]::new),
                        entries.stream().map(Entry::entityId).toArray(UUID[]::new))
                .update();
    }

    @Override
    public List<Change> after(long position, int limit) {
        return jdbc.sql(
                        "select position, kind, entity_id from matching.change_feed where position > ? order by position limit ?")
                .params(position, limit)
                .query((rs, n) -> new Change(rs.getLong(1), Kind.valueOf(rs.getString(2)), rs.getObject(3, UUID.class)))
                .list();
    }

    @Override
    public boolean awaitAppend(Duration timeout) throws InterruptedException {
        try {
            if (listening == null || listening.isClosed()) {
                listening = open();
                try (Statement listen = listening.createStatement()) {
                    listen.execute("listen " + CHANNEL);
                }
            }
            PGNotification[] notifications =
                    listening.unwrap(PGConnection.class).getNotifications((int) timeout.toMillis());
            return notifications != null && notifications.length > 0;
        } catch (SQLException e) {
            closeQuietly();
            Thread.sleep(Math.min(timeout.toMillis(), 1000));
            return false;
        }
    }

    private Connection open() throws SQLException {
        if (dataSource instanceof HikariDataSource hikari) {
            return DriverManager.getConnection(hikari.getJdbcUrl(), hikari.getUsername(), hikari.getPassword());
        }
        return dataSource.getConnection();
    }

    /** Also ends a wait in progress: the one listener thread then finds the connection closed. */
    @PreDestroy
    void closeQuietly() {
        Connection connection = listening;
        try {
            if (connection != null) {
                connection.close();
            }
        } catch (SQLException ignored) {
            // the connection is gone already
        }
        listening = null;
    }

    @Override
    public long head() {
        return jdbc.sql("select coalesce(max(position), 0) from matching.change_feed")
                .query(Long.class)
                .single();
    }

    @Override
    public int prune() {
        return jdbc.sql("delete from matching.change_feed where recorded_at < now() - interval '7 days'")
                .update();
    }
}
