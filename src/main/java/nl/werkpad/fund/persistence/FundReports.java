package nl.werkpad.fund.persistence;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.werkpad.fund.SourceOverview;
import nl.werkpad.fund.Statement;
import nl.werkpad.fund.domain.VoucherStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The fund manager's figures: per source and year from the ledger, and per provider the redeemed vouchers to pay. */
@Component
class FundReports {

    private final JdbcClient jdbc;

    FundReports(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<SourceOverview> overview(int year) {
        Map<UUID, Map<VoucherStatus, Long>> counts = new HashMap<>();
        jdbc.sql("""
                select p.source_id, v.status, count(distinct v.id) from fund.voucher v
                join fund.voucher_part p on p.voucher_id = v.id join fund.ledger_account a on a.id = p.account_id
                where a.year = ? group by p.source_id, v.status""")
                .param(year).query(rs -> {
                    counts.computeIfAbsent(rs.getObject(1, UUID.class), k -> new EnumMap<>(VoucherStatus.class))
                            .put(VoucherStatus.valueOf(rs.getString(2)), rs.getLong(3));
                });
        return jdbc.sql("""
                select s.id, s.name,
                  coalesce(sum(t.amount_cents) filter (where t.kind = 'FUND'), 0) as budget,
                  coalesce(sum(t.amount_cents) filter (where t.kind = 'GRANT'), 0) as granted,
                  coalesce(sum(t.amount_cents) filter (where t.kind = 'RETURN'), 0) as returned,
                  (select coalesce(sum(p.amount_cents) filter (where v.status = 'ISSUED'), 0) from fund.voucher_part p
                     join fund.voucher v on v.id = p.voucher_id join fund.ledger_account a on a.id = p.account_id
                     where p.source_id = s.id and a.year = :year) as reserved,
                  (select coalesce(sum(p.amount_cents) filter (where v.status = 'REDEEMED'), 0) from fund.voucher_part p
                     join fund.voucher v on v.id = p.voucher_id join fund.ledger_account a on a.id = p.account_id
                     where p.source_id = s.id and a.year = :year) as spent,
                  coalesce(max(b.credits_posted - b.debits_posted - b.debits_pending), 0) as remaining
                from fund.funding_source s
                left join fund.ledger_account b on b.source_id = s.id and b.kind = 'BUDGET' and b.year = :year
                left join fund.transfer t on b.id in (t.debit_account, t.credit_account)
                group by s.id, s.name, s.priority order by s.priority, s.name""")
                .param("year", year)
                .query((rs, n) -> {
                    UUID id = rs.getObject("id", UUID.class);
                    return new SourceOverview(id, rs.getString("name"), year, rs.getLong("budget"), rs.getLong("granted"),
                            rs.getLong("reserved"), rs.getLong("spent"), rs.getLong("returned"), rs.getLong("remaining"),
                            counts.getOrDefault(id, Map.of()));
                }).list();
    }

    Statement statement(UUID provider, String providerName, LocalDate from, LocalDate to) {
        List<Statement.Line> lines = jdbc.sql("""
                select v.id, v.settled_on, v.offer_title, h.name, s.name, p.amount_cents
                from fund.voucher v join fund.account_holder h on h.person_id = v.person_id
                join fund.voucher_part p on p.voucher_id = v.id join fund.funding_source s on s.id = p.source_id
                where v.provider_id = :provider and v.status = 'REDEEMED' and v.settled_on between :from and :to
                order by v.settled_on, v.id, s.priority""")
                .param("provider", provider).param("from", from).param("to", to)
                .query((rs, n) -> new Statement.Line(rs.getObject(1, UUID.class), rs.getObject(2, LocalDate.class),
                        rs.getString(3), rs.getString(4), rs.getString(5), rs.getLong(6))).list();
        return new Statement(provider, providerName, from, to, lines);
    }

    /** Providers that have vouchers, for the fund manager's statement picker. */
    Map<UUID, String> providers() {
        Map<UUID, String> providers = new java.util.LinkedHashMap<>();
        jdbc.sql("select distinct provider_id, provider_name from fund.voucher order by provider_name")
                .query(rs -> {
                    providers.put(rs.getObject(1, UUID.class), rs.getString(2));
                });
        return providers;
    }
}
