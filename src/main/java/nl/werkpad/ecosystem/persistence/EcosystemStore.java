package nl.werkpad.ecosystem.persistence;

import java.sql.Array;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.werkpad.ecosystem.Campus;
import nl.werkpad.ecosystem.Coalition;
import nl.werkpad.ecosystem.Event;
import nl.werkpad.ecosystem.Target;
import nl.werkpad.ecosystem.domain.CoalitionPhase;
import nl.werkpad.ecosystem.domain.PurposeCase;
import nl.werkpad.ecosystem.domain.TargetProgress;
import nl.werkpad.organisations.Organisations;
import nl.werkpad.regions.Municipality;
import nl.werkpad.regions.Regions;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The ecosystem schema: campuses with their partners, coalitions with their purpose case and history, targets with
 * their progress, events. SQL only; it decides nothing (the application service does). A list is one query: the
 * partners and history come along as arrays.
 */
@Component
public class EcosystemStore {

    /** A coalition as stored; its financing checks are the domain's to add. */
    public record CoalitionRow(
            UUID id,
            String name,
            String actionRef,
            String driver,
            CoalitionPhase phase,
            String problem,
            String intendedResult,
            String decision,
            String stopReason,
            List<PurposeCase.Partner> partners,
            List<String> commitments,
            List<Coalition.Step> history,
            java.time.Instant updatedAt) {}

    public record PartnerRow(String name, PurposeCase.Helix helix, long contributionCents, String commitment) {}

    private static final String CAMPUSES = """
            select c.*,
                   (select array_agg(p.organisation_id order by p.organisation_id) from ecosystem.campus_partner p where p.campus_id = c.id) partner_ids,
                   (select array_agg(p.helix order by p.organisation_id) from ecosystem.campus_partner p where p.campus_id = c.id) partner_helices
              from ecosystem.campus c
            """;

    private static final String COALITIONS = """
            select c.*,
                   (select array_agg(p.name order by p.position) from ecosystem.coalition_partner p where p.coalition_id = c.id) p_names,
                   (select array_agg(p.helix order by p.position) from ecosystem.coalition_partner p where p.coalition_id = c.id) p_helices,
                   (select array_agg(p.contribution_cents order by p.position) from ecosystem.coalition_partner p where p.coalition_id = c.id) p_cents,
                   (select array_agg(coalesce(p.commitment, '') order by p.position) from ecosystem.coalition_partner p where p.coalition_id = c.id) p_commitments,
                   (select array_agg(h.phase order by h.id) from ecosystem.coalition_history h where h.coalition_id = c.id) h_phases,
                   (select array_agg(h.reason order by h.id) from ecosystem.coalition_history h where h.coalition_id = c.id) h_reasons,
                   (select array_agg(h.at order by h.id) from ecosystem.coalition_history h where h.coalition_id = c.id) h_at
              from ecosystem.coalition c
            """;

    private final JdbcClient jdbc;
    private final Regions regions;
    private final Organisations organisations;
    private final LiveMeasures measures;

    EcosystemStore(JdbcClient jdbc, Regions regions, Organisations organisations, LiveMeasures measures) {
        this.jdbc = jdbc;
        this.regions = regions;
        this.organisations = organisations;
        this.measures = measures;
    }

    // ---- campuses

    public List<Campus> campuses(String labourMarketRegion, String like) {
        Map<UUID, String> names = new HashMap<>();
        return jdbc.sql(CAMPUSES + """
                 where (cast(:region as text) is null or c.labour_market_region = :region)
                   and (cast(:like as text) is null or lower(c.name || ' ' || coalesce(c.place, '') || ' ' || array_to_string(c.focus, ' ')) like :like)
                 order by c.nr""")
                .param("region", labourMarketRegion)
                .param("like", like)
                .query((rs, n) -> campus(rs, names))
                .list();
    }

    public Optional<Campus> campus(UUID id) {
        return jdbc.sql(CAMPUSES + " where c.id = ?")
                .param(id)
                .query((rs, n) -> campus(rs, new HashMap<>()))
                .optional();
    }

    public boolean setServicePoint(UUID campus, boolean servicePoint) {
        return jdbc.sql("update ecosystem.campus set service_point = ? where id = ?")
                        .params(servicePoint, campus)
                        .update()
                == 1;
    }

    public void putPartner(UUID campus, UUID organisation, Campus.Helix helix) {
        jdbc.sql("""
                insert into ecosystem.campus_partner (campus_id, organisation_id, helix) values (?, ?, ?)
                on conflict (campus_id, organisation_id) do update set helix = excluded.helix""").params(campus, organisation, helix.name()).update();
    }

    /** A campus of the register, by its number. */
    public void putCampus(
            int nr,
            String name,
            String place,
            String municipality,
            String region,
            String subregion,
            String kind,
            List<String> focus,
            String relatedProgrammes,
            String notes,
            String source) {
        jdbc.sql("""
                insert into ecosystem.campus (id, nr, name, place, municipality, labour_market_region, subregion, kind, focus,
                    related_programmes, notes, source)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (nr) do update set name = excluded.name, place = excluded.place, municipality = excluded.municipality,
                    labour_market_region = excluded.labour_market_region, subregion = excluded.subregion, kind = excluded.kind,
                    focus = excluded.focus, related_programmes = excluded.related_programmes, notes = excluded.notes,
                    source = excluded.source""")
                .params(
                        UUID.randomUUID(),
                        nr,
                        name,
                        place,
                        municipality,
                        region,
                        subregion,
                        kind,
                        focus.toArray(String[]::new),
                        relatedProgrammes,
                        notes,
                        source)
                .update();
    }

