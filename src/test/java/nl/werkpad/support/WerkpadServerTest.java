package nl.werkpad.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * A whole Werkpad on a real port, with its sessions in PostgreSQL as in production (the test profile switches them off
 * for the MockMvc tests of {@link WerkpadTest} only): for the browser tests and for what only the servlet container
 * does, such as error pages. Every class that needs a real port uses exactly this annotation, so they all share one
 * Spring context; a different {@code @Import} or property per class would start another Werkpad (20-40 s each).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.autoconfigure.exclude=")
@ActiveProfiles("test")
@Import({TestAccounts.class, TestOrganisations.class})
public @interface WerkpadServerTest {}
