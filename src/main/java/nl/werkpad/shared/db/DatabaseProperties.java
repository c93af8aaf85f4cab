package nl.werkpad.shared.db;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the database is. With no {@code url} Werkpad starts its own embedded PostgreSQL in the data
 * directory; with a {@code url} (WERKPAD_DB_URL) it uses that PostgreSQL and the same migrations.
 *
 * @param ephemeral embedded only: a fresh database in a temporary directory, removed at exit (tests)
 */
@ConfigurationProperties("werkpad.db")
public record DatabaseProperties(
        @DefaultValue("") String url,
        @DefaultValue("") String user,
        @DefaultValue("") String password,
        @DefaultValue("10") int poolSize,
        @DefaultValue("false") boolean ephemeral) {

    public boolean embedded() {
        return url.isBlank();
    }
}
