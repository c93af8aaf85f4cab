package nl.werkpad.fund;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import nl.werkpad.cluster.Api;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The packaged application under voucher load is killed outright (SIGKILL) and started again on the same data:
 * every request it acknowledged is there, in the state it acknowledged, its idempotency key still answers with
 * the same voucher, and the ledger is sound.
 */
class FundCrashIT {

    static final String PASSWORD = "crash-wachtwoord-123";

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private Path dir;
    private int port;
    private Process app;

    @Test
    void everyAcknowledgedMoveSurvivesAKilledProcess() throws Exception {
        dir = Files.createTempDirectory("werkpad-crash-");
        port = freePort();
        start();
        int year = LocalDate.now().getYear();
        String source = JsonPath.read(
                call("POST", "/api/v1/funding-sources", "fondsbeheerder", """
                {"code": "crash-test", "name": "Crashtest Noord-Holland", "kind": "PROVINCIE", "mode": "PER_VOUCHER",
                 "validFrom": "%d-01-01", "validUntil": "%d-12-31", "priority": 1, "voucherValidDays": 30,
                 "rules": [{"type": "residence", "provinces": ["PV27"]}, {"type": "max-per-voucher", "cents": 100000}]}""".formatted(year, year), null)
                        .body(),
                "$.id");
        call(
                "POST",
                "/api/v1/funding-sources/" + source + "/budgets",
                "fondsbeheerder",
                "{\"year\": %d, \"amountCents\": 100000000}".formatted(year),
                "crash-budget");
        List<String> persons = List.copyOf(Set.copyOf(JsonPath.read(
                call("GET", "/api/v1/vouchers?limit=1000", "adviseur", null, null)
                        .body(),
                "$[*].person")));
        List<String> offers = JsonPath.read(
                call("GET", "/api/v1/training-offers?limit=200", "adviseur", null, null)
                        .body(),
                "$.results[?(@.costCents > 0)].id");
        assertThat(persons).hasSizeGreaterThan(10);
        assertThat(offers).hasSizeGreaterThan(20);

        Map<String, String> issued = new ConcurrentHashMap<>();
        Map<String, String> settled = new ConcurrentHashMap<>();
        AtomicBoolean killed = new AtomicBoolean();
        ExecutorService load = Executors.newFixedThreadPool(16);
        for (int t = 0; t < 16; t++) {
            load.submit(() -> {
                while (!killed.get()) {
                    ThreadLocalRandom random = ThreadLocalRandom.current();
                    try {
                        if (issued.isEmpty() || random.nextInt(10) < 7) {
                            String key = "crash-issue-" + persons.get(random.nextInt(persons.size())) + "-"
                                    + offers.get(random.nextInt(offers.size()));
                            String[] pair = key.substring("crash-issue-".length())
                                    .split("-(?=[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$)");
                            var response = call(
                                    "POST",
                                    "/api/v1/vouchers",
                                    "adviseur",
                                    "{\"person\": \"%s\", \"offer\": \"%s\"}".formatted(pair[0], pair[1]),
                                    key);
                            if (response.statusCode() / 100 == 2) {
                                issued.put(key, JsonPath.read(response.body(), "$.id"));
                            }
                        } else {
                            List<String> ids = new ArrayList<>(issued.values());
                            String voucher = ids.get(random.nextInt(ids.size()));
                            boolean redeem = random.nextBoolean();
                            var response = call(
                                    "POST",
                                    "/api/v1/vouchers/" + voucher + (redeem ? "/redemption" : "/cancellation"),
                                    redeem ? "opleider" : "adviseur",
                                    null,
                                    "crash-" + voucher);
                            if (response.statusCode() == 200) {
                                settled.put(voucher, JsonPath.read(response.body(), "$.status"));
                            }
                        }
                    } catch (IOException | RuntimeException e) {
                        // the process is gone: nothing unacknowledged counts
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            });
        }
        // Kill once the load has done real work, however slow the machine is today (no fixed sleep).
        long giveUpAt = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
        while ((issued.size() <= 50 || settled.size() < 5) && System.nanoTime() < giveUpAt) {
            Thread.sleep(200);
        }
        app.destroyForcibly();
        assertThat(app.waitFor(30, TimeUnit.SECONDS)).isTrue();
        killed.set(true);
        load.shutdown();
        assertThat(load.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
        assertThat(issued).as("the load did real work before the kill").hasSizeGreaterThan(50);
        System.out.printf(
                "Killed under load after %d acknowledged vouchers and %d acknowledged redemptions or cancellations%n",
                issued.size(), settled.size());

        start();
        var check = call("GET", "/api/v1/fund/ledger/balance-check", "fondsbeheerder", null, null);
        assertThat((List<?>) JsonPath.read(check.body(), "$.violations"))
                .as(check.body())
                .isEmpty();
        for (var ack : issued.entrySet()) {
            var voucher = call("GET", "/api/v1/vouchers/" + ack.getValue(), "adviseur", null, null);
            assertThat(voucher.statusCode())
                    .as("acknowledged voucher " + ack.getValue())
                    .isEqualTo(200);
            String status = JsonPath.read(voucher.body(), "$.status");
            assertThat(status).isEqualTo(settled.getOrDefault(ack.getValue(), status));
            if (!settled.containsKey(ack.getValue())) {
                assertThat(status).isIn("ISSUED", "REDEEMED", "CANCELLED");
            }
        }
        var replay = issued.entrySet().iterator().next();
        String[] pair = replay.getKey()
                .substring("crash-issue-".length())
                .split("-(?=[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$)");
        var again = call(
                "POST",
                "/api/v1/vouchers",
                "adviseur",
                "{\"person\": \"%s\", \"offer\": \"%s\"}".formatted(pair[0], pair[1]),
                replay.getKey());
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(again.headers().firstValue("Idempotent-Replayed")).contains("true");
        assertThat((String) JsonPath.read(again.body(), "$.id")).isEqualTo(replay.getValue());
    }

    @AfterEach
    void stop() throws Exception {
        if (app != null && app.isAlive()) {
            app.destroy();
            app.waitFor(60, TimeUnit.SECONDS);
        }
        if (dir != null) {
            try (var files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            }
        }
    }

    private void start() throws Exception {
        ProcessBuilder builder = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-Xmx768m",
                        "-jar",
                        System.getProperty("werkpad.jar", "target/werkpad.jar"),
                        "--werkpad.mode=demo",
                        // the test profile's demo region: enough residents with vouchers and paid offers, seeded faster
                        "--werkpad.demo.residents=1500",
                        "--werkpad.demo.vacancies=600")
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(
                        dir.resolve("werkpad.log").toFile()));
        builder.environment()
                .putAll(Map.of(
                        "WERKPAD_DATA_DIR",
                        dir.toString(),
                        "WERKPAD_PORT",
                        String.valueOf(port),
                        "WERKPAD_DEMO_PASSWORD",
                        PASSWORD));
        app = builder.start();
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(4);
        while (System.nanoTime() < deadline) {
            assertThat(app.isAlive()).as(() -> log()).isTrue();
            try {
                if (call("GET", "/api/v1/funding-sources", "fondsbeheerder", null, null)
                                .statusCode()
                        == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        throw new AssertionError("Werkpad did not start in 4 minutes\n" + log());
    }

    private String log() {
        try {
            List<String> lines = Files.readAllLines(dir.resolve("werkpad.log"));
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
        } catch (IOException e) {
            return "(no log)";
        }
    }

    private HttpResponse<String> call(String method, String path, String user, String json, String key)
            throws IOException, InterruptedException {
        return Api.call(http, URI.create("http://localhost:" + port + path), method, user, PASSWORD, json, key);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
