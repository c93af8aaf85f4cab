package nl.werkpad.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import nl.werkpad.access.Role;
import nl.werkpad.support.Demo;
import nl.werkpad.support.TestAccounts;
import nl.werkpad.support.WerkpadTest;
import nl.werkpad.taxonomy.SkillRef;
import nl.werkpad.taxonomy.Taxonomy;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The guard of "names, not codes": logs in as every demo role (and as an anonymous visitor), visits every
 * page that role can reach from the home page, the navigation and the forms, in Dutch and in English, and
 * fails on a server error or on a code, enum value or message key in what a person reads. It reports
 * every offending page of the role at once, with the text found.
 */
@WerkpadTest
class PageTextGuardTests {

    /** Pages reached only by typing into a form, visited besides what the links lead to. */
    private static final Map<String, List<String>> FORM_PAGES = Map.of(
            "", List.of("/vaardigheden?q=lassen", "/beroepen?q=lasser", "/matchen"),
            "inwoner",
                    List.of(
                            "/paspoort",
                            "/mijn/matches",
                            "/mijn/routes",
                            "/mijn/ontwikkelrekening",
                            "/mijn/opleidingsplan"),
            "adviseur", List.of("/adviseur/caseload?gemeente=Alkmaar", "/adviseur/caseload", "/adviseur/personen"),
            "fondsbeheerder", List.of("/fonds", "/fonds/grootboek"));

    /**
     * Findings on pages another engineer reworks in parallel; each names its owner and goes as soon as that
     * work is merged. A pattern matches "url: finding".
     */
    private static final List<Pattern> OWNED_ELSEWHERE = List.of();

    /** The resident's own pages, written for them in plain Dutch (the agenda and monitor keep the policy terms). */
    private static final Pattern RESIDENTS_OWN =
            Pattern.compile("^/(mijn|paspoort|vouchers|servicepunt|matchen|vacatures|opleidingen)\\b");

    private static VisibleCodes codes;

    private static final String WELDER = "7aedaa07-3884-4c5b-88f9-80997b2aa54b";

    @Autowired
    MockMvc mvc;

    @Autowired
    TestAccounts accounts;

    @Autowired
    Taxonomy taxonomy;

    @BeforeAll
    static void knowTheCodes() throws Exception {
        codes = VisibleCodes.ofWerkpad();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {"", "inwoner", "werkgever", "opleider", "adviseur", "fondsbeheerder", "beleid", "beheerder"})
    void everyPageARoleReachesShowsNamesNotCodes(String user) throws Exception {
        crawlAndCheck(user, user.isEmpty() ? "anonymous" : user, user.isEmpty() ? null : Demo.session(mvc, user));
    }

    /** The demo resident has no passport; a welder from Alkmaar with one reaches matches, plans and the fund's rules. */
    @org.junit.jupiter.api.Test
    void everyPageAResidentWithAPassportReachesShowsNamesNotCodes() throws Exception {
        TestAccounts.TestAccount welder = accounts.with(Role.INWONER, "Lasser uit Alkmaar");
        List<String> essentials = taxonomy.occupation(WELDER, "en").orElseThrow().essentialSkills().stream()
                .map(SkillRef::id)
                .toList();
        // all but two of a welder's essential skills: matches with something missing, so plans and routes have steps
        String skills = essentials.subList(0, Math.max(1, essentials.size() - 2)).stream()
                .map(id -> "{\"skill\": \"" + id + "\", \"source\": \"WORK_EXPERIENCE\"}")
                .collect(Collectors.joining(", "));
        String person = JsonPath.read(
                mvc.perform(post("/api/v1/persons")
                                .with(welder.basic())
                                .contentType(MediaType.APPLICATION_JSON)
                                .content("""
                                {"name": "Lasser uit Alkmaar", "municipality": "GM0361", "travelKm": 30, "status": "JOB_SEEKER",
                                 "skills": [%s], "workHistory": [{"occupation": "%s", "employer": "Scheepswerf", "fromYear": 2015}]}""".formatted(skills, WELDER)))
                        .andExpect(status().isCreated())
                        .andReturn()
                        .getResponse()
                        .getContentAsString(),
                "$.personId");
        mvc.perform(put("/api/v1/persons/{id}/development-account", person)
                        .with(welder.basic())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"birthDate\": \"1985-03-01\", \"targetGroups\": [\"career-switch-technology\"]}"))
                .andExpect(status().isOk());
        MockHttpSession session = (MockHttpSession)
                mvc.perform(formLogin("/login").user(welder.username()).password(TestAccounts.PASSWORD))
                        .andReturn()
                        .getRequest()
                        .getSession(false);
        crawlAndCheck("inwoner", "resident-with-passport", session);
    }

    private void crawlAndCheck(String user, String label, MockHttpSession session) throws Exception {
        var crawler = new PageCrawler(mvc, session);
        List<String> start = new ArrayList<>(List.of("/"));
        start.addAll(FORM_PAGES.getOrDefault(user, List.of()));
        List<PageCrawler.Page> dutch = crawler.crawl(start);
        writeVisited(label, dutch);

        List<String> problems = new ArrayList<>();
        for (PageCrawler.Page page : dutch) {
            check(page, "nl", problems);
            if (user.equals("inwoner")
                    && RESIDENTS_OWN.matcher(page.url()).find()
                    && page.document() != null
                    && page.status() == 200) {
                codes.findJargon(VisibleCodes.visibleText(page.document()))
                        .forEach(jargon -> problems.add("[nl] " + page.url() + ": jargon for residents " + jargon));
            }
            if (page.document() != null && page.status() == 200) {
                check(crawler.fetch(page.url(), "en"), "en", problems);
            }
        }
        assertThat(dutch).as("pages visited").hasSizeGreaterThan(3);
        assertThat(problems)
                .as("pages of '%s' with a server error, a broken link or a code where a name belongs", label)
                .isEmpty();
    }

    /** Which pages the crawl saw, for a reader who wonders whether a page was covered. */
    private static void writeVisited(String label, List<PageCrawler.Page> pages) throws IOException {
        Path file = Path.of("target/page-guard", label + ".txt");
        Files.createDirectories(file.getParent());
        Files.write(file, pages.stream().map(p -> p.status() + " " + p.url()).toList());
    }

    private static void check(PageCrawler.Page page, String language, List<String> problems) {
        if (page.status() >= 500 || page.status() == 404) {
            // a server error, or a link on a page that leads nowhere
            problems.add("[" + language + "] " + page.url() + ": HTTP " + page.status());
            return;
        }
        if (page.document() == null || page.status() / 100 == 3) {
            return;
        }
        for (String finding : codes.find(VisibleCodes.visibleText(page.document()))) {
            String line = page.url() + ": " + finding;
            if (OWNED_ELSEWHERE.stream().noneMatch(p -> p.matcher(line).find())) {
                problems.add("[" + language + "] " + line);
            }
        }
    }
}
