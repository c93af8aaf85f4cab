package nl.werkpad.journeys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.werkpad.access.Role;
import nl.werkpad.support.TestAccounts;
import nl.werkpad.support.TestOrganisations;
import nl.werkpad.support.WerkpadTest;
import nl.werkpad.taxonomy.Taxonomy;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The development account page as a resident reads it, with the demo region's sources: the mkb-route is the
 * employer's to ask, so it is neither promised nor counted in what the resident can use; a source that pays nothing
 * does not claim the cost limited it.
 */
@WerkpadTest
class FundAccountPageTests {

    static final String ALKMAAR = "GM0361";
    static final String MKB_ROUTE = "Mkb-route vouchers";

    @Autowired
    MockMvc mvc;

    @Autowired
    TestAccounts accounts;

    @Autowired
    TestOrganisations organisations;

    @Autowired
    Taxonomy taxonomy;

    private static String euros(long cents) {
        return String.format(Locale.GERMANY, "€ %,.2f", cents / 100.0);
    }

    private static String row(String page, String source) {
        String from = page.substring(page.indexOf(source));
        return from.substring(0, from.indexOf("</tr>"));
    }

    @Test
    void theMkbRouteIsTheEmployersAndNeitherPromisedNorCountedAndAZeroPartIsNotLimitedByTheCost() throws Exception {
        var resident = accounts.with(Role.INWONER, "Ria Rekening");
        String person = JsonPath.read(
                mvc.perform(post("/api/v1/persons")
                                .with(resident.basic())
                                .contentType(MediaType.APPLICATION_JSON)
                                .content("""
                        {"name": "Ria Rekening", "municipality": "%s", "travelKm": 20, "status": "EMPLOYED_AT_RISK", "skills": []}""".formatted(ALKMAAR)))
                        .andExpect(status().isCreated())
                        .andReturn()
                        .getResponse()
                        .getContentAsString(),
                "$.personId");
        String account = mvc.perform(put("/api/v1/persons/" + person + "/development-account")
                        .with(resident.basic())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"birthDate\": \"1980-06-01\", \"targetGroups\": []}"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        List<Map<String, Object>> lines = JsonPath.read(account, "$.lines");
        assertThat(lines).extracting(l -> l.get("name")).contains(MKB_ROUTE);
        long usable = lines.stream()
                .filter(l -> (Boolean) l.get("eligible") && !MKB_ROUTE.equals(l.get("name")))
                .mapToLong(l -> ((Number) l.get("available")).longValue())
                .sum();
        long mkb = lines.stream()
                .filter(l -> MKB_ROUTE.equals(l.get("name")))
                .mapToLong(l -> ((Number) l.get("available")).longValue())
                .sum();
        assertThat(mkb).as("the mkb-route has money that the old page counted").isPositive();

        MockHttpSession session = (MockHttpSession)
                mvc.perform(formLogin("/login").user(resident.username()).password(TestAccounts.PASSWORD))
                        .andReturn()
                        .getRequest()
                        .getSession();
        String page = mvc.perform(
                        get("/mijn/ontwikkelrekening").session(session).header("Accept-Language", "nl"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        String total = page.substring(page.indexOf("U kunt nu ten hoogste gebruiken:"));
        assertThat(total.substring(0, total.indexOf("</p>")))
                .contains(euros(usable))
                .doesNotContain(euros(usable + mkb));
        assertThat(row(page, MKB_ROUTE)).contains("Alleen via uw werkgever").doesNotContain("U komt in aanmerking");

        // a €50 course on the register: the allowance pays it (less the regional fund's 10% floor); the regional fund
        // pays €0
        var school = organisations.provider("Rekenschool (test)", ALKMAAR);
        String offer = JsonPath.read(
                mvc.perform(post("/api/v1/training-offers")
                                .with(school.basic())
                                .contentType(MediaType.APPLICATION_JSON)
                                .content("""
                        {"title": "Veilig werken kort %d", "level": "COURSE", "mode": "ON_SITE", "municipality": "%s", "durationHours": 4,
                         "durationWeeks": 1, "costCents": 5000, "onRegister": true, "status": "PUBLISHED", "skills": ["%s"], "starts": []}""".formatted(
                                                System.nanoTime(),
                                                ALKMAAR,
                                                taxonomy.occupation(PlanChoiceTests.TAXIDERMIST, "en")
                                                        .orElseThrow()
                                                        .essentialSkills()
                                                        .getFirst()
                                                        .id())))
                        .andExpect(status().isCreated())
                        .andReturn()
                        .getResponse()
                        .getContentAsString(),
                "$.id");
        String quote = mvc.perform(get("/vouchers/aanvragen")
                        .param("aanbod", offer)
                        .session(session)
                        .header("Accept-Language", "nl"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        String regional = row(quote, "Regionaal ontwikkelfonds");
        assertThat(regional)
                .contains("€ 0,00")
                .doesNotContain("Bedrag begrensd door")
                .contains("Betaalt niets");
    }
}
