package nl.werkpad.support;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;

import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The demo log-ins that the test profile seeds (see application-test.properties). */
public final class Demo {

    public static final String PASSWORD = "demo-wachtwoord-123";

    private Demo() {}

    /** HTTP Basic as the demo account of a role, for the API, e.g. {@code as("adviseur")}. */
    public static RequestPostProcessor as(String username) {
        return SecurityMockMvcRequestPostProcessors.httpBasic(username, PASSWORD);
    }

    /** A page session after logging in through the log-in form, as a browser would. */
    public static MockHttpSession session(MockMvc mvc, String username) throws Exception {
        return session(mvc, username, PASSWORD);
    }

    /** A page session after logging in through the log-in form with this password (a test account's). */
    public static MockHttpSession session(MockMvc mvc, String username, String password) throws Exception {
        return (MockHttpSession) mvc.perform(formLogin("/login").user(username).password(password))
                .andReturn()
                .getRequest()
                .getSession(false);
    }
}
