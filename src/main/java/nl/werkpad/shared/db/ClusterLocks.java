package nl.werkpad.shared.db;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Locks that hold across the nodes of a cluster, all in PostgreSQL: ShedLock's lock rows for scheduled jobs that run
 * once per cluster ({@code @SchedulerLock}, timed by the database's clock), and a session-level advisory lock for
 * work that must not run on two nodes at once, such as the start-up import of shared data.
 */
@Configuration(proxyBeanMethods = false)
public class ClusterLocks {

    private final DataSource dataSource;

    ClusterLocks(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Bean
    LockProvider lockProvider() {
        return new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
                .withJdbcTemplate(new JdbcTemplate(dataSource))
                .withTableName("shared.shedlock")
                .usingDbTime()
                .build());
    }

    /** Runs {@code work} while holding the advisory lock {@code key}; other nodes asking for it wait meanwhile. */
    public void exclusively(long key, Runnable work) {
        try (Connection connection = dataSource.getConnection()) {
            call(connection, "pg_advisory_lock", key);
            try {
                work.run();
            } finally {
                call(connection, "pg_advisory_unlock", key);
            }
        } catch (SQLException e) {
            throw new DataAccessResourceFailureException("Could not take or give back the cluster lock " + key, e);
        }
    }

    private static void call(Connection connection, String function, long key) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("select " + function + "(" + key + ")");
        }
    }
}
