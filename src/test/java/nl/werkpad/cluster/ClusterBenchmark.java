package nl.werkpad.cluster;

import com.jayway.jsonpath.JsonPath;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import nl.werkpad.benchmark.Measurements;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The cluster's figures (issue 20), in one run on one database: a generated market of {@code bench.persons}
 * passports, the time a restarted node takes to be ready at that size, the change-feed lag from node 1 to node 2
 * (p50/p99), and the throughput of a mixed workload (vouchers, vacancies, passport skills, matching) through HAProxy
 * with one node and with two, alternating rounds (the balancer's runtime API takes node 2 out and back in).
 * Needs Debian's postgresql and haproxy and a built target/werkpad.jar. Results go to target/benchmarks/results.md.
 *
 * <pre>./mvnw -q -DskipTests package && ./mvnw -B -Pbenchmark test -Dtest=ClusterBenchmark -Dbench.persons=100000</pre>
 */
@Tag("benchmark")
class ClusterBenchmark {

    private static final int PERSONS = Integer.getInteger("bench.persons", 100_000);
    private static final int SECONDS = Integer.getInteger("bench.seconds", 30);
    private static final int ROUNDS = Integer.getInteger("bench.rounds", 3);
    private static final int CLIENTS = Integer.getInteger("bench.clients", 16);

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void oneNodeAgainstTwoOnOneDatabase() throws Exception {
        Assumptions.assumeTrue(Cluster.canRun(), "needs Debian's postgresql and haproxy");
        List<String> rows = new ArrayList<>();
        try (Cluster cluster = Cluster.start(2, freePort())) {
            long seeding = System.nanoTime();
            int exit = cluster.command(
                    "werkpad",
                    "generate-market",
                    "--persons",
                    String.valueOf(PERSONS),
                    "--vacancies",
                    String.valueOf(Math.max(200, PERSONS / 5)),
                    "--offers",
                    String.valueOf(Math.max(50, PERSONS / 200)),
                    "--seed",
                    "7");
            double seeded = (System.nanoTime() - seeding) / 1e9;
            if (exit != 0) {
                throw new AssertionError("generate-market failed:\n" + cluster.tail("commands.log"));
            }
            rows.add("| seeding %,d passports (generate-market, JVM start included) | %.1f s, %,.0f passports/s |"
                    .formatted(PERSONS, seeded, PERSONS / seeded));
            // the generator writes with COPY, not through the feed: both nodes read the market at their restart
            cluster.kill(1);
            double ready1 = cluster.restart(1);
            cluster.kill(2);
            double ready2 = cluster.restart(2);
            rows.add("| restarted node ready at %,d passports (node 1, node 2) | %.1f s, %.1f s |"
                    .formatted(PERSONS, ready1, ready2));

            Workload workload = new Workload(cluster);
            List<Double> lags = workload.lag(30);
            rows.add(
                    "| change-feed lag node 1 → node 2 (vacancy written, found by matching), %d samples | p50 %.0f ms, p99 %.0f ms |"
                            .formatted(lags.size(), percentile(lags, 50), percentile(lags, 99)));

            List<double[]> one = new ArrayList<>();
            List<double[]> two = new ArrayList<>();
            workload.run(5); // warm-up, both nodes
            for (int r = 0; r < ROUNDS; r++) {
                balancer(cluster, "disable server nodes/node2");
                one.add(workload.run(SECONDS));
                balancer(cluster, "enable server nodes/node2");
                two.add(workload.run(SECONDS));
            }
            rows.add(throughput("1 node behind HAProxy", one));
            rows.add(throughput("2 nodes behind HAProxy", two));
            double ratio = median(two.stream().mapToDouble(t -> t[0]).toArray())
                    / median(one.stream().mapToDouble(t -> t[0]).toArray());
            rows.add("| two nodes ÷ one node, requests per second | %.2f× |".formatted(ratio));
        }
        List<String> out = new ArrayList<>(List.of(
                "",
                "### Cluster (issue 20): %,d passports, %d clients, %d × %d s per configuration"
                        .formatted(PERSONS, CLIENTS, ROUNDS, SECONDS),
                Measurements.machine(),
                "",
                "| what | result |",
                "|---|---|"));
        out.addAll(rows);
        out.forEach(System.out::println);
        Measurements.append(Path.of("target/benchmarks/results.md"), out);
    }

    private static String throughput(String what, List<double[]> rounds) {
        double[] rps = rounds.stream().mapToDouble(t -> t[0]).toArray();
        return "| %s: requests/s median (min–max), latency p50 / p99, failed | %.1f (%.1f–%.1f), %.1f ms / %.1f ms, %d |"
                .formatted(
                        what,
                        median(rps),
                        Arrays.stream(rps).min().orElse(0),
                        Arrays.stream(rps).max().orElse(0),
                        median(rounds.stream().mapToDouble(t -> t[1]).toArray()),
                        median(rounds.stream().mapToDouble(t -> t[2]).toArray()),
                        (long) rounds.stream().mapToDouble(t -> t[3]).sum());
    }

    /** A command to HAProxy's runtime API (scripts/cluster.sh opens it in the cluster's folder). */
    private static void balancer(Cluster cluster, String command) throws IOException, InterruptedException {
        try (SocketChannel socket = SocketChannel.open(StandardProtocolFamily.UNIX)) {
            socket.connect(UnixDomainSocketAddress.of(cluster.dir().resolve("haproxy.sock")));
            socket.write(ByteBuffer.wrap((command + "\n").getBytes(StandardCharsets.UTF_8)));
            socket.read(ByteBuffer.allocate(1024));
        }
        Thread.sleep(1000);
    }

    /** Vouchers, vacancies, passport skills and matching through the balancer, as the demo's accounts. */
    private final class Workload {
        private final Cluster cluster;
        private final List<String> persons;
        private final List<String> offers;
        private final List<String> skills;
        private final String occupation;
        private final String organisation;
        private final String me;

        Workload(Cluster cluster) throws Exception {
            this.cluster = cluster;
            Api.fundingSource(http, cluster.balancer(""), Cluster.PASSWORD, "cluster-bench");
            persons = List.copyOf(Set.copyOf(JsonPath.read(
                    call("/api/v1/vouchers?limit=1000", "GET", "adviseur", null).body(), "$[*].person")));
            offers = JsonPath.read(
                    call("/api/v1/training-offers?limit=200", "GET", "adviseur", null)
                            .body(),
                    "$.results[?(@.costCents > 0)].id");
            String page = call("/api/v1/vacancies?limit=200", "GET", "werkgever", null)
                    .body();
            skills = List.copyOf(new HashSet<>(JsonPath.read(page, "$.results[*].essentialSkills[*].id")));
            occupation = JsonPath.read(page, "$.results[0].occupation.id");
            organisation = Api.json(call("/api/v1/organisations/mine", "GET", "werkgever", null), "$[0].id");
            me = Api.personOf(http, cluster.balancer(""), Cluster.PASSWORD);
        }

        List<Double> lag(int samples) throws Exception {
            List<Double> lags = new ArrayList<>();
            for (int n = 0; n < samples; n++) {
                List<String> own = pick(6);
                var created = Api.call(
                        http,
                        cluster.node(1, "/api/v1/vacancies"),
                        "POST",
                        "werkgever",
                        Cluster.PASSWORD,
                        vacancy(own),
                        null);
                String id = Api.json(created, "$.id");
                long written = System.nanoTime();
                while (!Api.foundByMatching(http, cluster.node(2, "/api/v1/matches"), own, id)) {
                    if (System.nanoTime() - written > TimeUnit.SECONDS.toNanos(60)) {
                        throw new AssertionError("node 2 did not find vacancy " + id + " in a minute");
                    }
                    Thread.sleep(5);
                }
                lags.add((System.nanoTime() - written) / 1e6);
            }
            return lags;
        }

        /** Runs the mixed load for some seconds; returns requests/s, p50 ms, p99 ms and the failed count. */
        double[] run(int seconds) throws Exception {
            ConcurrentLinkedQueue<Double> millis = new ConcurrentLinkedQueue<>();
            AtomicLong failed = new AtomicLong();
            AtomicBoolean stop = new AtomicBoolean();
            ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
            long began = System.nanoTime();
            for (int t = 0; t < CLIENTS; t++) {
                int client = t;
                pool.submit(() -> {
                    while (!stop.get()) {
                        long start = System.nanoTime();
                        try {
                            int status = request(client).statusCode();
                            if (status / 100 == 2) {
                                millis.add((System.nanoTime() - start) / 1e6);
                            } else {
                                failed.incrementAndGet();
                            }
                        } catch (IOException | RuntimeException e) {
                            failed.incrementAndGet();
                        } catch (InterruptedException e) {
                            return;
                        }
                    }
                });
            }
            Thread.sleep(TimeUnit.SECONDS.toMillis(seconds));
            stop.set(true);
            pool.shutdown();
            pool.awaitTermination(60, TimeUnit.SECONDS);
            double elapsed = (System.nanoTime() - began) / 1e9;
            List<Double> sorted = millis.stream().sorted().toList();
            return new double[] {sorted.size() / elapsed, percentile(sorted, 50), percentile(sorted, 99), failed.get()};
        }

        private HttpResponse<String> request(int client) throws IOException, InterruptedException {
            ThreadLocalRandom random = ThreadLocalRandom.current();
            return switch (client % 4) {
                case 0 ->
                    client == 0 // one writer per passport: its read-modify-write is not what this measures
                            ? call(
                                    "/api/v1/persons/" + me + "/passport/skills",
                                    "POST",
                                    "inwoner",
                                    "[{\"skill\": \"" + skills.get(random.nextInt(skills.size()))
                                            + "\", \"source\": \"SELF_ASSESSED\"}]")
                            : call("/api/v1/persons/" + me + "/passport", "GET", "inwoner", null);
                case 1 -> call("/api/v1/vacancies", "POST", "werkgever", vacancy(pick(5)));
                case 2 ->
                    Api.call(
                            http,
                            cluster.balancer("/api/v1/vouchers"),
                            "POST",
                            "adviseur",
                            Cluster.PASSWORD,
                            "{\"person\": \"%s\", \"offer\": \"%s\"}"
                                    .formatted(
                                            persons.get(random.nextInt(persons.size())),
                                            offers.get(random.nextInt(offers.size()))),
                            "bench-" + UUID.randomUUID());
                default -> call("/api/v1/persons/" + me + "/matches", "GET", "inwoner", null);
            };
        }

        private HttpResponse<String> call(String path, String method, String user, String json)
                throws IOException, InterruptedException {
            return Api.call(http, cluster.balancer(path), method, user, Cluster.PASSWORD, json, null);
        }

        private List<String> pick(int n) {
            List<String> copy = new ArrayList<>(skills);
            Collections.shuffle(copy);
            return copy.subList(0, Math.min(n, copy.size()));
        }

        private String vacancy(List<String> own) {
            return """
                    {"organisation": "%s", "title": "Meting %s", "occupation": "%s", "municipality": "GM0361", "status": "OPEN",
                     "closingDate": "%s", "essentialSkills": [%s], "optionalSkills": []}""".formatted(
                    organisation,
                    UUID.randomUUID().toString().substring(0, 8),
                    occupation,
                    LocalDate.now().plusMonths(2),
                    String.join(",", own.stream().map(s -> "\"" + s + "\"").toList()));
        }
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted.length == 0 ? 0 : sorted[sorted.length / 2];
    }

    private static double percentile(List<Double> values, int p) {
        List<Double> sorted = values.stream().sorted().toList();
        return sorted.isEmpty()
                ? 0
                : sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
