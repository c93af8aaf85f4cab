package nl.werkpad.journeys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.werkpad.access.Role;
import nl.werkpad.support.TestAccounts;
import nl.werkpad.support.TestOrganisations;
import nl.werkpad.support.WerkpadTest;
import nl.werkpad.taxonomy.SkillRef;
import nl.werkpad.taxonomy.Taxonomy;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;

/**
 * A plan is chosen to make vacancies good matches within the budget and time the person sets (page and API), and says
 * who pays what for the plan as a whole. A taxidermist in Maastricht: an occupation and a place no other test uses,
 * so no other course or funding source takes part.
 */
@WerkpadTest
class PlanChoiceTests {

    static final String TAXIDERMIST = "a78d8e2b-fe31-447f-8694-38ed7198d143";
    static final String MAASTRICHT = "GM0935";

    @Autowired
    MockMvc mvc;

    @Autowired
    TestAccounts accounts;

    @Autowired
    TestOrganisations organisations;

    @Autowired
    Taxonomy taxonomy;

    // one taxidermist, two courses and one source for all tests (each test alone would add courses and sources)
    static String person;
    static TestAccounts.TestAccount resident;
    static String courseA;
    static String courseB;
    static String vacancy;
    static String sourceName;

    private static String json(List<String> values) {
        return values.stream().map(v -> "\"" + v + "\"").collect(Collectors.joining(", ", "[", "]"));
    }

