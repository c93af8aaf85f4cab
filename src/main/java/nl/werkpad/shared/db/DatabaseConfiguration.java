package nl.werkpad.shared.db;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import javax.sql.DataSource;
import nl.werkpad.shared.WerkpadProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The one DataSource: the embedded PostgreSQL by default, an external one when WERKPAD_DB_URL is set.
 * Migrations run as soon as it exists, so every bean that touches the database sees the schema.
 */
@Configuration(proxyBeanMethods = false)
class DatabaseConfiguration {

    @Bean(destroyMethod = "close")
    DataSource dataSource(DatabaseProperties db, WerkpadProperties werkpad) {
        HikariConfig config = new HikariConfig();
        if (db.embedded()) {
            EmbeddedPostgresServer server =
                    db.ephemeral() ? EmbeddedPostgresServer.ephemeral() : EmbeddedPostgresServer.in(werkpad.dataDir());
            config.setJdbcUrl(server.jdbcUrl());
            config.setUsername("postgres");
        } else {
            config.setJdbcUrl(db.url());
            config.setUsername(db.user());
            config.setPassword(db.password());
        }
        config.setMaximumPoolSize(db.poolSize());
        if (db.embedded() && db.ephemeral()) {
            // a throw-away test database stops with the JVM; background jobs then should not wait 30 s for it
            config.setConnectionTimeout(3_000);
        }
        config.setPoolName("werkpad");
        HikariDataSource dataSource = new HikariDataSource(config);
        ModuleMigrations.migrate(dataSource);
        return dataSource;
    }
}
