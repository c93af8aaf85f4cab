package nl.werkpad.trajectories.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import nl.werkpad.trajectories.Trajectories;
import nl.werkpad.trajectories.Trajectory;
import nl.werkpad.trajectories.TrajectoryChanged;
import nl.werkpad.trajectories.domain.OutcomeKind;
import nl.werkpad.trajectories.domain.Phase;
import nl.werkpad.trajectories.domain.TrajectoryKind;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The trajectories schema: trajectories with their history, actions, links and notes. SQL only; it decides nothing. */
@Component
public class TrajectoryStore {

    public record Row(
            UUID id,
            UUID person,
            String personName,
            UUID advisor,
            String advisorName,
            UUID campus,
            TrajectoryKind kind,
            Phase phase,
            String municipality,
            String region,
            LocalDate startedOn,
            LocalDate closedOn,
            Trajectory.Outcome outcome) {}

    private final JdbcClient jdbc;

    TrajectoryStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Stores a new trajectory; false when the person already has a running one (the database keeps one). */
    public boolean insert(Row t, UUID actor) {
        try {
            jdbc.sql("""
                    insert into trajectories.trajectory (id, person_id, person_name, advisor_id, advisor_name, campus_id, kind, phase,
                        municipality, region, started_on)
                    values (:id, :person, :name, :advisor, :advisorName, :campus, :kind, 'ORIENTATION', :municipality, :region, :started)""")
                    .param("id", t.id())
                    .param("person", t.person())
                    .param("name", t.personName())
                    .param("advisor", t.advisor())
                    .param("advisorName", t.advisorName())
                    .param("campus", t.campus())
                    .param("kind", t.kind().name())
                    .param("municipality", t.municipality())
                    .param("region", t.region())
                    .param("started", t.startedOn())
                    .update();
        } catch (DuplicateKeyException e) {
            return false;
        }
        phase(t.id(), Phase.ORIENTATION, t.startedOn(), actor);
        return true;
    }

    public void phase(UUID id, Phase phase, LocalDate on, UUID actor) {
        jdbc.sql("update trajectories.trajectory set phase = ?, closed_on = ?, updated_at = now() where id = ?")
                .params(phase.name(), phase == Phase.CLOSED ? on : null, id)
                .update();
        jdbc.sql("insert into trajectories.phase_change (trajectory_id, phase, on_date, actor_id) values (?, ?, ?, ?)")
                .params(id, phase.name(), on, actor)
                .update();
    }

    public Optional<Row> row(UUID id) {
        return jdbc.sql("select * from trajectories.trajectory where id = ?")
                .param(id)
                .query((rs, n) -> row(rs))
                .optional();
    }

    public Optional<Row> openOf(UUID person) {
        return jdbc.sql(
                        "select * from trajectories.trajectory where person_id = ? order by started_on desc, closed_on nulls first limit 1")
                .param(person)
                .query((rs, n) -> row(rs))
                .optional();
    }

    public List<Row> ofAdvisor(UUID advisor) {
        return jdbc.sql("select * from trajectories.trajectory where advisor_id = ? order by started_on desc")
                .param(advisor)
                .query((rs, n) -> row(rs))
                .list();
    }

    public Trajectory full(Row r) {
        List<Trajectory.PhaseChange> history = jdbc.sql(
                        "select phase, on_date from trajectories.phase_change where trajectory_id = ? order by at")
                .param(r.id())
                .query((rs, n) ->
                        new Trajectory.PhaseChange(Phase.valueOf(rs.getString(1)), rs.getObject(2, LocalDate.class)))
                .list();
        List<Trajectory.Action> actions = jdbc.sql(
                        "select id, text, due_on, done_at from trajectories.action where trajectory_id = ? order by due_on, created_at")
                .param(r.id())
                .query((rs, n) -> new Trajectory.Action(
                        rs.getObject(1, UUID.class),
                        rs.getString(2),
                        rs.getObject(3, LocalDate.class),
                        rs.getTimestamp(4) == null ? null : rs.getTimestamp(4).toInstant()))
                .list();
        List<Trajectory.Link> links = jdbc.sql(
                        "select kind, ref, label from trajectories.link where trajectory_id = ? order by at")
                .param(r.id())
                .query((rs, n) -> new Trajectory.Link(
                        Trajectory.LinkKind.valueOf(rs.getString(1)), rs.getObject(2, UUID.class), rs.getString(3)))
                .list();
        return new Trajectory(
                r.id(),
                r.person(),
                r.personName(),
                r.advisor(),
                r.advisorName(),
                r.campus(),
                r.kind(),
                r.phase(),
                r.municipality(),
                r.startedOn(),
                r.closedOn(),
                r.outcome(),
                history,
                actions,
                links);
    }

    public void action(UUID trajectory, String text, LocalDate due) {
        jdbc.sql("insert into trajectories.action (id, trajectory_id, text, due_on) values (?, ?, ?, ?)")
                .params(UUID.randomUUID(), trajectory, text, due)
                .update();
    }

    public boolean actionDone(UUID trajectory, UUID action, UUID actor) {
        return jdbc.sql(
                                "update trajectories.action set done_at = now(), done_by = ? where id = ? and trajectory_id = ? and done_at is null")
                        .params(actor, action, trajectory)
                        .update()
                == 1;
    }

