package nl.werkpad.ecosystem.persistence;

import nl.werkpad.shared.Text;
import java.time.Clock;
import nl.werkpad.shared.InputCheck;
import nl.werkpad.shared.Limits;
import java.io.Reader;
import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.werkpad.access.SignedInUser;
import nl.werkpad.ecosystem.Campus;
import nl.werkpad.ecosystem.Coalition;
import nl.werkpad.ecosystem.CoalitionRefused;
import nl.werkpad.ecosystem.Ecosystem;
import nl.werkpad.ecosystem.Event;
import nl.werkpad.ecosystem.Target;
import nl.werkpad.shared.RuleCheck;
import nl.werkpad.ecosystem.domain.CoalitionPhase;
import nl.werkpad.ecosystem.domain.GrantCheck;
import nl.werkpad.ecosystem.domain.PurposeCase;
import nl.werkpad.ecosystem.domain.TargetProgress;
import nl.werkpad.organisations.Organisations;
import nl.werkpad.regions.Municipality;
import nl.werkpad.regions.Regions;
import nl.werkpad.shared.NotFound;
import nl.werkpad.shared.RuleViolation;
import nl.werkpad.shared.csv.CsvImport;
import nl.werkpad.shared.csv.CsvRows;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/** The ecosystem registry in its own schema. */
@Repository
@Transactional
class JdbcEcosystem implements Ecosystem {

    private final JdbcClient jdbc;
    private final Regions regions;
    private final Organisations organisations;
    private final LiveMeasures measures;
    private final TransactionTemplate transactions;
    private final CampusImport campusImport;

    private final Clock clock;

    JdbcEcosystem(JdbcClient jdbc, Regions regions, Organisations organisations, LiveMeasures measures, TransactionTemplate transactions,
                  CampusImport campusImport, Clock clock) {
        this.clock = clock;
        this.jdbc = jdbc;
        this.regions = regions;
        this.organisations = organisations;
        this.measures = measures;
        this.transactions = transactions;
        this.campusImport = campusImport;
    }

    // ---- campuses

