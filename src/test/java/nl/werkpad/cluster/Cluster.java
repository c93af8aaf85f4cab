package nl.werkpad.cluster;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A cluster started by scripts/cluster.sh (Debian's PostgreSQL, Werkpad nodes, HAProxy) for a test: where things are,
 * killing and restarting a node, and a JDBC connection to the shared database.
 */
final class Cluster implements AutoCloseable {

    static final String PASSWORD = "cluster-wachtwoord-123";
    static final String JAVA_OPTS = "-Xmx700m -Dwerkpad.vacancies.expiry-interval=PT2S";

    private final Path dir;
    private final Process script;
    private final Map<String, String> env = new HashMap<>();
    private final List<Process> restarted = new ArrayList<>();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private Cluster(Path dir, Process script) {
        this.dir = dir;
        this.script = script;
    }

    static boolean canRun() {
        boolean postgres = Path.of("/usr/lib/postgresql").toFile().isDirectory();
        boolean haproxy = Path.of("/usr/sbin/haproxy").toFile().canExecute() || Path.of("/usr/bin/haproxy").toFile().canExecute();
        return postgres && haproxy;
    }

    static Cluster start(int nodes, int balancerPort) throws Exception {
        Path dir = Files.createTempDirectory("werkpad-cluster-it-");
        ProcessBuilder builder = new ProcessBuilder("bash", "scripts/cluster.sh", "--nodes", String.valueOf(nodes),
                "--port", String.valueOf(balancerPort), "--dir", dir.toString(), "--mode", "demo")
                .redirectErrorStream(true).redirectOutput(dir.resolve("cluster.log").toFile());
        builder.environment().putAll(Map.of("JAVA_HOME", System.getProperty("java.home"), "WERKPAD_DEMO_PASSWORD", PASSWORD,
                "WERKPAD_JAVA_OPTS", JAVA_OPTS));
        Cluster cluster = new Cluster(dir, builder.start());
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(12);
        while (!Files.exists(dir.resolve("ready"))) {
            if (!cluster.script.isAlive() || System.nanoTime() > deadline) {
                throw new AssertionError("the cluster did not start:\n" + cluster.tail("cluster.log") + "\n" + cluster.tail("node1/werkpad.log"));
            }
            Thread.sleep(500);
        }
        for (String line : Files.readAllLines(dir.resolve("cluster.env"))) {
            int eq = line.indexOf('=');
            cluster.env.put(line.substring(0, eq), line.substring(eq + 1));
        }
        return cluster;
    }

    URI balancer(String path) {
        return URI.create("http://127.0.0.1:" + env.get("LB_PORT") + path);
    }

    URI node(int i, String path) {
        return URI.create("http://127.0.0.1:" + env.get("NODE" + i + "_PORT") + path);
    }

    /** SIGKILL: the node gets no chance to finish anything. */
    void kill(int i) throws Exception {
        ProcessHandle node = ProcessHandle.of(Long.parseLong(env.get("NODE" + i + "_PID"))).orElseThrow();
        node.destroyForcibly();
        node.onExit().get(30, TimeUnit.SECONDS);
    }

    /** Starts node i again on its port and data folder; returns the seconds until it was ready. */
    double restart(int i) throws Exception {
        long started = System.nanoTime();
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx700m", "-Dwerkpad.vacancies.expiry-interval=PT2S", "-jar", "target/werkpad.jar", "--werkpad.mode=demo")
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(dir.resolve("node" + i + "/werkpad.log").toFile()));
        builder.environment().putAll(Map.of("WERKPAD_DB_URL", "jdbc:postgresql://127.0.0.1:" + env.get("PG_PORT") + "/werkpad",
                "WERKPAD_DB_USER", "werkpad", "WERKPAD_DB_PASSWORD", "werkpad-cluster", "WERKPAD_DEMO_PASSWORD", PASSWORD,
                "WERKPAD_PORT", env.get("NODE" + i + "_PORT"), "WERKPAD_DATA_DIR", dir.resolve("node" + i).toString(),
                "WERKPAD_SECURE_COOKIES", "false", "SERVER_FORWARD_HEADERS_STRATEGY", "native"));
        Process node = builder.start();
        restarted.add(node);
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(8);
        while (System.nanoTime() < deadline) {
            if (!node.isAlive()) {
                throw new AssertionError("node " + i + " stopped while starting:\n" + tail("node" + i + "/werkpad.log"));
            }
            try {
                var response = http.send(HttpRequest.newBuilder(node(i, "/actuator/health/readiness")).build(),
                        HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    return (System.nanoTime() - started) / 1e9;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(250);
        }
        throw new AssertionError("node " + i + " was not ready in 8 minutes:\n" + tail("node" + i + "/werkpad.log"));
    }

    Connection database() throws SQLException {
        return DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + env.get("PG_PORT") + "/werkpad", "werkpad", "werkpad-cluster");
    }

    String tail(String file) {
        try {
            List<String> lines = Files.readAllLines(dir.resolve(file));
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
        } catch (IOException e) {
            return "(no " + file + ")";
        }
    }

    @Override
    public void close() throws Exception {
        for (Process node : restarted) {
            node.destroy();
            node.waitFor(60, TimeUnit.SECONDS);
        }
        script.destroy(); // the script stops its nodes, the balancer and PostgreSQL
        if (!script.waitFor(90, TimeUnit.SECONDS)) {
            script.destroyForcibly();
        }
        try (var files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        }
    }
}
