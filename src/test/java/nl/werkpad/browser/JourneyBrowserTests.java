package nl.werkpad.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;
import nl.werkpad.access.Role;
import nl.werkpad.support.TestAccounts;
import nl.werkpad.support.TestOrganisations;
import nl.werkpad.taxonomy.SkillRef;
import nl.werkpad.taxonomy.Taxonomy;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The four journeys of issue 16 walked as their people walk them, each page checked with axe-core: a welder who wants
 * to switch to solar panels, an employer looking for people, an advisor with a caseload, a policy maker at the monitor.
 */
class JourneyBrowserTests extends BrowserTest {

    static final String WELDER = "7aedaa07-3884-4c5b-88f9-80997b2aa54b";
    static final String SOLAR = "75b63949-1b93-4bf2-a777-ccf978dc3e8a";
    static final String ALKMAAR = "GM0361";

    @Autowired
    TestAccounts accounts;

    @Autowired
    TestOrganisations organisations;

    @Autowired
    Taxonomy taxonomy;

    private Api api;

    @BeforeEach
    void api() {
        api = new Api(port);
    }

    private List<String> essentials(String occupation) {
        return taxonomy.occupation(occupation, "en").orElseThrow().essentialSkills().stream()
                .map(SkillRef::id)
                .toList();
    }

    private static String json(List<String> values) {
        return values.stream().map(v -> "\"" + v + "\"").collect(Collectors.joining(", ", "[", "]"));
    }

    private String passport(TestAccounts.TestAccount resident, String name, List<String> skills) throws Exception {
        String entries = skills.stream()
                .map(s -> "{\"skill\": \"" + s + "\", \"source\": \"WORK_EXPERIENCE\"}")
                .collect(Collectors.joining(", ", "[", "]"));
        return Api.field(
                api.call("POST", "/api/v1/persons", resident.username(), """
                {"name": "%s", "municipality": "%s", "travelKm": 30, "status": "EMPLOYED_AT_RISK", "skills": %s,
                 "workHistory": [{"occupation": "%s", "fromYear": 2010}]}""".formatted(name, ALKMAAR, entries, WELDER)),
                "personId");
    }

