package nl.werkpad.fund;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigInteger;
import java.util.UUID;
import nl.werkpad.shared.Limits;
import nl.werkpad.support.Demo;
import nl.werkpad.support.TestAccounts;
import nl.werkpad.support.TestOrganisations;
import nl.werkpad.support.WerkpadTest;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.transaction.annotation.Transactional;

/** Money has a stated maximum where it enters, and the ledger check answers for anything the ledger can hold. */
@WerkpadTest
class MoneyBoundsTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestAccounts accounts;

    @Autowired
    TestOrganisations organisations;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Fund fund;

    FundFixture f;

    @BeforeEach
    void setUp() {
        f = new FundFixture(mvc, accounts, organisations, jdbc);
    }

    private ResultActions budget(String source, String cents) throws Exception {
        return mvc.perform(post("/api/v1/funding-sources/{id}/budgets", source)
                .with(f.manager.basic())
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"year\": %d, \"amountCents\": %s}".formatted(f.year, cents)));
    }

    @Test
    void aBudgetAboveOneHundredMillionEurosIsRefusedByNameAndTheLedgerStaysSound() throws Exception {
        String source = f.source("GM0344", 50, 0);
        budget(source, Long.toString(Long.MAX_VALUE))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.rule").value("input.money-out-of-range"))
                .andExpect(jsonPath("$.field").value("amountCents"));
        budget(source, Long.toString(Limits.MAX_CENTS + 1)).andExpect(status().isUnprocessableContent());
        budget(source, Long.toString(Limits.MAX_CENTS))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.budgets[0].available").value(Limits.MAX_CENTS));
        mvc.perform(get("/api/v1/fund/ledger/balance-check").with(f.manager.basic()))
                .andExpect(status().isOk());
    }

    @Test
    void anOfferPriceOrACapAboveTheMaximumIsRefused() throws Exception {
        TestOrganisations.Member provider = organisations.provider(
                "Opleider " + UUID.randomUUID().toString().substring(0, 6), "GM0361");
        f.send(post("/api/v1/training-offers"), provider.basic(), """
                {"provider": "%s", "title": "Dure cursus", "level": "MBO_3", "mode": "ONLINE", "durationHours": 40,
                 "durationWeeks": 8, "costCents": 9223372036854775807, "onRegister": true, "status": "PUBLISHED",
                 "skills": ["%s"], "starts": []}""".formatted(
                                provider.organisation().id(), f.skillInNoCollection()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.rule").value("input.money-out-of-range"))
                .andExpect(jsonPath("$.field").value("costCents"));
        f.send(post("/api/v1/funding-sources"), f.manager.basic(), """
                {"code": "t-cap-%s", "name": "Te ruim", "kind": "REGIO", "mode": "PER_VOUCHER", "validFrom": "%d-01-01",
                 "validUntil": "%d-12-31", "rules": [{"type": "max-per-voucher", "cents": 9223372036854775807}]}""".formatted(
                                UUID.randomUUID().toString().substring(0, 8), f.year, f.year))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.rule").value("source.rule-invalid"));
    }

    /**
     * The ledger is append-only, so rows written before the bounds existed can never be repaired: the check must
     * answer for them (here: two transfers of 2^63-1 cents, whose sums do not fit a long), not fail with 500.
     */
    @Test
    @Transactional
    void theLedgerCheckAnswersForRowsWhoseSumsOverflowALong() throws Exception {
        String source = f.source("GM0345", 51, 0);
        long funding = jdbc.sql("select id from fund.ledger_account where kind = 'FUNDING' and source_id = ?::uuid")
                .param(source)
                .query(Long.class)
                .single();
        long payable = jdbc.sql("""
                insert into fund.ledger_account (kind, source_id, owner_id, limited) values ('PAYABLE', ?::uuid, ?, false)
                returning id""")
                .params(source, UUID.randomUUID())
                .query(Long.class)
                .single();
        for (int i = 0; i < 2; i++) {
            jdbc.sql("""
                    insert into fund.transfer (kind, debit_account, credit_account, amount_cents, business_date)
                    values ('FUND', ?, ?, 9223372036854775807, current_date)""").params(funding, payable).update();
        }
        LedgerReport report = fund.checkLedger();
        assertThat(report.postedDebits()).isGreaterThan(BigInteger.valueOf(Long.MAX_VALUE));
        assertThat(report.postedDebits()).isEqualTo(report.postedCredits());
        mvc.perform(get("/api/v1/fund/ledger/balance-check").with(f.manager.basic()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.postedDebits").isNumber());
        mvc.perform(get("/fonds/grootboek").session(Demo.session(mvc, "fondsbeheerder")))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML));
    }

    /**
     * A budget lies on sub-accounts, each within a long: their sum may not be. The overview and the source's budgets
     * sum as SQL numeric (BigInteger), so they show the exact total instead of wrapping round or failing.
     */
    @Test
    @Transactional
    void theOverviewSumsABudgetBeyondALongExactly() throws Exception {
        String source = f.source("GM0346", 52, 0);
        long funding = jdbc.sql("select id from fund.ledger_account where kind = 'FUNDING' and source_id = ?::uuid")
                .param(source)
                .query(Long.class)
                .single();
        for (int slot = 0; slot < 2; slot++) {
            long budget =
                    jdbc.sql("""
                    insert into fund.ledger_account (kind, source_id, year, limited, slot, credits_posted)
                    values ('BUDGET', ?::uuid, ?, true, ?, 9223372036854775807) returning id""").params(source, f.year, slot).query(Long.class).single();
            jdbc.sql("""
                    insert into fund.transfer (kind, debit_account, credit_account, amount_cents, business_date)
                    values ('FUND', ?, ?, 9223372036854775807, current_date)""").params(funding, budget).update();
        }
        BigInteger twice = BigInteger.valueOf(Long.MAX_VALUE).shiftLeft(1);
        assertThat(fund.overview(f.year))
                .filteredOn(o -> o.source().toString().equals(source))
                .singleElement()
                .satisfies(o -> assertThat(o.budget()).isEqualTo(twice))
                .satisfies(o -> assertThat(o.remaining()).isEqualTo(twice));
        mvc.perform(get("/api/v1/fund/overview")
                        .param("year", String.valueOf(f.year))
                        .with(f.manager.basic()))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("\"budget\":" + twice)));
        mvc.perform(get("/api/v1/funding-sources/{id}", source))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("\"available\":" + twice)));
        assertThat(fund.checkLedger().violations())
                .as("two full sub-accounts are a sound ledger")
                .isEmpty();
        var session = Demo.session(mvc, "fondsbeheerder");
        mvc.perform(get("/fonds").param("jaar", String.valueOf(f.year)).session(session))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML));
        mvc.perform(get("/fonds/bronnen/{id}", source).session(session))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML));
    }
}
