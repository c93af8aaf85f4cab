package nl.werkpad.shared.db;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.sql.DataSource;
import nl.werkpad.shared.cli.Command;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * {@code ./werkpad backup FILE} and {@code ./werkpad restore FILE}: the whole database Werkpad uses (every module's
 * schema, the ledger included) with PostgreSQL's own pg_dump and pg_restore in their custom format. Indexes are not
 * in a backup: every node rebuilds its matching index at start, and the taxonomy index is rebuilt for a database it
 * was not built from. Restore replaces what the target database holds; run it with no node serving that database.
 */
@Configuration(proxyBeanMethods = false)
class BackupCommands {

    @Bean
    Command backupCommand(DataSource dataSource) {
        PgTools tools = new PgTools(dataSource);
        return new Command() {
            @Override
            public String name() {
                return "backup";
            }

            @Override
            public String description() {
                return "backup FILE       the whole database into FILE (pg_dump custom format; see docs/operations.md)";
            }

            @Override
            public int run(List<String> arguments) throws Exception {
                if (arguments.size() != 1) {
                    System.err.println("Usage: ./werkpad backup FILE");
                    return 2;
                }
                Path file = Path.of(arguments.getFirst()).toAbsolutePath();
                int exit = tools.run(
                        tools.program("pg_dump"),
                        List.of("--format=custom", "--no-owner", "--no-privileges", "--file", file.toString()));
                if (exit == 0) {
                    System.out.printf("Backup written: %s (%,d bytes)%n", file, Files.size(file));
                }
                return exit;
            }
        };
    }

    @Bean
    Command restoreCommand(DataSource dataSource) {
        PgTools tools = new PgTools(dataSource);
        return new Command() {
            @Override
            public String name() {
                return "restore";
            }

            @Override
            public String description() {
                return "restore FILE      replace the database with a backup made by ./werkpad backup";
            }

            @Override
            public int run(List<String> arguments) throws Exception {
                if (arguments.size() != 1 || !Files.isReadable(Path.of(arguments.getFirst()))) {
                    System.err.println("Usage: ./werkpad restore FILE (a file written by ./werkpad backup)");
                    return 2;
                }
                Path file = Path.of(arguments.getFirst()).toAbsolutePath();
                int exit = tools.run(
                        tools.program("pg_restore"),
                        List.of(
                                "--clean",
                                "--if-exists",
                                "--no-owner",
                                "--no-privileges",
                                "--single-transaction",
                                "--exit-on-error",
                                file.toString()));
                if (exit == 0) {
                    System.out.println("Restored from " + file
                            + ". Start Werkpad: its indexes are rebuilt from the restored data.");
                }
                return exit;
            }
        };
    }
}