    @Override
    @Transactional(readOnly = true)
    public List<Campus> campuses(String labourMarketRegion, String text) {
        String like = text == null || text.isBlank() ? null : "%" + text.strip().toLowerCase(java.util.Locale.ROOT) + "%";
        List<UUID> ids = jdbc.sql("""
                select id from ecosystem.campus
                 where (cast(:region as text) is null or labour_market_region = :region)
                   and (cast(:like as text) is null or lower(name || ' ' || coalesce(place, '') || ' ' || array_to_string(focus, ' ')) like :like)
                 order by nr""").param("region", labourMarketRegion == null || labourMarketRegion.isBlank() ? null : labourMarketRegion)
                .param("like", like).query(UUID.class).list();
        return ids.stream().map(id -> campus(id).orElseThrow()).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Campus> campus(UUID id) {
        List<Campus.Partner> partners = jdbc.sql("select organisation_id, helix from ecosystem.campus_partner where campus_id = ?")
                .param(id).query((rs, n) -> {
                    UUID org = rs.getObject(1, UUID.class);
                    return new Campus.Partner(org, organisations.byId(org).map(o -> o.name()).orElse("?"),
                            Campus.Helix.valueOf(rs.getString(2)));
                }).list();
        return jdbc.sql("select * from ecosystem.campus where id = ?").param(id).query((rs, n) -> {
            String municipality = rs.getString("municipality");
            String region = rs.getString("labour_market_region");
            return new Campus(id, rs.getInt("nr"), rs.getString("name"), rs.getString("place"),
                    municipality == null ? null : new Campus.Place(municipality, regions.municipality(municipality).map(Municipality::name).orElse(municipality)),
                    region == null ? null : new Campus.Place(region, regions.labourMarketRegion(region).map(r -> r.name()).orElse(region)),
                    rs.getString("subregion"), rs.getString("kind"), List.of((String[]) rs.getArray("focus").getArray()),
                    rs.getString("related_programmes"), rs.getString("notes"), rs.getString("source"), rs.getBoolean("service_point"),
                    partners);
        }).optional();
    }

    @Override
    public Campus setServicePoint(UUID campusId, boolean servicePoint, SignedInUser actor) {
        if (jdbc.sql("update ecosystem.campus set service_point = ? where id = ?").params(servicePoint, campusId).update() == 0) {
            throw NotFound.of("campus", campusId);
        }
        return campus(campusId).orElseThrow();
    }

    @Override
    public Campus addPartner(UUID campusId, UUID organisationId, Campus.Helix helix, SignedInUser actor) {
        campus(campusId).orElseThrow(() -> NotFound.of("campus", campusId));
        organisations.byId(organisationId).orElseThrow(() -> RuleViolation.of("campus.organisation-unknown", "Unknown organisation " + organisationId));
        if (helix == null) {
            throw RuleViolation.of("campus.helix-required", "Say whether the partner is business, education or government");
        }
        jdbc.sql("""
                insert into ecosystem.campus_partner (campus_id, organisation_id, helix) values (?, ?, ?)
                on conflict (campus_id, organisation_id) do update set helix = excluded.helix""")
                .params(campusId, organisationId, helix.name()).update();
        return campus(campusId).orElseThrow();
    }

    @Override
    public int importCampuses(String file, Reader csv) {
        return campusImport.run(file, csv);
    }

    // ---- coalitions

    @Override
    @Transactional(readOnly = true)
    public List<Coalition> coalitions() {
        return jdbc.sql("select id from ecosystem.coalition order by updated_at desc").query(UUID.class).list().stream()
                .map(id -> coalition(id).orElseThrow()).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Coalition> coalition(UUID id) {
        List<Object[]> partners = jdbc.sql("""
                select name, helix, contribution_cents, commitment from ecosystem.coalition_partner where coalition_id = ? order by position""")
                .param(id).query((rs, n) -> new Object[] {new PurposeCase.Partner(rs.getString(1), PurposeCase.Helix.valueOf(rs.getString(2)),
                        rs.getLong(3)), rs.getString(4)}).list();
        List<PurposeCase.Partner> financing = partners.stream().map(p -> (PurposeCase.Partner) p[0]).toList();
        List<String> commitments = partners.stream().map(p -> p[1] == null ? "" : (String) p[1]).toList();
        List<Coalition.Step> history = jdbc.sql("select phase, reason, at from ecosystem.coalition_history where coalition_id = ? order by id")
                .param(id).query((rs, n) -> new Coalition.Step(CoalitionPhase.valueOf(rs.getString(1)), rs.getString(2),
                        rs.getTimestamp(3).toInstant())).list();
        return jdbc.sql("select * from ecosystem.coalition where id = ?").param(id).query((rs, n) -> new Coalition(id, rs.getString("name"),
                rs.getString("action_ref"), rs.getString("driver"), CoalitionPhase.valueOf(rs.getString("phase")), rs.getString("problem"),
                rs.getString("intended_result"), rs.getString("decision"), rs.getString("stop_reason"), financing, commitments,
                PurposeCase.check(financing), history, rs.getTimestamp("updated_at").toInstant())).optional();
    }

    @Override
    public Coalition createCoalition(NewCoalition input, SignedInUser actor) {
        InputCheck.of().line("name", input.name(), Limits.NAME).line("actionRef", input.actionRef(), Limits.SHORT)
                .line("driver", input.driver(), Limits.NAME).orThrow();
        if (input.name() == null || input.name().isBlank() || input.name().length() > 200) {
            throw RuleViolation.of("coalition.name-required", "A coalition has a name of at most 200 characters");
        }
        if (input.driver() == null || input.driver().isBlank() || input.driver().length() > 200) {
            throw RuleViolation.of("coalition.driver-required", "Name the driver (aanjager) of the coalition");
        }
        UUID id = UUID.randomUUID();
        jdbc.sql("insert into ecosystem.coalition (id, name, action_ref, driver, phase, created_by) values (?, ?, ?, ?, 'IDEA', ?)")
                .params(id, input.name().strip(), Text.blankToNull(input.actionRef()), input.driver().strip(), actor.accountId()).update();
        history(id, CoalitionPhase.IDEA, null, actor);
        return coalition(id).orElseThrow();
    }

    @Override
    public Coalition writePurposeCase(UUID id, PurposeCaseInput input, SignedInUser actor) {
        Coalition current = coalition(id).orElseThrow(() -> NotFound.of("coalition", id));
        if (current.phase() == CoalitionPhase.FINISHED || current.phase() == CoalitionPhase.STOPPED) {
            throw RuleViolation.of("coalition.closed", "A finished or stopped coalition cannot change its purpose case");
        }
        InputCheck.of().text("problem", input.problem(), Limits.DESCRIPTION)
                .text("intendedResult", input.intendedResult(), Limits.DESCRIPTION).text("decision", input.decision(), Limits.NOTE)
                .each("partners", input.partners(), (c, at, p) -> c.line(at + "name", p.name(), Limits.NAME)
                        .cents(at + "contributionCents", p.contributionCents()).text(at + "commitment", p.commitment(), Limits.NOTE))
                .orThrow();
        List<PartnerInput> partners = input.partners() == null ? List.of() : input.partners();
        for (PartnerInput p : partners) {
            if (p.name() == null || p.name().isBlank() || p.helix() == null) {
                throw RuleViolation.of("coalition.partner-invalid", "Every partner has a name and a helix");
            }
            if (p.contributionCents() != null && p.contributionCents() < 0) {
                throw RuleViolation.of("coalition.contribution-negative", "A contribution cannot be negative");
            }
        }
        jdbc.sql("update ecosystem.coalition set problem = ?, intended_result = ?, decision = ?, updated_at = now() where id = ?")
                .params(Text.blankToNull(input.problem()), Text.blankToNull(input.intendedResult()), Text.blankToNull(input.decision()), id).update();
        jdbc.sql("delete from ecosystem.coalition_partner where coalition_id = ?").param(id).update();
        for (int i = 0; i < partners.size(); i++) {
            PartnerInput p = partners.get(i);
            jdbc.sql("""
                    insert into ecosystem.coalition_partner (coalition_id, position, name, helix, contribution_cents, commitment)
                    values (?, ?, ?, ?, ?, ?)""").params(id, i, p.name().strip(), p.helix().name(),
                    p.contributionCents() == null ? 0 : p.contributionCents(), Text.blankToNull(p.commitment())).update();
        }
        return coalition(id).orElseThrow();
    }

    @Override
    public Coalition move(UUID id, CoalitionPhase to, String reason, SignedInUser actor) {
        Coalition c = coalition(id).orElseThrow(() -> NotFound.of("coalition", id));
        List<RuleCheck> checks = to.checkMove(new CoalitionPhase.State(c.phase(), c.problem(), c.intendedResult(), c.decision(), c.partners()), reason);
        Optional<RuleCheck> failed = checks.stream().filter(x -> x.blocking() && !x.passed()).findFirst();
        if (failed.isPresent()) {
            throw new CoalitionRefused(failed.get(), checks);
        }
        jdbc.sql("update ecosystem.coalition set phase = ?, stop_reason = ?, updated_at = now() where id = ?")
                .params(to.name(), to == CoalitionPhase.STOPPED ? reason.strip() : c.stopReason(), id).update();
        history(id, to, Text.blankToNull(reason), actor);
        return coalition(id).orElseThrow();
    }

    private void history(UUID id, CoalitionPhase phase, String reason, SignedInUser actor) {
        jdbc.sql("insert into ecosystem.coalition_history (coalition_id, phase, reason, actor) values (?, ?, ?, ?)")
                .params(id, phase.name(), reason, actor.accountId()).update();
    }

    @Override
    public List<RuleCheck> grantCheck(GrantCheck.Facts facts) {
        return GrantCheck.check(facts);
    }

    // ---- action agenda

    @Override
    @Transactional(readOnly = true)
    public List<Target> targets(LocalDate today) {
        Map<String, Double> live = measures.measure(today);
        return jdbc.sql("""
                select t.*, p.value as progress, p.as_of, p.source as progress_source
                  from ecosystem.target t left join lateral (
                       select value, as_of, source from ecosystem.progress where target_id = t.id order by as_of desc, id desc limit 1) p on true
                 order by t.action_line, nullif(regexp_replace(coalesce(t.action_nr, ''), '[^0-9]', '', 'g'), '')::int nulls last, t.result_nr""")
                .query((rs, n) -> {
                    String id = rs.getString("id");
                    Double value = rs.getObject("value") == null ? null : rs.getDouble("value");
                    boolean measured = rs.getString("measure") != null && live.containsKey(rs.getString("measure"));
                    Double progress = measured ? live.get(rs.getString("measure"))
                            : rs.getObject("progress") == null ? null : rs.getDouble("progress");
                    Date asOf = rs.getDate("as_of");
                    Date due = rs.getDate("due");
                    TargetProgress.Due d = new TargetProgress.Due(due == null ? null : due.toLocalDate(), rs.getBoolean("yearly"));
                    return new Target(id, rs.getString("action_line"), rs.getString("action_nr"), rs.getString("result_nr"),
                            rs.getString("title"), rs.getString("coalition_nr"), rs.getString("description"), rs.getString("metric"),
                            value, rs.getString("unit"), rs.getString("deadline"), d.date(), d.yearly(), progress,
                            measured ? today : asOf == null ? null : asOf.toLocalDate(),
                            measured ? "Werkpad" : rs.getString("progress_source"), measured,
                            TargetProgress.status(value, progress, d, today));
                }).list();
    }

    @Override
    public Target recordProgress(String targetId, double value, LocalDate asOf, String source, SignedInUser actor) {
        InputCheck.of().line("source", source, Limits.SHORT).orThrow();
        if (jdbc.sql("select count(*) from ecosystem.target where id = ?").param(targetId).query(Integer.class).single() == 0) {
            throw NotFound.of("target", targetId);
        }
        if (source == null || source.isBlank() || source.length() > 300) {
            throw RuleViolation.of("target.source-required", "Say where the figure comes from (at most 300 characters)");
        }
        if (value < 0 || asOf == null) {
            throw RuleViolation.of("target.progress-invalid", "Progress is a number of at least 0 with the date it holds for");
        }
        jdbc.sql("insert into ecosystem.progress (target_id, value, as_of, source, entered_by) values (?, ?, ?, ?, ?)")
                .params(targetId, value, Date.valueOf(asOf), source.strip(), actor.accountId()).update();
        return targets(LocalDate.now(clock)).stream().filter(t -> t.id().equals(targetId)).findFirst().orElseThrow();
    }

    @Override
    public int importTargets(String file, Reader csv) {
        return CsvImport.allOrNothing(transactions, file, csv, List.of("actielijn", "actie_nr", "resultaat_nr", "titel",
                "ontwikkelcoalitie", "beoogd_resultaat_kort", "target_metric", "target_value", "target_unit", "target_deadline"), row -> {
            String line = row.text("actielijn");
            String result = row.text("resultaat_nr");
            if (line == null || result == null || row.text("titel") == null || row.text("beoogd_resultaat_kort") == null) {
                throw RuleViolation.of("target.incomplete", "actielijn, resultaat_nr, titel and beoogd_resultaat_kort are required");
            }
            Double value = row.parsed("target_value", Double::parseDouble);
            String id = line.split(" ")[0] + "-" + row.get("actie_nr") + result;
            TargetProgress.Due due = TargetProgress.due(row.text("target_deadline"));
            jdbc.sql("""
                    insert into ecosystem.target (id, action_line, action_nr, result_nr, title, coalition_nr, description, metric, value,
                        unit, deadline, due, yearly, measure, source)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    on conflict (id) do update set action_line = excluded.action_line, title = excluded.title,
                        coalition_nr = excluded.coalition_nr, description = excluded.description, metric = excluded.metric,
                        value = excluded.value, unit = excluded.unit, deadline = excluded.deadline, due = excluded.due,
                        yearly = excluded.yearly, measure = excluded.measure, source = excluded.source""")
                    .params(id, line, row.text("actie_nr"), result, row.text("titel"), row.text("ontwikkelcoalitie"),
                            row.text("beoogd_resultaat_kort"), row.text("target_metric"), value, row.text("target_unit"),
                            row.text("target_deadline"), due.date() == null ? null : Date.valueOf(due.date()), due.yearly(),
                            LiveMeasures.measureOf(id), row.text("source_doc")).update();
            return id;
        }).size();
    }

    // ---- events

    @Override
    @Transactional(readOnly = true)
    public List<Event> events() {
        return jdbc.sql("""
                select e.*, c.name as campus_name from ecosystem.event e left join ecosystem.campus c on c.id = e.campus_id
                 order by e.held_on desc""").query((rs, n) -> new Event(rs.getObject("id", UUID.class),
                Event.Kind.valueOf(rs.getString("kind")), rs.getString("title"), rs.getDate("held_on").toLocalDate(),
                rs.getObject("campus_id", UUID.class), rs.getString("campus_name"), rs.getString("municipality"),
                (Integer) rs.getObject("participants"), (Integer) rs.getObject("pupils"), rs.getString("outcome"))).list();
    }

    @Override
    public Event addEvent(NewEvent input, SignedInUser actor) {
        InputCheck.of().line("title", input.title(), Limits.TITLE).line("municipality", input.municipality(), Limits.SHORT)
                .atMost("participants", input.participants(), 1_000_000).atMost("pupils", input.pupils(), 1_000_000)
                .text("outcome", input.outcome(), Limits.NOTE).orThrow();
        if (input.kind() == null) {
            throw RuleViolation.of("event.kind-required", "Choose what kind of event it was");
        }
        if (input.title() == null || input.title().isBlank() || input.title().length() > 200) {
            throw RuleViolation.of("event.title-required", "An event has a title of at most 200 characters");
        }
        if (input.heldOn() == null) {
            throw RuleViolation.of("event.date-required", "Give the date of the event");
        }
        if ((input.participants() != null && input.participants() < 0) || (input.pupils() != null && input.pupils() < 0)) {
            throw RuleViolation.of("event.count-negative", "Counts cannot be negative");
        }
        if (input.campus() != null && campus(input.campus()).isEmpty()) {
            throw RuleViolation.of("event.campus-unknown", "Unknown campus");
        }
        if (input.municipality() != null && !input.municipality().isBlank() && regions.municipality(input.municipality()).isEmpty()) {
            throw RuleViolation.of("event.municipality-unknown", "Unknown municipality " + input.municipality());
        }
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into ecosystem.event (id, kind, title, held_on, campus_id, municipality, participants, pupils, outcome, created_by)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""").params(id, input.kind().name(), input.title().strip(), Date.valueOf(input.heldOn()),
                input.campus(), Text.blankToNull(input.municipality()), input.participants(), input.pupils(), Text.blankToNull(input.outcome()),
                actor.accountId()).update();
        return events().stream().filter(e -> e.id().equals(id)).findFirst().orElseThrow();
    }

    // ---- export

    @Override
    @Transactional(readOnly = true)
    public String exportCsv(String what, LocalDate today) {
        return EcosystemCsvExport.export(what, this, today);
    }

}
