package nl.werkpad.fund;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.werkpad.monitor.Flow;
import nl.werkpad.monitor.Monitor;
import nl.werkpad.regions.Municipality;
import nl.werkpad.regions.Regions;
import nl.werkpad.support.TestAccounts;
import nl.werkpad.support.TestOrganisations;
import nl.werkpad.support.WerkpadTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The monitor counts every voucher move on one of several rows per counter (docs/monitor.md, "Flows"), so that
 * vouchers of one source do not queue on one row: the moves land on more than one row, and what the monitor shows is
 * still the sum of them all, for the region, the province and the country.
 */
@WerkpadTest
class VoucherFlowShardsTests {

    /** Apeldoorn: no other test's source pays there, and the flows are keyed by this test's own source. */
    static final String APELDOORN = "GM0200";

    static final int VOUCHERS = 12;
    static final long COST = 90_000;

    @Autowired
    MockMvc mvc;

    @Autowired
    TestAccounts accounts;

    @Autowired
    TestOrganisations organisations;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Monitor monitor;

    @Autowired
    Regions regions;

    @Test
    void voucherMovesLandOnSeveralRowsAndTheMonitorShowsTheirSum() throws Exception {
        FundFixture f = new FundFixture(mvc, accounts, organisations, jdbc);
        var provider = organisations.provider(
                "Opleider Apeldoorn " + UUID.randomUUID().toString().substring(0, 6), "GM0361");
        String source = f.source(APELDOORN, 1, 10_000_000);
        String offer = f.offer(provider, COST, true, f.skillInNoCollection());
        for (int i = 0; i < VOUCHERS; i++) {
            var resident = f.resident(APELDOORN, "JOB_SEEKER", LocalDate.now().minusYears(30));
            String voucher = JsonPath.read(
                    f.voucher(resident.account().basic(), "v" + i, resident.person(), offer, null)
                            .andExpect(status().isCreated())
                            .andReturn()
                            .getResponse()
                            .getContentAsString(),
                    "$.id");
            f.move(provider.basic(), voucher, "redemption", "r" + i).andExpect(status().isOk());
        }

        Municipality apeldoorn = regions.municipality(APELDOORN).orElseThrow();
        for (String area : List.of(
                "NL",
                apeldoorn.province().code(),
                apeldoorn.labourMarketRegion().code())) {
            for (String measure : List.of("voucher.issued", "voucher.redeemed")) {
                List<long[]> rows = jdbc.sql(
                                "select count, total from monitor.flow where area = ? and measure = ? and key = ?")
                        .params(area, measure, source)
                        .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)})
                        .list();
                assertThat(rows).as("%s %s on more than one row", area, measure).hasSizeGreaterThan(1);
                assertThat(rows.stream().mapToLong(r -> r[0]).sum()).isEqualTo(VOUCHERS);
                assertThat(rows.stream().mapToLong(r -> r[1]).sum()).isEqualTo(VOUCHERS * COST);
                Flow shown = monitor.flows(area, LocalDate.now().minusDays(7), LocalDate.now()).stream()
                        .filter(flow ->
                                flow.measure().equals(measure) && flow.key().equals(source))
                        .findFirst()
                        .orElseThrow();
                assertThat(shown.count())
                        .as("%s %s as the monitor shows it", area, measure)
                        .isEqualTo(VOUCHERS);
                assertThat(shown.total()).isEqualTo(VOUCHERS * COST);
            }
        }
    }
}
