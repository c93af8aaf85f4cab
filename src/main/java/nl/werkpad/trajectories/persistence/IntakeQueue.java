package nl.werkpad.trajectories.persistence;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import nl.werkpad.access.Role;
import nl.werkpad.access.SignedInUser;
import nl.werkpad.ecosystem.Campus;
import nl.werkpad.ecosystem.Ecosystem;
import nl.werkpad.organisations.Organisations;
import nl.werkpad.passport.Passports;
import nl.werkpad.privacy.Consents;
import nl.werkpad.privacy.Purpose;
import nl.werkpad.shared.NotFound;
import nl.werkpad.shared.RuleViolation;
import nl.werkpad.trajectories.Trajectories;
import nl.werkpad.trajectories.domain.TrajectoryKind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The campuses' digital service points: a resident asks for guidance (and lets the advisor who takes it up read
 * their passport), or an employer asks about staff; the question waits in the campus's queue until an advisor
 * takes it up.
 */
@Component
class IntakeQueue {

    record Taken(UUID person, TrajectoryKind kind, UUID campus) {}

    private final JdbcClient jdbc;
    private final Ecosystem ecosystem;
    private final Passports passports;
    private final Organisations organisations;
    private final Consents consents;
    private final Clock clock;

    IntakeQueue(
            JdbcClient jdbc,
            Ecosystem ecosystem,
            Passports passports,
            Organisations organisations,
            Consents consents,
            Clock clock) {
        this.jdbc = jdbc;
        this.ecosystem = ecosystem;
        this.passports = passports;
        this.organisations = organisations;
        this.consents = consents;
        this.clock = clock;
    }

    Trajectories.Intake ask(
            UUID campusId,
            TrajectoryKind kind,
            String question,
            String contact,
            UUID organisation,
            SignedInUser asker) {
        Campus campus = ecosystem
                .campus(campusId)
                .filter(Campus::servicePoint)
                .orElseThrow(() -> NotFound.of("service point", campusId));
        if (question == null || question.isBlank() || question.length() > 2000) {
            throw RuleViolation.of("intake.question-required", "ask your question in at most 2,000 characters");
        }
        UUID person = null;
        String what;
        if (organisation != null) {
            if (!organisations.isMember(asker.accountId(), organisation)) {
                throw NotFound.of("organisation", organisation);
            }
            what = "STAFF_QUESTION";
        } else {
            person = passports
                    .ownPersonId(asker)
                    .orElseThrow(() -> RuleViolation.of(
                            "intake.passport-required", "make your skills passport first, so the advisor can help"));
            if (kind == null) {
                throw RuleViolation.of("intake.kind-required", "choose what you need help with");
            }
            what = kind.name();
        }
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into trajectories.intake (id, campus_id, campus_name, person_id, organisation_id, requester_id, requester_name,
                    kind, question, contact)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        id,
                        campusId,
                        campus.name(),
                        person,
                        organisation,
                        asker.accountId(),
                        asker.displayName(),
                        what,
                        question.strip(),
                        contact == null || contact.isBlank() ? null : contact.strip())
                .update();
        return read(id);
    }

    List<Trajectories.Intake> queue(UUID campus, SignedInUser advisor) {
        if (!advisor.has(Role.ADVISEUR)) {
            throw NotFound.of("queue", campus);
        }
        return jdbc.sql("""
                select id from trajectories.intake where taken_at is null and (cast(:campus as uuid) is null or campus_id = :campus)
                order by asked_at""").param("campus", campus).query(UUID.class).list().stream()
                .map(this::read)
                .toList();
    }

    /** Takes up a resident's question: the resident's consent at intake goes to this advisor. */
    Taken take(UUID id, SignedInUser advisor) {
        if (!advisor.has(Role.ADVISEUR)) {
            throw NotFound.of("intake", id);
        }
        var row = jdbc.sql(
                        "select person_id, kind, campus_id, requester_id from trajectories.intake where id = ? and taken_at is null for update")
                .param(id)
                .query((rs, n) -> new Object[] {
                    rs.getObject(1, UUID.class),
                    rs.getString(2),
                    rs.getObject(3, UUID.class),
                    rs.getObject(4, UUID.class)
                })
                .optional()
                .orElseThrow(() -> RuleViolation.of("intake.taken", "this question was taken up already"));
        if (row[0] == null) {
            throw RuleViolation.of(
                    "intake.staff-question", "a question about staff is answered, not made a trajectory");
        }
        consents.give((UUID) row[0], Purpose.ADVISOR, advisor.accountId(), (UUID) row[3]);
        jdbc.sql("update trajectories.intake set taken_by = ?, taken_at = now() where id = ?")
                .params(advisor.accountId(), id)
                .update();
        return new Taken((UUID) row[0], TrajectoryKind.valueOf((String) row[1]), (UUID) row[2]);
    }

    /** Marks an employer's question about staff as handled by the advisor (it leaves the queue). */
    void handle(UUID id, SignedInUser advisor) {
        if (!advisor.has(Role.ADVISEUR)) {
            throw NotFound.of("intake", id);
        }
        int handled = jdbc.sql(
                        "update trajectories.intake set taken_by = ?, taken_at = now() where id = ? and taken_at is null and person_id is null")
                .params(advisor.accountId(), id)
                .update();
        if (handled == 0) {
            throw RuleViolation.of("intake.taken", "this question was taken up already");
        }
    }

    /** Remembers which trajectory a taken-up question became. */
    void linkTrajectory(UUID intake, UUID trajectory) {
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
