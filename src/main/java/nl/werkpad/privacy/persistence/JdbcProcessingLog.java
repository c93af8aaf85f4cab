package nl.werkpad.privacy.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;
import nl.werkpad.privacy.Processing;
import nl.werkpad.privacy.ProcessingEntry;
import nl.werkpad.privacy.ProcessingLog;
import nl.werkpad.shared.api.RequestIds;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

@Repository
class JdbcProcessingLog implements ProcessingLog {

    private static final String SELECT = """
            select id, at, actor_id, actor_label, subject_id, action, data, purpose, request_id
              from privacy.processing_log
            """;
    private final JdbcClient jdbc;

    JdbcProcessingLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(Processing p) {
        jdbc.sql("""
                insert into privacy.processing_log (actor_id, actor_label, subject_id, action, data, purpose, request_id)
                values (:actor, :label, :subject, :action, :data, :purpose, :requestId)
                """)
                .param("actor", p.actorId())
                .param("label", p.actorLabel())
                .param("subject", p.subjectId())
                .param("action", p.action().name())
                .param("data", p.data())
                .param("purpose", p.purpose())
                .param("requestId", RequestIds.current().orElse(null))
                .update();
    }

    @Override
    @Transactional(readOnly = true)
    public List<ProcessingEntry> forSubject(UUID subjectId, int limit) {
        return jdbc.sql(SELECT + " where subject_id = :subject order by at desc, id desc limit :limit")
                .param("subject", subjectId)
                .param("limit", limit)
                .query((rs, n) -> entry(rs))
                .list();
    }

    @Override
    @Transactional(readOnly = true)
    public List<ProcessingEntry> recent(int limit) {
        return jdbc.sql(SELECT + " order by id desc limit :limit")
                .param("limit", limit)
                .query((rs, n) -> entry(rs))
                .list();
    }

    private static ProcessingEntry entry(ResultSet rs) throws SQLException {
        Processing processing = new Processing(
                rs.getObject("actor_id", UUID.class),
                rs.getString("actor_label"),
                rs.getObject("subject_id", UUID.class),
                Processing.Action.valueOf(rs.getString("action")),
                rs.getString("data"),
                rs.getString("purpose"));
        return new ProcessingEntry(
                rs.getLong("id"), rs.getTimestamp("at").toInstant(), processing, rs.getString("request_id"));
    }
}