    @Test
    void aWelderFindsSolarWorkSeesWhatItTakesAndWhoPays() throws Exception {
        List<String> solar = essentials(SOLAR);
        var employer = organisations.employer("Zonnestroom Alkmaar (test)", ALKMAAR);
        String job = "Monteur zonnepanelen " + System.nanoTime();
        api.call("POST", "/api/v1/vacancies", employer.username(), """
                {"title": "%s", "occupation": "%s", "municipality": "%s", "status": "open"}""".formatted(job, SOLAR, ALKMAAR));
        var school = organisations.provider("Energiecollege (test)", ALKMAAR);
        String course = "Zonnepanelen leggen " + System.nanoTime();
        api.call("POST", "/api/v1/training-offers", school.username(), """
                {"provider": "%s", "title": "%s", "level": "MBO_2", "mode": "ON_SITE", "municipality": "%s", "durationHours": 80,
                 "durationWeeks": 8, "costCents": 150000, "onRegister": true, "status": "PUBLISHED", "skills": %s, "starts": []}""".formatted(
                school.organisation().id(), course, ALKMAAR, json(solar.subList(solar.size() / 2, solar.size()))));
        var resident = accounts.with(Role.INWONER, "Sander Lasser");
        List<String> skills = new java.util.ArrayList<>(essentials(WELDER));
        solar.subList(0, solar.size() / 2).stream()
                .filter(s -> !skills.contains(s))
                .forEach(skills::add);
        passport(resident, "Sander Lasser", skills);

        browser.logIn(resident.username(), TestAccounts.PASSWORD);
        browser.clickAndWait(".main-nav a[href='/mijn/matches']");
        var card = browser.driver.findElement(
                By.xpath("//li[contains(@class,'match')][.//a[normalize-space()='" + job + "']]"));
        assertThat(card.findElement(By.cssSelector(".match__fit")).getText())
                .contains("essentiële vaardigheden van deze vacature");
        assertThat(card.getText()).contains("Onverwacht: dit beroep ligt buiten de beroepsgroepen waarin u werkte");
        assertThat(browser.accessibilityViolations()).isEmpty();

        browser.clickAndWait(card.findElement(By.linkText("Opleidingsplan voor wat u mist")));
        var step = browser.driver.findElement(
                By.xpath("//li[contains(@class,'card')][.//a[normalize-space()='" + course + "']]"));
        assertThat(step.getText())
                .contains("essentiële vaardigheden voor " + job)
                .contains("U betaalt zelf: €");
        assertThat(browser.find(".plan").getText()).contains("extra een goede match");
        assertThat(browser.accessibilityViolations()).isEmpty();

        // the account page's link leads to a choice, and a plan towards an occupation (not a vacancy) can be made there
        browser.open("/mijn/opleidingsplan");
        assertThat(browser.find("h1").getText()).isEqualTo("Opleidingsplan");
        browser.find("#beroepQuery").sendKeys("zonne-energie");
        browser.clickAndWait("button[name=_picker][value=beroep]");
        assertThat(browser.accessibilityViolations()).isEmpty();

        // the plan towards the occupation within a budget and a time, set in form fields (no script needed)
        browser.open("/mijn/opleidingsplan?beroep=" + SOLAR);
        browser.find("#budget").sendKeys("2000");
        browser.find("#tijd").sendKeys("6");
        new Select(browser.find("#eenheid")).selectByVisibleText("maanden");
        browser.clickAndWait("form.filters button[type=submit]");
        assertThat(browser.find(".plan").getText())
                .contains("Binnen een budget van € 2.000")
                .contains("Klaar binnen 26 weken");
        assertThat(browser.accessibilityViolations()).isEmpty();

        browser.clickAndWait(".main-nav a[href='/mijn/routes']");
        assertThat(browser.driver.findElements(By.linkText("Bekijk het opleidingsplan")))
                .isNotEmpty();
        assertThat(browser.driver.findElements(By.linkText("Bekijk de vacatures")))
                .isNotEmpty();
        assertThat(browser.accessibilityViolations()).isEmpty();

        // every occupation page leads to the routes into it, a plan and its vacancies
        browser.open("/beroepen/" + SOLAR);
        assertThat(browser.driver.findElements(By.linkText("Mijn opleidingsplan naar dit beroep")))
                .isNotEmpty();
        assertThat(browser.driver.findElements(By.linkText("Open vacatures voor dit beroep")))
                .isNotEmpty();
        browser.clickAndWait(
                browser.driver.findElement(By.linkText("Vanuit welke beroepen stappen mensen over naar dit beroep?")));
        assertThat(browser.find("h1").getText()).startsWith("Overstappen naar");
        assertThat(browser.driver.findElements(By.cssSelector("ol.matches li"))).isNotEmpty();
        assertThat(browser.accessibilityViolations()).isEmpty();

        // the public list: words, a count, and a next step when nothing is found
        browser.open("/vacatures");
        browser.find("#q").sendKeys("zonnepanelen");
        browser.clickAndWait("form[role=search] button[type=submit]");
        assertThat(browser.find(".results__count").getText()).matches("\\d+ vacatures gevonden");
        assertThat(browser.driver.findElements(By.linkText(job))).isNotEmpty();
        assertThat(browser.accessibilityViolations()).isEmpty();
    }

