package nl.werkpad.ecosystem.persistence;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.werkpad.ecosystem.Event;
import nl.werkpad.ecosystem.Target;
import nl.werkpad.ecosystem.domain.TargetProgress;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The action agenda's targets with their progress (measured live where Werkpad holds the figure) and the ecosystem's
 * events. SQL only.
 */
@Component
public class AgendaStore {

    private final JdbcClient jdbc;
    private final LiveMeasures measures;

    AgendaStore(JdbcClient jdbc, LiveMeasures measures) {
        this.jdbc = jdbc;
        this.measures = measures;
    }

    // ---- action agenda

    /** Every target with its latest progress, measured live where Werkpad holds the figure. */
    public List<Target> targets(LocalDate today) {
        Map<String, Double> live = measures.measure(today);
        return jdbc.sql("""
                select t.*, p.value as progress, p.as_of, p.source as progress_source
                  from ecosystem.target t left join lateral (
                       select value, as_of, source from ecosystem.progress where target_id = t.id order by as_of desc, id desc limit 1) p on true
                 order by t.action_line, nullif(regexp_replace(coalesce(t.action_nr, ''), '[^0-9]', '', 'g'), '')::int nulls last, t.result_nr""")
                .query((rs, n) -> {
                    Double value = rs.getObject("value") == null ? null : rs.getDouble("value");
                    boolean measured = rs.getString("measure") != null && live.containsKey(rs.getString("measure"));
                    Double progress = measured
                            ? live.get(rs.getString("measure"))
                            : rs.getObject("progress") == null ? null : rs.getDouble("progress");
                    Date asOf = rs.getDate("as_of");
                    Date due = rs.getDate("due");
                    TargetProgress.Due d =
                            new TargetProgress.Due(due == null ? null : due.toLocalDate(), rs.getBoolean("yearly"));
                    return new Target(
                            rs.getString("id"),
                            rs.getString("action_line"),
                            rs.getString("action_nr"),
                            rs.getString("result_nr"),
                            rs.getString("title"),
                            rs.getString("coalition_nr"),
                            rs.getString("description"),
                            rs.getString("metric"),
                            value,
                            rs.getString("unit"),
                            rs.getString("deadline"),
                            d.date(),
                            d.yearly(),
                            progress,
                            measured ? today : asOf == null ? null : asOf.toLocalDate(),
                            measured ? "Werkpad" : rs.getString("progress_source"),
                            measured,
                            TargetProgress.status(value, progress, d, today));
                })
                .list();
    }

    public boolean targetExists(String id) {
        return jdbc.sql("select exists (select 1 from ecosystem.target where id = ?)")
                .param(id)
                .query(Boolean.class)
                .single();
    }

    public void insertProgress(String target, double value, LocalDate asOf, String source, UUID actor) {
        jdbc.sql("insert into ecosystem.progress (target_id, value, as_of, source, entered_by) values (?, ?, ?, ?, ?)")
                .params(target, value, Date.valueOf(asOf), source, actor)
                .update();
    }

    /** A target of the action agenda, by its id. */
    public void putTarget(
            String id,
            String line,
            String actionNr,
            String resultNr,
            String title,
            String coalitionNr,
            String description,
            String metric,
            Double value,
            String unit,
            String deadline,
            TargetProgress.Due due,
            String source) {
        jdbc.sql("""
                insert into ecosystem.target (id, action_line, action_nr, result_nr, title, coalition_nr, description, metric, value,
                    unit, deadline, due, yearly, measure, source)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (id) do update set action_line = excluded.action_line, title = excluded.title,
                    coalition_nr = excluded.coalition_nr, description = excluded.description, metric = excluded.metric,
                    value = excluded.value, unit = excluded.unit, deadline = excluded.deadline, due = excluded.due,
                    yearly = excluded.yearly, measure = excluded.measure, source = excluded.source""")
                .params(
                        id,
                        line,
                        actionNr,
                        resultNr,
                        title,
                        coalitionNr,
                        description,
                        metric,
                        value,
                        unit,
                        deadline,
                        due.date() == null ? null : Date.valueOf(due.date()),
                        due.yearly(),
                        LiveMeasures.measureOf(id),
                        source)
                .update();
    }

    // ---- events

    public List<Event> events() {
        return jdbc.sql("""
                select e.*, c.name as campus_name from ecosystem.event e left join ecosystem.campus c on c.id = e.campus_id
                 order by e.held_on desc""")
                .query((rs, n) -> new Event(
                        rs.getObject("id", UUID.class),
                        Event.Kind.valueOf(rs.getString("kind")),
                        rs.getString("title"),
                        rs.getDate("held_on").toLocalDate(),
                        rs.getObject("campus_id", UUID.class),
                        rs.getString("campus_name"),
                        rs.getString("municipality"),
                        (Integer) rs.getObject("participants"),
                        (Integer) rs.getObject("pupils"),
                        rs.getString("outcome")))
                .list();
    }

    public void insertEvent(
            UUID id,
            Event.Kind kind,
            String title,
            LocalDate heldOn,
            UUID campus,
            String municipality,
            Integer participants,
            Integer pupils,
            String outcome,
            UUID actor) {
        jdbc.sql("""
                insert into ecosystem.event (id, kind, title, held_on, campus_id, municipality, participants, pupils, outcome, created_by)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        id,
                        kind.name(),
                        title,
                        Date.valueOf(heldOn),
                        campus,
                        municipality,
                        participants,
                        pupils,
                        outcome,
                        actor)
                .update();
    }
}
