package nl.werkpad.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The embedded database backs up and restores with Debian's client programs: {@code ./werkpad backup FILE} while
 * Werkpad serves a data folder, {@code ./werkpad restore FILE} into a new data folder, and Werkpad started there has
 * the same ledger, vouchers, passports and vacancies (counts and checksums) and a rebuilt index that matches.
 */
@Tag("cluster") // needs Debian's postgresql-client-15: a step of .ci/run of its own, scripts/check-cluster.sh
class EmbeddedBackupIT {

    private static final String PASSWORD = "backup-wachtwoord-123";

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final List<Process> started = new ArrayList<>();
    private Path dir;

    @Test
    void aBackupOfTheEmbeddedDatabaseRestoresIntoANewDataFolder() throws Exception {
        Assumptions.assumeTrue(
                Files.isDirectory(Path.of("/usr/lib/postgresql")),
                "needs Debian's PostgreSQL client programs (.ci/run installs postgresql-client-15)");
        dir = Files.createTempDirectory("werkpad-backup-it-");
        Path original = dir.resolve("original");
        Path restored = dir.resolve("restored");
        Path file = dir.resolve("werkpad.dump");

        int port = freePort();
        Process serving = start(original, port);
        URI api = URI.create("http://127.0.0.1:" + port);
        var listed =
                Api.call(http, api.resolve("/api/v1/vacancies?limit=200"), "GET", "werkgever", PASSWORD, null, null);
        assertThat(listed.statusCode()).as(listed.body()).isEqualTo(200);
        String page = listed.body();
        List<String> pool = List.copyOf(new HashSet<>(JsonPath.read(page, "$.results[*].essentialSkills[*].id")));
        List<String> skills = pool.subList(0, Math.min(6, pool.size()));
        String organisation = Api.json(
                Api.call(http, api.resolve("/api/v1/organisations/mine"), "GET", "werkgever", PASSWORD, null, null),
                "$[0].id");
        String vacancy = Api.json(
                Api.call(
                        http,
                        api.resolve("/api/v1/vacancies"),
                        "POST",
                        "werkgever",
                        PASSWORD,
                        """
                        {"organisation": "%s", "title": "Voor de back-up", "occupation": "%s", "municipality": "GM0361",
                         "status": "OPEN", "closingDate": "%s", "essentialSkills": [%s], "optionalSkills": []}""".formatted(
                                        organisation,
                                        JsonPath.read(page, "$.results[0].occupation.id"),
                                        LocalDate.now().plusMonths(2),
                                        String.join(
                                                ",",
                                                skills.stream()
                                                        .map(s -> "\"" + s + "\"")
                                                        .toList())),
                        null),
                "$.id");

        Map<String, String> before = fingerprints(original);
        assertThat(command(original, "backup", file.toString()))
                .as("./werkpad backup while Werkpad serves the data folder:\n" + tail("commands.log"))
                .isZero();
        assertThat(fingerprints(original)).as("nothing changed meanwhile").isEqualTo(before);
        assertThat(before.get("fund.transfer")).doesNotStartWith("0 ");
        serving.destroy();
        assertThat(serving.waitFor(90, TimeUnit.SECONDS)).isTrue();

        assertThat(command(restored, "restore", file.toString()))
                .as("./werkpad restore into a new data folder:\n" + tail("commands.log"))
                .isZero();
        int again = freePort();
        start(restored, again);
        assertThat(fingerprints(restored)).isEqualTo(before);
        assertThat(Api.foundByMatching(
                        http, URI.create("http://127.0.0.1:" + again + "/api/v1/matches"), skills, vacancy))
                .as("Werkpad on the restored data folder rebuilt its index")
                .isTrue();
    }

    /** Starts Werkpad in demo mode on a data folder and waits until it is ready. */
    private Process start(Path data, int port) throws Exception {
        Process node = werkpad(data, "node.log", List.of("--werkpad.mode=demo"), Map.of("WERKPAD_PORT", "" + port));
        started.add(node);
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(8);
        while (System.nanoTime() < deadline) {
            assertThat(node.isAlive())
                    .as("Werkpad stopped while starting:\n" + tail("node.log"))
                    .isTrue();
            try {
                var ready = http.send(
                        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health/readiness"))
                                .build(),
                        HttpResponse.BodyHandlers.discarding());
                if (ready.statusCode() == 200) {
                    return node;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(250);
        }
        throw new AssertionError("Werkpad was not ready in 8 minutes:\n" + tail("node.log"));
    }

    private int command(Path data, String... words) throws Exception {
        List<String> arguments = new ArrayList<>(List.of("--werkpad.mode=command"));
        arguments.addAll(List.of(words));
        Process command = werkpad(data, "commands.log", arguments, Map.of());
        if (!command.waitFor(10, TimeUnit.MINUTES)) {
            command.destroyForcibly();
            throw new AssertionError("./werkpad " + String.join(" ", words) + " did not finish");
        }
        return command.exitValue();
    }

    private Process werkpad(Path data, String log, List<String> arguments, Map<String, String> extra)
            throws IOException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx700m",
                "-jar",
                "target/werkpad.jar"));
        command.addAll(arguments);
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(
                        ProcessBuilder.Redirect.appendTo(dir.resolve(log).toFile()));
        builder.environment().remove("WERKPAD_DB_URL");
        builder.environment()
                .putAll(Map.of(
                        "WERKPAD_DATA_DIR",
                        data.toString(),
                        "WERKPAD_DEMO_PASSWORD",
                        PASSWORD,
                        "WERKPAD_SECURE_COOKIES",
                        "false"));
        builder.environment().putAll(extra);
        return builder.start();
    }

    /** Fingerprints through the embedded PostgreSQL that the Werkpad on this data folder runs. */
    private static Map<String, String> fingerprints(Path data) throws Exception {
        String port =
                Files.readAllLines(data.resolve("pg/postmaster.pid")).get(3).strip();
        try (Connection db =
                DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + port + "/werkpad", "postgres", "")) {
            return Api.fingerprints(db);
        }
    }

    private String tail(String file) {
        try {
            List<String> lines = Files.readAllLines(dir.resolve(file));
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
        } catch (IOException e) {
            return "(no " + file + ")";
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    @AfterEach
    void stop() throws Exception {
        for (Process node : started) {
            node.destroy();
            node.waitFor(60, TimeUnit.SECONDS);
        }
        if (dir != null) {
            try (var files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            }
        }
    }
}
