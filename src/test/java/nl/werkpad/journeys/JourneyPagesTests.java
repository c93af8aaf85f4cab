package nl.werkpad.journeys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import nl.werkpad.access.Role;
import nl.werkpad.support.TestAccounts;
import nl.werkpad.support.TestOrganisations;
import nl.werkpad.support.WerkpadTest;
import nl.werkpad.taxonomy.SkillRef;
import nl.werkpad.taxonomy.Taxonomy;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.result.MockMvcResultMatchers;

/** The pages of the journeys a new user walks, as a user would meet them: no error pages, a next step on each. */
@WerkpadTest
class JourneyPagesTests {

    static final String WELDER = "7aedaa07-3884-4c5b-88f9-80997b2aa54b";

    @Autowired
    MockMvc mvc;

    @Autowired
    TestAccounts accounts;

    @Autowired
    Taxonomy taxonomy;

    @Autowired
    TestOrganisations organisations;

    private List<String> welderEssentials() {
        return taxonomy.occupation(WELDER, "en").orElseThrow().essentialSkills().stream()
                .map(SkillRef::id)
                .toList();
    }

    private static String json(List<String> values) {
        return values.stream().map(v -> "\"" + v + "\"").collect(Collectors.joining(", ", "[", "]"));
    }

    private MockHttpSession login(TestAccounts.TestAccount account) throws Exception {
        return (MockHttpSession)
                mvc.perform(formLogin("/login").user(account.username()).password(TestAccounts.PASSWORD))
                        .andReturn()
                        .getRequest()
                        .getSession();
    }

