package nl.werkpad.vacancies;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import nl.werkpad.support.Demo;
import nl.werkpad.support.TestOrganisations;
import nl.werkpad.support.WerkpadTest;
import nl.werkpad.taxonomy.Taxonomy;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

@WerkpadTest
class VacanciesApiTests {

    static final String WELDER_URI = "http://data.europa.eu/esco/occupation/7aedaa07-3884-4c5b-88f9-80997b2aa54b";
    static final String HASKELL = "000f1d3d-220f-4789-9c0a-cc742521fb02";

    @Autowired
    MockMvc mvc;

    @Autowired
    TestOrganisations organisations;

    @Autowired
    Taxonomy taxonomy;

    @Autowired
    Vacancies vacancies;

    private ResultActions publish(TestOrganisations.Member employer, String json) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.post("/api/v1/vacancies")
                .with(employer.basic())
                .contentType(MediaType.APPLICATION_JSON)
                .content(json));
    }

    private String id(ResultActions result) throws Exception {
        return JsonPath.read(result.andReturn().getResponse().getContentAsString(), "$.id");
    }

    private static String smallest(String status) {
        return """
                {"title": "Lasser (m/v)", "occupation": "%s", "municipality": "GM0361", "status": "%s"}""".formatted(WELDER_URI, status);
    }

    @Test
    void theSmallestVacancyTakesItsSkillsFromTheOccupation() throws Exception {
        var employer = organisations.employer("Scheepswerf Noord", "GM0400");
        var welder = taxonomy.occupation(WELDER_URI, "en").orElseThrow();
        publish(employer, smallest("OPEN"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.id").isNotEmpty())
                .andExpect(jsonPath("$.occupation.label").value("lasser"))
                .andExpect(jsonPath("$.municipality.name").value("Alkmaar"))
                .andExpect(jsonPath("$.organisation.name").value("Scheepswerf Noord"))
                .andExpect(jsonPath("$.status").value("OPEN"))
                .andExpect(jsonPath("$.kind").value("JOB"))
                .andExpect(jsonPath("$.essentialSkills.length()")
                        .value(welder.essentialSkills().size()))
                .andExpect(jsonPath("$.optionalSkills.length()")
                        .value(welder.optionalSkills().size()));
    }

    @Test
    void givenSkillListsReplaceTheOccupationsSkills() throws Exception {
        var employer = organisations.employer("Lasbedrijf Haskell", "GM0361");
        publish(employer, """
                {"title": "Lasser met programmeerkennis", "occupation": "%s", "municipality": "GM0361", "status": "DRAFT",
                 "essentialSkills": ["http://data.europa.eu/esco/skill/%s"], "optionalSkills": []}""".formatted(WELDER_URI, HASKELL))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.essentialSkills[*].id").value(Matchers.contains(HASKELL)))
                .andExpect(jsonPath("$.optionalSkills").isEmpty());
    }

    @Test
    void badVacanciesGetAProblemNamingTheRule() throws Exception {
        var employer = organisations.employer("Foutje BV", "GM0361");
        publish(employer, smallest("OPEN").replace("GM0361", "GM9999"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().contentType("application/problem+json"))
                .andExpect(jsonPath("$.rule").value("vacancy.municipality-unknown"));
        publish(employer, smallest("OPEN").replace(WELDER_URI, "bestaat-niet"))
                .andExpect(jsonPath("$.rule").value("vacancy.occupation-unknown"));
        publish(employer, smallest("OPEN").replace("}", ", \"essentialSkills\": [\"onbekend\"]}"))
                .andExpect(jsonPath("$.rule").value("vacancy.skill-unknown"));
        publish(employer, smallest("FILLED")).andExpect(jsonPath("$.rule").value("vacancy.status-on-create"));
        publish(employer, "{\"occupation\": \"" + WELDER_URI + "\", \"municipality\": \"GM0361\"}")
                .andExpect(jsonPath("$.rule").value("vacancy.title-required"));
        publish(employer, smallest("OPEN").replace("}", ", \"closingDate\": \"2020-01-01\"}"))
                .andExpect(jsonPath("$.rule").value("vacancy.closing-date-past"));
        assertThat(vacancies.search(
                        new VacancyFilter(
                                null, null, null, null, employer.organisation().id(), null, 10, 0),
                        Optional.empty()))
                .isEmpty();
    }

    @Test
    void aDraftExistsOnlyForItsOwnOrganisation() throws Exception {
        var owner = organisations.employer("Eigenaar BV", "GM0361");
        var other = organisations.employer("Concurrent BV", "GM0361");
        String draft = id(publish(owner, smallest("DRAFT")));
        mvc.perform(get("/api/v1/vacancies/{id}", draft).with(owner.basic())).andExpect(status().isOk());
        mvc.perform(get("/api/v1/vacancies/{id}", draft).with(other.basic())).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/vacancies/{id}", draft)).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/vacancies")
                        .param("organisation", owner.organisation().id().toString())
                        .with(other.basic()))
                .andExpect(jsonPath("$.results[*].id").value(not(hasItem(draft))));
        mvc.perform(get("/api/v1/vacancies")
                        .param("organisation", owner.organisation().id().toString())
                        .with(owner.basic()))
                .andExpect(jsonPath("$.results[*].id").value(hasItem(draft)));
        mvc.perform(put("/api/v1/vacancies/{id}", draft)
                        .with(other.basic())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(smallest("DRAFT")))
                .andExpect(status().isNotFound());
    }

    @Test
    void anotherEmployerCannotChangeAnOpenVacancy() throws Exception {
        var owner = organisations.employer("Eigenaar Open BV", "GM0361");
        var other = organisations.employer("Buurman BV", "GM0361");
        String open = id(publish(owner, smallest("OPEN")));
        mvc.perform(put("/api/v1/vacancies/{id}", open)
                        .with(other.basic())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(smallest("OPEN").replace("Lasser (m/v)", "Gekaapt")))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/vacancies/{id}/status", open)
                        .with(other.basic())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"status\": \"CLOSED\"}"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/vacancies/{id}", open))
                .andExpect(jsonPath("$.title").value("Lasser (m/v)"));
    }

    @Test
    void theOwnerUpdatesFillsAndCannotReopenAFilledVacancy() throws Exception {
        var owner = organisations.employer("Vervuld BV", "GM0361");
        String id = id(publish(owner, smallest("OPEN")));
        mvc.perform(put("/api/v1/vacancies/{id}", id)
                        .with(owner.basic())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(smallest("OPEN")
                                .replace("Lasser (m/v)", "Ervaren lasser")
                                .replace("}", ", \"hoursPerWeek\": 32}")))
                .andExpect(jsonPath("$.title").value("Ervaren lasser"))
                .andExpect(jsonPath("$.hoursPerWeek").value(32));
        mvc.perform(post("/api/v1/vacancies/{id}/status", id)
                        .with(owner.basic())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"status\": \"FILLED\"}"))
                .andExpect(jsonPath("$.status").value("FILLED"));
        mvc.perform(post("/api/v1/vacancies/{id}/status", id)
                        .with(owner.basic())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"status\": \"OPEN\"}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.rule").value("vacancy.status-transition"));
    }

    @Test
    void anOpenVacancyExpiresAfterItsClosingDate() throws Exception {
        var owner = organisations.employer("Verloopt BV", "GM0361");
        LocalDate tomorrow = LocalDate.now().plusDays(1);
        String id = id(publish(owner, smallest("OPEN").replace("}", ", \"closingDate\": \"" + tomorrow + "\"}")));
        vacancies.expireOverdue(tomorrow);
        mvc.perform(get("/api/v1/vacancies/{id}", id))
                .andExpect(jsonPath("$.status").value("OPEN"));
        vacancies.expireOverdue(tomorrow.plusDays(1));
        mvc.perform(get("/api/v1/vacancies/{id}", id))
                .andExpect(jsonPath("$.status").value("EXPIRED"));
    }

    @Test
    void filtersOpenVacanciesByRegionAndMunicipality() throws Exception {
        var employer = organisations.employer("Filter BV", "GM0361");
        String alkmaar = id(publish(employer, smallest("OPEN")));
        mvc.perform(get("/api/v1/vacancies").param("region", "AM15").param("limit", "200"))
                .andExpect(jsonPath("$.results[*].id").value(hasItem(alkmaar)));
        mvc.perform(get("/api/v1/vacancies").param("municipality", "GM0363").param("limit", "200"))
                .andExpect(jsonPath("$.results[*].id").value(not(hasItem(alkmaar))));
    }

    @Test
    void aCsvImportWithABadLineChangesNothingAndNamesTheLine() throws Exception {
        var employer = organisations.employer("Bulk BV", "GM0361");
        String csv = """
                title,occupation,municipality,kind,hours_per_week,status,essential_skills
                Lasser,%s,GM0361,JOB,38,OPEN,
                Leerling lasser,%s,GM9999,LEARNING_PLACE,32,OPEN,
                Stagiair lassen,%s,GM0361,INTERNSHIP,veertig,OPEN,
                """.formatted(WELDER_URI, WELDER_URI, WELDER_URI);
        mvc.perform(post("/api/v1/vacancies/import")
                        .with(employer.basic())
                        .contentType("text/csv")
                        .content(csv))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].line").value(3))
                .andExpect(
                        jsonPath("$.errors[0].message").value(Matchers.containsString("vacancy.municipality-unknown")))
                .andExpect(jsonPath("$.errors[1].line").value(4));
        mvc.perform(get("/api/v1/vacancies")
                        .param("organisation", employer.organisation().id().toString())
                        .with(employer.basic()))
                .andExpect(jsonPath("$.results").isEmpty());

        String good = csv.replace("GM9999", "GM0363").replace("veertig", "40");
        mvc.perform(post("/api/v1/vacancies/import")
                        .with(employer.basic())
                        .contentType("text/csv")
                        .content(good))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.created").value(3));
        String export = mvc.perform(get("/api/v1/vacancies/export")
                        .param("organisation", employer.organisation().id().toString())
                        .with(employer.basic()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(export.lines()).hasSize(4).first().asString().startsWith("id,title,occupation,municipality");
        assertThat(export).contains("Leerling lasser", "LEARNING_PLACE", "GM0363");
    }

    @Test
    void residentsCannotPublishVacancies() throws Exception {
        mvc.perform(MockMvcRequestBuilders.post("/api/v1/vacancies")
                        .with(Demo.as("inwoner"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(smallest("OPEN")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/vacancies/{id}", UUID.randomUUID())).andExpect(status().isNotFound());
    }
}
