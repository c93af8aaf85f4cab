package nl.werkpad.fund.persistence;

import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A copy of the fund's schema under a name of its own, migrated by the real migration scripts to a chosen version,
 * for the tests of a migration: fill it as an older version kept it, migrate further, check. SQL given to it may
 * name the copy's schema as {@code {s}}.
 */
final class FundSchemaCopy {

    final String schema;
    private final DataSource dataSource;
    private final JdbcClient jdbc;

    FundSchemaCopy(String prefix, DataSource dataSource, JdbcClient jdbc) {
        this.schema = prefix + "_" + UUID.randomUUID().toString().substring(0, 8);
        this.dataSource = dataSource;
        this.jdbc = jdbc;
    }

    /** Migrates the copy to the version ("latest" for all). */
    void migrateTo(String target) {
        Flyway.configure()
                .dataSource(dataSource)
                .schemas(schema)
                .defaultSchema(schema)
                .createSchemas(true)
                .locations("classpath:db/migration/fund")
                .target(target)
                .load()
                .migrate();
    }

    void drop() {
        jdbc.sql("drop schema if exists " + schema + " cascade").update();
    }

    void sql(String template, Object... args) {
        jdbc.sql(format(template, args)).update();
    }

    long id(String template, Object... args) {
        return jdbc.sql(format(template, args)).query(Long.class).single();
    }

    /** The template with {s} for the copy's schema, then formatted with the arguments. */
    String format(String template, Object... args) {
        return template.replace("{s}", schema).formatted(args);
    }
}
