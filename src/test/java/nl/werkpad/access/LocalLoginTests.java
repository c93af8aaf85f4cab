package nl.werkpad.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Set;
import java.util.UUID;
import nl.werkpad.support.Demo;
import nl.werkpad.support.WerkpadTest;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.result.MockMvcResultMatchers;

@WerkpadTest
class LocalLoginTests {

    private static final String PASSWORD = "een-goed-wachtwoord";

    @Autowired
    MockMvc mvc;

    @Autowired
    Accounts accounts;

    private String newAccount(Role role, boolean mustChange) {
        String username = "test-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.create(new NewAccount(username, "Test", PASSWORD, Set.of(role), mustChange));
        return username;
    }

    @Test
    void logsInWithTheRightPasswordAndLandsOnTheHomePage() throws Exception {
        mvc.perform(formLogin("/login").user("adviseur").password(Demo.PASSWORD))
                .andExpect(authenticated().withRoles("ADVISEUR"))
                .andExpect(redirectedUrl("/"));
    }

    @Test
    void refusesAWrongPassword() throws Exception {
        mvc.perform(formLogin("/login").user("adviseur").password("niet-het-wachtwoord"))
                .andExpect(unauthenticated())
                .andExpect(redirectedUrl("/login?error"));
    }

    @Test
    void refusesALoginFormWithoutCsrfToken() throws Exception {
        mvc.perform(post("/login").param("username", "adviseur").param("password", Demo.PASSWORD))
                .andExpect(status().isForbidden())
                .andExpect(unauthenticated());
    }

    @Test
    void refusesLogoutWithoutCsrfToken() throws Exception {
        mvc.perform(post("/logout").with(httpBasic("adviseur", Demo.PASSWORD))).andExpect(status().isForbidden());
    }

    private static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    private ResultActions logIn(String username, String password, String address) throws Exception {
        return mvc.perform(post("/login")
                .param("username", username)
                .param("password", password)
                .with(csrf())
                .with(from(address)));
    }

    @Test
    void aStrangerCannotLockTheOwnerOutAndWaitingLooksLikeAWrongPassword() throws Exception {
        String username = newAccount(Role.INWONER, false);
        for (int i = 0; i < 3; i++) {
            logIn(username, "fout-" + i, "10.66.0.1")
                    .andExpect(unauthenticated())
                    .andExpect(redirectedUrl("/login?error"));
        }
        for (int i = 0; i < 3; i++) {
            mvc.perform(get("/api/v1/me").with(httpBasic(username, "fout")).with(from("10.66.0.1")))
                    .andExpect(status().isUnauthorized());
        }
        // the stranger's address now waits, even with the right password, and is told nothing different
        logIn(username, PASSWORD, "10.66.0.1").andExpect(unauthenticated()).andExpect(redirectedUrl("/login?error"));
        String waiting = mvc.perform(
                        get("/api/v1/me").with(httpBasic(username, PASSWORD)).with(from("10.66.0.1")))
                .andExpect(status().isUnauthorized())
                .andReturn()
                .getResponse()
                .getContentAsString();
        String wrong = mvc.perform(get("/api/v1/me")
                        .with(httpBasic(username, "nog-een-fout"))
                        .with(from("10.66.0.2")))
                .andExpect(status().isUnauthorized())
                .andReturn()
                .getResponse()
                .getContentAsString();
        String unknown = mvc.perform(get("/api/v1/me")
                        .with(httpBasic("onbekend-" + UUID.randomUUID(), "x"))
                        .with(from("10.66.0.2")))
                .andExpect(status().isUnauthorized())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(waiting).isEqualTo(wrong).isEqualTo(unknown);
        logIn("onbekend-" + UUID.randomUUID(), "x", "10.66.0.2").andExpect(redirectedUrl("/login?error"));

        // the owner, from an address of their own, gets in with the right password, by form and by HTTP Basic
        logIn(username, PASSWORD, "10.66.0.3").andExpect(authenticated());
        mvc.perform(get("/api/v1/me").with(httpBasic(username, PASSWORD)).with(from("10.66.0.4")))
                .andExpect(status().isOk());
    }

