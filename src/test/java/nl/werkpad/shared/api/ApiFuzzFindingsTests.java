package nl.werkpad.shared.api;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URI;
import nl.werkpad.support.Demo;
import nl.werkpad.support.WerkpadTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** What the API fuzzer found outside the hardening list, each answered as it should be now. */
@WerkpadTest
class ApiFuzzFindingsTests {

    @Autowired
    MockMvc mvc;

    @Test
    void aVoucherWithoutAPersonIsRefusedNamingTheFieldInsteadOf500() throws Exception {
        mvc.perform(post("/api/v1/vouchers")
                        .with(Demo.as("beheerder"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"offer\": \"43f0bfbb-8cda-4e31-8dcc-9ea479aae08c\", \"maxOwnCents\": 100}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("person"));
        mvc.perform(post("/api/v1/vouchers/quotes")
                        .with(Demo.as("inwoner"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("person"));
    }

    @Test
    void myOrganisationsWithoutALogInIs401NotA500() throws Exception {
        mvc.perform(get("/api/v1/organisations/mine"))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void aPathOfNoOperationIsAProblemDocument() throws Exception {
        mvc.perform(get("/api/v1/campuses/3000"))
                .andExpect(status().isNotFound())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(header().string("API-Version", ApiVersion.CURRENT))
                .andExpect(jsonPath("$.status").value(404));
        mvc.perform(patch("/api/v1/campuses").with(Demo.as("beleid")))
                .andExpect(status().isMethodNotAllowed())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void aUrlTheFirewallRefusesIsAProblemDocument() throws Exception {
        mvc.perform(get(URI.create("/api/v1/organisations/..%2F..%2Fetc%2Fpasswd")))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(400));
    }
}
