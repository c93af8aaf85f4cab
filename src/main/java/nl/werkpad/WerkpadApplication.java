package nl.werkpad;

import java.util.Arrays;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * Werkpad: one "loket" for work, people and training, thinking in skills.
 * Started by the {@code ./werkpad} script; see README.md.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class WerkpadApplication {

    public static void main(String[] args) {
        SpringApplication application = new SpringApplication(WerkpadApplication.class);
        boolean command = Arrays.asList(args).contains("--werkpad.mode=command");
        if (command) {
            // a command such as import-esco runs against the database and exits; no web server
            application.setWebApplicationType(WebApplicationType.NONE);
            System.exit(SpringApplication.exit(application.run(args)));
        }
        application.run(args);
    }
}
