package nl.werkpad.ecosystem.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.werkpad.ecosystem.Coalition;
import nl.werkpad.ecosystem.domain.CoalitionPhase;
import nl.werkpad.ecosystem.domain.PurposeCase;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The coalitions with their purpose case and phase history (one query per list: partners and history come along as
 * arrays). SQL only; which phase may follow which is {@code domain.CoalitionPhase}'s.
 */
@Component
public class CoalitionStore {
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
            Instant updatedAt) {}

    public record PartnerRow(String name, PurposeCase.Helix helix, long contributionCents, String commitment) {}

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

    CoalitionStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
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
        String[] names = SqlArrays.of(rs.getArray("p_names"), String[].class, new String[0]);
        String[] helices = SqlArrays.of(rs.getArray("p_helices"), String[].class, new String[0]);
        Long[] cents = SqlArrays.of(rs.getArray("p_cents"), Long[].class, new Long[0]);
        String[] commitments = SqlArrays.of(rs.getArray("p_commitments"), String[].class, new String[0]);
        List<PurposeCase.Partner> partners = new ArrayList<>();
        for (int i = 0; i < names.length; i++) {
            partners.add(new PurposeCase.Partner(names[i], PurposeCase.Helix.valueOf(helices[i]), cents[i]));
        }
        String[] phases = SqlArrays.of(rs.getArray("h_phases"), String[].class, new String[0]);
        String[] reasons = SqlArrays.of(rs.getArray("h_reasons"), String[].class, new String[0]);
        Timestamp[] at = SqlArrays.of(rs.getArray("h_at"), Timestamp[].class, new Timestamp[0]);
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
}
