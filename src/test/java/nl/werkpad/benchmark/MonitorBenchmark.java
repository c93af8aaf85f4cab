package nl.werkpad.benchmark;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import nl.werkpad.monitor.Monitor;
import nl.werkpad.shared.cli.Command;
import nl.werkpad.support.OwnDatabase;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The monitor over HTTP on loopback (an HTTP client in a loop as the load tool): the tension API and page
 * answered from the monitor's aggregates, next to the same figures computed by a plain SQL query over the base
 * tables. Sizes from {@code -Dbench.persons} and {@code -Dbench.vacancies}. Run with {@code ./werkpad benchmark}.
 */
@Tag("benchmark")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class MonitorBenchmark {

    private static final int PERSONS = Integer.getInteger("bench.persons", 200_000);
    private static final int VACANCIES = Integer.getInteger("bench.vacancies", 40_000);
    private static final int REQUESTS = 200;

    @DynamicPropertySource
    static void ownDatabase(DynamicPropertyRegistry registry) {
        OwnDatabase.in(registry);
    }

    @LocalServerPort
    int port;

    @Autowired
    List<Command> commands;

    @Autowired
    Monitor monitor;

    @Autowired
    JdbcClient jdbc;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void monitor() throws Exception {
        commands.stream()
                .filter(c -> c.name().equals("generate-market"))
                .findFirst()
                .orElseThrow()
                .run(List.of(
                        "--persons", "" + PERSONS, "--vacancies", "" + VACANCIES, "--offers", "1000", "--seed", "12"));
        long start = System.nanoTime();
        monitor.rebuild();
        double rebuildSeconds = (System.nanoTime() - start) / 1e9;

        String data = "%,d passports, %,d vacancies".formatted(PERSONS, VACANCIES);
        List<String> lines = new ArrayList<>();
        lines.add("");
        lines.add("### Monitor, " + LocalDate.now() + " (" + Measurements.machine() + ")");
        lines.add("");
        lines.add("| what | how | data | p50 ms | p95 ms | requests |");
        lines.add("|---|---|---|---|---|---|");
        lines.add(row(
                "tension API, Noord-Holland, unit groups",
                "HTTP, aggregates",
                data,
                get("/api/v1/monitor/tension?area=PV27&grouping=UNIT")));
        lines.add(row(
                "tension API, Netherlands, major groups",
                "HTTP, aggregates",
                data,
                get("/api/v1/monitor/tension?area=NL&grouping=MAJOR")));
        lines.add(row(
                "skills gap API, Noord-Holland",
                "HTTP, aggregates",
                data,
                get("/api/v1/monitor/skills-gap?area=PV27")));
        lines.add(row("monitor page, Noord-Holland", "HTTP, aggregates", data, get("/monitor?gebied=PV27")));
        lines.add(row("tension, Netherlands, major groups", "plain SQL over the base tables", data, sql()));
        lines.add("");
        lines.add("Rebuild of every aggregate from the source modules: %.1f s.".formatted(rebuildSeconds));
        Measurements.append(Path.of("target/benchmarks/results.md"), lines);
        lines.forEach(System.out::println);
    }

    private static String row(String what, String how, String data, double[] millis) {
        return "| %s | %s | %s | %.1f | %.1f | %d |"
                .formatted(
                        what,
                        how,
                        data,
                        millis[millis.length / 2],
                        millis[(int) Math.ceil(millis.length * 0.95) - 1],
                        millis.length);
    }

    private double[] get(String path) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .build();
        return time(() -> {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException(path + " answered " + response.statusCode());
            }
        });
    }

    /** The same tension figures straight from the base tables, as a dashboard without aggregates would compute them. */
    private double[] sql() throws Exception {
        return time(() -> {
            jdbc.sql("""
                    select substr(coalesce(o.isco_group, ''), 1, 1), count(*) from vacancies.vacancy v
                      join taxonomy.occupation o on o.id = v.occupation_id where v.status = 'OPEN' group by 1""").query((rs, n) -> 1).list();
            jdbc.sql("""
                    select substr(coalesce(o.isco_group, ''), 1, 1), count(*) from passport.person p
                      left join lateral (select min(w.occupation_id) as occupation from passport.work_history w where w.person_id = p.id) w on true
                      left join taxonomy.occupation o on o.id = w.occupation
                     where p.status = 'JOB_SEEKER' and p.ww_start > current_date - interval '6 months' and p.erased_at is null
                       and p.id in (select subject_id from (select distinct on (subject_id, purpose, grantee) subject_id, given
                                      from privacy.consent_event where purpose = 'ANONYMOUS_STATISTICS'
                                     order by subject_id, purpose, grantee, id desc) c where given)
                     group by 1""").query((rs, n) -> 1).list();
        });
    }

    private interface Call {
        void run() throws Exception;
    }

    private static double[] time(Call call) throws Exception {
        for (int i = 0; i < 20; i++) {
            call.run();
        }
        double[] millis = new double[REQUESTS];
        for (int i = 0; i < REQUESTS; i++) {
            long start = System.nanoTime();
            call.run();
            millis[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(millis);
        return millis;
    }
}