    @Test
    void anEmployerFindsCandidatesForAVacancy() throws Exception {
        var employer = organisations.employer("Lasbedrijf Reis (test)", ALKMAAR);
        String job = "Lasser reisroute " + System.nanoTime();
        api.call("POST", "/api/v1/vacancies", employer.username(), """
                {"title": "%s", "occupation": "%s", "municipality": "%s", "status": "open"}""".formatted(job, WELDER, ALKMAAR));
        var resident = accounts.with(Role.INWONER, "Kim Vonk");
        String person = passport(resident, "Kim Vonk", essentials(WELDER));
        api.call("PUT", "/api/v1/persons/" + person + "/consents/EMPLOYERS_IN_REGION", resident.username(), "{}");

        browser.logIn(employer.username(), TestAccounts.PASSWORD);
        browser.open("/werkgever/vacatures");
        assertThat(browser.accessibilityViolations()).isEmpty();
        browser.clickAndWait(browser.driver.findElement(By.cssSelector("a[aria-label='Kandidaten: " + job + "']")));
        assertThat(browser.find("#content").getText()).contains("Kandidaat K-").doesNotContain("Kim Vonk");
        assertThat(browser.accessibilityViolations()).isEmpty();
    }

    @Test
    void anAdvisorSeesNamesInTheCaseloadAndTheStepForwardPreselected() throws Exception {
        var advisor = accounts.with(Role.ADVISEUR, "Adviseur Reis");
        var resident = accounts.with(Role.INWONER, "Fatima Reis");
        String person = passport(resident, "Fatima Reis", essentials(WELDER).subList(0, 5));
        api.call(
                "PUT",
                "/api/v1/persons/" + person + "/consents/ADVISOR",
                resident.username(),
                "{\"grantee\": \"%s\"}".formatted(advisor.id()));

        browser.logIn(advisor.username(), TestAccounts.PASSWORD);
        browser.clickAndWait(".main-nav a[href='/adviseur/caseload']");
        var row = browser.driver.findElement(By.xpath("//tr[th[normalize-space()='Fatima Reis']]"));
        assertThat(row.getText()).contains("Nog geen traject").doesNotContain("te laat");
        assertThat(browser.accessibilityViolations()).isEmpty();
        browser.clickAndWait(
                browser.driver.findElement(By.cssSelector("a[aria-label='Traject starten: Fatima Reis']")));
        browser.driver
                .findElement(By.xpath("//label[normalize-space()='Van werk naar werk']"))
                .click();
        browser.clickAndWait("form[action='/adviseur/trajecten'] button[type=submit]");
        assertThat(new Select(browser.find("#nextPhase"))
                        .getFirstSelectedOption()
                        .getText())
                .isEqualTo("Begeleiding");
        assertThat(browser.accessibilityViolations()).isEmpty();
    }

    @Test
    void aPolicyMakerReadsTensionInNoordHolland() throws Exception {
        browser.logIn("beleid", nl.werkpad.support.Demo.PASSWORD);
        browser.clickAndWait(".main-nav a[href='/monitor']");
        assertThat(browser.find("#tension-table caption").getText()).contains("Noord-Holland");
        assertThat(browser.driver.findElements(By.cssSelector(".map path"))).isNotEmpty();
        // is it getting tighter: a trend per occupation group, not only for all of them
        assertThat(browser.driver.findElements(By.cssSelector("#group-trends tbody tr")))
                .hasSizeGreaterThan(5);
        assertThat(browser.accessibilityViolations()).isEmpty();

        // where is it tightest for technicians: the group's regions with an answer (or why there is none), then a
        // region
        browser.clickAndWait(browser.driver.findElement(
                By.xpath("//table[@id='tension-table']//th/a[starts-with(normalize-space(), '3 ')]")));
        assertThat(browser.find(".monitor__answer").getText())
                .containsAnyOf("Het krapst voor 3", "heeft geen enkele regio genoeg mensen");
        assertThat(browser.find("#trend-title").getText()).startsWith("Verloop van de spanning: 3");
        assertThat(browser.accessibilityViolations()).isEmpty();
        browser.clickAndWait(browser.driver.findElement(By.xpath(
                "//section[@aria-labelledby='map-title']//tbody//th/a[normalize-space()='Noord-Holland Noord']")));
        assertThat(browser.find("nav.breadcrumbs-nav").getText())
                .contains("Noord-Holland")
                .contains("Noord-Holland Noord");
        assertThat(browser.accessibilityViolations()).isEmpty();
    }
}
