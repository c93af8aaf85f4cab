package nl.werkpad.benchmark;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import nl.werkpad.access.Role;
import nl.werkpad.access.SignedInUser;
import nl.werkpad.support.OwnDatabase;
import nl.werkpad.support.TestAccounts;
import nl.werkpad.support.TestOrganisations;
import nl.werkpad.vacancies.FeedOutcome;
import nl.werkpad.vacancies.JobPostingImports;
import nl.werkpad.vacancies.formats.BenchFeedServer;
import nl.werkpad.vacancies.formats.BenchImports;
import nl.werkpad.vacancies.formats.FeedPoller;
import nl.werkpad.vacancies.persistence.VacancyFeeds;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Issue 18's speed: an import of 10,000 varied JobPostings (reading, extraction of occupation and skills, organisation
 * matching, de-duplication, writing) next to two baselines in the same run — the same import one posting at a time
 * (a commit each, one thread) on 1,000 of them, and a plain batched INSERT of the rows the import wrote — then feed
 * polls of the same 10,000 on a loopback HTTP server that change nothing: answered 304, the same body again, and the
 * same postings in another order (no ETag or body hash helps: each posting is recognised by its content hash). Run
 * with {@code ./werkpad benchmark -Dtest=FormatsBenchmark}; results in target/benchmarks/results.md.
 */
@Tag("benchmark")
@SpringBootTest
@ActiveProfiles("test")
@Import({TestAccounts.class, TestOrganisations.class})
class FormatsBenchmark {

    static final int POSTINGS = Integer.getInteger("bench.postings", 10_000);
    static final int PER_POSTING = Integer.getInteger("bench.per-posting", 1_000);
    static final int ROUNDS = 5;
    /** false: the feed's first poll is the import (a shorter run that measures only the polls). */
    static final boolean UPLOAD = !"false".equals(System.getProperty("bench.upload"));

    @DynamicPropertySource
    static void ownDatabase(DynamicPropertyRegistry registry) {
        OwnDatabase.in(registry);
    }

    @Autowired
    JobPostingImports imports;

    @Autowired
    FeedPoller poller;

    @Autowired
    TestAccounts accounts;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    CpuClock cpu;

