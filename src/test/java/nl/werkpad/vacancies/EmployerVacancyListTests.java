package nl.werkpad.vacancies;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.List;
import nl.werkpad.support.Demo;
import nl.werkpad.support.TestOrganisations;
import nl.werkpad.support.WerkpadTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** The employer's list offers each vacancy the moves of {@link VacancyStatus#choices}: a draft opens or closes. */
@WerkpadTest
class EmployerVacancyListTests {

    static final String WELDER_URI = "http://data.europa.eu/esco/occupation/7aedaa07-3884-4c5b-88f9-80997b2aa54b";

    @Autowired
    MockMvc mvc;

    @Autowired
    TestOrganisations organisations;

    @Test
    void aDraftCanBeOpenedOrClosedAnOpenVacancyFilledOrClosed() throws Exception {
        var employer = organisations.employer("Keuzewerf", "GM0361");
        String draft = create(employer, "DRAFT");
        String open = create(employer, "OPEN");

        Document page = Jsoup.parse(mvc.perform(get("/werkgever/vacatures")
                        .session(Demo.session(mvc, employer.username(), TestOrganisations.PASSWORD)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());

        assertThat(moves(page, draft)).containsExactly("OPEN", "CLOSED");
        assertThat(moves(page, open)).containsExactly("FILLED", "CLOSED");
    }

    private static List<String> moves(Document page, String vacancy) {
        return page.select("form[action='/werkgever/vacatures/" + vacancy + "/status'] input[name=status]").stream()
                .map(input -> input.attr("value"))
                .toList();
    }

    private String create(TestOrganisations.Member employer, String status) throws Exception {
        return JsonPath.read(
                mvc.perform(post("/api/v1/vacancies")
                                .with(employer.basic())
                                .contentType(MediaType.APPLICATION_JSON)
                                .content("""
                                {"title": "Lasser %s", "occupation": "%s", "municipality": "GM0361", "status": "%s"}""".formatted(status, WELDER_URI, status)))
                        .andExpect(status().isCreated())
                        .andReturn()
                        .getResponse()
                        .getContentAsString(),
                "$.id");
    }
}
