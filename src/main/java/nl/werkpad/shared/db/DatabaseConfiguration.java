package nl.werkpad.shared.db;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.util.Optional;
import javax.sql.DataSource;
import nl.werkpad.shared.WerkpadProperties;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.ApplicationArguments;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The one DataSource: the embedded PostgreSQL by default, an external one when WERKPAD_DB_URL is set.
 * Migrations run as soon as it exists, so every bean that touches the database sees the schema.
 */
@Configuration(proxyBeanMethods = false)
class DatabaseConfiguration {

    @Bean(destroyMethod = "close")
    DataSource dataSource(
            DatabaseProperties db, WerkpadProperties werkpad, ObjectProvider<ApplicationArguments> arguments) {
        HikariConfig config = new HikariConfig();
        var serving = backupOfServingWerkpad(db, werkpad, arguments);
        if (serving.isPresent()) {
            // pg_dump takes a consistent snapshot while that Werkpad keeps serving; its server, not ours
            config.setJdbcUrl(serving.get());
            config.setUsername("postgres");
        } else if (db.embedded()) {
            EmbeddedPostgresServer server =
                    db.ephemeral() ? EmbeddedPostgresServer.ephemeral() : EmbeddedPostgresServer.in(werkpad.dataDir());
            config.setJdbcUrl(server.jdbcUrl());
            config.setUsername("postgres");
        } else {
            config.setJdbcUrl(db.url());
            config.setUsername(db.user());
            config.setPassword(db.password());
        }
        config.setMaximumPoolSize(db.connections());
        if (db.embedded() && db.ephemeral()) {
            // a throw-away test database stops with the JVM; background jobs then should not wait 30 s for it
            config.setConnectionTimeout(3_000);
        }
        config.setPoolName("werkpad");
        HikariDataSource dataSource = new HikariDataSource(config);
        ModuleMigrations.migrate(dataSource);
        return dataSource;
    }

    /** {@code ./werkpad backup FILE} on a data directory a running Werkpad holds: that Werkpad's embedded server. */
    private static Optional<String> backupOfServingWerkpad(
            DatabaseProperties db, WerkpadProperties werkpad, ObjectProvider<ApplicationArguments> arguments) {
        ApplicationArguments args = arguments.getIfAvailable();
        boolean backup = werkpad.mode() == WerkpadProperties.Mode.COMMAND
                && args != null
                && args.getNonOptionArgs().stream()
                        .findFirst()
                        .filter("backup"::equals)
                        .isPresent();
        return backup && db.embedded() && !db.ephemeral()
                ? EmbeddedPostgresServer.runningElsewhere(werkpad.dataDir())
                : Optional.empty();
    }
}
