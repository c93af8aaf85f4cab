package nl.werkpad.access.security;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.Instant;
import java.util.List;
import nl.werkpad.support.Demo;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/** OpenID Connect only (local accounts switched off), against a stub issuer on loopback. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class OidcLoginTests {

    static final StubIssuer ISSUER = new StubIssuer();

    @DynamicPropertySource
    static void oidc(DynamicPropertyRegistry registry) {
        registry.add("werkpad.access.local-accounts", () -> "false");
        registry.add("werkpad.access.oidc.issuer-uri", ISSUER::issuer);
        registry.add("werkpad.access.oidc.client-id", () -> "werkpad");
        registry.add("werkpad.access.oidc.client-secret", () -> "geheim");
        registry.add("werkpad.access.oidc.role-mapping[team-loopbaan]", () -> "ADVISEUR");
    }

    @AfterAll
    static void stop() {
        ISSUER.close();
    }

    @Autowired
    MockMvc mvc;

    @Test
    void acceptsABearerTokenAndMapsTheRolesClaim() throws Exception {
        String token = ISSUER.token(
                "sub-1",
                "j.devries",
                List.of("team-loopbaan", "onbekend"),
                Instant.now().plusSeconds(300));
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.username").value("j.devries"))
                .andExpect(jsonPath("$.roles").value(Matchers.contains("ADVISEUR")));
    }

    @Test
    void keepsOneAccountPerPersonAcrossTokens() throws Exception {
        String first = ISSUER.token(
                "sub-2", "a.jansen", List.of("beleid"), Instant.now().plusSeconds(300));
        String second = ISSUER.token(
                "sub-2", "a.jansen", List.of("beleid"), Instant.now().plusSeconds(600));
        String id = JsonPath.read(
                mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + first))
                        .andReturn()
                        .getResponse()
                        .getContentAsString(),
                "$.id");
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + second))
                .andExpect(jsonPath("$.id").value(id))
                .andExpect(jsonPath("$.roles[0]").value("BELEID"));
    }

    @Test
    void refusesATokenSignedWithAnotherKey() throws Exception {
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + ISSUER.forgedToken("sub-3")))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentType("application/problem+json"));
    }

    @Test
    void refusesAnExpiredToken() throws Exception {
        String token =
                ISSUER.token("sub-4", "oud", List.of("beheerder"), Instant.now().minusSeconds(600));
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void refusesLocalPasswordsWhenLocalAccountsAreOff() throws Exception {
        mvc.perform(get("/api/v1/me").with(httpBasic("adviseur", Demo.PASSWORD)))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void sendsPagesToTheIssuerToLogIn() throws Exception {
        mvc.perform(get("/oauth2/authorization/oidc"))
                .andExpect(status().is3xxRedirection())
                .andExpect(header().string("Location", startsWith(ISSUER.issuer() + "/authorize")))
                .andExpect(header().string("Location", containsString("client_id=werkpad")));
        mvc.perform(get("/login"))
                .andExpect(content().string(containsString("/oauth2/authorization/oidc")))
                .andExpect(content().string(not(containsString("type=\"password\""))));
    }
}
