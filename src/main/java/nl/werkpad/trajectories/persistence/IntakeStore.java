package nl.werkpad.trajectories.persistence;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.werkpad.trajectories.Trajectories;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The service points' questions waiting in a campus's queue. SQL only; who may ask or take one up is decided above. */
@Component
public class IntakeStore {

    /** A question as asked, before anyone took it up. */
    public record NewIntake(
            UUID id,
            UUID campus,
            String campusName,
            UUID person,
            UUID organisation,
            UUID requester,
            String requesterName,
            String kind,
            String question,
            String contact) {}

    /** An open question locked for taking up: the resident (null for a question about staff), kind, campus, asker. */
    public record Open(UUID person, String kind, UUID campus, UUID requester) {}

    private final JdbcClient jdbc;
    private final Clock clock;

    IntakeStore(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public Trajectories.Intake insert(NewIntake i) {
        jdbc.sql("""
                insert into trajectories.intake (id, campus_id, campus_name, person_id, organisation_id, requester_id, requester_name,
                    kind, question, contact)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        i.id(),
                        i.campus(),
                        i.campusName(),
                        i.person(),
                        i.organisation(),
                        i.requester(),
                        i.requesterName(),
                        i.kind(),
                        i.question(),
                        i.contact())
                .update();
        return read(i.id());
    }

    /** The questions nobody took up yet, oldest first; of one campus, or of all when campus is null. */
    public List<Trajectories.Intake> waiting(UUID campus) {
        return jdbc.sql("""
                select id from trajectories.intake where taken_at is null and (cast(:campus as uuid) is null or campus_id = :campus)
                order by asked_at""").param("campus", campus).query(UUID.class).list().stream()
                .map(this::read)
                .toList();
    }

    /** The question if nobody took it up yet, locked until the transaction ends. */
    public Optional<Open> lockOpen(UUID id) {
        return jdbc.sql(
                        "select person_id, kind, campus_id, requester_id from trajectories.intake where id = ? and taken_at is null for update")
                .param(id)
                .query((rs, n) -> new Open(
                        rs.getObject(1, UUID.class),
                        rs.getString(2),
                        rs.getObject(3, UUID.class),
                        rs.getObject(4, UUID.class)))
                .optional();
    }

    public void markTaken(UUID id, UUID advisor) {
        jdbc.sql("update trajectories.intake set taken_by = ?, taken_at = now() where id = ?")
                .params(advisor, id)
                .update();
    }

    /** Marks an open question about staff handled; false when there was none (taken already, or a resident's). */
    public boolean markStaffQuestionHandled(UUID id, UUID advisor) {
        return jdbc.sql(
                                "update trajectories.intake set taken_by = ?, taken_at = now() where id = ? and taken_at is null and person_id is null")
                        .params(advisor, id)
                        .update()
                > 0;
    }

    /** Remembers which trajectory a taken-up question became. */
    public void linkTrajectory(UUID intake, UUID trajectory) {
        jdbc.sql("update trajectories.intake set trajectory_id = ? where id = ?")
                .params(trajectory, intake)
                .update();
    }

    private Trajectories.Intake read(UUID id) {
        return jdbc.sql("""
                select id, campus_id, campus_name, requester_name, kind, question, contact, asked_at, trajectory_id
                from trajectories.intake where id = ?""")
                .param(id)
                .query((rs, n) -> {
                    Instant asked = rs.getTimestamp("asked_at").toInstant();
                    return new Trajectories.Intake(
                            rs.getObject("id", UUID.class),
                            rs.getObject("campus_id", UUID.class),
                            rs.getString("campus_name"),
                            rs.getString("requester_name"),
                            rs.getString("kind"),
                            rs.getString("question"),
                            rs.getString("contact"),
                            asked,
                            ChronoUnit.DAYS.between(asked, clock.instant()),
                            rs.getObject("trajectory_id", UUID.class));
                })
                .single();
    }
}
