package nl.werkpad.shared.db;

import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * PostgreSQL's own client programs (pg_dump, pg_restore) for the database Werkpad uses, embedded or external. They
 * must have the server's major version: pg_dump refuses a newer server, and an older dump may not restore. Searched
 * in {@code WERKPAD_PG_BIN}, Debian's {@code /usr/lib/postgresql/<major>/bin} and the {@code PATH}.
 */
final class PgTools {

    private final DataSource dataSource;

    PgTools(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    int serverMajorVersion() {
        return JdbcClient.create(dataSource)
                .sql("select current_setting('server_version_num')::int / 10000")
                .query(Integer.class)
                .single();
    }

    /** The program of the server's major version, or a sentence saying what to install. */
    Path program(String name) {
        int major = serverMajorVersion();
        List<Path> candidates = new ArrayList<>();
        Optional.ofNullable(System.getenv("WERKPAD_PG_BIN"))
                .filter(s -> !s.isBlank())
                .ifPresent(dir -> candidates.add(Path.of(dir, name)));
        candidates.add(Path.of("/usr/lib/postgresql", String.valueOf(major), "bin", name));
        Optional.ofNullable(System.getenv("PATH"))
                .ifPresent(path -> Stream.of(path.split(":")).forEach(dir -> candidates.add(Path.of(dir, name))));
        for (Path candidate : candidates) {
            if (Files.isExecutable(candidate) && majorOf(candidate) == major) {
                return candidate;
            }
        }
        throw new IllegalStateException(
                ("%s of PostgreSQL %d is needed for this PostgreSQL %d database and was not found. "
                                + "Install PostgreSQL %d's client programs (Debian: postgresql-client-%d) or point WERKPAD_PG_BIN at their bin folder.")
                        .formatted(name, major, major, major, major));
    }

    /** Runs a client program against Werkpad's database; its output goes to this process's console. */
    int run(Path program, List<String> arguments) throws IOException, InterruptedException {
        Connection target = connection();
        List<String> command = new ArrayList<>(List.of(
                program.toString(),
                "--host",
                target.host(),
                "--port",
                String.valueOf(target.port()),
                "--username",
                target.user(),
                "--dbname",
                target.database()));
        command.addAll(arguments);
        ProcessBuilder builder = new ProcessBuilder(command).inheritIO();
        Map<String, String> env = builder.environment();
        if (target.password() != null) {
            env.put("PGPASSWORD", target.password());
        }
        return builder.start().waitFor();
    }

    private Connection connection() {
        HikariDataSource hikari = (HikariDataSource) dataSource;
        URI uri = URI.create(hikari.getJdbcUrl().substring("jdbc:".length()));
        String database = uri.getPath().substring(1);
        String user = hikari.getUsername();
        return new Connection(
                uri.getHost(), uri.getPort() < 0 ? 5432 : uri.getPort(), database, user, hikari.getPassword());
    }

    private static int majorOf(Path program) {
        try {
            Process process = new ProcessBuilder(program.toString(), "--version")
                    .redirectErrorStream(true)
                    .start();
            String out = new String(process.getInputStream().readAllBytes()).trim();
            process.waitFor();
            // "pg_dump (PostgreSQL) 15.18 (Debian 15.18-0+deb12u1)"
            String version = out.replaceAll("^.*\\) ", "").split("[ .]")[0];
            return Integer.parseInt(version);
        } catch (IOException | NumberFormatException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    private record Connection(String host, int port, String database, String user, String password) {}
}
