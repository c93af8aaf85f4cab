package nl.werkpad.shared.db;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the database is. With no {@code url} Werkpad starts its own embedded PostgreSQL in the data
 * directory; with a {@code url} (WERKPAD_DB_URL) it uses that PostgreSQL and the same migrations.
 *
 * @param poolSize  connections this node keeps; 0 (the default) sizes the pool to the cores, see {@link #connections}
 * @param ephemeral embedded only: a fresh database in a temporary directory, removed at exit (tests)
 */
@ConfigurationProperties("werkpad.db")
public record DatabaseProperties(
        @DefaultValue("") String url,
        @DefaultValue("") String user,
        @DefaultValue("") String password,
        @DefaultValue("0") int poolSize,
        @DefaultValue("false") boolean ephemeral) {

    public boolean embedded() {
        return url.isBlank();
    }

    /**
     * The pool's size: the configured one, or twice the cores plus one (HikariCP's rule of thumb, "About Pool
     * Sizing"). More connections than the database can run at once only make them wait for each other: on 2 cores,
     * 64 connections issued and redeemed 200 vouchers a second where 5 did about 400 (docs/benchmarks.md).
     */
    public int connections() {
        return poolSize > 0 ? poolSize : 2 * Runtime.getRuntime().availableProcessors() + 1;
    }
}
