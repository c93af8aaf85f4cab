package nl.werkpad.benchmark;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import nl.werkpad.access.Role;
import nl.werkpad.access.SignedInUser;
import nl.werkpad.fund.AccountHolder;
import nl.werkpad.fund.Fund;
import nl.werkpad.fund.FundingSource;
import nl.werkpad.fund.FundingSourceInput;
import nl.werkpad.fund.VoucherRequest;
import nl.werkpad.fund.domain.CapShares;
import nl.werkpad.fund.domain.FundingRule;
import nl.werkpad.fund.domain.SourceMode;
import nl.werkpad.fund.domain.SubAccounts;
import nl.werkpad.monitor.persistence.FlowStore;
import nl.werkpad.passport.LabourMarketStatus;
import nl.werkpad.passport.PassportInput;
import nl.werkpad.passport.Passports;
import nl.werkpad.privacy.Consent;
import nl.werkpad.privacy.Consents;
import nl.werkpad.privacy.Purpose;
import nl.werkpad.shared.Limits;
import nl.werkpad.support.OwnDatabase;
import nl.werkpad.support.TestAccounts;
import nl.werkpad.support.TestOrganisations;
import nl.werkpad.support.TestResident;
import nl.werkpad.training.OfferStart;
import nl.werkpad.training.TrainingLevel;
import nl.werkpad.training.TrainingMode;
import nl.werkpad.training.TrainingOffers;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Vouchers issued and redeemed per second by 64 concurrent clients at the fund's service boundary (the same
 * transactions the API runs, without HTTP), next to the raw limit of the same embedded PostgreSQL for the same
 * row writes per voucher: a pgbench custom script with the inserts and the hot budget-row update of an issue
 * and a redemption. Needs {@code pgbench} on the PATH (or -Dbench.pgbench). Run with {@code ./werkpad benchmark}.
 */
@Tag("benchmark")
@SpringBootTest
@ActiveProfiles("test")
@Import({TestAccounts.class, TestOrganisations.class})
class FundBenchmark {

    private static final int CLIENTS = 64;
    private static final int PERSONS = Integer.getInteger("bench.persons", 2_000);
    private static final int OFFERS = 200;
    private static final int SECONDS = Integer.getInteger("bench.seconds", 60);
    private static final int WARMUP = Integer.getInteger("bench.warmup", 30);

    @DynamicPropertySource
    static void ownDatabase(DynamicPropertyRegistry registry) {
        OwnDatabase.in(registry);
        // the pool a node has by default (twice the cores plus one), not the test profile's: 64 clients share it, as a
        // node's requests do. One connection per client, like pgbench's, made the 2 cores switch between 64 backends:
        // 200 vouchers a second where the default pool of 5 did about 400 (docs/benchmarks.md)
        registry.add("werkpad.db.pool-size", () -> System.getProperty("bench.pool", "0"));
    }

    @Autowired
    Fund fund;

    @Autowired
    Passports passports;

    @Autowired
    Consents consents;

    @Autowired
    TrainingOffers offers;

    @Autowired
    TestAccounts accounts;

    @Autowired
    TestOrganisations organisations;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DataSource dataSource;

