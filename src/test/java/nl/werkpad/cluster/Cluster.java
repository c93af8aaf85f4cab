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
    /** Each node's heap: 700 MB for the test's demo region; the benchmark at 1M passports needs more. */
    static final String HEAP = "-Xmx" + System.getProperty("werkpad.cluster.heap", "700m");

    static final String JAVA_OPTS = HEAP + " -Dwerkpad.vacancies.expiry-interval=PT2S";

    private final Path dir;
    private final Process script;
    private final Map<String, String> env = new HashMap<>();
    private final List<Process> restarted = new ArrayList<>();
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private Cluster(Path dir, Process script) {
        this.dir = dir;
        this.script = script;
    }

    static boolean canRun() {
        boolean postgres = Path.of("/usr/lib/postgresql").toFile().isDirectory();
        boolean haproxy = Path.of("/usr/sbin/haproxy").toFile().canExecute()
                || Path.of("/usr/bin/haproxy").toFile().canExecute();
        return postgres && haproxy;
    }

    static Cluster start(int nodes, int balancerPort) throws Exception {
        return start(nodes, balancerPort, Path.of("target/werkpad.jar"));
    }

    /** Starts the nodes from the given jar (another release's, for a rolling upgrade); restarts use the new one. */
    static Cluster start(int nodes, int balancerPort, Path jar) throws Exception {
        Path dir = Files.createTempDirectory("werkpad-cluster-it-");
        ProcessBuilder builder = new ProcessBuilder(
                        "bash",
                        "scripts/cluster.sh",
                        "--nodes",
                        String.valueOf(nodes),
                        "--port",
                        String.valueOf(balancerPort),
                        "--dir",
                        dir.toString(),
                        "--mode",
                        "demo",
                        "--jar",
                        jar.toString())
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve("cluster.log").toFile());
        builder.environment()
                .putAll(Map.of(
                        "JAVA_HOME",
                        System.getProperty("java.home"),
                        "WERKPAD_DEMO_PASSWORD",
                        PASSWORD,
                        "WERKPAD_JAVA_OPTS",
                        JAVA_OPTS));
        Cluster cluster = new Cluster(dir, builder.start());
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(12);
        while (!Files.exists(dir.resolve("ready"))) {
            if (!cluster.script.isAlive() || System.nanoTime() > deadline) {
                throw new AssertionError("the cluster did not start:\n" + cluster.tail("cluster.log") + "\n"
                        + cluster.tail("node1/werkpad.log"));
            }
            Thread.sleep(500);
        }
        for (String line : Files.readAllLines(dir.resolve("cluster.env"))) {
            int eq = line.indexOf('=');
            cluster.env.put(line.substring(0, eq), line.substring(eq + 1));
        }
        return cluster;
    }

    Path dir() {
        return dir;
    }

    URI balancer(String path) {
        return URI.create("http://127.0.0.1:" + env.get("LB_PORT") + path);
    }

    URI node(int i, String path) {
        return URI.create("http://127.0.0.1:" + env.get("NODE" + i + "_PORT") + path);
    }

    /** SIGKILL: the node gets no chance to finish anything. */
    void kill(int i) throws Exception {
        ProcessHandle node =
                ProcessHandle.of(Long.parseLong(env.get("NODE" + i + "_PID"))).orElseThrow();
        node.destroyForcibly();
        node.onExit().get(30, TimeUnit.SECONDS);
    }

    /** Starts node i again on its port and data folder; returns the seconds until it was ready. */
    double restart(int i) throws Exception {
        return startNode(i, "werkpad");
    }

    /** Starts node i on its port and data folder against the named database; returns the seconds until it was ready. */
    double startNode(int i, String database) throws Exception {
        long started = System.nanoTime();
        Process node = werkpad(
                database,
                dir.resolve("node" + i),
                "node" + i + "/werkpad.log",
                "--werkpad.mode=demo",
                Map.of("WERKPAD_PORT", env.get("NODE" + i + "_PORT")));
        restarted.add(node);
        env.put("NODE" + i + "_PID", String.valueOf(node.pid()));
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(8);
        while (System.nanoTime() < deadline) {
            if (!node.isAlive()) {
                throw new AssertionError(
                        "node " + i + " stopped while starting:\n" + tail("node" + i + "/werkpad.log"));
            }
            try {
                var response = http.send(
                        HttpRequest.newBuilder(node(i, "/actuator/health/readiness"))
                                .build(),
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

    /**
     * Replaces node i by the new jar as an operator would: SIGTERM (it turns unready and drains), wait until it has
     * stopped, start target/werkpad.jar on its port and data folder, wait until the balancer routes to it again.
     */
    void upgrade(int i) throws Exception {
        ProcessHandle old =
                ProcessHandle.of(Long.parseLong(env.get("NODE" + i + "_PID"))).orElseThrow();
        old.destroy();
        old.onExit().get(90, TimeUnit.SECONDS);
        restart(i);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline) {
            var answer = http.send(
                    HttpRequest.newBuilder(balancer("/actuator/health/readiness"))
                            .build(),
                    HttpResponse.BodyHandlers.discarding());
            if (answer.headers().firstValue("X-Werkpad-Node").orElse("").equals("node" + i)) {
                return;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("the balancer did not take node " + i + " back in within 60 s");
    }

    /** Runs a Werkpad command (backup, restore …) against the named database of the cluster; returns its exit code. */
    int command(String database, String... words) throws Exception {
        List<String> arguments = new ArrayList<>(List.of("--werkpad.mode=command"));
        arguments.addAll(List.of(words));
        Process command =
                werkpad(database, Files.createTempDirectory(dir, "command-"), "commands.log", arguments, Map.of());
        if (!command.waitFor(10, TimeUnit.MINUTES)) {
            command.destroyForcibly();
            throw new AssertionError(
                    "./werkpad " + String.join(" ", words) + " did not finish:\n" + tail("commands.log"));
        }
        return command.exitValue();
    }

    private Process werkpad(String database, Path dataDir, String log, Object arguments, Map<String, String> extra)
            throws IOException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                HEAP,
                "-Dwerkpad.vacancies.expiry-interval=PT2S",
                "-jar",
                "target/werkpad.jar"));
        if (arguments instanceof List<?> list) {
            list.forEach(argument -> command.add(argument.toString()));
        } else {
            command.add(arguments.toString());
        }
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(
                        ProcessBuilder.Redirect.appendTo(dir.resolve(log).toFile()));
        builder.environment()
                .putAll(Map.of(
                        "WERKPAD_DB_URL",
                        "jdbc:postgresql://127.0.0.1:" + env.get("PG_PORT") + "/" + database,
                        "WERKPAD_DB_USER",
                        "werkpad",
                        "WERKPAD_DB_PASSWORD",
                        "werkpad-cluster",
                        "WERKPAD_DEMO_PASSWORD",
                        PASSWORD,
                        "WERKPAD_DATA_DIR",
                        dataDir.toString(),
                        "WERKPAD_SECURE_COOKIES",
                        "false",
                        "WERKPAD_PG_BIN",
                        env.get("PG_BIN")));
        builder.environment().putAll(extra);
        return builder.start();
    }

    /** A connection as PostgreSQL's superuser, for creating databases. */
    Connection administration() throws SQLException {
        return DriverManager.getConnection(
                "jdbc:postgresql://127.0.0.1:" + env.get("PG_PORT") + "/postgres", "postgres", "");
    }

    Connection database(String name) throws SQLException {
        return DriverManager.getConnection(
                "jdbc:postgresql://127.0.0.1:" + env.get("PG_PORT") + "/" + name, "werkpad", "werkpad-cluster");
    }

    Connection database() throws SQLException {
        return DriverManager.getConnection(
                "jdbc:postgresql://127.0.0.1:" + env.get("PG_PORT") + "/werkpad", "werkpad", "werkpad-cluster");
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
            files.sorted(java.util.Comparator.reverseOrder())
                    .forEach(f -> f.toFile().delete());
        }
    }
}