    public void link(UUID trajectory, Trajectory.LinkKind kind, UUID ref, String label) {
        jdbc.sql(
                        "insert into trajectories.link (trajectory_id, kind, ref, label) values (?, ?, ?, ?) on conflict do nothing")
                .params(trajectory, kind.name(), ref, label)
                .update();
    }

    public void outcome(UUID trajectory, Trajectory.Outcome o) {
        jdbc.sql("""
                update trajectories.trajectory set outcome = :kind, outcome_reason = :reason, placed_vacancy = :vacancy,
                    placed_employer = :employer, placed_occupation = :occupation, placed_sector = :sector, placed_hours = :hours,
                    placed_in_shortage = :shortage, sector_changed = :changed, placed_on = :placedOn, updated_at = now()
                where id = :id""")
                .param("kind", o.kind().name())
                .param("reason", o.reason())
                .param("vacancy", o.vacancy())
                .param("employer", o.employer())
                .param("occupation", o.occupation())
                .param("sector", o.sector())
                .param("hours", o.hours())
                .param("shortage", o.inShortage())
                .param("changed", o.sectorChanged())
                .param("placedOn", o.placedOn())
                .param("id", trajectory)
                .update();
    }

    public void note(UUID trajectory, UUID author, String authorName, String text) {
        jdbc.sql(
                        "insert into trajectories.note (id, trajectory_id, author_id, author_name, text) values (?, ?, ?, ?, ?)")
                .params(UUID.randomUUID(), trajectory, author, authorName, text)
                .update();
    }

    public List<Trajectories.Note> notes(UUID trajectory) {
        return jdbc.sql(
                        "select id, author_name, text, at from trajectories.note where trajectory_id = ? order by at desc")
                .param(trajectory)
                .query((rs, n) -> new Trajectories.Note(
                        rs.getObject(1, UUID.class),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getTimestamp(4).toInstant()))
                .list();
    }

    /** The earliest open action of the trajectory (text, due), if any. */
    public Optional<Object[]> firstOpenAction(UUID trajectory) {
        return jdbc.sql(
                        "select text, due_on from trajectories.action where trajectory_id = ? and done_at is null order by due_on limit 1")
                .param(trajectory)
                .query((rs, n) -> new Object[] {rs.getString(1), rs.getObject(2, LocalDate.class)})
                .optional();
    }

    public LocalDate lastChange(UUID trajectory) {
        return jdbc.sql("select max(on_date) from trajectories.phase_change where trajectory_id = ?")
                .param(trajectory)
                .query(LocalDate.class)
                .single();
    }

    /** Every phase change with the trajectory's facts, oldest first, as the events it published. */
    public void history(Consumer<TrajectoryChanged> each) {
        jdbc.sql("""
                select t.id, t.kind, lag(c.phase) over (partition by t.id order by c.at) as previous, c.phase, t.region, t.campus_id,
                       t.outcome, t.placed_in_shortage, t.sector_changed, c.on_date - t.started_on as days, c.on_date
                from trajectories.phase_change c join trajectories.trajectory t on t.id = c.trajectory_id order by c.at""").query(rs -> {
            Phase phase = Phase.valueOf(rs.getString("phase"));
            String previous = rs.getString("previous");
            String outcome = rs.getString("outcome");
            boolean placement = phase == Phase.PLACEMENT || phase == Phase.CLOSED;
            each.accept(new TrajectoryChanged(
                    rs.getObject("id", UUID.class),
                    TrajectoryKind.valueOf(rs.getString("kind")),
                    previous == null ? null : Phase.valueOf(previous),
                    phase,
                    rs.getString("region"),
                    rs.getObject("campus_id", UUID.class),
                    placement && outcome != null ? OutcomeKind.valueOf(outcome) : null,
                    placement ? (Boolean) rs.getObject("placed_in_shortage") : null,
                    placement ? (Boolean) rs.getObject("sector_changed") : null,
                    phase == Phase.PLACEMENT ? rs.getInt("days") : null,
                    rs.getObject("on_date", LocalDate.class)));
        });
    }

    private static Row row(ResultSet rs) throws SQLException {
        String outcome = rs.getString("outcome");
        Trajectory.Outcome o = outcome == null
                ? null
                : new Trajectory.Outcome(
                        OutcomeKind.valueOf(outcome),
                        rs.getString("outcome_reason"),
                        rs.getObject("placed_vacancy", UUID.class),
                        rs.getObject("placed_employer", UUID.class),
                        rs.getString("placed_occupation"),
                        rs.getString("placed_sector"),
                        (Integer) rs.getObject("placed_hours"),
                        (Boolean) rs.getObject("placed_in_shortage"),
                        (Boolean) rs.getObject("sector_changed"),
                        rs.getObject("placed_on", LocalDate.class));
        return new Row(
                rs.getObject("id", UUID.class),
                rs.getObject("person_id", UUID.class),
                rs.getString("person_name"),
                rs.getObject("advisor_id", UUID.class),
                rs.getString("advisor_name"),
                rs.getObject("campus_id", UUID.class),
                TrajectoryKind.valueOf(rs.getString("kind")),
                Phase.valueOf(rs.getString("phase")),
                rs.getString("municipality"),
                rs.getString("region"),
                rs.getObject("started_on", LocalDate.class),
                rs.getObject("closed_on", LocalDate.class),
                o);
    }
}
