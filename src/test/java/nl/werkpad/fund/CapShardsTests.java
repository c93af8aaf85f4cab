package nl.werkpad.fund;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import nl.werkpad.access.SignedInUser;
import nl.werkpad.passport.Passports;
import nl.werkpad.shared.RuleViolation;
import nl.werkpad.support.TestAccounts;
import nl.werkpad.support.TestOrganisations;
import nl.werkpad.support.TestResident;
import nl.werkpad.support.WerkpadTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A provider's yearly cap lies on 16 shard rows, each with its share (docs/fund.md, "Caps on shards"). Many vouchers at
 * one provider at once, from 16 threads: exactly as many are issued as the cap holds — never one more, and none
 * refused while it had room, also when no single shard has room for a voucher and it must draw from several.
 */
@WerkpadTest
class CapShardsTests {

    static final long PRICE = 10_000;

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

    @Autowired
    Passports passports;

    @Autowired
    TransactionTemplate tx;

    record Resident(SignedInUser user, UUID person) {}

    record Outcome(List<Voucher> issued, Map<String, AtomicInteger> refusals, List<Throwable> unexpected) {}

    @Test
    void concurrentVouchersFillAProvidersCapExactlyAndNeverPastIt() throws Exception {
        // shares of 20,000: two vouchers fit each shard, 32 the cap; 60 asked for at once
        Scenario s = scenario("GM0153", "Gedeelde opleider", 32 * PRICE, 20, 3);
        Outcome outcome = issueAll(s);

        assertThat(outcome.unexpected()).as("only named refusals, no errors").isEmpty();
        assertThat(outcome.issued()).hasSize(32);
        assertThat(outcome.refusals()).containsOnlyKeys("max-per-provider-year");
        assertThat(outcome.refusals().get("max-per-provider-year")).hasValue(60 - 32);
        assertThat(used(s.provider())).isEqualTo(32 * PRICE);
        assertThat(fund.checkLedger().violations()).isEmpty();

        // a cancelled voucher gives its room back: one more fits, and then none
        Voucher first = outcome.issued().getFirst();
        Resident owner = s.residents().stream()
                .filter(r -> r.person().equals(first.person()))
                .findFirst()
                .orElseThrow();
        fund.cancel(first.id(), "cancel-" + first.id(), owner.user());
        assertThat(used(s.provider())).isEqualTo(31 * PRICE);
        Resident another = s.residents().getLast();
        assertThat(fund.issue(new VoucherRequest(first.person(), first.offer(), null, null, 0L), "again", owner.user())
                        .result()
                        .funded())
                .isEqualTo(PRICE);
        assertThat(used(s.provider())).isEqualTo(32 * PRICE);
        assertThat(refusal(() -> fund.issue(
                        new VoucherRequest(another.person(), s.extraOffer(), null, null, 0L), "past", another.user())))
                .isEqualTo("max-per-provider-year");
        assertThat(fund.checkLedger().violations()).isEmpty();
    }

    @Test
    void aCapWhoseSharesAreEachTooSmallStillPaysUntilItIsFull() throws Exception {
        // shares of 6,250: no shard alone has room for a voucher of 10,000, so each draws from two; 10 fit
        Scenario s = scenario("GM0193", "Kleine opleider", 10 * PRICE, 6, 2);
        Outcome outcome = issueAll(s);

        assertThat(outcome.unexpected()).isEmpty();
        assertThat(outcome.issued()).hasSize(10);
        assertThat(outcome.refusals().get("max-per-provider-year")).hasValue(2);
        assertThat(used(s.provider())).isEqualTo(10 * PRICE);
        assertThat(jdbc.sql("select count(*) from fund.usage_shard where subject_id = ? and used_cents > 0")
                        .param(s.provider())
                        .query(Integer.class)
                        .single())
                .as("spread over all 16 shards")
                .isEqualTo(16);
        assertThat(fund.checkLedger().violations()).isEmpty();
    }

    @Test
    void theLedgerCheckFindsAShardThatDisagreesWithTheLiveVouchers() throws Exception {
        Scenario s = scenario("GM0202", "Controle-opleider", 4 * PRICE, 2, 1);
        assertThat(issueAll(s).issued()).isNotEmpty();
        // the tampering and the check in one transaction that is rolled back: the shared database stays sound
        tx.executeWithoutResult(status -> {
            status.setRollbackOnly();
            jdbc.sql("""
                    update fund.usage_shard set used_cents = used_cents - 1
                    where subject_id = ? and shard = (select min(shard) from fund.usage_shard where subject_id = ? and used_cents > 0)""").params(s.provider(), s.provider()).update();
            assertThat(fund.checkLedger().violations())
                    .anyMatch(v -> v.startsWith("usage PROVIDER " + s.provider()) && v.contains("kept"));
        });
        assertThat(fund.checkLedger().violations()).isEmpty();
    }

    record Scenario(UUID provider, List<Resident> residents, List<UUID> offers, UUID extraOffer) {}

    private Scenario scenario(String municipality, String name, long cap, int residentCount, int offerCount)
            throws Exception {
        FundFixture f = new FundFixture(mvc, accounts, organisations, jdbc);
        f.source(municipality, 1, 10_000_000, "{\"type\": \"max-per-provider-year\", \"cents\": " + cap + "}");
        var provider = organisations.provider(name, "GM0361");
        List<UUID> offers = new ArrayList<>();
        for (int i = 0; i <= offerCount; i++) {
            offers.add(UUID.fromString(f.offer(provider, PRICE, true, f.skillInNoCollection())));
        }
        List<Resident> residents = new ArrayList<>();
        for (int i = 0; i < residentCount; i++) {
            TestResident resident = TestResident.create(accounts, passports, name + " deelnemer " + i, municipality);
            fund.openAccount(
                    resident.person(), new AccountHolder(LocalDate.now().minusYears(35), Set.of()), resident.user());
            residents.add(new Resident(resident.user(), resident.person()));
        }
        return new Scenario(provider.organisation().id(), residents, offers.subList(0, offerCount), offers.getLast());
    }

    /** Every resident asks a voucher for every offer, all at once; nothing of it may be paid by the resident. */
    private Outcome issueAll(Scenario s) throws InterruptedException {
        List<Voucher> issued = new CopyOnWriteArrayList<>();
        Map<String, AtomicInteger> refusals = new ConcurrentHashMap<>();
        List<Throwable> unexpected = new CopyOnWriteArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(16);
        for (Resident r : s.residents()) {
            for (UUID offer : s.offers()) {
                pool.submit(() -> {
                    try {
                        issued.add(fund.issue(
                                        new VoucherRequest(r.person(), offer, null, null, 0L),
                                        "cap-" + offer + "-" + r.person(),
                                        r.user())
                                .result());
                    } catch (RuleViolation e) {
                        refusals.computeIfAbsent(e.rule(), x -> new AtomicInteger())
                                .incrementAndGet();
                    } catch (Throwable e) {
                        unexpected.add(e);
                    }
                });
            }
        }
        pool.shutdown();
        assertThat(pool.awaitTermination(5, TimeUnit.MINUTES)).isTrue();
        return new Outcome(issued, refusals, unexpected);
    }

    private long used(UUID provider) {
        return jdbc.sql("select coalesce(sum(used_cents), 0) from fund.usage_shard where subject_id = ?")
                .param(provider)
                .query(Long.class)
                .single();
    }

    private static String refusal(Runnable move) {
        try {
            move.run();
            return "issued";
        } catch (RuleViolation e) {
            return e.rule();
        }
    }
}
