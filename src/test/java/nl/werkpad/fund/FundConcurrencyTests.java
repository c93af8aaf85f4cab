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
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import nl.werkpad.access.Role;
import nl.werkpad.access.SignedInUser;
import nl.werkpad.passport.Passports;
import nl.werkpad.shared.NotFound;
import nl.werkpad.shared.RuleViolation;
import nl.werkpad.support.TestAccounts;
import nl.werkpad.support.TestOrganisations;
import nl.werkpad.support.TestResident;
import nl.werkpad.support.WerkpadTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Thousands of issue, redeem and cancel requests at once from 32 threads, with duplicated idempotency keys and
 * two budgets that run out (and fill up again as cancellations release money). Afterwards the ledger must be
 * sound, no voucher redeemed twice, and every accepted request there exactly once.
 */
@WerkpadTest
class FundConcurrencyTests {

    static final int RESIDENTS = 60;
    static final int OFFERS = 12;
    static final int OPERATIONS = 3_000;

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

    record Resident(SignedInUser user, UUID person) {}

    @Test
    void parallelRequestsWithDuplicateKeysNeverOverspendOrDoubleRedeem() throws Exception {
        FundFixture f = new FundFixture(mvc, accounts, organisations, jdbc);
        String municipality = "GM0717";
        String first = f.source(municipality, 1, 2_000_000, "{\"type\": \"max-per-voucher\", \"cents\": 60000}");
        String second = f.source(municipality, 2, 2_000_000);
        var provider = organisations.provider("Drukke opleider", "GM0361");
        SignedInUser providerUser =
                new SignedInUser(provider.accountId(), provider.username(), "Opleider", Set.of(Role.OPLEIDER));
        List<UUID> offers = new ArrayList<>();
        for (int i = 0; i < OFFERS; i++) {
            offers.add(UUID.fromString(f.offer(provider, 100_000, true, f.skillInNoCollection())));
        }
        List<Resident> residents = new ArrayList<>();
        for (int i = 0; i < RESIDENTS; i++) {
            TestResident resident = TestResident.create(accounts, passports, "Gelijktijdig " + i, municipality);
            SignedInUser user = resident.user();
            UUID person = resident.person();
            fund.openAccount(person, new AccountHolder(LocalDate.now().minusYears(35), Set.of()), user);
            residents.add(new Resident(user, person));
        }

        Map<String, Set<UUID>> issuedByKey = new ConcurrentHashMap<>();
        List<UUID> issued = new CopyOnWriteArrayList<>();
        Map<UUID, AtomicInteger> redemptions = new ConcurrentHashMap<>();
        Map<String, AtomicInteger> refusals = new ConcurrentHashMap<>();
        List<Throwable> unexpected = new CopyOnWriteArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(32);
        for (int n = 0; n < OPERATIONS; n++) {
            pool.submit(() -> {
                ThreadLocalRandom random = ThreadLocalRandom.current();
                int dice = random.nextInt(100);
                try {
                    if (dice < 60 || issued.isEmpty()) {
                        int k = random.nextInt(1_500);
                        Resident who = residents.get(k % RESIDENTS);
                        var moved = fund.issue(
                                new VoucherRequest(
                                        who.person(), offers.get((k / RESIDENTS) % OFFERS), null, null, null),
                                "issue-" + k,
                                who.user());
                        issuedByKey
                                .computeIfAbsent("issue-" + k, x -> ConcurrentHashMap.newKeySet())
                                .add(moved.result().id());
                        if (!moved.replayed()) {
                            issued.add(moved.result().id());
                        }
                    } else if (dice < 85) {
                        UUID voucher = issued.get(random.nextInt(issued.size()));
                        var moved = fund.redeem(voucher, "redeem-" + voucher + "-" + random.nextInt(2), providerUser);
                        if (!moved.replayed()) {
                            redemptions
                                    .computeIfAbsent(voucher, x -> new AtomicInteger())
                                    .incrementAndGet();
                        }
                    } else {
                        UUID voucher = issued.get(random.nextInt(issued.size()));
                        Resident owner = residents.stream()
                                .filter(r -> r.person()
                                        .equals(fund.voucher(voucher, providerUser)
                                                .person()))
                                .findFirst()
                                .orElseThrow();
                        fund.cancel(voucher, "cancel-" + voucher + "-" + random.nextInt(2), owner.user());
                    }
                } catch (RuleViolation e) {
                    refusals.computeIfAbsent(e.rule(), x -> new AtomicInteger()).incrementAndGet();
                } catch (NotFound e) {
                    unexpected.add(e);
                } catch (Throwable e) {
                    unexpected.add(e);
                }
            });
        }
        pool.shutdown();
        assertThat(pool.awaitTermination(5, TimeUnit.MINUTES)).isTrue();

        assertThat(unexpected).as("only named refusals, no errors").isEmpty();
        assertThat(refusals.keySet())
                .as("budgets ran out and moves were refused by name")
                .contains("budget", "voucher.already-redeemed");
        LedgerReport report = fund.checkLedger();
        assertThat(report.violations()).isEmpty();
        assertThat(report.postedDebits()).isEqualTo(report.postedCredits());
        assertThat(issuedByKey.values())
                .as("a key always answers with the same voucher")
                .allMatch(ids -> ids.size() == 1);
        assertThat(redemptions.values()).as("no voucher redeemed twice").allMatch(count -> count.get() == 1);

        List<UUID> stored = jdbc.sql("select id from fund.voucher where person_id = any(?)")
                .param(residents.stream().map(Resident::person).toArray(UUID[]::new))
                .query(UUID.class)
                .list();
        assertThat(stored).as("every accepted issue exactly once").containsExactlyInAnyOrderElementsOf(issued);
        long redeemed = jdbc.sql("select count(*) from fund.voucher where status = 'REDEEMED' and id = any(?)")
                .param(issued.toArray(UUID[]::new))
                .query(Long.class)
                .single();
        assertThat(redeemed).isEqualTo(redemptions.size());
        for (String source : List.of(first, second)) {
            long live = jdbc.sql("""
                    select coalesce(sum(p.amount_cents), 0) from fund.voucher_part p join fund.voucher v on v.id = p.voucher_id
                    where p.source_id = ?::uuid and v.status in ('ISSUED', 'REDEEMED')""").param(source).query(Long.class).single();
            assertThat(f.free(source))
                    .as("free + live = budget")
                    .isEqualTo(2_000_000 - live)
                    .isGreaterThanOrEqualTo(0);
        }
        assertThat(fund.vouchers(new VoucherFilter(null, null, null, null, 1000), providerUser))
                .allMatch(v -> v.funded() + v.own() == 100_000
                        && v.parts().stream().mapToLong(Voucher.Part::amount).sum() == v.funded());
    }
}
