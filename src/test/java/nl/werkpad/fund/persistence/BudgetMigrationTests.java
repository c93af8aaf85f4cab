package nl.werkpad.fund.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import nl.werkpad.support.WerkpadTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The fund's second migration moves every existing budget onto sub-accounts without losing a cent: it runs the real
 * migration scripts on a copy of the fund's schema that holds a budget as version 1 kept it (one row, with a
 * voucher reserved and one redeemed on it), and the ledger check proves every invariant afterwards.
 */
@WerkpadTest
class BudgetMigrationTests {

    @Autowired
    DataSource dataSource;

    @Autowired
    JdbcClient jdbc;

    private FundSchemaCopy copy;

    @BeforeEach
    void copy() {
        copy = new FundSchemaCopy("fund_migration", dataSource, jdbc);
    }

    @AfterEach
    void dropCopy() {
        copy.drop();
    }

    @Test
    void anExistingBudgetMovesOntoSixteenSubAccountsWithoutLosingACent() {
        copy.migrateTo("1");
        UUID source = UUID.randomUUID();
        UUID person = UUID.randomUUID();
        sql("""
                insert into {s}.funding_source (id, code, name, kind, mode, valid_from, valid_until, priority, voucher_valid_days, rules)
                values ('%s', 'oud', 'Oude bron', 'REGIO', 'PER_VOUCHER', '2026-01-01', '2026-12-31', 1, 90, '[]')""", source);
        long funding = id(
                "insert into {s}.ledger_account (kind, source_id, limited) values ('FUNDING', '%s', false) returning id",
                source);
        long payable = id(
                "insert into {s}.ledger_account (kind, source_id, owner_id, limited) values ('PAYABLE', '%s', '%s', false) returning id",
                source, UUID.randomUUID());
        long budget = id("""
                insert into {s}.ledger_account (kind, source_id, year, limited, credits_posted, debits_posted, debits_pending)
                values ('BUDGET', '%s', 2026, true, 1000003, 100000, 250000) returning id""", source);
        sql(
                "insert into {s}.transfer (kind, debit_account, credit_account, amount_cents, business_date) values ('FUND', %d, %d, 1000003, '2026-01-02')",
                funding, budget);
        sql(
                "insert into {s}.account_holder (person_id, name, birth_date, opened_by) values ('%s', 'Oud', '1980-01-01', '%s')",
                person, person);
        voucher(person, source, budget, payable, "ISSUED", 250000);
        voucher(person, source, budget, payable, "REDEEMED", 100000);
        assertThat(new LedgerCheck(jdbc).invariantsBrokenIn(copy.schema))
                .as("the version 1 ledger is sound")
                .isEmpty();

        copy.migrateTo("latest");

        List<long[]> subAccounts = jdbc.sql("""
                select slot, credits_posted, debits_posted, debits_pending, credits_posted - debits_posted - debits_pending
                from {s}.ledger_account where kind = 'BUDGET' and source_id = ? order by slot""".replace("{s}", copy.schema))
                .param(source)
                .query((rs, n) ->
                        new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5)})
                .list();
        assertThat(subAccounts).hasSize(16);
        assertThat(subAccounts.stream().mapToLong(a -> a[4]).sum())
                .as("free money, all of it")
                .isEqualTo(1000003 - 250000 - 100000);
        assertThat(subAccounts.stream().skip(1).mapToLong(a -> a[4]))
                .as("a 16th each")
                .containsOnly(650003L / 16);
        assertThat(subAccounts.getFirst()[3])
                .as("the open reservation stays where it was taken")
                .isEqualTo(250000);
        assertThat(jdbc.sql("select count(*), sum(amount_cents) from {s}.transfer where kind = 'SPLIT'"
                                .replace("{s}", copy.schema))
                        .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)})
                        .single())
                .containsExactly(15L, 15L * (650003 / 16));
        assertThat(new LedgerCheck(jdbc).invariantsBrokenIn(copy.schema))
                .as("every invariant, per sub-account and summed")
                .isEmpty();

        // a settlement after the migration is booked on the sub-account it was reserved from, and the ledger stays
        // sound
        long reserve = id(
                "select reserve_id from {s}.voucher_part p join {s}.voucher v on v.id = p.voucher_id where v.status = 'ISSUED'");
        sql(
                "insert into {s}.transfer (kind, debit_account, credit_account, amount_cents, pending_id, business_date) values ('POST', %d, %d, 250000, %d, '2026-03-01')",
                budget, payable, reserve);
        sql(
                "update {s}.ledger_account set debits_pending = debits_pending - 250000, debits_posted = debits_posted + 250000 where id = %d",
                budget);
        sql("update {s}.voucher set status = 'REDEEMED', settled_on = '2026-03-01' where status = 'ISSUED'");
        assertThat(new LedgerCheck(jdbc).invariantsBrokenIn(copy.schema)).isEmpty();
    }

    @Test
    void theSummedCheckFindsMoneyThatLeftABudgetBetweenSubAccounts() {
        copy.migrateTo("latest");
        UUID source = UUID.randomUUID();
        sql("""
                insert into {s}.funding_source (id, code, name, kind, mode, valid_from, valid_until, priority, voucher_valid_days, rules)
                values ('%s', 'los', 'Losse bron', 'REGIO', 'PER_VOUCHER', '2026-01-01', '2026-12-31', 1, 90, '[]')""", source);
        long funding = id(
                "insert into {s}.ledger_account (kind, source_id, limited) values ('FUNDING', '%s', false) returning id",
                source);
        long a = id(
                "insert into {s}.ledger_account (kind, source_id, year, limited, credits_posted, debits_posted) values ('BUDGET', '%s', 2026, true, 1000, 400) returning id",
                source);
        long b = id(
                "insert into {s}.ledger_account (kind, source_id, year, limited, slot, credits_posted) values ('BUDGET', '%s', 2027, true, 1, 400) returning id",
                source);
        sql(
                "insert into {s}.transfer (kind, debit_account, credit_account, amount_cents, business_date) values ('FUND', %d, %d, 1000, '2026-01-02')",
                funding, a);
        sql(
                "insert into {s}.transfer (kind, debit_account, credit_account, amount_cents, business_date) values ('SPLIT', %d, %d, 400, '2026-01-02')",
                a, b);
        assertThat(new LedgerCheck(jdbc).invariantsBrokenIn(copy.schema))
                .anyMatch(v -> v.contains("(SPLIT) leaves its budget"))
                .anyMatch(v -> v.startsWith("budget of source " + source + " 2027"));
    }

    private void voucher(UUID person, UUID source, long budget, long payable, String status, long cents) {
        UUID voucher = UUID.randomUUID();
        sql(
                """
                insert into {s}.voucher (id, person_id, offer_id, offer_title, provider_id, provider_name, cost_cents, funded_cents, own_cents,
                    status, issued_on, valid_until, settled_on, requested_by, explanation)
                values ('%s', '%s', '%s', 'Cursus', '%s', 'Opleider', %d, %d, 0, '%s', '2026-02-01', '2026-05-01', %s, '%s', '[]')""",
                voucher,
                person,
                UUID.randomUUID(),
                UUID.randomUUID(),
                cents,
                cents,
                status,
                status.equals("ISSUED") ? "null" : "'2026-02-02'",
                person);
        long reserve = id(
                "insert into {s}.transfer (kind, debit_account, credit_account, amount_cents, voucher_id, business_date) values ('RESERVE', %d, %d, %d, '%s', '2026-02-01') returning id",
                budget, payable, cents, voucher);
        sql(
                "insert into {s}.voucher_part (voucher_id, account_id, source_id, amount_cents, reserve_id) values ('%s', %d, '%s', %d, %d)",
                voucher, budget, source, cents, reserve);
        if (status.equals("REDEEMED")) {
            sql(
                    "insert into {s}.transfer (kind, debit_account, credit_account, amount_cents, pending_id, voucher_id, business_date) values ('POST', %d, %d, %d, %d, '%s', '2026-02-02')",
                    budget, payable, cents, reserve, voucher);
        }
    }

    private void sql(String template, Object... args) {
        copy.sql(template, args);
    }

    private long id(String template, Object... args) {
        return copy.id(template, args);
    }

    private String format(String template, Object... args) {
        return copy.format(template, args);
    }
}