    private String created(RequestBuilder request) throws Exception {
        return mvc.perform(request)
                .andExpect(status().is2xxSuccessful())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    @BeforeEach
    void aTaxidermistHalfwayWithTwoCoursesAndACappedSource() throws Exception {
        if (person != null) {
            return;
        }
        int year = LocalDate.now().getYear();
        var manager = accounts.with(Role.FONDSBEHEERDER, "Fonds Maastricht");
        sourceName = "Leerbudget Maastricht " + System.nanoTime();
        String source = JsonPath.read(
                created(post("/api/v1/funding-sources")
                        .with(manager.basic())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                        {"code": "mst-%s", "name": "%s", "kind": "GEMEENTE", "mode": "PER_VOUCHER", "validFrom": "%d-01-01",
                         "validUntil": "%d-12-31", "priority": 1, "voucherValidDays": 60,
                         "rules": [{"type": "residence", "municipalities": ["%s"]}, {"type": "max-per-person-year", "cents": 100000}]}""".formatted(
                                UUID.randomUUID().toString().substring(0, 8), sourceName, year, year, MAASTRICHT))),
                "$.id");
        created(post("/api/v1/funding-sources/" + source + "/budgets")
                .with(manager.basic())
                .contentType(MediaType.APPLICATION_JSON)
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .content("{\"year\": %d, \"amountCents\": 1000000}".formatted(year)));

        List<String> essentials = taxonomy.occupation(TAXIDERMIST, "en").orElseThrow().essentialSkills().stream()
                .map(SkillRef::id)
                .toList();
        int k = essentials.size() / 2 + 1;
        List<String> missing = essentials.subList(essentials.size() - k, essentials.size());
        var school = organisations.provider("Natuurmuseum Academie (test)", MAASTRICHT);
        long nano = System.nanoTime();
        courseA = "Prepareren deel 1 " + nano;
        courseB = "Prepareren deel 2 " + nano;
        for (var course : Map.of(courseA, missing.subList(0, k / 2), courseB, missing.subList(k / 2, k))
                .entrySet()) {
            created(post("/api/v1/training-offers")
                    .with(school.basic())
                    .contentType(MediaType.APPLICATION_JSON)
                    .content("""
                    {"title": "%s", "level": "COURSE", "mode": "ON_SITE", "municipality": "%s", "durationHours": 60, "durationWeeks": 10,
                     "costCents": 80000, "onRegister": true, "status": "PUBLISHED", "skills": %s, "starts": []}""".formatted(course.getKey(), MAASTRICHT, json(course.getValue()))));
        }
        var museum = organisations.employer("Natuurhistorisch Museum (test)", MAASTRICHT);
        vacancy = "Preparateur " + nano;
        created(post("/api/v1/vacancies")
                .with(museum.basic())
                .contentType(MediaType.APPLICATION_JSON)
                .content("""
                {"title": "%s", "occupation": "%s", "municipality": "%s", "status": "open"}""".formatted(vacancy, TAXIDERMIST, MAASTRICHT)));

        resident = accounts.with(Role.INWONER, "Pim Preparateur");
        String skills = essentials.subList(0, essentials.size() - k).stream()
                .map(s -> "{\"skill\": \"" + s + "\", \"source\": \"WORK_EXPERIENCE\"}")
                .collect(Collectors.joining(", ", "[", "]"));
        person = JsonPath.read(
                created(post("/api/v1/persons")
                        .with(resident.basic())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                {"name": "Pim Preparateur", "municipality": "%s", "travelKm": 30, "status": "EMPLOYED", "skills": %s}""".formatted(MAASTRICHT, skills))),
                "$.personId");
        created(put("/api/v1/persons/" + person + "/development-account")
                .with(resident.basic())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"birthDate\": \"1985-03-01\", \"targetGroups\": []}"));
    }

    private String plan(String... params) throws Exception {
        var request = get("/api/v1/persons/{id}/training-plans", person)
                .param("occupation", TAXIDERMIST)
                .with(resident.basic());
        for (int i = 0; i < params.length; i += 2) {
            request.param(params[i], params[i + 1]);
        }
        return mvc.perform(request)
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    @Test
    void bothCoursesTogetherUnlockTheVacancyAndTheCapIsSharedBetweenThem() throws Exception {
        String plan = plan();
        assertThat(JsonPath.<List<String>>read(plan, "$.steps[*].title")).containsExactlyInAnyOrder(courseA, courseB);
        assertThat(JsonPath.<List<String>>read(plan, "$.unlocked[*].title")).contains(vacancy);
        assertThat(JsonPath.<Integer>read(plan, "$.goodMatchesAfter"))
                .isGreaterThan(JsonPath.<Integer>read(plan, "$.goodMatchesNow"));
        // alone, each course would get €800 from the source; together the yearly cap of €1,000 is shared
        List<Integer> paid =
                JsonPath.read(plan, "$.steps[*].funding.parts[?(@.name == '" + sourceName + "')].amountCents");
        assertThat(paid).containsExactly(80000, 20000);
        assertThat(JsonPath.<List<Boolean>>read(
                        plan, "$.steps[1].funding.parts[?(@.name == '" + sourceName + "')].reducedByPlan"))
                .containsExactly(true);
        assertThat(JsonPath.<Integer>read(plan, "$.steps[1].funding.ownCents")).isEqualTo(60000);
        assertThat(JsonPath.<Integer>read(plan, "$.ownCents")).isEqualTo(60000);
    }

    @Test
    void aBudgetOrATimeForOneCourseLeavesTheOtherHalfUncoveredAndSaysSo() throws Exception {
        String cheap = plan("budgetCents", "100000");
        assertThat(JsonPath.<List<String>>read(cheap, "$.steps[*].title")).hasSize(1);
        assertThat(JsonPath.<List<String>>read(cheap, "$.unlocked[*].title")).doesNotContain(vacancy);
        assertThat(JsonPath.<List<?>>read(cheap, "$.uncovered")).isNotEmpty();
        String quick = plan("maxMonths", "3");
        assertThat(JsonPath.<Integer>read(quick, "$.maxWeeks")).isEqualTo(13);
        assertThat(JsonPath.<Integer>read(quick, "$.totalWeeks")).isEqualTo(10);
        String year = plan("maxWeeks", "20", "budgetCents", "160000");
        assertThat(JsonPath.<List<String>>read(year, "$.unlocked[*].title")).contains(vacancy);

        mvc.perform(get("/api/v1/persons/{id}/training-plans", person)
                        .param("occupation", TAXIDERMIST)
                        .param("maxWeeks", "4")
                        .param("maxMonths", "1")
                        .with(resident.basic()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.rule").value("matching.weeks-and-months"))
                .andExpect(jsonPath("$.field").value("maxMonths"));
        mvc.perform(get("/api/v1/persons/{id}/training-plans", person)
                        .param("occupation", TAXIDERMIST)
                        .param("budgetCents", "-5")
                        .with(resident.basic()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.field").value("budgetCents"));
    }

    @Test
    void thePlanPageTakesABudgetAndATimeInFormFieldsAndShowsWhoPaysForThePlanAsAWhole() throws Exception {
        MockHttpSession session = (MockHttpSession)
                mvc.perform(formLogin("/login").user(resident.username()).password(TestAccounts.PASSWORD))
                        .andReturn()
                        .getRequest()
                        .getSession();
        String page = mvc.perform(get("/mijn/opleidingsplan")
                        .param("beroep", TAXIDERMIST)
                        .session(session)
                        .header("Accept-Language", "nl"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page)
                .contains(courseA)
                .contains(courseB)
                .contains(vacancy)
                .contains("name=\"budget\"")
                .contains("name=\"tijd\"")
                .contains("Voor het hele plan betaalt het fonds € 1.000,00 en betaalt u zelf € 600,00")
                .contains("eerdere stappen van dit plan gebruiken dit geld of deze grens al");

        String tight = mvc.perform(get("/mijn/opleidingsplan")
                        .param("beroep", TAXIDERMIST)
                        .param("tijd", "12")
                        .param("eenheid", "weken")
                        .session(session)
                        .header("Accept-Language", "nl"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(tight)
                .contains("Klaar binnen 12 weken")
                .containsAnyOf(courseA, courseB)
                .doesNotContain("Voor het hele plan betaalt het fonds € 1.000,00");

        String wrong = mvc.perform(get("/mijn/opleidingsplan")
                        .param("beroep", TAXIDERMIST)
                        .param("tijd", "twee")
                        .session(session)
                        .header("Accept-Language", "nl"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(wrong)
                .contains("id=\"tijd-error\"")
                .contains("Vul een heel getal in.")
                .contains("aria-invalid=\"true\"");
    }
}
