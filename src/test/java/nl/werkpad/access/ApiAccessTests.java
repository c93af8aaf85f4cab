package nl.werkpad.access;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import nl.werkpad.support.Demo;
import nl.werkpad.support.WerkpadTest;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

@WerkpadTest
class ApiAccessTests {

    @Autowired
    MockMvc mvc;

    @Test
    void refusesACallWithoutCredentialsWithAProblemDocument() throws Exception {
        mvc.perform(get("/api/v1/me"))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(header().string("API-Version", "1.0.0"))
                .andExpect(header().exists("WWW-Authenticate"))
                .andExpect(jsonPath("$.status").value(401));
    }

    @Test
    void refusesAWrongPassword() throws Exception {
        mvc.perform(get("/api/v1/me").with(httpBasic("werkgever", "fout")))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void tellsTheCallerWhoTheyAreAndWhichRolesTheyHave() throws Exception {
        mvc.perform(get("/api/v1/me").with(Demo.as("fondsbeheerder")))
                .andExpect(status().isOk())
                .andExpect(header().string("API-Version", "1.0.0"))
                .andExpect(jsonPath("$.username").value("fondsbeheerder"))
                .andExpect(jsonPath("$.roles[0]").value("FONDSBEHEERDER"));
    }

    @Test
    void servesTheOpenApi31DocumentToAnyone() throws Exception {
        mvc.perform(get("/api/v1/openapi.json"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.openapi").value(Matchers.startsWith("3.1")))
                .andExpect(jsonPath("$.paths['/me']").exists())
                .andExpect(jsonPath("$.servers[0].url").value("/api/v1"));
    }

    @Test
    void healthIsPublicAndUpWhenTheDatabaseAnswers() throws Exception {
        mvc.perform(get("/actuator/health"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("UP"));
    }

    @Test
    void prometheusMetricsAreForAdministratorsOnly() throws Exception {
        mvc.perform(get("/actuator/prometheus")).andExpect(status().isUnauthorized());
        mvc.perform(get("/actuator/prometheus").with(Demo.as("inwoner"))).andExpect(status().isForbidden());
        mvc.perform(get("/actuator/prometheus").with(Demo.as("beheerder")))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("jvm_memory")));
    }
}
