package nl.werkpad.support;

import java.util.Set;
import java.util.UUID;
import nl.werkpad.access.Role;
import nl.werkpad.access.SignedInUser;
import nl.werkpad.ecosystem.Ecosystem;
import nl.werkpad.matching.Matching;
import nl.werkpad.matching.api.TryLimiter;
import nl.werkpad.monitor.Monitor;
import nl.werkpad.regions.Regions;
import nl.werkpad.web.Names;
import org.junit.jupiter.api.AfterEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The base of every {@link WebSlice} test: all facade doubles are declared here, once, so all slice tests share one
 * Spring context. Mockito resets them after each test.
 */
@WebSlice
public abstract class WebSliceTest {

    @Autowired
    protected MockMvc mvc;

    @MockitoBean
    protected Matching matching;

    @MockitoBean
    protected TryLimiter tryLimiter;

    @MockitoBean
    protected Monitor monitor;

    @MockitoBean
    protected Ecosystem ecosystem;

    @MockitoBean
    protected Regions regions;

    /** For the pages' names dialect: which name a code stands for. */
    @MockitoBean
    protected Names names;

    /** A signed-in person with this role, as Werkpad's own principals carry them. */
    protected static SignedInUser user(Role role) {
        return new SignedInUser(UUID.randomUUID(), role.name().toLowerCase(), "Test " + role, Set.of(role));
    }

    /**
     * The request comes from this person. With the security filters off, the security context of the test's thread is
     * what the controller reads ({@link SignedInUser#current()}); it is cleared after each test.
     */
    protected static RequestPostProcessor as(SignedInUser user) {
        SignedInUser.Principal principal = () -> user;
        var authentication = new TestingAuthenticationToken(
                principal,
                null,
                user.roles().stream().map(r -> "ROLE_" + r.name()).toArray(String[]::new));
        return request -> {
            SecurityContextHolder.getContext().setAuthentication(authentication);
            return request;
        };
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }
}
