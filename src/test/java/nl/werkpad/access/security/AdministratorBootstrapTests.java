package nl.werkpad.access.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import nl.werkpad.access.Accounts;
import nl.werkpad.access.Role;
import nl.werkpad.support.FirstStartTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The first start of a real deployment, on a database of its own. */
class AdministratorBootstrapTests extends FirstStartTest {

    @Autowired
    AdministratorBootstrap bootstrap;

    @Autowired
    Accounts accounts;

    @Autowired
    MockMvc mvc;

    @Test
    void createsOneAdministratorWithAOneTimePasswordAndNoDemoAccounts() throws Exception {
        assertThat(accounts.all()).singleElement().satisfies(admin -> {
            assertThat(admin.username()).isEqualTo("beheerder");
            assertThat(admin.roles()).containsExactly(Role.BEHEERDER);
            assertThat(admin.mustChangePassword()).isTrue();
        });
        String password = bootstrap.lines().get(1).replaceAll(".*: ", "");
        mvc.perform(get("/api/v1/me").with(httpBasic("beheerder", password)))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.type").value("https://werkpad.nl/problems/password-change-required"));
    }

    @Test
    void doesNothingOnTheNextStart() {
        bootstrap.run();
        assertThat(accounts.all()).hasSize(1);
    }
}
