package nl.werkpad.shared.db;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The connection pool is sized to the cores unless it is configured. */
class DatabasePropertiesTests {

    @Test
    void aPoolOfTwiceTheCoresPlusOneUnlessConfigured() {
        int cores = Runtime.getRuntime().availableProcessors();
        assertThat(new DatabaseProperties("", "", "", 0, false).connections()).isEqualTo(2 * cores + 1);
        assertThat(new DatabaseProperties("", "", "", 12, false).connections()).isEqualTo(12);
    }
}
