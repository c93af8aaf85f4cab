package nl.werkpad.organisations;

import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.concurrent.ThreadLocalRandom;
import nl.werkpad.support.Demo;
import nl.werkpad.support.WerkpadTest;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

@WerkpadTest
class OrganisationsApiTests {

    @Autowired
    MockMvc mvc;

    private static String kvk() {
        return String.valueOf(ThreadLocalRandom.current().nextInt(10_000_000, 99_999_999));
    }

    private static String body(String kvk, String municipality) {
        return """
                {"kvkNumber": "%s", "name": "Metaalbedrijf De Vonk", "kind": "EMPLOYER", "sbiSection": "C",
                 "sites": [{"municipality": "%s"}]}""".formatted(kvk, municipality);
    }

    @Test
    void anEmployerRegistersItsOrganisationAndActsForIt() throws Exception {
        String location = mvc.perform(post("/api/v1/organisations")
                        .with(Demo.as("werkgever"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body(kvk(), "GM0361")))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", Matchers.startsWith("/api/v1/organisations/")))
                .andExpect(jsonPath("$.sites[0].name").value("Alkmaar"))
                .andReturn()
                .getResponse()
                .getHeader("Location");
        String id = location.substring(location.lastIndexOf('/') + 1);
        mvc.perform(get("/api/v1/organisations/mine").with(Demo.as("werkgever")))
                .andExpect(jsonPath("$[*].id").value(hasItem(id)));
        mvc.perform(get(location))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.kind").value("EMPLOYER"));
        mvc.perform(post(location + "/sites")
                        .with(Demo.as("werkgever"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\": \"Werkplaats Den Helder\", \"municipality\": \"GM0400\"}"))
                .andExpect(jsonPath("$.sites[*].name").value(hasItem("Werkplaats Den Helder")));
    }

    @Test
    void refusesAKvkNumberThatIsNotEightDigitsNamingTheRule() throws Exception {
        mvc.perform(post("/api/v1/organisations")
                        .with(Demo.as("werkgever"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body("1234567", "GM0361")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().contentType("application/problem+json"))
                .andExpect(jsonPath("$.rule").value("organisation.kvk-invalid"));
    }

    @Test
    void refusesASecondOrganisationWithTheSameKvkNumber() throws Exception {
        String kvk = kvk();
        mvc.perform(post("/api/v1/organisations")
                        .with(Demo.as("werkgever"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body(kvk, "GM0361")))
                .andExpect(status().isCreated());
        mvc.perform(post("/api/v1/organisations")
                        .with(Demo.as("opleider"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body(kvk, "GM0363")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.rule").value("organisation.kvk-taken"));
    }

    @Test
    void refusesAnUnknownMunicipalityAndAnUnknownKind() throws Exception {
        mvc.perform(post("/api/v1/organisations")
                        .with(Demo.as("werkgever"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body(kvk(), "GM9999")))
                .andExpect(jsonPath("$.rule").value("organisation.municipality-unknown"));
        mvc.perform(post("/api/v1/organisations")
                        .with(Demo.as("werkgever"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(
                                "{\"name\": \"X\", \"kind\": \"BAKERY\", \"sites\": [{\"municipality\": \"GM0361\"}]}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType("application/problem+json"));
    }

    @Test
    void residentsCannotRegisterAndOthersCannotChangeAnOrganisationTheyDoNotActFor() throws Exception {
        mvc.perform(post("/api/v1/organisations")
                        .with(Demo.as("inwoner"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body(kvk(), "GM0361")))
                .andExpect(status().isForbidden());
        String created = mvc.perform(post("/api/v1/organisations")
                        .with(Demo.as("werkgever"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body(kvk(), "GM0361")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        String id = JsonPath.read(created, "$.id");
        mvc.perform(post("/api/v1/organisations/{id}/sites", id)
                        .with(Demo.as("opleider"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"municipality\": \"GM0363\"}"))
                .andExpect(status().isForbidden())
                .andExpect(content().contentType("application/problem+json"));
    }

    @Test
    void anyoneSearchesTheRegistryByNameOrKvkNumber() throws Exception {
        String kvk = kvk();
        mvc.perform(post("/api/v1/organisations")
                        .with(Demo.as("werkgever"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body(kvk, "GM0361")))
                .andExpect(status().isCreated());
        mvc.perform(get("/api/v1/organisations").param("q", kvk))
                .andExpect(jsonPath("$.results[0].kvkNumber").value(kvk));
        mvc.perform(get("/api/v1/organisations").param("q", "de vonk").param("kind", "EMPLOYER"))
                .andExpect(jsonPath("$.results[0].name").value("Metaalbedrijf De Vonk"));
    }
}
