package nl.werkpad.vacancies;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.List;
import java.util.Map;
import nl.werkpad.support.TestOrganisations;
import nl.werkpad.support.WerkpadTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

/** A vacancy with a description and no skills gets the skills its text asks for, and the response says so. */
@WerkpadTest
class VacancySkillsFromTextTests {

    static final String WELDER = "7aedaa07-3884-4c5b-88f9-80997b2aa54b";
    static final String TEXT =
            "Wij zoeken een ervaren lasser voor onze scheepswerf. Je last MIG/MAG en TIG, leest technische "
                    + "tekeningen en hebt een heftruckcertificaat. Ervaring met het lassen van staalconstructies is een pré.";

    @Autowired
    MockMvc mvc;

    @Autowired
    TestOrganisations organisations;

    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void skillsAreReadFromTheDescriptionWithTheirWordsWhenNoneAreGiven() throws Exception {
        var employer = organisations.employer("Werf Tekst", "GM0400");
        String body = json.writeValueAsString(Map.of(
                "title",
                "Lasser",
                "occupation",
                WELDER,
                "municipality",
                "GM0400",
                "status",
                "OPEN",
                "description",
                TEXT));
        String response = mvc.perform(post("/api/v1/vacancies")
                        .with(employer.basic())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        List<Map<String, Object>> derived = JsonPath.read(response, "$.derivedSkills");
        assertThat(derived).isNotEmpty();
        List<String> essential = JsonPath.read(response, "$.derivedSkills[?(@.relation == 'essential')].skill.id");
        List<String> vacancyEssential = JsonPath.read(response, "$.essentialSkills[*].id");
        assertThat(vacancyEssential).containsExactlyInAnyOrderElementsOf(essential);
        List<Map<String, Object>> evidence = JsonPath.read(response, "$.derivedSkills[*].evidence[*]");
        assertThat(evidence).isNotEmpty().allSatisfy(e -> assertThat(
                        TEXT.substring((Integer) e.get("start"), (Integer) e.get("end")))
                .isEqualTo(e.get("text")));
        List<Double> essentialScores = JsonPath.read(response, "$.derivedSkills[?(@.relation == 'essential')].score");
        assertThat(essentialScores).allMatch(s -> s >= 0.5);
    }

    @Test
    void givenSkillsOrNoDescriptionDeriveNothing() throws Exception {
        var employer = organisations.employer("Werf Zonder", "GM0400");
        mvc.perform(post("/api/v1/vacancies")
                        .with(employer.basic())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(Map.of(
                                "title",
                                "Lasser",
                                "occupation",
                                WELDER,
                                "municipality",
                                "GM0400",
                                "status",
                                "OPEN",
                                "description",
                                TEXT,
                                "essentialSkills",
                                List.of("000f1d3d-220f-4789-9c0a-cc742521fb02")))))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.derivedSkills").doesNotExist())
                .andExpect(jsonPath("$.essentialSkills[0].id").value("000f1d3d-220f-4789-9c0a-cc742521fb02"));
        mvc.perform(post("/api/v1/vacancies")
                        .with(employer.basic())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(Map.of(
                                "title", "Lasser", "occupation", WELDER, "municipality", "GM0400", "status", "OPEN"))))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.derivedSkills").doesNotExist())
                .andExpect(jsonPath("$.essentialSkills").isNotEmpty());
    }

    @Test
    void theCsvImportNamesTheVacanciesWhoseSkillsWereDerived() throws Exception {
        var employer = organisations.employer("Werf Import", "GM0400");
        String csv = "title,occupation,municipality,status,essential_skills,description\n"
                + "Lasser A," + WELDER + ",GM0400,OPEN,,\"" + TEXT + "\"\n"
                + "Lasser B," + WELDER + ",GM0400,OPEN,000f1d3d-220f-4789-9c0a-cc742521fb02,\"" + TEXT + "\"\n";
        String response = mvc.perform(post("/api/v1/vacancies/import")
                        .with(employer.basic())
                        .contentType("text/csv")
                        .content(csv))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.created").value(2))
                .andReturn()
                .getResponse()
                .getContentAsString();
        List<String> ids = JsonPath.read(response, "$.ids");
        List<String> derived = JsonPath.read(response, "$.derivedSkills");
        assertThat(derived).containsExactly(ids.getFirst());
    }
}
