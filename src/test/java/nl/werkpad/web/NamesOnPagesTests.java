package nl.werkpad.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import jakarta.servlet.http.Cookie;
import java.util.List;
import java.util.stream.Collectors;
import nl.werkpad.access.Role;
import nl.werkpad.support.TestAccounts;
import nl.werkpad.support.TestOrganisations;
import nl.werkpad.support.WerkpadTest;
import nl.werkpad.taxonomy.SkillRef;
import nl.werkpad.taxonomy.Taxonomy;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** Names where codes were, filters that take names, and words for the person who reads them. */
@WerkpadTest
class NamesOnPagesTests {

    private static final String WELDER = "7aedaa07-3884-4c5b-88f9-80997b2aa54b";

    @Autowired
    MockMvc mvc;

    @Autowired
    TestAccounts accounts;

    @Autowired
    TestOrganisations organisations;

    @Autowired
    Taxonomy taxonomy;

    @Test
    void anAdvisorFiltersTheCaseloadByTypingTheNameOfAMunicipality() throws Exception {
        var advisor = accounts.with(Role.ADVISEUR, "Adviseur Noord");
        share(accounts.with(Role.INWONER, "Anna uit Alkmaar"), "GM0361", advisor, List.of());
        share(accounts.with(Role.INWONER, "Henk uit Heiloo"), "GM0399", advisor, List.of());
        MockHttpSession session = session(advisor.username());

        String all =
                text(mvc.perform(get("/adviseur/caseload").session(session)).andExpect(status().isOk()));
        assertThat(all)
                .contains("Anna uit Alkmaar", "Henk uit Heiloo", "Alkmaar", "Heiloo")
                .doesNotContain("GM0361", "GM0399");

        String typed = text(mvc.perform(get("/adviseur/caseload")
                        .param("gemeente", "")
                        .param("gemeenteQuery", "alkmaar")
                        .session(session))
                .andExpect(status().isOk()));
        assertThat(typed).contains("Anna uit Alkmaar").doesNotContain("Henk uit Heiloo");

        // a name where the code goes (a bookmark, a typed address) works as well; the code still works
        assertThat(text(mvc.perform(
                        get("/adviseur/caseload").param("gemeente", "Heiloo").session(session))))
                .contains("Henk uit Heiloo")
                .doesNotContain("Anna uit Alkmaar");
        assertThat(text(mvc.perform(
                        get("/adviseur/caseload").param("gemeente", "GM0361").session(session))))
                .contains("Anna uit Alkmaar")
                .doesNotContain("Henk uit Heiloo");

        // clearing the typed name clears the filter
        assertThat(text(mvc.perform(get("/adviseur/caseload")
                        .param("gemeente", "GM0361")
                        .param("gemeenteQuery", "")
                        .session(session))))
                .contains("Anna uit Alkmaar", "Henk uit Heiloo");
    }

