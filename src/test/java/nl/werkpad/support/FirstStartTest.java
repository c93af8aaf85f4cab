package nl.werkpad.support;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The first start of a real deployment ({@code werkpad.mode=start}: the bundled data, no demo accounts) on a database
 * of its own, for tests that change what every other test relies on (the administrator's bootstrap, ESCO imports).
 * The classes that extend it share one application context and one database, so the suite starts it once.
 */
@SpringBootTest(
        properties = {
            "werkpad.mode=start",
            "werkpad.db.ephemeral=false",
            "logging.level.root=WARN",
            "werkpad.access.password-strength=4" // as in application-test.properties
        })
@AutoConfigureMockMvc
public abstract class FirstStartTest {

    @DynamicPropertySource
    static void ownDatabase(DynamicPropertyRegistry registry) {
        OwnDatabase.in(registry);
    }
}
