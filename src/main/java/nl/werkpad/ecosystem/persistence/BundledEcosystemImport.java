package nl.werkpad.ecosystem.persistence;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import nl.werkpad.ecosystem.Ecosystem;
import nl.werkpad.shared.startup.StartupTask;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A fresh instance gets the 17 campuses and the 2021–2023 action agenda of Noord-Holland from the bundled
 * tables (data/ecosystem, see PROVENANCE.md); an instance that has them keeps what it has.
 */
@Component
class BundledEcosystemImport implements StartupTask {

    private static final Logger LOG = LoggerFactory.getLogger(BundledEcosystemImport.class);

    private final Ecosystem ecosystem;
    private final JdbcClient jdbc;

    BundledEcosystemImport(Ecosystem ecosystem, JdbcClient jdbc) {
        this.ecosystem = ecosystem;
        this.jdbc = jdbc;
    }

    @Override
    public Phase phase() {
        return Phase.REGISTRIES;
    }

    @Override
    public void run() {
        if (!jdbc.sql("select exists (select 1 from ecosystem.campus)")
                .query(Boolean.class)
                .single()) {
            int campuses = read("campuses.csv", reader -> ecosystem.importCampuses("campuses.csv", reader));
            LOG.info("Ecosystem: {} campuses imported", campuses);
        }
        if (!jdbc.sql("select exists (select 1 from ecosystem.target)")
                .query(Boolean.class)
                .single()) {
            int targets = read(
                    "action_agenda_nh_2021_2023.csv",
                    reader -> ecosystem.importTargets("action_agenda_nh_2021_2023.csv", reader));
            LOG.info("Ecosystem: {} action agenda targets imported", targets);
        }
    }

    private interface Import {
        int from(Reader reader);
    }

    private static int read(String file, Import action) {
        try (Reader reader = new InputStreamReader(
                new ClassPathResource("data/ecosystem/" + file).getInputStream(), StandardCharsets.UTF_8)) {
            return action.from(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
