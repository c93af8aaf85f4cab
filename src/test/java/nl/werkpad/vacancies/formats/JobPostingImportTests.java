package nl.werkpad.vacancies.formats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.werkpad.access.Role;
import nl.werkpad.organisations.Organisations;
import nl.werkpad.support.TestAccounts;
import nl.werkpad.support.TestAccounts.TestAccount;
import nl.werkpad.support.TestOrganisations;
import nl.werkpad.support.WerkpadTest;
import nl.werkpad.vacancies.ContractType;
import nl.werkpad.vacancies.Vacancies;
import nl.werkpad.vacancies.Vacancy;
import nl.werkpad.vacancies.VacancyFilter;
import nl.werkpad.vacancies.VacancyStatus;
import nl.werkpad.vacancies.persistence.VacancySources;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** JobPostings through the API: a report per posting, the good ones in, each whole or not at all. */
@WerkpadTest
class JobPostingImportTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Vacancies vacancies;

    @Autowired
    Organisations organisations;

    @Autowired
    VacancySources sources;

    @Autowired
    TestOrganisations testOrganisations;

    @Autowired
    TestAccounts accounts;

    private TestAccount administrator;

    static String run() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    static String kvk() {
        return String.valueOf(10_000_000 + (int) (Math.random() * 89_999_999));
    }

    static String resource(String name, String run, String kvk) throws Exception {
        try (var in = JobPostingImportTests.class.getResourceAsStream("/formats/jobpostings/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .replace("{{run}}", run)
                    .replace("{{kvk}}", kvk);
        }
    }

    private ResultActions asAdministrator(String body, String type) throws Exception {
        if (administrator == null) {
            administrator = accounts.with(Role.BEHEERDER, "Beheerder import");
        }
        return mvc.perform(post("/api/v1/vacancies/imports")
                .with(administrator.basic())
                .contentType(type)
                .content(body));
    }

    private Vacancy vacancy(ResultActions result, int index) throws Exception {
        String id =
                JsonPath.read(result.andReturn().getResponse().getContentAsString(), "$.items[" + index + "].vacancy");
        return vacancies.byId(UUID.fromString(id), Optional.empty()).orElseThrow();
    }

    @Test
    void aCompletePostingBecomesAnOpenVacancyWithItsOrganisationPlaceSalaryAndOriginal() throws Exception {
        String run = run();
        String kvk = kvk();
        ResultActions result = asAdministrator(resource("single.jsonld", run, kvk), "application/ld+json")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.created").value(1))
                .andExpect(jsonPath("$.items[0].result").value("CREATED"))
                .andExpect(jsonPath("$.items[0].notes[*].rule")
                        .value(Matchers.hasItem("vacancy.import.organisation-created")));
        Vacancy v = vacancy(result, 0);
        assertThat(v.status()).isEqualTo(VacancyStatus.OPEN);
        assertThat(v.title()).isEqualTo("Lasser MIG/MAG (m/v/x)");
        assertThat(v.description())
                .startsWith("Voor onze werf in Alkmaar zoeken wij een lasser.")
                .doesNotContain("<");
        assertThat(v.municipality().code()).isEqualTo("GM0361");
        assertThat(v.occupation().id()).isEqualTo("7aedaa07-3884-4c5b-88f9-80997b2aa54b");
        assertThat(v.salaryMinCents()).isEqualTo(280_000L);
        assertThat(v.salaryMaxCents()).isEqualTo(340_000L);
        assertThat(v.closingDate()).hasToString("2099-01-31");
        assertThat(v.hoursPerWeek()).isEqualTo(38);
        assertThat(v.contractType()).isEqualTo(ContractType.TEMPORARY);
        assertThat(v.essentialSkills()).isNotEmpty();
        var organisation = organisations.byKvkNumber(kvk).orElseThrow();
        assertThat(organisation.name()).isEqualTo("Scheepswerf Import " + run);
        assertThat(organisation.website()).isEqualTo("https://www.werf-" + run + ".example.nl");
        assertThat(v.organisation().id()).isEqualTo(organisation.id());
        assertThat(sources.createdByImport(organisation.id())).isTrue();
        var source = sources.of(v.id());
        assertThat(source).singleElement().satisfies(s -> {
            assertThat(s.source()).isEqualTo("api");
            assertThat(s.url()).isEqualTo("https://jobs.example.nl/" + run + "/lasser-1");
            assertThat(s.original()).contains("LAS-" + run + "-1", "<strong>lasser</strong>");
        });
    }

    @Test
    void aListReportsEachBadPostingAndImportsTheGoodOnes() throws Exception {
        String run = run();
        asAdministrator(resource("itemlist.jsonld", run, kvk()), "application/ld+json")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.received").value(4))
                .andExpect(jsonPath("$.created").value(2))
                .andExpect(jsonPath("$.refused").value(2))
                .andExpect(jsonPath("$.items[1].item").value(2))
                .andExpect(jsonPath("$.items[1].result").value("REFUSED"))
                .andExpect(jsonPath("$.items[1].problems[0].field").value("title"))
                .andExpect(jsonPath("$.items[1].problems[0].rule").value("vacancy.import.title-missing"))
                .andExpect(jsonPath("$.items[2].problems[0].rule").value("vacancy.import.municipality-unknown"))
                .andExpect(jsonPath("$.items[2].problems[0].reason").value(Matchers.containsString("Atlantis")))
                .andExpect(jsonPath("$.items[3].result").value("CREATED"))
                .andExpect(jsonPath("$.items[3].notes[*].rule")
                        .value(Matchers.hasItems(
                                "vacancy.import.salary-unreadable", "vacancy.import.several-locations")));
        var organisation = organisations.search("Staal Lijst " + run, null, 5, 0);
        assertThat(organisation).hasSize(1);
        List<Vacancy> imported = vacancies.search(
                new VacancyFilter(
                        null, null, null, null, organisation.getFirst().id(), null, 10, 0),
                Optional.empty());
        assertThat(imported)
                .extracting(Vacancy::title)
                .containsExactlyInAnyOrder("Lasser", "Lasser-constructiebankwerker");
        Vacancy first = imported.stream()
                .filter(v -> v.title().equals("Lasser"))
                .findFirst()
                .orElseThrow();
        assertThat(first.salaryMinCents()).isEqualTo(280_000L);
        assertThat(first.occupation()).isNotNull();
        Vacancy several = imported.stream()
                .filter(v -> !v.title().equals("Lasser"))
                .findFirst()
                .orElseThrow();
        assertThat(several.municipality().code()).isEqualTo("GM1980");
        assertThat(several.description()).isEqualTo("Lassen & bankwerken\nin Heerhugowaard of Alkmaar.");
    }

    @Test
    void theSamePostingAgainChangesNothingAndAChangedOneUpdatesItsVacancy() throws Exception {
        String run = run();
        String kvk = kvk();
        String body = resource("single.jsonld", run, kvk);
        Vacancy v = vacancy(asAdministrator(body, "application/ld+json"), 0);
        asAdministrator(body, "application/ld+json")
                .andExpect(jsonPath("$.unchanged").value(1))
                .andExpect(jsonPath("$.items[0].vacancy").value(v.id().toString()));
        asAdministrator(body.replace("\"maxValue\": 3400", "\"maxValue\": 3600"), "application/ld+json")
                .andExpect(jsonPath("$.updated").value(1));
        assertThat(vacancies.byId(v.id(), Optional.empty()).orElseThrow().salaryMaxCents())
                .isEqualTo(360_000L);
    }

    @Test
    void htmlPagesAndNdjsonAreReadToo() throws Exception {
        String run = run();
        asAdministrator(resource("page.html", run, kvk()), "text/html")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.created").value(1));
        asAdministrator(resource("postings.ndjson", run, kvk()), "application/x-ndjson")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.created").value(2))
                .andExpect(jsonPath("$.items[1].item").value(2))
                .andExpect(jsonPath("$.items[1].problems[0].rule").value("vacancy.import.json-invalid"));
    }

    @Test
    void invalidJsonIsRefusedAsAProblem() throws Exception {
        asAdministrator("{\"@type\": \"JobPosting\", \"title\": ", "application/ld+json")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.rule").value("vacancy.import.json-invalid"));
    }

    @Test
    void anEmployerImportsOnlyForTheirOwnOrganisation() throws Exception {
        String run = run();
        var employer = testOrganisations.employer("Eigen Werf " + run, "GM0361");
        mvc.perform(post("/api/v1/vacancies/imports")
                        .with(employer.basic())
                        .contentType("application/ld+json")
                        .content(resource("single.jsonld", run, kvk())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.created").value(1));
        assertThat(organisations.search("Scheepswerf Import " + run, null, 5, 0))
                .isEmpty();
        assertThat(vacancies.search(
                        new VacancyFilter(
                                null, null, null, null, employer.organisation().id(), null, 10, 0),
                        Optional.empty()))
                .extracting(Vacancy::title)
                .containsExactly("Lasser MIG/MAG (m/v/x)");
    }

    @Test
    void aResidentMayNotImport() throws Exception {
        mvc.perform(post("/api/v1/vacancies/imports")
                        .with(accounts.with(Role.INWONER, "Inwoner").basic())
                        .contentType("application/ld+json")
                        .content("{}"))
                .andExpect(status().isForbidden());
    }
}