    @Test
    void vouchersIssuedAndRedeemedPerSecond() throws Exception {
        int year = LocalDate.now().getYear();
        var managerAccount = accounts.with(Role.FONDSBEHEERDER, "Benchmark");
        SignedInUser manager = new SignedInUser(
                managerAccount.id(), managerAccount.username(), "Benchmark", Set.of(Role.FONDSBEHEERDER));
        FundingSource source = fund.register(
                new FundingSourceInput(
                        "bench",
                        "Benchmark",
                        FundingSource.SourceKind.REGIO,
                        SourceMode.PER_VOUCHER,
                        null,
                        12,
                        LocalDate.of(year, 1, 1),
                        LocalDate.of(year, 12, 31),
                        1,
                        180,
                        // caps per person and per provider, as the demo's regional fund has: every voucher counts
                        // under both (the provider's on shards), and they never run out here
                        List.of(
                                // Utrecht, where none of the demo region's sources pays: every voucher has one part,
                                // paid from this source's budget, as the pgbench script below writes it
                                new FundingRule.Residence(null, null, List.of("PV26")),
                                new FundingRule.MaxShare(90),
                                new FundingRule.MaxPerPersonYear(Limits.MAX_CENTS),
                                new FundingRule.MaxPerProviderYear(Limits.MAX_CENTS)),
                        null),
                manager);
        fund.addBudget(source.id(), year, Limits.MAX_CENTS, "bench-budget", manager); // 1.1 million vouchers

        var provider = organisations.provider("Benchmark-opleider", "GM0344");
        SignedInUser providerUser =
                new SignedInUser(provider.accountId(), provider.username(), "Opleider", Set.of(Role.OPLEIDER));
        String skill = jdbc.sql(
                        "select id from taxonomy.skill where concept_type = 'KnowledgeSkillCompetence' order by id limit 1")
                .query(String.class)
                .single();
        List<TrainingOffers.BulkOffer> bulk = new ArrayList<>();
        for (int i = 0; i < OFFERS; i++) {
            bulk.add(new TrainingOffers.BulkOffer(
                    provider.organisation().id(),
                    "Cursus " + i,
                    TrainingLevel.COURSE,
                    TrainingMode.ONLINE,
                    null,
                    8,
                    1,
                    10_000 + i,
                    true,
                    List.of(skill),
                    List.of(new OfferStart(LocalDate.now().plusDays(30), 20))));
        }
        offers.publishAll(bulk);
        List<UUID> offerIds = jdbc.sql("select id from training.offer where provider_id = ?")
                .param(provider.organisation().id())
                .query(UUID.class)
                .list();

        var advisorAccount = accounts.with(Role.ADVISEUR, "Benchmark-adviseur");
        SignedInUser advisor =
                new SignedInUser(advisorAccount.id(), advisorAccount.username(), "Adviseur", Set.of(Role.ADVISEUR));
        List<PassportInput> people = new ArrayList<>();
        for (int i = 0; i < PERSONS; i++) {
            people.add(TestResident.passport("Deelnemer " + i, "GM0344", 30, LabourMarketStatus.JOB_SEEKER));
        }
        List<UUID> persons = passports.createAll(people, advisor.accountId());
        consents.giveAll(
                persons.stream()
                        .map(p -> new Consent(p, Purpose.ADVISOR, advisor.accountId(), null))
                        .toList(),
                advisor.accountId());
        for (UUID person : persons) {
            fund.openAccount(person, new AccountHolder(LocalDate.of(1980, 1, 1), Set.of()), advisor);
        }

        AtomicLong pairs = new AtomicLong();
        ConcurrentLinkedQueue<Double> latencies = new ConcurrentLinkedQueue<>();
        AtomicLong done = new AtomicLong();
        AtomicBoolean measuring = new AtomicBoolean();
        AtomicBoolean stop = new AtomicBoolean();
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        for (int c = 0; c < CLIENTS; c++) {
            pool.submit(() -> {
                while (!stop.get()) {
                    long n = pairs.getAndIncrement();
                    UUID person = persons.get((int) (n % PERSONS));
                    UUID offer = offerIds.get((int) ((n / PERSONS) % OFFERS));
                    long start = System.nanoTime();
                    var voucher = fund.issue(new VoucherRequest(person, offer, null, null, null), "i" + n, advisor)
                            .result();
                    fund.redeem(voucher.id(), "r" + n, providerUser);
                    if (measuring.get()) {
                        latencies.add((System.nanoTime() - start) / 1e6);
                        done.incrementAndGet();
                    }
                }
                return null;
            });
        }
        // long enough for the JIT compiler to finish with the hot paths (it still took a tenth of the CPU after 10 s)
        Thread.sleep(WARMUP * 1000L);
        String loadAtStart = Files.readString(Path.of("/proc/loadavg")).strip();
        measuring.set(true);
        long started = System.nanoTime();
        Thread.sleep(SECONDS * 1000L);
        measuring.set(false);
        double seconds = (System.nanoTime() - started) / 1e9;
        long completed = done.get();
        stop.set(true);
        pool.shutdown();
        pool.awaitTermination(1, TimeUnit.MINUTES);
        double[] millis =
                latencies.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        double perSecond = completed / seconds;

        String load = Files.readString(Path.of("/proc/loadavg")).strip();
        // the service's writes match the pgbench scripts' only when every voucher has one part (one budget row)
        double parts = jdbc.sql(
                        "select count(*)::float / count(distinct voucher_id) from fund.voucher_part where source_id = ?")
                .param(source.id())
                .query(Double.class)
                .single();
        int connections = dataSource.unwrap(HikariDataSource.class).getMaximumPoolSize();
        double before = pgbench(BEFORE);
        double raw = pgbench(NOW);
        double oneUsageRow = pgbench(NOW_ONE_USAGE_ROW);
        double fundOnly = pgbench(NOW_WITHOUT_FLOWS);
        List<String> lines = new ArrayList<>();
        lines.add("");
        lines.add("### Fund, " + LocalDate.now() + " (" + Measurements.machine()
                + ", load average at the start of the service run: " + loadAtStart + ", of the baselines: " + load
                + ")");
        lines.add("");
        lines.add("| what | clients | seconds | per second | p50 ms | p99 ms |");
        lines.add("|---|---|---|---|---|---|");
        lines.add(
                "| voucher issued + redeemed (Fund service, 2 transactions, ledger + idempotency + caps, budget on %d sub-accounts, %.2f parts per voucher, pool of %d connections) | %d | %.0f | %.0f | %.1f | %.1f |"
                        .formatted(
                                SubAccounts.COUNT,
                                parts,
                                connections,
                                CLIENTS,
                                seconds,
                                perSecond,
                                millis[millis.length / 2],
                                millis[(int) (millis.length * 0.99)]));
        lines.add(
                "| raw limit now: pgbench, the same row writes per voucher (budget row one of %d, the monitor's 3 flow rows per move, each one of %d shards, the caps' usage: the person's row and one of the provider's %d shards) | %d | %d | %.0f | | |"
                        .formatted(
                                SubAccounts.COUNT, FlowStore.SHARDS, CapShares.PROVIDER_SHARDS, CLIENTS, SECONDS, raw));
        lines.add(
                "| raw, the same with one usage row per provider (the caps before their shards) | %d | %d | %.0f | | |"
                        .formatted(CLIENTS, SECONDS, oneUsageRow));
        lines.add(
                "| raw limit before: pgbench, the fund's row writes with one hot budget row (the earlier baseline) | %d | %d | %.0f | | |"
                        .formatted(CLIENTS, SECONDS, before));
        lines.add(
                "| raw, fund's own writes only: budget row one of %d, usage rows, without the monitor's flow rows | %d | %d | %.0f | | |"
                        .formatted(SubAccounts.COUNT, CLIENTS, SECONDS, fundOnly));
        lines.add("");
        lines.add("Fund throughput is %.0f%% of the raw limit for the same writes; ledger check after the run: %s."
                .formatted(100 * perSecond / raw, fund.checkLedger().sound() ? "sound" : "VIOLATIONS"));
        Measurements.append(Path.of("target/benchmarks/results.md"), lines);
        lines.forEach(System.out::println);
    }

