package nl.werkpad.shared.db;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.SortedSet;
import java.util.TreeSet;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Flyway per module: every folder {@code db/migration/<module>} on the class path is migrated into
 * its own PostgreSQL schema named after the module, with its own history table. Modules never put
 * foreign keys into another module's schema, so the order between modules does not matter.
 */
public final class ModuleMigrations {

    private static final Logger log = LoggerFactory.getLogger(ModuleMigrations.class);
    private static final String ROOT = "db/migration/";

    private ModuleMigrations() {}

    public static SortedSet<String> modules() {
        try {
            Resource[] scripts =
                    new PathMatchingResourcePatternResolver().getResources("classpath*:" + ROOT + "*/V*.sql");
            SortedSet<String> modules = new TreeSet<>();
            Arrays.stream(scripts).map(ModuleMigrations::moduleOf).forEach(modules::add);
            return modules;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void migrate(DataSource dataSource) {
        for (String module : modules()) {
            var result = Flyway.configure()
                    .dataSource(dataSource)
                    .schemas(module)
                    .defaultSchema(module)
                    .createSchemas(true)
                    .locations("classpath:" + ROOT + module)
                    .load()
                    .migrate();
            if (result.migrationsExecuted > 0) {
                log.info(
                        "Schema {}: {} migration(s) applied, now at version {}",
                        module,
                        result.migrationsExecuted,
                        result.targetSchemaVersion);
            }
        }
    }

    private static String moduleOf(Resource script) {
        try {
            String url = script.getURL().toString();
            String afterRoot = url.substring(url.lastIndexOf(ROOT) + ROOT.length());
            return afterRoot.substring(0, afterRoot.indexOf('/'));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