    static String load() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).strip();
        } catch (Exception e) {
            return "unknown";
        }
    }

    @Test
    void importAndPollTenThousandJobPostings() throws Exception {
        var account = accounts.with(Role.BEHEERDER, "Beheerder benchmark");
        SignedInUser admin =
                new SignedInUser(account.id(), account.username(), account.displayName(), Set.of(Role.BEHEERDER));
        String run = "u" + UUID.randomUUID().toString().substring(0, 6);
        List<String> postings = GeneratedPostings.of(POSTINGS, run, 18);
        byte[] body = String.join("\n", postings).getBytes(StandardCharsets.UTF_8);
        List<String> lines = new ArrayList<>();
        lines.add("### Formats (issue 18), " + LocalDate.now() + " (" + Measurements.machine() + ")");
        lines.add("");
        lines.add("Load average (1, 5, 15 min) at the start: " + load());
        lines.add("");
        lines.add(
                "CPU: seconds of CPU time of the JVM and of the embedded PostgreSQL (postmaster and backends, /proc) during"
                        + " the row; per CPU-second = postings / (JVM + PostgreSQL CPU seconds), which the other load on the machine"
                        + " does not change the way it changes the wall clock.");
        lines.add("");
        lines.add("| what | postings | result | seconds | postings/s | CPU s (JVM + PostgreSQL) | postings per CPU-s"
                + " | load at the end |");
        lines.add("|---|---|---|---|---|---|---|---|");
        cpu = new CpuClock(jdbc.queryForObject("select pg_backend_pid()", Long.class));

        imports.importPostings(
                String.join("\n", GeneratedPostings.of(300, "warm" + run, 7)).getBytes(StandardCharsets.UTF_8),
                JobPostingImports.Source.upload(),
                admin);

        if (PER_POSTING > 0) {
            byte[] few = String.join("\n", GeneratedPostings.of(PER_POSTING, "one" + run, 18))
                    .getBytes(StandardCharsets.UTF_8);
            long start = System.nanoTime();
            var cpuStart = cpu.now();
            var perPosting = BenchImports.perPosting(imports, few, JobPostingImports.Source.upload(), admin);
            row(
                    lines,
                    "baseline: the same import one posting at a time (a commit each, one thread)",
                    perPosting,
                    start,
                    cpuStart);
        }
        if (UPLOAD) {

            long start = System.nanoTime();
            var cpuStart = cpu.now();
            var report = imports.importPostings(body, JobPostingImports.Source.upload(), admin);
            row(lines, "import (batches of 200, reading on a pool of one thread per core)", report, start, cpuStart);

            start = System.nanoTime();
            cpuStart = cpu.now();
            int inserted = plainInsertOf(run);
            double seconds = (System.nanoTime() - start) / 1e9;
            var used = cpu.now().minus(cpuStart);
            lines.add(("| baseline: plain batched INSERT of the rows the import wrote (vacancy, skills, source) | %d"
                            + " | rows only | %.1f | %.0f | %s | %.0f | %s |")
                    .formatted(inserted, seconds, inserted / seconds, cpuText(used), inserted / used.total(), load()));
        }

        try (var server = new BenchFeedServer(body)) {
            UUID feed = poller.register("Benchmark feed", server.url(), admin);
            long start = System.nanoTime();
            var cpuStart = cpu.now();
            VacancyFeeds.Run first = poller.poll(feed);
            double seconds = (System.nanoTime() - start) / 1e9;
            var used = cpu.now().minus(cpuStart);
            lines.add("| first feed poll of the same postings ("
                    + (UPLOAD ? "known from the upload: merged by URL" : "all new")
                    + ") | %d | %d merged, %d created, %d refused | %.1f | %.0f | %s | %.1f | %s |"
                            .formatted(
                                    first.received(),
                                    first.merged(),
                                    first.created(),
                                    first.failed(),
                                    seconds,
                                    first.received() / seconds,
                                    cpuText(used),
                                    first.received() / used.total(),
                                    load()));
            poll(lines, "feed poll, nothing changed, server answers 304", feed, FeedOutcome.NOT_MODIFIED, () -> {});
            server.ignoreEtag();
            poll(lines, "feed poll, nothing changed, the same body again", feed, FeedOutcome.UNCHANGED, () -> {});
            List<String> shuffled = new ArrayList<>(postings);
            Random random = new Random(3);
            poll(lines, "feed poll, nothing changed, the same postings in another order", feed, null, () -> {
                Collections.shuffle(shuffled, random);
                server.serve(String.join("\n", shuffled).getBytes(StandardCharsets.UTF_8));
            });
        }
        lines.add("");
        Measurements.append(Path.of("target/benchmarks/results.md"), lines);
        lines.forEach(System.out::println);
    }

    private void row(
            List<String> lines, String what, JobPostingImports.ImportReport r, long start, CpuClock.Reading cpuStart) {
        double seconds = (System.nanoTime() - start) / 1e9;
        var used = cpu.now().minus(cpuStart);
        lines.add("| %s | %d | %d created, %d merged, %d unchanged, %d refused | %.1f | %.1f | %s | %.1f | %s |"
                .formatted(
                        what,
                        r.received(),
                        r.created(),
                        r.merged(),
                        r.unchanged(),
                        r.refused(),
                        seconds,
                        r.received() / seconds,
                        cpuText(used),
                        r.received() / used.total(),
                        load()));
    }

    private static String cpuText(CpuClock.Reading used) {
        return "%.1f (%.1f + %.1f)".formatted(used.total(), used.jvm(), used.postgres());
    }

    /** Polls ROUNDS times; {@code expected} null: an import in which every posting is unchanged. */
    private void poll(List<String> lines, String what, UUID feed, FeedOutcome expected, Runnable before) {
        double[] seconds = new double[ROUNDS];
        int received = 0;
        CpuClock.Reading used = new CpuClock.Reading(0, 0);
        for (int i = 0; i < ROUNDS; i++) {
            before.run();
            long start = System.nanoTime();
            var cpuStart = cpu.now();
            VacancyFeeds.Run again = poller.poll(feed);
            seconds[i] = (System.nanoTime() - start) / 1e9;
            var d = cpu.now().minus(cpuStart);
            used = new CpuClock.Reading(used.jvm() + d.jvm() / ROUNDS, used.postgres() + d.postgres() / ROUNDS);
            boolean ok = expected != null
                    ? again.outcome() == expected
                    : again.outcome() == FeedOutcome.IMPORTED
                            && again.unchanged() + again.failed() == again.received()
                            && again.created() + again.updated() + again.merged() + again.dropped() == 0;
            if (!ok) {
                throw new AssertionError(what + ": " + again);
            }
            received = again.received();
        }
        Arrays.sort(seconds);
        lines.add("| %s (median of %d; min–max %.3f–%.3f s; CPU the mean per poll) | %d | %s | %.3f | | %s | | %s |"
                .formatted(
                        what,
                        ROUNDS,
                        seconds[0],
                        seconds[ROUNDS - 1],
                        expected == null ? POSTINGS : received,
                        expected == null ? "IMPORTED: all unchanged (or refused again)" : expected.name(),
                        seconds[ROUNDS / 2],
                        "%.2f (%.2f + %.2f)".formatted(used.total(), used.jvm(), used.postgres()),
                        load()));
    }

    /**
     * The floor: the rows the import wrote for this run's postings (vacancy, its skills, its source), inserted again as
     * new rows with JDBC batches of 200 and a commit per batch — no reading, extraction, de-duplication or events.
     */
    private int plainInsertOf(String run) {
        List<UUID> ids = jdbc.queryForList(
                "select vacancy_id from vacancies.vacancy_source where created_it and source_key like ?",
                UUID.class,
                "id:B-" + run + "-%");
        TransactionTemplate tx = new TransactionTemplate(transactions);
        for (int from = 0; from < ids.size(); from += 200) {
            List<UUID> part = ids.subList(from, Math.min(ids.size(), from + 200));
            tx.executeWithoutResult(s -> {
                UUID[] batch = part.toArray(UUID[]::new);
                List<Object[]> vacancies = jdbc.query(
                        """
                        select organisation_id, title, description, occupation_id, municipality, kind, hours_per_week,
                               salary_min_cents, salary_max_cents, closing_date, created_by, id
                          from vacancies.vacancy where id = any(?)
                        """,
                        (rs, n) -> new Object[] {
                            UUID.randomUUID(),
                            rs.getObject(1),
                            rs.getString(2),
                            rs.getString(3),
                            rs.getString(4),
                            rs.getString(5),
                            rs.getString(6),
                            rs.getObject(7),
                            rs.getObject(8),
                            rs.getObject(9),
                            rs.getObject(10),
                            rs.getObject(11),
                            rs.getObject(12)
                        },
                        (Object) batch);
                jdbc.batchUpdate(
                        """
                        insert into vacancies.vacancy (id, organisation_id, title, description, occupation_id, municipality,
                            kind, hours_per_week, salary_min_cents, salary_max_cents, closing_date, created_by, status)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'CLOSED')
                        """, vacancies.stream().map(v -> Arrays.copyOf(v, 12)).toList());
                Map<Object, Object> copyOf = new HashMap<>();
                List<Object[]> sources = new ArrayList<>();
                for (Object[] v : vacancies) {
                    copyOf.put(v[12], v[0]);
                    sources.add(new Object[] {UUID.randomUUID(), v[0], "bench-insert:" + v[0], v[12]});
                }
                List<Object[]> skills = jdbc.query(
                        "select vacancy_id, skill_id, relation from vacancies.vacancy_skill where vacancy_id = any(?)",
                        (rs, n) -> new Object[] {copyOf.get(rs.getObject(1)), rs.getString(2), rs.getString(3)},
                        (Object) batch);
                jdbc.batchUpdate(
                        "insert into vacancies.vacancy_skill (vacancy_id, skill_id, relation) values (?, ?, ?)",
                        skills);
                jdbc.batchUpdate("""
                        insert into vacancies.vacancy_source (id, vacancy_id, source, source_key, url, original,
                            content_hash, evidence, created_it, first_seen, last_seen)
                        select ?, ?, 'bench-insert', ?, url, original, content_hash, evidence, true, now(), now()
                          from vacancies.vacancy_source where vacancy_id = ? limit 1
                        """, sources);
            });
        }
        return ids.size();
    }
}
