package nl.werkpad.privacy.persistence;

import java.util.List;
import java.util.UUID;
import nl.werkpad.privacy.Consent;
import nl.werkpad.privacy.Consents;
import nl.werkpad.privacy.Purpose;
import nl.werkpad.shared.db.PgCopy;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

@Repository
@Transactional
class JdbcConsents implements Consents {

    /** The newest event per (subject, purpose, grantee) that says "given". */
    private static final String CURRENT = """
            select distinct on (subject_id, purpose, grantee) subject_id, purpose, grantee, given, at
              from privacy.consent_event
            """;

    private final JdbcClient jdbc;
    private final PgCopy copy;
    private final org.springframework.context.ApplicationEventPublisher events;

    JdbcConsents(
            JdbcClient jdbc,
            javax.sql.DataSource dataSource,
            org.springframework.context.ApplicationEventPublisher events) {
        this.events = events;
        this.jdbc = jdbc;
        this.copy = new PgCopy(dataSource);
    }

    @Override
    public void give(UUID subject, Purpose purpose, UUID grantee, UUID actor) {
        if (!has(subject, purpose, grantee)) {
            record(subject, purpose, grantee, true, actor);
        }
    }

    @Override
    public void withdraw(UUID subject, Purpose purpose, UUID grantee, UUID actor) {
        if (has(subject, purpose, grantee)) {
            record(subject, purpose, grantee, false, actor);
        }
    }

    @Override
    @Transactional(readOnly = true)
    public List<Consent> current(UUID subject) {
        return jdbc.sql("select * from (" + CURRENT
                        + " where subject_id = ? order by subject_id, purpose, grantee, id desc) c where given")
                .param(subject)
                .query((rs, n) -> new Consent(
                        rs.getObject("subject_id", UUID.class),
                        Purpose.valueOf(rs.getString("purpose")),
                        rs.getObject("grantee", UUID.class),
                        rs.getTimestamp("at").toInstant()))
                .list();
    }

    @Override
    @Transactional(readOnly = true)
    public boolean has(UUID subject, Purpose purpose, UUID grantee) {
        return current(subject).stream()
                .anyMatch(c -> c.purpose() == purpose
                        && (grantee == null ? c.grantee() == null : grantee.equals(c.grantee())));
    }

    @Override
    @Transactional(readOnly = true)
    public List<UUID> subjectsWith(Purpose purpose, UUID grantee) {
        return jdbc.sql("select subject_id from (" + CURRENT + """
                 where purpose = :purpose and (cast(:grantee as uuid) is null or grantee = :grantee)
                 order by subject_id, purpose, grantee, id desc) c where given
                """)
                .param("purpose", purpose.name())
                .param("grantee", grantee)
                .query(UUID.class)
                .list();
    }

    @Override
    @Transactional(readOnly = true)
    public List<Consent> allCurrent(Purpose purpose) {
        return jdbc.sql("select * from (" + CURRENT + """
                 where purpose = :purpose order by subject_id, purpose, grantee, id desc) c where given
                """)
                .param("purpose", purpose.name())
                .withFetchSize(5000)
                .query((rs, n) -> new Consent(
                        rs.getObject("subject_id", UUID.class),
                        purpose,
                        rs.getObject("grantee", UUID.class),
                        rs.getTimestamp("at").toInstant()))
                .list();
    }

    @Override
    public void giveAll(List<Consent> consents, UUID actor) {
        copy.copy("privacy.consent_event (subject_id, purpose, grantee, given, actor_id)", consents, c ->
                new Object[] {c.subjectId(), c.purpose().name(), c.grantee(), true, actor});
    }

    @Override
    public void withdrawAll(UUID subject, UUID actor) {
        current(subject).forEach(c -> record(subject, c.purpose(), c.grantee(), false, actor));
    }

    private void record(UUID subject, Purpose purpose, UUID grantee, boolean given, UUID actor) {
        jdbc.sql(
                        "insert into privacy.consent_event (subject_id, purpose, grantee, given, actor_id) values (?, ?, ?, ?, ?)")
                .params(subject, purpose.name(), grantee, given, actor)
                .update();
        events.publishEvent(new nl.werkpad.privacy.ConsentChanged(subject, purpose, grantee, given));
    }
}
