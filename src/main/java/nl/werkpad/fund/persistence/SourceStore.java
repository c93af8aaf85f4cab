package nl.werkpad.fund.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.werkpad.fund.FundingSource;
import nl.werkpad.fund.FundingSourceInput;
import nl.werkpad.fund.domain.FundingRule;
import nl.werkpad.fund.domain.SourceMode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Funding sources with their rules (as JSON) and their budgets per year (from the ledger). */
@Component
public class SourceStore {

    private static final TypeReference<List<FundingRule>> RULES = new TypeReference<>() {};

    private final JdbcClient jdbc;
    private final JsonMapper json;

    SourceStore(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** Stores a new source; empty when its code is taken. */
    public Optional<UUID> insert(FundingSourceInput in, UUID actor) {
        UUID id = UUID.randomUUID();
        int inserted = jdbc.sql("""
                insert into fund.funding_source (id, code, name, kind, mode, allowance_cents, allowance_expiry_months,
                    valid_from, valid_until, priority, voucher_valid_days, rules, provenance, created_by)
                values (:id, :code, :name, :kind, :mode, :allowance, :expiry, :from, :until, :priority, :days,
                    :rules::jsonb, :provenance, :actor)
                on conflict (code) do nothing""")
                .param("id", id)
                .param("code", in.code().strip())
                .param("name", in.name().strip())
                .param("kind", in.kind().name())
                .param("mode", in.mode().name())
                .param("allowance", in.mode() == SourceMode.ALLOWANCE ? in.allowanceCents() : null)
                .param("expiry", in.allowanceExpiryMonths() == null ? 12 : in.allowanceExpiryMonths())
                .param("from", in.validFrom())
                .param("until", in.validUntil())
                .param("priority", in.priority() == null ? 100 : in.priority())
                .param("days", in.voucherValidDays() == null ? 180 : in.voucherValidDays())
                .param("rules", json.writerFor(RULES).writeValueAsString(in.rules() == null ? List.of() : in.rules()))
                .param("provenance", in.provenance())
                .param("actor", actor)
                .update();
        if (inserted == 0) {
            return Optional.empty();
        }
        definitions = null;
        return Optional.of(id);
    }

    private volatile List<FundingSource> definitions;
    private volatile long definitionsRead;

    /**
     * The sources with their rules, without budgets, as the rules read them on every request: cached for ten
     * seconds (a source registered on another node applies here within that time; on this node at once).
     */
    public List<FundingSource> definitions() {
        List<FundingSource> cached = definitions;
        if (cached == null || System.nanoTime() - definitionsRead > 10_000_000_000L) {
            cached = jdbc.sql("select * from fund.funding_source order by priority, name")
                    .query((rs, n) -> source(rs, Map.of()))
                    .list();
            definitions = cached;
            definitionsRead = System.nanoTime();
        }
        return cached;
    }

    public List<FundingSource> all() {
        Map<UUID, List<FundingSource.Budget>> budgets = budgets();
        return jdbc.sql("select * from fund.funding_source order by priority, name")
                .query((rs, n) -> source(rs, budgets))
                .list();
    }

    public Optional<FundingSource> byId(UUID id) {
        Map<UUID, List<FundingSource.Budget>> budgets = budgets();
        return jdbc.sql("select * from fund.funding_source where id = ?")
                .param(id)
                .query((rs, n) -> source(rs, budgets))
                .optional();
    }

    private Map<UUID, List<FundingSource.Budget>> budgets() {
        Map<UUID, List<FundingSource.Budget>> budgets = new LinkedHashMap<>();
        jdbc.sql("""
                with split as (
                  select c.source_id, c.year, sum(t.amount_cents) as moved
                  from fund.transfer t join fund.ledger_account c on c.id = t.credit_account
                  where t.kind = 'SPLIT' group by c.source_id, c.year)
                select a.source_id, a.year, sum(a.credits_posted) - coalesce(min(split.moved), 0),
                       sum(a.credits_posted::numeric - a.debits_posted - a.debits_pending)
                from fund.ledger_account a left join split on split.source_id = a.source_id and split.year = a.year
                where a.kind = 'BUDGET' group by a.source_id, a.year order by a.year""").query(rs -> {
            // summed over the sub-accounts; money moved between them (SPLIT) was put in only once
            budgets.computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>())
                    .add(new FundingSource.Budget(
                            rs.getInt(2),
                            rs.getBigDecimal(3).toBigIntegerExact(),
                            rs.getBigDecimal(4).toBigIntegerExact()));
        });
        return budgets;
    }

    private FundingSource source(ResultSet rs, Map<UUID, List<FundingSource.Budget>> budgets) throws SQLException {
        UUID id = rs.getObject("id", UUID.class);
        Long allowance = rs.getObject("allowance_cents", Long.class);
        return new FundingSource(
                id,
                rs.getString("code"),
                rs.getString("name"),
                FundingSource.SourceKind.valueOf(rs.getString("kind")),
                SourceMode.valueOf(rs.getString("mode")),
                allowance,
                rs.getInt("allowance_expiry_months"),
                rs.getObject("valid_from", LocalDate.class),
                rs.getObject("valid_until", LocalDate.class),
                rs.getInt("priority"),
                rs.getInt("voucher_valid_days"),
                json.readValue(rs.getString("rules"), RULES),
                rs.getString("provenance"),
                budgets.getOrDefault(id, List.of()));
    }
}