    @Test
    void theAdministratorSeesEveryWaitAndLiftsIt() throws Exception {
        String username = newAccount(Role.INWONER, false);
        for (int i = 0; i < 5; i++) {
            logIn(username, "fout-" + i, "10.67.0.1").andExpect(unauthenticated());
        }
        logIn(username, PASSWORD, "10.67.0.1").andExpect(unauthenticated());
        String key = username + " @ 10.67.0.1";
        mvc.perform(get("/api/v1/login-counters").with(httpBasic("beheerder", Demo.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.key == '" + key + "')].scope").value(Matchers.hasItem("ACCOUNT_AT_ADDRESS")))
                .andExpect(jsonPath("$[?(@.key == '" + key + "')].blockedUntil").isNotEmpty());
        mvc.perform(get("/api/v1/login-counters")
                        .with(httpBasic(username, PASSWORD))
                        .with(from("10.67.0.9")))
                .andExpect(status().isForbidden());
        MockHttpSession admin = Demo.session(mvc, "beheerder");
        mvc.perform(get("/beheer/accounts").session(admin))
                .andExpect(status().isOk())
                .andExpect(MockMvcResultMatchers.content().string(Matchers.containsString(key)));
        mvc.perform(post("/beheer/accounts/log-in-tellers")
                        .param("scope", "ACCOUNT_AT_ADDRESS")
                        .param("key", key)
                        .with(csrf())
                        .session(admin))
                .andExpect(redirectedUrl("/beheer/accounts"));
        logIn(username, PASSWORD, "10.67.0.1").andExpect(authenticated());
    }

    @Test
    void theAdministratorCanLiftEveryWaitOfOneAccount() throws Exception {
        String username = newAccount(Role.INWONER, false);
        for (int i = 0; i < 5; i++) {
            mvc.perform(get("/api/v1/me").with(httpBasic(username, "fout")).with(from("10.68.0.1")))
                    .andExpect(status().isUnauthorized());
        }
        UUID id = accounts.byUsername(username).orElseThrow().id();
        mvc.perform(post("/beheer/accounts/{id}/unlock", id).with(csrf()).session(Demo.session(mvc, "beheerder")))
                .andExpect(redirectedUrl("/beheer/accounts"));
        mvc.perform(get("/api/v1/me").with(httpBasic(username, PASSWORD)).with(from("10.68.0.1")))
                .andExpect(status().isOk());
    }

    @Test
    void aOneTimePasswordAllowsNothingButChoosingANewPassword() throws Exception {
        String username = newAccount(Role.ADVISEUR, true);
        MockHttpSession session =
                (MockHttpSession) mvc.perform(formLogin("/login").user(username).password(PASSWORD))
                        .andExpect(authenticated())
                        .andReturn()
                        .getRequest()
                        .getSession(false);

        mvc.perform(get("/account").session(session)).andExpect(redirectedUrl("/account/password"));
        mvc.perform(get("/api/v1/me").with(httpBasic(username, PASSWORD)))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.type").value("https://werkpad.nl/problems/password-change-required"));

        mvc.perform(post("/account/password")
                        .session(session)
                        .with(csrf())
                        .param("current", PASSWORD)
                        .param("password", "kort")
                        .param("repeat", "kort"))
                .andExpect(status().isOk());
        mvc.perform(post("/account/password")
                        .session(session)
                        .with(csrf())
                        .param("current", PASSWORD)
                        .param("password", "mijn-nieuwe-wachtwoord")
                        .param("repeat", "mijn-nieuwe-wachtwoord"))
                .andExpect(redirectedUrl("/login?passwordChanged="));

        mvc.perform(get("/api/v1/me").with(httpBasic(username, "mijn-nieuwe-wachtwoord")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.username").value(username));
        mvc.perform(get("/api/v1/me").with(httpBasic(username, PASSWORD))).andExpect(status().isUnauthorized());
    }

    @Test
    void anAdministratorCreatesAnAccountWithAOneTimePassword() throws Exception {
        mvc.perform(post("/beheer/accounts")
                        .with(csrf())
                        .session(Demo.session(mvc, "beheerder"))
                        .param("username", "nieuwe.adviseur")
                        .param("displayName", "Nieuwe Adviseur")
                        .param("roles", "ADVISEUR"))
                .andExpect(redirectedUrl("/beheer/accounts"));
        Account created = accounts.byUsername("nieuwe.adviseur").orElseThrow();
        assertThat(created.roles()).containsExactly(Role.ADVISEUR);
        assertThat(created.mustChangePassword()).isTrue();
    }

    @Test
    void anAdministratorSeesAMessageNextToAFieldThatIsWrong() throws Exception {
        mvc.perform(post("/beheer/accounts")
                        .with(csrf())
                        .session(Demo.session(mvc, "beheerder"))
                        .param("username", "Met Spaties")
                        .param("displayName", "")
                        .param("roles", "INWONER"))
                .andExpect(status().isOk())
                .andExpect(MockMvcResultMatchers.content().string(Matchers.containsString("id=\"username-error\"")));
        assertThat(accounts.byUsername("Met Spaties")).isEmpty();
    }

    @Test
    void onlyAdministratorsManageAccounts() throws Exception {
        mvc.perform(get("/beheer/accounts").session(Demo.session(mvc, "inwoner")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/beheer/accounts").session(Demo.session(mvc, "beheerder")))
                .andExpect(status().isOk());
    }

    @Test
    void pagesNeedALoginAndSendAnonymousVisitorsToTheLoginPage() throws Exception {
        mvc.perform(get("/account")).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/"))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Security-Policy", Matchers.containsString("default-src 'self'")));
    }
}