    private String page(MockHttpSession session, String path) throws Exception {
        return mvc.perform(get(path).session(session).header("Accept-Language", "nl"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    private void passport(TestAccounts.TestAccount resident, List<String> skills) throws Exception {
        String skillJson = skills.stream()
                .map(s -> "{\"skill\": \"" + s + "\", \"source\": \"WORK_EXPERIENCE\"}")
                .collect(Collectors.joining(", ", "[", "]"));
        mvc.perform(post("/api/v1/persons")
                        .with(resident.basic())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                {"name": "%s", "municipality": "GM0361", "travelKm": 30, "status": "EMPLOYED",
                 "skills": %s, "workHistory": [{"occupation": "%s", "fromYear": 2010}]}""".formatted(resident.displayName(), skillJson, WELDER)))
                .andExpect(status().isCreated());
    }

    @Test
    void theTrainingPlanLinkOfTheAccountPageLeadsToAChoiceNotAnError() throws Exception {
        var resident = accounts.with(Role.INWONER, "Plan Zonderdoel");
        MockHttpSession session = login(resident);

        assertThat(page(session, "/mijn/opleidingsplan"))
                .contains("Vul eerst uw vaardighedenpaspoort in")
                .contains("href=\"/paspoort\"");

        passport(
                resident,
                taxonomy.occupation(WELDER, "en").orElseThrow().essentialSkills().stream()
                        .limit(5)
                        .map(SkillRef::id)
                        .toList());
        String choice = page(session, "/mijn/opleidingsplan");
        assertThat(choice).contains("Een plan naar een beroep").contains("name=\"beroepQuery\"");

        String typed = page(session, "/mijn/opleidingsplan?beroepQuery=lasser");
        assertThat(typed).contains("type=\"radio\"").contains("name=\"beroep\"");

        String plan = page(session, "/mijn/opleidingsplan?beroep=" + WELDER);
        assertThat(plan).contains("Opleidingsplan: ").contains("essentiële vaardigheden");

        String unknown = page(session, "/mijn/opleidingsplan?beroep=geen-beroep");
        assertThat(unknown).contains("Dit beroep kennen we niet");
    }

    @Test
    void theFaviconIsServed() throws Exception {
        var response = mvc.perform(get("/favicon.ico"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse();
        assertThat(response.getContentAsByteArray()).startsWith(0, 0, 1, 0);
        mvc.perform(get("/img/favicon.svg")).andExpect(status().isOk());
    }

    @Test
    void aMatchSaysWhichShareOfTheEssentialSkillsThePersonBringsAndNeverListsASkillAsCountedAndMissing()
            throws Exception {
        var employer = organisations.employer("Lasbedrijf Fit (test)", "GM0361");
        String title = "Lasser fit " + System.nanoTime();
        mvc.perform(post("/api/v1/vacancies")
                        .with(employer.basic())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                {"title": "%s", "occupation": "%s", "municipality": "GM0361", "status": "open"}""".formatted(title, WELDER)))
                .andExpect(status().isCreated());
        var resident = accounts.with(Role.INWONER, "Lasser Compleet");
        passport(resident, welderEssentials());

        String page = page(login(resident), "/mijn/matches");
        assertThat(page).contains(title);
        String card = page.substring(page.indexOf(title));
        card = card.substring(0, card.indexOf("</details>"));
        assertThat(card)
                .contains("100%")
                .contains("van de essentiële vaardigheden")
                .contains("U heeft %d van de %d essentiële vaardigheden"
                        .formatted(welderEssentials().size(), welderEssentials().size()));
        assertThat(page).contains("Het percentage is het deel van de essentiële vaardigheden");
    }

    @Test
    void aPlanSaysPerStepWhoPaysWhatAndWhatItUnlocks() throws Exception {
        var provider = organisations.provider("Lasschool Plan (test)", "GM0361");
        List<String> essentials = welderEssentials();
        String course = "Lassen voor gevorderden " + System.nanoTime();
        mvc.perform(post("/api/v1/training-offers")
                        .with(provider.basic())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                {"title": "%s", "level": "COURSE", "mode": "ON_SITE", "municipality": "GM0361", "durationHours": 40,
                 "durationWeeks": 8, "costCents": 50000, "onRegister": true, "status": "PUBLISHED", "skills": %s,
                 "starts": [{"date": "2027-02-01", "seats": 20}]}""".formatted(
                                        course, json(essentials.subList(essentials.size() - 3, essentials.size())))))
                .andExpect(status().isCreated());
        var resident = accounts.with(Role.INWONER, "Lasser Bijna");
        passport(resident, essentials.subList(0, essentials.size() - 3));
        MockHttpSession session = login(resident);

        String plan = page(session, "/mijn/opleidingsplan?beroep=" + WELDER);
        assertThat(plan)
                .contains(course)
                .contains("U betaalt zelf: €")
                .contains("essentiële vaardigheden voor")
                .contains("extra een goede match");
        assertThat(plan.split(Pattern.quote(course), -1).length - 1)
                .as("the course appears once as a step")
                .isLessThanOrEqualTo(2);

        // a budget below the course's cost leaves those skills for later, and says so
        String tight = page(session, "/mijn/opleidingsplan?beroep=" + WELDER + "&budget=100");
        assertThat(tight)
                .doesNotContain(">" + course + "<")
                .contains("Binnen een budget van € 100")
                .contains("binnen uw bereik, uw budget of uw tijd");
    }

    @Test
    void vacanciesAreFoundByWordsWithDutchStemmingCountedAndPagedOnThePageAndInTheApi() throws Exception {
        var employer = organisations.employer("Warmte Noord (test)", "GM0361");
        String word = "zonneboiler" + Long.toString(System.nanoTime(), 36).replaceAll("[0-9]", "");
        for (int i = 0; i < 3; i++) {
            mvc.perform(post("/api/v1/vacancies")
                            .with(employer.basic())
                            .contentType(MediaType.APPLICATION_JSON)
                            .content("""
                    {"title": "Monteurs %s %d", "occupation": "%s", "municipality": "GM0361", "status": "open"}""".formatted(word, i, WELDER)))
                    .andExpect(status().isCreated());
        }
        // "monteur" finds "Monteurs" (Dutch stem); the total is in the body and the header
        var response = mvc.perform(
                        get("/api/v1/vacancies").param("q", "monteur " + word).param("limit", "2"))
                .andExpect(status().isOk())
                .andExpect(MockMvcResultMatchers.header().string("X-Total-Count", "3"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat((Integer) JsonPath.read(response, "$.total")).isEqualTo(3);
        assertThat((List<?>) JsonPath.read(response, "$.results")).hasSize(2);

        String page = mvc.perform(get("/vacatures").param("q", word).header("Accept-Language", "nl"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page)
                .contains("3 vacatures gevonden")
                .contains("Monteurs " + word + " 0")
                .contains("Monteurs " + word + " 2");
        String none = mvc.perform(get("/vacatures").param("q", word + "xyz").header("Accept-Language", "nl"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(none)
                .contains("0 vacatures gevonden")
                .contains("Wat kunt u proberen?")
                .contains("Zoek zonder de woorden");
    }
}
