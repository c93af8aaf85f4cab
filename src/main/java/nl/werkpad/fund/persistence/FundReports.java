package nl.werkpad.fund.persistence;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.werkpad.fund.SourceOverview;
import nl.werkpad.fund.Statement;
import nl.werkpad.fund.domain.VoucherStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The fund manager's figures: per source and year from the ledger (summed over a budget's sub-accounts), and per provider the redeemed vouchers to pay. */
@Component
public class FundReports {

    private final JdbcClient jdbc;

    FundReports(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<SourceOverview> overview(int year) {
        Map<UUID, Map<VoucherStatus, Long>> counts = new HashMap<>();
        jdbc.sql("""
                select p.source_id, v.status, count(distinct v.id) from fund.voucher v
                join fund.voucher_part p on p.voucher_id = v.id join fund.ledger_account a on a.id = p.account_id
                where a.year = ? group by p.source_id, v.status""").param(year).query(rs -> {
            counts.computeIfAbsent(rs.getObject(1, UUID.class), k -> new EnumMap<>(VoucherStatus.class))
                    .put(VoucherStatus.valueOf(rs.getString(2)), rs.getLong(3));
        });
        // every amount is summed as SQL numeric and read as a BigInteger: a source's budget lies on several
        // sub-accounts (and years of transfers add up), so a sum may exceed a long and must not wrap round
        return jdbc.sql("""
                with budget as (
                  select id, source_id, credits_posted::numeric - debits_posted - debits_pending as free
                  from fund.ledger_account where kind = 'BUDGET' and year = :year),
                moves as (
                  select b.source_id,
                    sum(t.amount_cents) filter (where t.kind = 'FUND') as budget,
                    sum(t.amount_cents) filter (where t.kind = 'GRANT') as granted,
                    sum(t.amount_cents) filter (where t.kind = 'RETURN') as returned
                  from budget b join fund.transfer t on b.id in (t.debit_account, t.credit_account)
                  where t.kind in ('FUND', 'GRANT', 'RETURN') group by b.source_id),
                parts as (
                  select p.source_id,
                    sum(p.amount_cents) filter (where v.status = 'ISSUED') as reserved,
                    sum(p.amount_cents) filter (where v.status = 'REDEEMED') as spent
                  from fund.voucher_part p join fund.voucher v on v.id = p.voucher_id
                  join fund.ledger_account a on a.id = p.account_id where a.year = :year group by p.source_id)
                select s.id, s.name, m.budget, m.granted, m.returned, p.reserved, p.spent,
                  (select sum(b.free) from budget b where b.source_id = s.id) as remaining
                from fund.funding_source s left join moves m on m.source_id = s.id left join parts p on p.source_id = s.id
                order by s.priority, s.name""")
                .param("year", year)
                .query((rs, n) -> {
                    UUID id = rs.getObject("id", UUID.class);
                    return new SourceOverview(
                            id,
                            rs.getString("name"),
                            year,
                            cents(rs, "budget"),
                            cents(rs, "granted"),
                            cents(rs, "reserved"),
                            cents(rs, "spent"),
                            cents(rs, "returned"),
                            cents(rs, "remaining"),
                            counts.getOrDefault(id, Map.of()));
                })
                .list();
    }

    private static BigInteger cents(ResultSet rs, String column) throws SQLException {
        BigDecimal sum = rs.getBigDecimal(column);
        return sum == null ? BigInteger.ZERO : sum.toBigIntegerExact();
    }

    public Statement statement(UUID provider, String providerName, LocalDate from, LocalDate to) {
        List<Statement.Line> lines = jdbc.sql("""
                select v.id, v.settled_on, v.offer_title, h.name, s.name, sum(p.amount_cents)
                from fund.voucher v join fund.account_holder h on h.person_id = v.person_id
                join fund.voucher_part p on p.voucher_id = v.id join fund.funding_source s on s.id = p.source_id
                where v.provider_id = :provider and v.status = 'REDEEMED' and v.settled_on between :from and :to
                group by v.id, v.settled_on, v.offer_title, h.name, s.id, s.name, s.priority
                order by v.settled_on, v.id, s.priority""")
                .param("provider", provider)
                .param("from", from)
                .param("to", to)
                .query((rs, n) -> new Statement.Line(
                        rs.getObject(1, UUID.class),
                        rs.getObject(2, LocalDate.class),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getLong(6)))
                .list();
        return new Statement(provider, providerName, from, to, lines);
    }

    /** Providers that have vouchers, for the fund manager's statement picker. */
    public Map<UUID, String> providers() {
        Map<UUID, String> providers = new LinkedHashMap<>();
        jdbc.sql("select distinct provider_id, provider_name from fund.voucher order by provider_name")
                .query(rs -> {
                    providers.put(rs.getObject(1, UUID.class), rs.getString(2));
                });
        return providers;
    }
}
