package nl.werkpad.shared.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The embedded PostgreSQL's version, and what a data directory of another version gets instead of a crash. */
class EmbeddedPostgresServerTests {

    @Test
    void theBundledServerIsTheMajorVersionWerkpadFindsClientProgramsFor() throws Exception {
        // ./werkpad backup needs pg_dump of this version (Debian 12: postgresql-client-15); pom.xml must agree
        try (var connection = DriverManager.getConnection(
                        EmbeddedPostgresServer.ephemeral().jdbcUrl());
                var result = connection
                        .createStatement()
                        .executeQuery("select current_setting('server_version_num')::int / 10000")) {
            result.next();
            assertThat(result.getInt(1)).isEqualTo(EmbeddedPostgresServer.MAJOR_VERSION);
        }
    }

    @Test
    void aDataDirectoryOfAnotherMajorVersionIsRefusedWithWhatToDo(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("pg"));
        Files.writeString(dir.resolve("pg/PG_VERSION"), "17\n");
        assertThatThrownBy(() -> EmbeddedPostgresServer.in(dir))
                .isInstanceOfSatisfying(EmbeddedPostgresServer.DataDirectoryOfOtherVersion.class, refused -> {
                    assertThat(refused.getMessage())
                            .contains("PostgreSQL 17 database")
                            .contains("version " + EmbeddedPostgresServer.MAJOR_VERSION);
                    var analysis = new DataDirectoryOfOtherVersionAnalyzer().analyze(refused);
                    assertThat(analysis.getAction()).contains("--data-dir").contains("./werkpad restore");
                });
        assertThat(dir.resolve("pg/postmaster.pid")).doesNotExist();
    }

    @Test
    void aDataDirectoryNoWerkpadHoldsHasNoServingDatabase(@TempDir Path dir) {
        assertThat(EmbeddedPostgresServer.runningElsewhere(dir)).isEmpty();
    }
}
