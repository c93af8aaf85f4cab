package nl.werkpad.trajectories;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import nl.werkpad.support.TestOrganisations;
import nl.werkpad.support.WerkpadTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

@WerkpadTest
class StaffExchangeApiTests {

    static final String WELDER = "7aedaa07-3884-4c5b-88f9-80997b2aa54b";

    @Autowired
    MockMvc mvc;

    @Autowired
    TestOrganisations organisations;

    @Test
    void aSurplusIsPairedWithAShortageAndBothSidesAgreeTheTerms() throws Exception {
        var surplus = organisations.employer("Scheepsbouw met overschot", "GM0400");
        var shortage = organisations.employer("Offshore met tekort", "GM0441");
        var stranger = organisations.employer("Nieuwsgierig bedrijf", "GM0361");
        String offer = JsonPath.read(
                mvc.perform(post("/api/v1/staff-exchange/offers")
                                .with(surplus.basic())
                                .contentType(MediaType.APPLICATION_JSON)
                                .content("{\"occupation\": \"%s\", \"people\": 3, \"municipality\": \"GM0400\"}"
                                        .formatted(WELDER)))
                        .andExpect(status().isCreated())
                        .andReturn()
                        .getResponse()
                        .getContentAsString(),
                "$.id");
        String request = JsonPath.read(
                mvc.perform(post("/api/v1/staff-exchange/requests")
                                .with(shortage.basic())
                                .contentType(MediaType.APPLICATION_JSON)
                                .content("{\"occupation\": \"%s\", \"people\": 2, \"municipality\": \"GM0441\"}"
                                        .formatted(WELDER)))
                        .andExpect(status().isCreated())
                        .andReturn()
                        .getResponse()
                        .getContentAsString(),
                "$.id");

        mvc.perform(get("/api/v1/staff-exchange/offers/{id}/proposals", offer).with(surplus.basic()))
                .andExpect(jsonPath("$[?(@.request.id == '" + request + "')].overlapPercent")
                        .value(100));
        mvc.perform(get("/api/v1/staff-exchange/offers/{id}/proposals", offer).with(stranger.basic()))
                .andExpect(status().isNotFound());

        mvc.perform(post("/api/v1/staff-exchange/agreements")
                        .with(surplus.basic())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(
                                "{\"offer\": \"%s\", \"request\": \"%s\", \"kind\": \"LEND\", \"startsOn\": \"2027-01-04\", \"hours\": 32}"
                                        .formatted(offer, request)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.rule").value("exchange.lend-needs-end"));
        String agreement = JsonPath.read(
                mvc.perform(post("/api/v1/staff-exchange/agreements")
                                .with(surplus.basic())
                                .contentType(MediaType.APPLICATION_JSON)
                                .content(
                                        "{\"offer\": \"%s\", \"request\": \"%s\", \"kind\": \"LEND\", \"startsOn\": \"2027-01-04\", \"endsOn\": \"2027-06-30\", \"hours\": 32, \"people\": 2}"
                                                .formatted(offer, request)))
                        .andExpect(status().isCreated())
                        .andReturn()
                        .getResponse()
                        .getContentAsString(),
                "$.id");
        mvc.perform(post("/api/v1/staff-exchange/agreements/{id}/answer", agreement)
                        .with(surplus.basic())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"accept\": true}"))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/staff-exchange/agreements/{id}/answer", agreement)
                        .with(shortage.basic())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"accept\": true}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("AGREED"));
        mvc.perform(get("/api/v1/staff-exchange/agreements").with(stranger.basic()))
                .andExpect(jsonPath("$.length()").value(0));
        mvc.perform(get("/api/v1/staff-exchange/sectors/C").with(surplus.basic()))
                .andExpect(jsonPath("$[?(@.id == '" + agreement + "')].status").value("AGREED"));
        mvc.perform(get("/api/v1/staff-exchange/sectors/Q").with(surplus.basic()))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/staff-exchange/agreements/{id}/end", agreement)
                        .with(shortage.basic())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"on\": \"2027-03-31\"}"))
                .andExpect(jsonPath("$.status").value("ENDED"))
                .andExpect(jsonPath("$.endedOn").value("2027-03-31"));
    }
}
