package nl.werkpad.fund;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.werkpad.access.Role;
import nl.werkpad.access.SignedInUser;
import nl.werkpad.support.TestAccounts;
import nl.werkpad.support.TestOrganisations;
import nl.werkpad.support.WerkpadTest;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

@WerkpadTest
class FundApiTests {

    static final LocalDate ADULT = LocalDate.now().minusYears(40);

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
    TestOrganisations.Member provider;

    @BeforeEach
    void setUp() {
        f = new FundFixture(mvc, accounts, organisations, jdbc);
        provider = organisations.provider(
                "Opleider " + UUID.randomUUID().toString().substring(0, 6), "GM0361");
    }

    private long count(String sql, Object... params) {
        return jdbc.sql(sql).params(params).query(Long.class).single();
    }

    @Test
    void theSplitIsExplainedBeforeConfirmingAndTheProvincePaysAtMostHalf() throws Exception {
        String region = f.source("GM0654", 1, 1_000_000, "{\"type\": \"max-per-voucher\", \"cents\": 60000}");
        String province = f.source(
                "GM0654",
                2,
                5_000_000,
                "{\"type\": \"max-share\", \"percent\": 50}",
                "{\"type\": \"own-contribution\", \"minCents\": 0, \"minPercent\": 10}");
        var resident = f.resident("GM0654", "JOB_SEEKER", ADULT);
        String offer = f.offer(provider, 200_000, true, f.skillInNoCollection());

        String quote = f.quote(resident.account().basic(), resident.person(), offer, null)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.split.cost").value(200_000))
                .andReturn()
                .getResponse()
                .getContentAsString();
        // own contribution 10% = 20,000; region pays its cap 60,000; the province 50% at most = 100,000; the rest is
        // own
        assertThat(amount(quote, region)).isEqualTo(60_000);
        assertThat(amount(quote, province)).isEqualTo(100_000);
        assertThat((Integer) JsonPath.read(quote, "$.split.own")).isEqualTo(40_000);
        List<String> provinceRules =
                JsonPath.read(quote, "$.split.parts[?(@.source == '" + province + "')].checks[*].rule");
        assertThat(provinceRules).contains("residence", "max-share", "own-contribution", "budget");
        assertThat(f.free(region)).as("a quote reserves nothing").isEqualTo(1_000_000);

        String voucher = f.voucher(resident.account().basic(), "k1", resident.person(), offer, "\"maxOwnCents\": 40000")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("ISSUED"))
                .andExpect(jsonPath("$.funded").value(160_000))
                .andExpect(jsonPath("$.own").value(40_000))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(f.free(region)).isEqualTo(940_000);
        assertThat(f.free(province)).isEqualTo(4_900_000);
        assertThat((String) JsonPath.read(voucher, "$.holderName"))
                .isEqualTo(resident.account().displayName());
    }

    private static int amount(String quote, String source) {
        List<Integer> amounts = JsonPath.read(quote, "$.split.parts[?(@.source == '" + source + "')].amount");
        return amounts.getFirst();
    }

    @Test
    void aRepeatedIdempotencyKeyReturnsTheFirstVoucherAndMovesMoneyOnce() throws Exception {
        String source = f.source("GM0664", 1, 500_000);
        var resident = f.resident("GM0664", "EMPLOYED", ADULT);
        String offer = f.offer(provider, 100_000, true, f.skillInNoCollection());
        String first = JsonPath.read(
                f.voucher(resident.account().basic(), "same", resident.person(), offer, null)
                        .andExpect(status().isCreated())
                        .andReturn()
                        .getResponse()
                        .getContentAsString(),
                "$.id");
        f.voucher(resident.account().basic(), "same", resident.person(), offer, null)
                .andExpect(status().isOk())
                .andExpect(header().string("Idempotent-Replayed", "true"))
                .andExpect(jsonPath("$.id").value(first));
        assertThat(f.free(source)).isEqualTo(400_000);
        f.voucher(
                        resident.account().basic(),
                        "same",
                        resident.person(),
                        f.offer(provider, 5_000, true, f.skillInNoCollection()),
                        null)
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.rule").value("idempotency.key-reused"));
        f.voucher(resident.account().basic(), "other", resident.person(), offer, null)
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.rule").value("voucher.one-live-per-offer"));
        f.voucher(resident.account().basic(), "", resident.person(), offer, null)
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.rule").value("idempotency.key-required"));
        assertThat(count("select count(*) from fund.voucher where person_id = ?::uuid", resident.person()))
                .isEqualTo(1);
    }

    @Test
    void refusalsNameTheRuleAndReserveNothing() throws Exception {
        String young = f.source("GM0677", 1, 100_000, "{\"type\": \"age\", \"min\": 18, \"max\": 30}");
        var older = f.resident("GM0677", "JOB_SEEKER", ADULT);
        String offer = f.offer(provider, 80_000, true, f.skillInNoCollection());
        f.voucher(older.account().basic(), "a", older.person(), offer, null)
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.rule").value("age"))
                .andExpect(jsonPath("$.sources[?(@.source == '" + young + "')].limitBy")
                        .value("age"));

        var youngOne = f.resident("GM0677", "JOB_SEEKER", LocalDate.now().minusYears(20));
        var youngTwo = f.resident("GM0677", "JOB_SEEKER", LocalDate.now().minusYears(22));
        f.voucher(youngOne.account().basic(), "b", youngOne.person(), offer, null)
                .andExpect(status().isCreated());
        assertThat(f.free(young)).isEqualTo(20_000);
        f.voucher(youngTwo.account().basic(), "c", youngTwo.person(), offer, "\"maxOwnCents\": 0")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.rule").value("voucher.own-above-accepted"));
        String exhausting = f.offer(provider, 20_000, true, f.skillInNoCollection());
        f.voucher(youngTwo.account().basic(), "d", youngTwo.person(), exhausting, null)
                .andExpect(status().isCreated());
        f.voucher(youngTwo.account().basic(), "e", youngTwo.person(), offer, null)
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.rule").value("budget"));
        assertThat(f.free(young)).isZero();
        assertThat(count("select count(*) from fund.voucher where person_id = ?::uuid", older.person()))
                .isZero();
        assertThat(count("select count(*) from fund.voucher where person_id = ?::uuid", youngTwo.person()))
                .isEqualTo(1);
    }

    @Test
    void onlyTheOwnProviderRedeemsOnceAndARedeemedVoucherCannotBeCancelled() throws Exception {
        String source = f.source("GM0678", 1, 300_000);
        var resident = f.resident("GM0678", "EMPLOYED_AT_RISK", ADULT);
        String offer = f.offer(provider, 100_000, true, f.skillInNoCollection());
        String voucher = JsonPath.read(
                f.voucher(resident.account().basic(), "v", resident.person(), offer, null)
                        .andReturn()
                        .getResponse()
                        .getContentAsString(),
                "$.id");
        var other = organisations.provider("Andere opleider", "GM0361");
        f.move(other.basic(), voucher, "redemption", "r0")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.rule").value("voucher.other-provider"));
        mvc.perform(get("/api/v1/vouchers")
                        .param("provider", provider.organisation().id().toString())
                        .with(other.basic()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(0));
        f.move(provider.basic(), voucher, "redemption", "r1")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("REDEEMED"));
        f.move(provider.basic(), voucher, "redemption", "r1")
                .andExpect(status().isOk())
                .andExpect(header().string("Idempotent-Replayed", "true"));
        f.move(provider.basic(), voucher, "redemption", "r2")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.rule").value("voucher.already-redeemed"));
        f.move(resident.account().basic(), voucher, "cancellation", "c1")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.rule").value("voucher.already-redeemed"));
        assertThat(f.free(source)).isEqualTo(200_000);
        mvc.perform(get("/api/v1/fund/statements")
                        .with(provider.basic())
                        .param("provider", provider.organisation().id().toString())
                        .param("from", LocalDate.now().minusDays(1).toString())
                        .param("to", LocalDate.now().toString()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.lines[0].voucher").value(voucher))
                .andExpect(jsonPath("$.lines[0].amount").value(100_000));
    }

    @Test
    void cancellingAndExpiringReleaseTheMoneyAndTheCaps() throws Exception {
        String source = f.source("GM0687", 1, 1_000_000, "{\"type\": \"max-per-person-year\", \"cents\": 150000}");
        var resident = f.resident("GM0687", "JOB_SEEKER", ADULT);
        String first = f.offer(provider, 100_000, true, f.skillInNoCollection());
        String second = f.offer(provider, 100_000, true, f.skillInNoCollection());
        String third = f.offer(provider, 100_000, true, f.skillInNoCollection());
        String v1 = JsonPath.read(
                f.voucher(resident.account().basic(), "1", resident.person(), first, null)
                        .andExpect(jsonPath("$.funded").value(100_000))
                        .andReturn()
                        .getResponse()
                        .getContentAsString(),
                "$.id");
        String v2 = JsonPath.read(
                f.voucher(resident.account().basic(), "2", resident.person(), second, null)
                        .andExpect(jsonPath("$.funded").value(50_000))
                        .andReturn()
                        .getResponse()
                        .getContentAsString(),
                "$.id");
        f.voucher(resident.account().basic(), "3", resident.person(), third, null)
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.rule").value("max-per-person-year"));
        assertThat(f.free(source)).isEqualTo(850_000);

        f.move(resident.account().basic(), v1, "cancellation", "c")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("CANCELLED"));
        assertThat(f.free(source)).isEqualTo(950_000);
        f.voucher(resident.account().basic(), "4", resident.person(), third, null)
                .andExpect(jsonPath("$.funded").value(100_000));

        Voucher due = fund
                .vouchers(new VoucherFilter(null, UUID.fromString(resident.person()), null, null, 10), fundManager())
                .stream()
                .filter(v -> v.id().toString().equals(v2))
                .findFirst()
                .orElseThrow();
        fund.expireDue(due.validUntil().plusDays(1));
        mvc.perform(get("/api/v1/vouchers/{id}", v2).with(resident.account().basic()))
                .andExpect(jsonPath("$.status").value("EXPIRED"));
        assertThat(f.free(source)).isEqualTo(1_000_000);
        assertThat(fund.checkLedger().violations()).isEmpty();
    }

    @Test
    void perProviderCapsStopOneProviderDrainingASource() throws Exception {
        f.source("GM0703", 1, 10_000_000, "{\"type\": \"max-per-provider-year\", \"cents\": 150000}");
        String offer = f.offer(provider, 100_000, true, f.skillInNoCollection());
        var a = f.resident("GM0703", "JOB_SEEKER", ADULT);
        var b = f.resident("GM0703", "JOB_SEEKER", ADULT);
        var c = f.resident("GM0703", "JOB_SEEKER", ADULT);
        f.voucher(a.account().basic(), "a", a.person(), offer, null)
                .andExpect(jsonPath("$.funded").value(100_000));
        f.voucher(b.account().basic(), "b", b.person(), offer, null)
                .andExpect(jsonPath("$.funded").value(50_000));
        f.voucher(c.account().basic(), "c", c.person(), offer, null)
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.rule").value("max-per-provider-year"));
    }

    @Test
    void aSourceForDigitalSkillsPaysOnlyForTrainingThatTeachesThem() throws Exception {
        f.source("GM1676", 1, 10_000_000, "{\"type\": \"skill-collection\", \"collection\": \"digital\"}");
        String digital = f.offer(provider, 50_000, true, f.skillIn("digital"));
        String other = f.offer(provider, 50_000, true, f.skillInNoCollection());
        var resident = f.resident("GM1676", "JOB_SEEKER", ADULT);
        f.voucher(resident.account().basic(), "digital", resident.person(), digital, null)
                .andExpect(jsonPath("$.funded").value(50_000));
        f.voucher(resident.account().basic(), "other", resident.person(), other, null)
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.rule").value("skill-collection"));
    }

    @Test
    void aYearlyAllowanceIsOnTheAccountAndPaysFirst() throws Exception {
        String allowance = f.source("GM0715", 1, 1_000_000, "ALLOWANCE", 75_000L);
        var resident = f.resident("GM0715", "EMPLOYED", ADULT);
        mvc.perform(get("/api/v1/persons/{id}/development-account", resident.person())
                        .with(resident.account().basic()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.lines[?(@.source == '" + allowance + "')].available")
                        .value(75_000))
                .andExpect(jsonPath("$.lines[?(@.source == '" + allowance + "')].expiring")
                        .value(75_000));
        assertThat(f.free(allowance)).isEqualTo(925_000);
        String offer = f.offer(provider, 100_000, true, f.skillInNoCollection());
        f.voucher(resident.account().basic(), "x", resident.person(), offer, null)
                .andExpect(jsonPath("$.funded").value(75_000))
                .andExpect(jsonPath("$.own").value(25_000));
        mvc.perform(get("/api/v1/persons/{id}/development-account", resident.person())
                        .with(resident.account().basic()))
                .andExpect(jsonPath("$.lines[?(@.source == '" + allowance + "')].available")
                        .value(0))
                .andExpect(jsonPath("$.lines[?(@.source == '" + allowance + "')].reserved")
                        .value(75_000))
                .andExpect(jsonPath("$.lines[?(@.source == '" + allowance + "')].spent")
                        .value(0));
    }

    @Test
    void anEmployerAsksForItsEmployeeWithConsentAndPaysTheRest() throws Exception {
        var employer = organisations.employer("Metaal Opmeer", "GM0654");
        String sector = f.source(
                "GM0716",
                1,
                1_000_000,
                "{\"type\": \"employer-sector\", \"sections\": [\"C\"]}",
                "{\"type\": \"max-share\", \"percent\": 60}");
        var employee = f.resident("GM0716", "EMPLOYED", ADULT);
        String offer = f.offer(provider, 100_000, true, f.skillInNoCollection());
        f.quote(
                        employer.basic(),
                        employee.person(),
                        offer,
                        "\"employer\": \"" + employer.organisation().id() + "\"")
                .andExpect(status().isNotFound());
        mvc.perform(MockMvcRequestBuilders.put(
                                "/api/v1/persons/{id}/development-account/employers/{org}",
                                employee.person(),
                                employer.organisation().id())
                        .with(employee.account().basic()))
                .andExpect(status().isNoContent());
        f.voucher(
                        employer.basic(),
                        "m",
                        employee.person(),
                        offer,
                        "\"employer\": \"" + employer.organisation().id() + "\"")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.funded").value(60_000))
                .andExpect(jsonPath("$.own").value(40_000))
                .andExpect(jsonPath("$.employer")
                        .value(employer.organisation().id().toString()));
        f.voucher(
                        employee.account().basic(),
                        "self",
                        employee.person(),
                        f.offer(provider, 10_000, true, f.skillInNoCollection()),
                        null)
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.rule").value("employer-sector"));
        assertThat(f.free(sector)).isEqualTo(940_000);
    }

    @Test
    void theBalanceCheckIsForAdministratorsAndSound() throws Exception {
        mvc.perform(get("/api/v1/fund/ledger/balance-check").with(f.manager.basic()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.violations.length()").value(0))
                .andExpect(jsonPath("$.invariantsChecked.length()").value(Matchers.greaterThan(5)));
        var resident = accounts.with(Role.INWONER, "Nieuwsgierig");
        mvc.perform(get("/api/v1/fund/ledger/balance-check").with(resident.basic()))
                .andExpect(status().isForbidden());
    }

    @Test
    void badSourcesAreRefusedByField() throws Exception {
        f.send(MockMvcRequestBuilders.post("/api/v1/funding-sources"), f.manager.basic(), """
                {"code": "x-bad-share", "name": "Fout", "kind": "PROVINCIE", "mode": "PER_VOUCHER", "validFrom": "2026-01-01",
                 "validUntil": "2026-12-31", "rules": [{"type": "max-share", "percent": 150}]}""")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.rule").value("source.rule-invalid"));
        f.send(MockMvcRequestBuilders.post("/api/v1/funding-sources"), f.manager.basic(), """
                {"code": "x-bad-dates", "name": "Fout", "kind": "PROVINCIE", "mode": "PER_VOUCHER", "validFrom": "2026-01-01",
                 "validUntil": "2025-12-31", "rules": []}""")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.rule").value("source.validity-invalid"));
        assertThat(count("select count(*) from fund.funding_source where code like 'x-bad-%'"))
                .isZero();
    }

    private SignedInUser fundManager() {
        return new SignedInUser(f.manager.id(), f.manager.username(), "Fondsbeheerder", Set.of(Role.FONDSBEHEERDER));
    }
}
