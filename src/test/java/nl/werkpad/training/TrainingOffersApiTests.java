package nl.werkpad.training;

import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import nl.werkpad.support.Demo;
import nl.werkpad.support.TestOrganisations;
import nl.werkpad.support.WerkpadTest;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

@WerkpadTest
class TrainingOffersApiTests {

    static final String HASKELL = "000f1d3d-220f-4789-9c0a-cc742521fb02";
    static final String HASKELL_URI = "http://data.europa.eu/esco/skill/" + HASKELL;

    @Autowired
    MockMvc mvc;

    @Autowired
    TestOrganisations organisations;

    private ResultActions offer(TestOrganisations.Member provider, String json) throws Exception {
        return mvc.perform(post("/api/v1/training-offers")
                .with(provider.basic())
                .contentType(MediaType.APPLICATION_JSON)
                .content(json));
    }

    private static String course(String status, String mode, String municipality) {
        return """
                {"title": "Programmeren in Haskell", "level": "COURSE", "mode": "%s", %s "durationHours": 40,
                 "durationWeeks": 8, "costCents": 125000, "onRegister": true, "status": "%s", "skills": ["%s"],
                 "starts": [{"date": "2027-02-01", "seats": 20}, {"date": "2027-09-06", "seats": 16}]}""".formatted(
                mode, municipality == null ? "" : "\"municipality\": \"" + municipality + "\",", status, HASKELL_URI);
    }

    @Test
    void aProviderPublishesAnOfferWithTheSkillsItTeaches() throws Exception {
        var provider = organisations.provider("ROC Kennemerland (test)", "GM0361");
        String id = JsonPath.read(
                offer(provider, course("PUBLISHED", "ON_SITE", "GM0361"))
                        .andExpect(status().isCreated())
                        .andExpect(jsonPath("$.skills[0].id").value(HASKELL))
                        .andExpect(jsonPath("$.costCents").value(125000))
                        .andExpect(jsonPath("$.starts.length()").value(2))
                        .andExpect(jsonPath("$.provider.name").value("ROC Kennemerland (test)"))
                        .andReturn()
                        .getResponse()
                        .getContentAsString(),
                "$.id");
        mvc.perform(get("/api/v1/training-offers")
                        .param("skill", HASKELL)
                        .param("region", "AM15")
                        .param("limit", "200"))
                .andExpect(jsonPath("$.results[*].id").value(hasItem(id)));
    }

    @Test
    void anOnlineOfferNeedsNoPlaceAndIsFoundEverywhere() throws Exception {
        var provider = organisations.provider("Online Academie (test)", "GM0363");
        String id = JsonPath.read(
                offer(provider, course("PUBLISHED", "ONLINE", null))
                        .andExpect(status().isCreated())
                        .andReturn()
                        .getResponse()
                        .getContentAsString(),
                "$.id");
        mvc.perform(get("/api/v1/training-offers")
                        .param("municipality", "GM0014")
                        .param("limit", "200"))
                .andExpect(jsonPath("$.results[*].id").value(hasItem(id)));
    }

    @Test
    void badOffersGetAProblemNamingTheRule() throws Exception {
        var provider = organisations.provider("Fout College (test)", "GM0361");
        offer(provider, course("PUBLISHED", "ON_SITE", null))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().contentType("application/problem+json"))
                .andExpect(jsonPath("$.rule").value("offer.municipality-required"));
        offer(provider, course("PUBLISHED", "ON_SITE", "GM0361").replace(HASKELL_URI, "onbekend"))
                .andExpect(jsonPath("$.rule").value("offer.skill-unknown"));
        offer(provider, course("PUBLISHED", "ON_SITE", "GM0361").replace("\"costCents\": 125000", "\"costCents\": -1"))
                .andExpect(jsonPath("$.rule").value("offer.cost-required"));
        offer(provider, course("PUBLISHED", "ON_SITE", "GM0361").replace("2027-09-06", "2027-02-01"))
                .andExpect(jsonPath("$.rule").value("offer.starts-invalid"));
    }

    @Test
    void draftsStayWithTheProviderAndOthersCannotChangeAnOffer() throws Exception {
        var provider = organisations.provider("Eigen School (test)", "GM0361");
        var other = organisations.provider("Andere School (test)", "GM0361");
        String draft = JsonPath.read(
                offer(provider, course("DRAFT", "ON_SITE", "GM0361"))
                        .andReturn()
                        .getResponse()
                        .getContentAsString(),
                "$.id");
        mvc.perform(get("/api/v1/training-offers/{id}", draft)).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/training-offers/{id}", draft).with(other.basic()))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/training-offers/{id}", draft).with(provider.basic()))
                .andExpect(status().isOk());
        mvc.perform(post("/api/v1/training-offers/{id}/status", draft)
                        .with(other.basic())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"status\": \"PUBLISHED\"}"))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/training-offers/{id}/status", draft)
                        .with(provider.basic())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"status\": \"PUBLISHED\"}"))
                .andExpect(jsonPath("$.status").value("PUBLISHED"));
        mvc.perform(post("/api/v1/training-offers/{id}/status", draft)
                        .with(other.basic())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"status\": \"WITHDRAWN\"}"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/training-offers")
                        .with(Demo.as("werkgever"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(course("PUBLISHED", "ONLINE", null)))
                .andExpect(status().isForbidden());
    }

    @Test
    void aCsvImportWithABadLineChangesNothingAndNamesTheLine() throws Exception {
        var provider = organisations.provider("Bulk College (test)", "GM0361");
        String csv = """
                title,level,mode,municipality,duration_hours,duration_weeks,cost_cents,on_register,status,skills,starts
                Haskell basis,COURSE,ONLINE,,20,4,50000,true,PUBLISHED,%s,2027-03-01:12
                Haskell gevorderd,COURSE,ON_SITE,GM0361,40,8,90000,ja,PUBLISHED,%s,2027-03-01:twaalf
                """.formatted(HASKELL_URI, HASKELL);
        mvc.perform(post("/api/v1/training-offers/import")
                        .with(provider.basic())
                        .contentType("text/csv")
                        .content(csv))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].line").value(3))
                .andExpect(jsonPath("$.errors.length()").value(1));
        mvc.perform(get("/api/v1/training-offers")
                        .param("provider", provider.organisation().id().toString())
                        .with(provider.basic()))
                .andExpect(jsonPath("$.results").isEmpty());
        mvc.perform(post("/api/v1/training-offers/import")
                        .with(provider.basic())
                        .contentType("text/csv")
                        .content(csv.replace("twaalf", "12")))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.created").value(2));
        mvc.perform(get("/api/v1/training-offers/export")
                        .param("provider", provider.organisation().id().toString())
                        .with(provider.basic()))
                .andExpect(content()
                        .string(Matchers.containsString(
                                "Haskell gevorderd,COURSE,ON_SITE,GM0361,40,8,90000,true,PUBLISHED")))
                .andExpect(content().string(not(Matchers.containsString("twaalf"))));
    }
}