    /**
     * Issue: 7 row writes (idempotency claim and result, voucher, part, reserve transfer, budget row, history); redeem: 6.
     * The budget row is the one hot row of the earlier design, or one of the sub-accounts now; the monitor's flows
     * (3 areas per move: the country, the province, the labour-market region) are upserted in the same transactions
     * by its listener, so "now" has them too, each move on one of the flow counters' shards as {@code FlowStore} picks
     * it (one at random per move for all three areas, in one statement as the service writes them).
     */
    private static final String BEFORE = script("1", "", "");

    /**
     * The caps' usage rows the service writes in an issue when a source has caps per person and per provider (the demo
     * fund's regional source has both): the person's row, and one of the provider's shards ({@code :cap_shard}, or 0
     * for the one hot row per provider of the design before the shards).
     */
    private static final String USAGE = """
            INSERT INTO raw.usage VALUES ('PERSON', :person, 0, 1000, 1000000000000)
              ON CONFLICT (kind, subject, shard) DO UPDATE SET used = raw.usage.used + excluded.used
              WHERE raw.usage.used + excluded.used <= raw.usage.share;
            UPDATE raw.usage SET used = used + 1000 WHERE kind = 'PROVIDER' AND subject = 0 AND shard = %s AND used + 1000 <= share;
            """;

    private static final String FLOWS = """
            INSERT INTO raw.flow SELECT area, date_trunc('week', now())::date, 'voucher.%1$s', 'bench', :shard_%1$s, 'Benchmark', 1, 9000
              FROM unnest(ARRAY['NL', 'PV26', 'AM13']) WITH ORDINALITY AS a (area, n) ORDER BY n
              ON CONFLICT (area, week, measure, key, shard) DO UPDATE SET count = raw.flow.count + 1, total = raw.flow.total + excluded.total;
            """;

    private static final String NOW = script(":slot", FLOWS, USAGE.formatted(":cap_shard"));
    private static final String NOW_ONE_USAGE_ROW = script(":slot", FLOWS, USAGE.formatted("0"));
    private static final String NOW_WITHOUT_FLOWS = script(":slot", "", USAGE.formatted(":cap_shard"));