    @Test
    void anEmployerReadsAboutTheCandidateNotAboutThemselves() throws Exception {
        var employer = organisations.employer("Lasbedrijf Castricum", "GM0383");
        String vacancy = JsonPath.read(
                mvc.perform(post("/api/v1/vacancies")
                                .with(employer.basic())
                                .contentType(MediaType.APPLICATION_JSON)
                                .content("""
                                {"title": "Lasser %s", "occupation": "%s", "municipality": "GM0383", "status": "open"}""".formatted(System.nanoTime(), WELDER)))
                        .andExpect(status().isCreated())
                        .andReturn()
                        .getResponse()
                        .getContentAsString(),
                "$.id");
        List<String> skills = taxonomy.occupation(WELDER, "en").orElseThrow().essentialSkills().stream()
                .map(SkillRef::id)
                .toList();
        var candidate = accounts.with(Role.INWONER, "Kandidaat Castricum");
        String person = passport(candidate, "GM0383", skills.subList(0, skills.size() - 1));
        mvc.perform(put("/api/v1/persons/{id}/consents/EMPLOYERS_IN_REGION", person)
                        .with(candidate.basic())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{}"))
                .andExpect(status().isOk());

        MockHttpSession session = session(employer.username());
        String dutch = text(
                mvc.perform(get("/werkgever/vacatures/{id}/kandidaten", vacancy).session(session))
                        .andExpect(status().isOk()));
        assertThat(dutch)
                .contains("Heeft deze vaardigheden:", "Castricum")
                .doesNotContain("die u heeft", "uw vaardigheid", "u nog mist");
        String english = text(mvc.perform(get("/werkgever/vacatures/{id}/kandidaten", vacancy)
                        .session(session)
                        .cookie(new Cookie("WERKPAD_LANG", "en")))
                .andExpect(status().isOk()));
        assertThat(english)
                .contains("Has these skills:")
                .doesNotContain("Skills you have", "your skill", "you still miss");

        // the resident reading their own matches is still spoken to
        String own = text(mvc.perform(get("/mijn/matches").session(session(candidate.username())))
                .andExpect(status().isOk()));
        assertThat(own).contains("Vaardigheden die u heeft:");
    }

    @Test
    void aFundManagerNamesAreasAndSectorsAndReadsTheRulesByName() throws Exception {
        var manager = accounts.with(Role.FONDSBEHEERDER, "Fondsbeheerder Namen");
        MockHttpSession session = session(manager.username());
        String form =
                text(mvc.perform(get("/fonds/bronnen/nieuw").session(session)).andExpect(status().isOk()));
        assertThat(form).contains("Noord-Holland Noord", "Bouwnijverheid").doesNotContain("GM0361", "AM15", "PV27");
        var regionGroups = Jsoup.parse(mvc.perform(get("/fonds/bronnen/nieuw").session(session))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .select("select#regions optgroup")
                .eachAttr("label");
        assertThat(regionGroups).contains("Noord-Holland", "Groningen");

        String code = "namen-" + System.nanoTime();
        var unknown = mvc.perform(post("/fonds/bronnen")
                        .with(csrf())
                        .session(session)
                        .param("code", code)
                        .param("name", "Bron " + code)
                        .param("kind", "REGIO")
                        .param("mode", "PER_VOUCHER")
                        .param("validFrom", "2026-01-01")
                        .param("validUntil", "2026-12-31")
                        .param("priority", "10")
                        .param("voucherValidDays", "90")
                        .param("_onRegister", "on")
                        .param("municipalities", "Alkmaar, Atlantis"))
                .andExpect(status().isOk());
        assertThat(text(unknown)).contains("Deze gemeente kennen we niet: Atlantis");

        String location = mvc.perform(post("/fonds/bronnen")
                        .with(csrf())
                        .session(session)
                        .param("code", code)
                        .param("name", "Bron " + code)
                        .param("kind", "REGIO")
                        .param("mode", "PER_VOUCHER")
                        .param("validFrom", "2026-01-01")
                        .param("validUntil", "2026-12-31")
                        .param("priority", "10")
                        .param("voucherValidDays", "90")
                        .param("_onRegister", "on")
                        .param("municipalities", "alkmaar, Heiloo")
                        .param("regions", "AM12")
                        .param("provinces", "PV27")
                        .param("employerSectors", "F")
                        .param("statuses", "JOB_SEEKER", "EMPLOYED_AT_RISK")
                        .param("targetGroups", "career-switch-technology")
                        .param("shortageIsco", "72"))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        String source = text(mvc.perform(get(location).session(session)).andExpect(status().isOk()));
        assertThat(source)
                .contains(
                        "Woont in Alkmaar, Heiloo, Gooi en Vechtstreek of Noord-Holland",
                        "Bouwnijverheid",
                        "werkzoekend",
                        "werkend met een onzekere baan",
                        "Zij-instromer in techniek")
                .doesNotContain("GM0361", "AM12", "PV27", "JOB_SEEKER", "career-switch-technology", "Residence[");
        // the API keeps the codes
        String api = mvc.perform(get("/api/v1/funding-sources").with(manager.basic()))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(api).contains("\"GM0361\"", "\"GM0399\"", "\"AM12\"");
    }

    @Test
    void regionsAreFoundUnderTheirProvinceOnTheListsAndTheMonitor() throws Exception {
        for (String page : List.of("/vacatures", "/opleidingen")) {
            var groups = Jsoup.parse(mvc.perform(get(page))
                            .andExpect(status().isOk())
                            .andReturn()
                            .getResponse()
                            .getContentAsString())
                    .select("select#region optgroup");
            assertThat(groups.eachAttr("label")).as(page).contains("Noord-Holland", "Groningen");
            assertThat(groups.select("[label=Noord-Holland] option").eachText())
                    .as(page)
                    .contains("Noord-Holland Noord", "Zaanstreek/Waterland")
                    .doesNotContain("Groningen");
        }
        var policy = accounts.with(Role.BELEID, "Beleid Provincies");
        var monitor = Jsoup.parse(mvc.perform(get("/monitor").session(session(policy.username())))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .select("select#gebied optgroup");
        assertThat(monitor.eachAttr("label")).contains("Provincies", "Arbeidsmarktregio's in Noord-Holland");
        assertThat(monitor.select("[label=\"Arbeidsmarktregio's in Noord-Holland\"] option")
                        .eachText())
                .contains("Noord-Holland Noord")
                .doesNotContain("Groningen");
    }

    @Test
    void aSkillThatCountsPartlyIsNamedLikeEverySkillWithItsLanguageMarked() throws Exception {
        var employer = organisations.employer("Lasbedrijf Limmen", "GM0383");
        mvc.perform(post("/api/v1/vacancies")
                        .with(employer.basic())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"title": "Lasser %s", "occupation": "%s", "municipality": "GM0383", "status": "open"}""".formatted(System.nanoTime(), WELDER)))
                .andExpect(status().isCreated());
        List<String> skills = taxonomy.occupation(WELDER, "en").orElseThrow().essentialSkills().stream()
                .map(SkillRef::id)
                .toList();
        var page = Jsoup.parse(mvc.perform(post("/matchen")
                        .with(csrf())
                        .param("skills", skills.subList(0, skills.size() / 2).toArray(String[]::new))
                        .param("municipality", "GM0383")
                        .param("radiusKm", "10"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
        var lines = page.select("details.why ul li").stream()
                .filter(li -> li.select(".skill-label__name").size() == 2)
                .toList();
        assertThat(lines).as("partial-credit lines with both skills named").isNotEmpty();
        for (var line : lines) {
            for (var name : line.select(".skill-label__name")) {
                assertThat(name.attr("lang")).as(line.text()).isIn("nl", "en");
                if (name.attr("lang").equals("en")) {
                    assertThat(line.text()).contains("(Engels)");
                }
            }
            assertThat(line.text()).contains("% mee dankzij uw vaardigheid");
        }
    }

    private void share(
            TestAccounts.TestAccount resident,
            String municipality,
            TestAccounts.TestAccount advisor,
            List<String> skills)
            throws Exception {
        String person = passport(resident, municipality, skills);
        mvc.perform(put("/api/v1/persons/{id}/consents/ADVISOR", person)
                        .with(resident.basic())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"grantee\": \"%s\"}".formatted(advisor.id())))
                .andExpect(status().isOk());
    }

    private String passport(TestAccounts.TestAccount resident, String municipality, List<String> skills)
            throws Exception {
        String skillJson = skills.stream()
                .map(s -> "{\"skill\": \"" + s + "\", \"source\": \"WORK_EXPERIENCE\"}")
                .collect(Collectors.joining(", ", "[", "]"));
        return JsonPath.read(
                mvc.perform(post("/api/v1/persons")
                                .with(resident.basic())
                                .contentType(MediaType.APPLICATION_JSON)
                                .content("""
                                {"name": "%s", "municipality": "%s", "travelKm": 40, "status": "JOB_SEEKER", "skills": %s,
                                 "workHistory": []}""".formatted(resident.displayName(), municipality, skillJson)))
                        .andExpect(status().isCreated())
                        .andReturn()
                        .getResponse()
                        .getContentAsString(),
                "$.personId");
    }

    private MockHttpSession session(String username) throws Exception {
        return (MockHttpSession) mvc.perform(formLogin("/login").user(username).password(TestAccounts.PASSWORD))
                .andReturn()
                .getRequest()
                .getSession(false);
    }

    /** What a person reads on the page. */
    private static String text(ResultActions result) throws Exception {
        return VisibleCodes.visibleText(
                Jsoup.parse(result.andReturn().getResponse().getContentAsString()));
    }
}
