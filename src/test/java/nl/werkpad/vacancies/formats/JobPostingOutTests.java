package nl.werkpad.vacancies.formats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import nl.werkpad.access.Role;
import nl.werkpad.access.SignedInUser;
import nl.werkpad.support.TestOrganisations;
import nl.werkpad.support.WerkpadTest;
import nl.werkpad.vacancies.ContractType;
import nl.werkpad.vacancies.Vacancies;
import nl.werkpad.vacancies.Vacancy;
import nl.werkpad.vacancies.VacancyInput;
import nl.werkpad.vacancies.VacancyKind;
import nl.werkpad.vacancies.VacancyStatus;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A public vacancy page carries a JobPosting a search engine accepts; the feed lists open vacancies in pages. */
@WerkpadTest
class JobPostingOutTests {

    static final String WELDER_URI = "http://data.europa.eu/esco/occupation/7aedaa07-3884-4c5b-88f9-80997b2aa54b";
    /** Google's required JobPosting properties, and the recommended ones Werkpad knows. */
    static final List<String> REQUIRED =
            List.of("title", "description", "datePosted", "hiringOrganization", "jobLocation");

    static final List<String> RECOMMENDED =
            List.of("validThrough", "employmentType", "baseSalary", "identifier", "directApply");

    @Autowired
    MockMvc mvc;

    @Autowired
    TestOrganisations organisations;

    @Autowired
    Vacancies vacancies;

    private Vacancy open(TestOrganisations.Member employer, String title, String description) {
        SignedInUser actor = new SignedInUser(employer.accountId(), employer.username(), "x", Set.of(Role.WERKGEVER));
        return vacancies.create(
                new VacancyInput(
                        employer.organisation().id(),
                        title,
                        description,
                        WELDER_URI,
                        "GM0361",
                        VacancyKind.JOB,
                        24,
                        ContractType.TEMPORARY,
                        null,
                        280_000L,
                        340_000L,
                        LocalDate.now().plusDays(30),
                        1,
                        null,
                        VacancyStatus.OPEN,
                        null,
                        null),
                actor);
    }

    private JsonNode jobPostingOf(String html) {
        Document page = Jsoup.parse(html);
        List<Element> blocks = page.select("script[type=application/ld+json]");
        assertThat(blocks).hasSize(1);
        return JsonMapper.builder().build().readTree(blocks.getFirst().data());
    }

    @Test
    void aPublicVacancyPageCarriesAJobPostingWithTheRequiredAndRecommendedProperties() throws Exception {
        var employer = organisations.employer("Werf JSON-LD Alkmaar", "GM0361");
        Vacancy v = open(
                employer, "Lasser (m/v) </script><script>alert(1)</script>", "Lassen & snijden <b>op de werf</b>.");
        String html = mvc.perform(get("/vacatures/" + v.id()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(html).doesNotContain("</script><script>alert(1)");
        JsonNode posting = jobPostingOf(html);
        assertThat(posting.path("@type").asString()).isEqualTo("JobPosting");
        REQUIRED.forEach(p -> assertThat(posting.has(p)).as(p).isTrue());
        RECOMMENDED.forEach(p -> assertThat(posting.has(p)).as(p).isTrue());
        assertThat(posting.path("title").asString()).isEqualTo(v.title());
        assertThat(posting.path("description").asString()).isEqualTo("Lassen & snijden <b>op de werf</b>.");
        assertThat(posting.path("hiringOrganization").path("name").asString()).isEqualTo("Werf JSON-LD Alkmaar");
        JsonNode address = posting.path("jobLocation").path("address");
        assertThat(address.path("@type").asString()).isEqualTo("PostalAddress");
        assertThat(address.path("addressLocality").asString()).isEqualTo("Alkmaar");
        assertThat(address.path("addressRegion").asString()).isEqualTo("Noord-Holland");
        assertThat(address.path("addressCountry").asString()).isEqualTo("NL");
        assertThat(posting.path("datePosted").asString()).matches("\\d{4}-\\d{2}-\\d{2}");
        assertThat(posting.path("validThrough").asString())
                .startsWith(v.closingDate().toString());
        assertThat(posting.path("employmentType").toString()).contains("PART_TIME", "TEMPORARY");
        JsonNode salary = posting.path("baseSalary");
        assertThat(salary.path("currency").asString()).isEqualTo("EUR");
        assertThat(salary.path("value").path("minValue").decimalValue()).isEqualByComparingTo("2800");
        assertThat(salary.path("value").path("maxValue").decimalValue()).isEqualByComparingTo("3400");
        assertThat(salary.path("value").path("unitText").asString()).isEqualTo("MONTH");
        assertThat(posting.path("identifier").path("value").asString()).isEqualTo(v.id().toString());
        assertThat(posting.path("occupationalCategory").path("codeValue").asString())
                .isEqualTo("7212");
        assertThat(posting.path("skills").size())
                .isEqualTo(v.essentialSkills().size() + v.optionalSkills().size());
    }

    @Test
    void aClosedVacancyIsNoLongerOfferedToSearchEngines() throws Exception {
        var employer = organisations.employer("Werf JSON-LD Gesloten", "GM0361");
        Vacancy v = open(employer, "Lasser gesloten", "Lassen.");
        vacancies.changeStatus(
                v.id(),
                VacancyStatus.CLOSED,
                new SignedInUser(employer.accountId(), employer.username(), "x", Set.of(Role.WERKGEVER)));
        String html = mvc.perform(get("/vacatures/" + v.id()))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(Jsoup.parse(html).select("script[type=application/ld+json]")).isEmpty();
    }

    @Test
    void theFeedListsOpenVacanciesAsAnItemListInPages() throws Exception {
        var employer = organisations.employer("Werf JSON-LD Feed", "GM0361");
        open(employer, "Lasser feed een", "Lassen.");
        open(employer, "Lasser feed twee", "Lassen.");
        JsonNode first = JsonMapper.builder()
                .build()
                .readTree(mvc.perform(get("/api/v1/vacancies/job-postings?limit=1"))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsString());
        assertThat(first.path("@type").asString()).isEqualTo("ItemList");
        assertThat(first.path("numberOfItems").asLong()).isGreaterThanOrEqualTo(2);
        assertThat(first.path("itemListElement").size()).isEqualTo(1);
        JsonNode item = first.path("itemListElement").get(0);
        assertThat(item.path("position").asInt()).isEqualTo(1);
        assertThat(item.path("item").path("@type").asString()).isEqualTo("JobPosting");
        REQUIRED.forEach(p -> assertThat(item.path("item").has(p)).as(p).isTrue());
        String next = first.path("nextItem").asString();
        assertThat(next).endsWith("/api/v1/vacancies/job-postings?offset=1&limit=1");
        JsonNode second = JsonMapper.builder()
                .build()
                .readTree(mvc.perform(get("/api/v1/vacancies/job-postings?offset=1&limit=1"))
                        .andReturn()
                        .getResponse()
                        .getContentAsString());
        assertThat(second.path("itemListElement").get(0).path("position").asInt())
                .isEqualTo(2);
        assertThat(second.path("itemListElement")
                        .get(0)
                        .path("item")
                        .path("identifier")
                        .path("value")
                        .asString())
                .isNotEqualTo(item.path("item").path("identifier").path("value").asString());
    }
}
