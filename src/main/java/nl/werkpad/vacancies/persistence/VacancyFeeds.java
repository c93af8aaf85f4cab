package nl.werkpad.vacancies.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.werkpad.vacancies.FeedOutcome;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The registered JobPosting feeds, what each last sent (validators, body hash, item count) and their runs. */
@Component
public class VacancyFeeds {

    private final JdbcClient jdbc;

    VacancyFeeds(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public record Feed(
            UUID id,
            String name,
            String url,
            UUID registeredBy,
            String etag,
            String lastModified,
            String bodyHash,
            Integer lastItems,
            boolean active) {}

    /** One poll: outcome NOT_MODIFIED, UNCHANGED, IMPORTED, REFUSED or FAILED, with counts and what went wrong. */
    public record Run(
            Instant startedAt,
            Instant finishedAt,
            FeedOutcome outcome,
            Integer httpStatus,
            int received,
            int created,
            int updated,
            int merged,
            int unchanged,
            int dropped,
            int failed,
            String message,
            String problems) {}

    public record Overview(Feed feed, Run lastRun) {}

    public UUID register(String name, String url, UUID by, Instant now) {
        UUID id = UUID.randomUUID();
        jdbc.sql("insert into vacancies.feed (id, name, url, registered_by, created_at) values (?, ?, ?, ?, ?)")
                .params(id, name, url, by, Timestamp.from(now))
                .update();
        return id;
    }

    public boolean urlTaken(String url) {
        return jdbc.sql("select exists (select 1 from vacancies.feed where url = ?)")
                .param(url)
                .query(Boolean.class)
                .single();
    }

    public Optional<Feed> byId(UUID id) {
        return jdbc.sql("select * from vacancies.feed where id = ?")
                .param(id)
                .query((rs, n) -> feed(rs))
                .optional();
    }

    public List<UUID> active() {
        return jdbc.sql("select id from vacancies.feed where active order by created_at")
                .query(UUID.class)
                .list();
    }

    /** Every feed with its latest run, in one query. */
    public List<Overview> overview() {
        return jdbc.sql("""
                select f.*, r.started_at, r.finished_at, r.outcome, r.http_status, r.received, r.created, r.updated, r.merged,
                       r.unchanged, r.dropped, r.failed, r.message, r.problems::text as problems
                  from vacancies.feed f
                  left join lateral (select * from vacancies.feed_run r where r.feed_id = f.id order by r.id desc limit 1) r on true
                 order by f.name
                """)
                .query((rs, n) -> new Overview(feed(rs), rs.getTimestamp("started_at") == null ? null : run(rs)))
                .list();
    }

    public List<Run> runs(UUID feed, int limit) {
        return jdbc.sql("select * from vacancies.feed_run where feed_id = ? order by id desc limit ?")
                .params(feed, limit)
                .query((rs, n) -> run(rs))
                .list();
    }

    public void remember(UUID feed, String etag, String lastModified, String bodyHash, Integer items) {
        jdbc.sql(
                        "update vacancies.feed set etag = ?, last_modified = ?, body_hash = ?, last_items = coalesce(?, last_items) where id = ?")
                .params(etag, lastModified, bodyHash, items, feed)
                .update();
    }

    public void setActive(UUID feed, boolean active) {
        jdbc.sql("update vacancies.feed set active = ? where id = ?")
                .params(active, feed)
                .update();
    }

    public void record(UUID feed, Run run) {
        jdbc.sql("""
                insert into vacancies.feed_run (feed_id, started_at, finished_at, outcome, http_status, received, created, updated,
                    merged, unchanged, dropped, failed, message, problems)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, cast(? as jsonb))
                """)
                .params(
                        feed,
                        Timestamp.from(run.startedAt()),
                        Timestamp.from(run.finishedAt()),
                        run.outcome().name(),
                        run.httpStatus(),
                        run.received(),
                        run.created(),
                        run.updated(),
                        run.merged(),
                        run.unchanged(),
                        run.dropped(),
                        run.failed(),
                        run.message(),
                        run.problems())
                .update();
    }

    private static Feed feed(ResultSet rs) throws SQLException {
        return new Feed(
                rs.getObject("id", UUID.class),
                rs.getString("name"),
                rs.getString("url"),
                rs.getObject("registered_by", UUID.class),
                rs.getString("etag"),
                rs.getString("last_modified"),
                rs.getString("body_hash"),
                (Integer) rs.getObject("last_items"),
                rs.getBoolean("active"));
    }

    private static Run run(ResultSet rs) throws SQLException {
        return new Run(
                rs.getTimestamp("started_at").toInstant(),
                rs.getTimestamp("finished_at").toInstant(),
                FeedOutcome.valueOf(rs.getString("outcome")),
                (Integer) rs.getObject("http_status"),
                rs.getInt("received"),
                rs.getInt("created"),
                rs.getInt("updated"),
                rs.getInt("merged"),
                rs.getInt("unchanged"),
                rs.getInt("dropped"),
                rs.getInt("failed"),
                rs.getString("message"),
                rs.getString(rs.findColumn("problems")));
    }
}