    private static String script(String account, String flows, String usage) {
        return """
                \\set person random(1, 2000)
                \\set slot random(1, %2$d)
                \\set shard_issued random(0, %5$d)
                \\set shard_redeemed random(0, %5$d)
                \\set cap_shard random(0, %6$d)
                BEGIN;
                INSERT INTO raw.idem VALUES (:client_id, 'i' || random(), NULL);
                INSERT INTO raw.voucher (person, status) VALUES (:person, 'ISSUED') RETURNING id AS voucher \\gset
                INSERT INTO raw.part VALUES (gen_random_uuid(), 9000);
                INSERT INTO raw.transfer (voucher, kind, amount) VALUES (gen_random_uuid(), 'RESERVE', 9000);
                INSERT INTO raw.history VALUES (gen_random_uuid(), 'ISSUED');
                %7$s%3$s
                UPDATE raw.account SET pending = pending + 9000 WHERE id = %1$s AND credits - posted - pending >= 9000;
                UPDATE raw.idem SET result = 'x' WHERE actor = :client_id AND result IS NULL;
                END;
                BEGIN;
                INSERT INTO raw.idem VALUES (:client_id, 'r' || random(), NULL);
                INSERT INTO raw.transfer (voucher, kind, amount) VALUES (gen_random_uuid(), 'POST', 9000);
                UPDATE raw.voucher SET status = 'REDEEMED' WHERE id = :voucher;
                INSERT INTO raw.history VALUES (gen_random_uuid(), 'REDEEMED');
                %4$s
                UPDATE raw.account SET pending = pending - 9000, posted = posted + 9000 WHERE id = %1$s;
                UPDATE raw.idem SET result = 'x' WHERE actor = :client_id AND result IS NULL;
                END;
                """.formatted(
                        account,
                        SubAccounts.COUNT,
                        flows.formatted("issued"),
                        flows.formatted("redeemed"),
                        FlowStore.SHARDS - 1,
                        CapShares.PROVIDER_SHARDS - 1,
                        usage);
    }

    private double pgbench(String script) throws Exception {
        jdbc.sql("""
                create schema if not exists raw;
                drop table if exists raw.idem, raw.voucher, raw.part, raw.transfer, raw.history, raw.account, raw.flow, raw.usage;
                create table raw.idem (actor int, key text, result text, primary key (actor, key));
                create table raw.voucher (id bigserial primary key, person int, status text);
                create table raw.part (voucher uuid, amount bigint);
                create table raw.transfer (id bigserial primary key, voucher uuid, kind text, amount bigint);
                create table raw.history (voucher uuid, status text, at timestamptz default now());
                create table raw.account (id int primary key, pending bigint, posted bigint, credits bigint);
                create table raw.flow (area text, week date, measure text, key text, shard smallint, label text, count bigint,
                                       total bigint, primary key (area, week, measure, key, shard));
                create table raw.usage (kind text, subject int, shard int, used bigint, share bigint,
                                        primary key (kind, subject, shard), check (used <= share));
                insert into raw.usage select 'PROVIDER', 0, shard, 0, 1000000000000 from generate_series(0, %2$d) shard;
                insert into raw.account select id, 0, 0, 1000000000000 from generate_series(1, %1$d) id""".formatted(SubAccounts.COUNT, CapShares.PROVIDER_SHARDS - 1))
                .update();
        jdbc.sql("checkpoint").update();
        Path file = Files.createTempFile("fund-raw-", ".sql");
        Files.writeString(file, script);
        int port = jdbc.sql("select inet_server_port()").query(Integer.class).single();
        String database =
                jdbc.sql("select current_database()").query(String.class).single();
        Process process = new ProcessBuilder(
                        System.getProperty("bench.pgbench", "pgbench"),
                        "-h",
                        "localhost",
                        "-p",
                        String.valueOf(port),
                        "-U",
                        "postgres",
                        "-n",
                        "-c",
                        String.valueOf(CLIENTS),
                        "-j",
                        "4",
                        "-T",
                        String.valueOf(SECONDS),
                        "-f",
                        file.toString(),
                        database)
                .redirectErrorStream(true)
                .start();
        String output = new String(process.getInputStream().readAllBytes());
        process.waitFor();
        System.out.println(output);
        return Arrays.stream(output.split("\n"))
                .filter(l -> l.startsWith("tps = "))
                .findFirst()
                .map(l -> Double.parseDouble(l.substring(6).split(" ")[0]))
                .orElseThrow(() -> new IllegalStateException(output));
    }
}
