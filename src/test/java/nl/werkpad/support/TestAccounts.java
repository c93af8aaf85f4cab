package nl.werkpad.support;

import java.util.Set;
import java.util.UUID;
import nl.werkpad.access.Accounts;
import nl.werkpad.access.NewAccount;
import nl.werkpad.access.Role;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.stereotype.Component;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Fresh accounts for a test, so tests do not share a resident's passport or an advisor's caseload. */
@Component
public class TestAccounts {

    public static final String PASSWORD = "test-wachtwoord-123";

    public record TestAccount(String username, UUID id, String displayName) {
        public RequestPostProcessor basic() {
            return SecurityMockMvcRequestPostProcessors.httpBasic(username, PASSWORD);
        }

        /** A page session after logging in through the log-in form, as a browser would. */
        public MockHttpSession session(MockMvc mvc) throws Exception {
            return Demo.session(mvc, username, PASSWORD);
        }
    }

    private final Accounts accounts;

    public TestAccounts(Accounts accounts) {
        this.accounts = accounts;
    }

    public TestAccount with(Role role, String displayName) {
        String username =
                role.demoUsername() + "-" + UUID.randomUUID().toString().substring(0, 8);
        return new TestAccount(
                username,
                accounts.create(new NewAccount(username, displayName, PASSWORD, Set.of(role), false))
                        .id(),
                displayName);
    }
}