    private Campus campus(ResultSet rs, Map<UUID, String> names) throws SQLException {
        String municipality = rs.getString("municipality");
        String region = rs.getString("labour_market_region");
        UUID[] ids = array(rs.getArray("partner_ids"), UUID[].class, new UUID[0]);
        String[] helices = array(rs.getArray("partner_helices"), String[].class, new String[0]);
        List<Campus.Partner> partners = new ArrayList<>();
        for (int i = 0; i < ids.length; i++) {
            UUID org = ids[i];
            partners.add(new Campus.Partner(
                    org,
                    names.computeIfAbsent(
                            org, o -> organisations.byId(o).map(x -> x.name()).orElse("?")),
                    Campus.Helix.valueOf(helices[i])));
        }
        return new Campus(
                rs.getObject("id", UUID.class),
                rs.getInt("nr"),
                rs.getString("name"),
                rs.getString("place"),
                municipality == null
                        ? null
                        : new Campus.Place(
                                municipality,
                                regions.municipality(municipality)
                                        .map(Municipality::name)
                                        .orElse(municipality)),
                region == null
                        ? null
                        : new Campus.Place(
                                region,
                                regions.labourMarketRegion(region)
                                        .map(r -> r.name())
                                        .orElse(region)),
                rs.getString("subregion"),
                rs.getString("kind"),
                List.of((String[]) rs.getArray("focus").getArray()),
                rs.getString("related_programmes"),
                rs.getString("notes"),
                rs.getString("source"),
                rs.getBoolean("service_point"),
                partners);
    }

    // ---- coalitions

    public List<CoalitionRow> coalitions() {
        return jdbc.sql(COALITIONS + " order by c.updated_at desc")
                .query((rs, n) -> coalition(rs))
                .list();
    }

    public Optional<CoalitionRow> coalition(UUID id) {
        return jdbc.sql(COALITIONS + " where c.id = ?")
                .param(id)
                .query((rs, n) -> coalition(rs))
                .optional();
    }

    public void insertCoalition(UUID id, String name, String actionRef, String driver, UUID actor) {
        jdbc.sql(
                        "insert into ecosystem.coalition (id, name, action_ref, driver, phase, created_by) values (?, ?, ?, ?, ?, ?)")
                .params(id, name, actionRef, driver, CoalitionPhase.IDEA.name(), actor)
                .update();
    }

    /** Replaces the purpose case: its texts and all partners, in their order. */
    public void putPurposeCase(
            UUID id, String problem, String intendedResult, String decision, List<PartnerRow> partners) {
        jdbc.sql(
                        "update ecosystem.coalition set problem = ?, intended_result = ?, decision = ?, updated_at = now() where id = ?")
                .params(problem, intendedResult, decision, id)
                .update();
        jdbc.sql("delete from ecosystem.coalition_partner where coalition_id = ?")
                .param(id)
                .update();
        for (int i = 0; i < partners.size(); i++) {
            PartnerRow p = partners.get(i);
            jdbc.sql("""
                    insert into ecosystem.coalition_partner (coalition_id, position, name, helix, contribution_cents, commitment)
                    values (?, ?, ?, ?, ?, ?)""")
                    .params(id, i, p.name(), p.helix().name(), p.contributionCents(), p.commitment())
                    .update();
        }
    }

    public void movePhase(UUID id, CoalitionPhase phase, String stopReason) {
        jdbc.sql("update ecosystem.coalition set phase = ?, stop_reason = ?, updated_at = now() where id = ?")
                .params(phase.name(), stopReason, id)
                .update();
    }

    public void history(UUID id, CoalitionPhase phase, String reason, UUID actor) {
        jdbc.sql("insert into ecosystem.coalition_history (coalition_id, phase, reason, actor) values (?, ?, ?, ?)")
                .params(id, phase.name(), reason, actor)
                .update();
    }

    private static CoalitionRow coalition(ResultSet rs) throws SQLException {
        String[] names = array(rs.getArray("p_names"), String[].class, new String[0]);
        String[] helices = array(rs.getArray("p_helices"), String[].class, new String[0]);
        Long[] cents = array(rs.getArray("p_cents"), Long[].class, new Long[0]);
        String[] commitments = array(rs.getArray("p_commitments"), String[].class, new String[0]);
        List<PurposeCase.Partner> partners = new ArrayList<>();
        for (int i = 0; i < names.length; i++) {
            partners.add(new PurposeCase.Partner(names[i], PurposeCase.Helix.valueOf(helices[i]), cents[i]));
        }
        String[] phases = array(rs.getArray("h_phases"), String[].class, new String[0]);
        String[] reasons = array(rs.getArray("h_reasons"), String[].class, new String[0]);
        java.sql.Timestamp[] at = array(rs.getArray("h_at"), java.sql.Timestamp[].class, new java.sql.Timestamp[0]);
        List<Coalition.Step> history = new ArrayList<>();
        for (int i = 0; i < phases.length; i++) {
            history.add(new Coalition.Step(CoalitionPhase.valueOf(phases[i]), reasons[i], at[i].toInstant()));
        }
        return new CoalitionRow(
                rs.getObject("id", UUID.class),
                rs.getString("name"),
                rs.getString("action_ref"),
                rs.getString("driver"),
                CoalitionPhase.valueOf(rs.getString("phase")),
                rs.getString("problem"),
                rs.getString("intended_result"),
                rs.getString("decision"),
                rs.getString("stop_reason"),
                partners,
                List.of(commitments),
                history,
                rs.getTimestamp("updated_at").toInstant());
    }

    private static <T> T array(Array array, Class<T> type, T empty) throws SQLException {
        return array == null ? empty : type.cast(array.getArray());
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
