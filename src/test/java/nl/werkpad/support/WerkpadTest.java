package nl.werkpad.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;

/**
 * A whole Werkpad against a real (embedded, throw-away) PostgreSQL with the demo accounts, driven
 * through MockMvc. All test classes share one PostgreSQL per JVM; data they create stays, so tests
 * use their own names and never assume an empty table. Every API response is checked against the OpenAPI
 * document ({@link ApiContractValidation}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@org.springframework.context.annotation.Import({TestOrganisations.class, TestAccounts.class, ApiContractValidation.class
})
public @interface WerkpadTest {}
