package nl.werkpad.shared;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How this Werkpad process runs.
 *
 * @param mode    {@code demo} (seed a demo region on an empty database), {@code start} (a real
 *                deployment) or {@code command} (run one command-line command and exit)
 * @param dataDir where local state lives: the embedded database and the demo password
 */
@ConfigurationProperties("werkpad")
public record WerkpadProperties(
        @DefaultValue("start") Mode mode,
        @DefaultValue("werkpad-data") Path dataDir) {

    public enum Mode {
        DEMO,
        START,
        COMMAND
    }

    public boolean isDemo() {
        return mode == Mode.DEMO;
    }
}
