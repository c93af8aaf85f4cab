package nl.werkpad.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;
import nl.werkpad.access.Role;
import nl.werkpad.support.TestAccounts;
import nl.werkpad.support.TestOrganisations;
import nl.werkpad.taxonomy.SkillRef;
import nl.werkpad.taxonomy.Taxonomy;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A resident sees explained matches, a training plan with what it unlocks and routes to other work; an
 * employer sees the consenting resident anonymously, asks for contact, and sees the name once accepted.
 */
class MatchingBrowserTests extends BrowserTest {

    static final String WELDER = "7aedaa07-3884-4c5b-88f9-80997b2aa54b";

    @Autowired
    TestAccounts accounts;

    @Autowired
    TestOrganisations organisations;

    @Autowired
    Taxonomy taxonomy;

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    private Api api;

    @org.junit.jupiter.api.BeforeEach
    void api() {
        api = new Api(port);
    }

    @Test
    void aResidentSeesExplainedMatchesAPlanAndRoutesAndAnEmployerFindsThemAnonymously() throws Exception {
        var employer = organisations.employer("Scheepswerf De Kennemer", "GM0373");
        String title = "Lasser scheepsbouw " + System.nanoTime();
        String vacancy = Api.field(
                api.call("POST", "/api/v1/vacancies", employer.username(), """
                {"title": "%s", "occupation": "%s", "municipality": "GM0373", "status": "open"}""".formatted(title, WELDER)), "id");

        var resident = accounts.with(Role.INWONER, "Noor Bakker");
        List<String> essentials = taxonomy.occupation(WELDER, "en").orElseThrow().essentialSkills().stream()
                .map(SkillRef::id)
                .toList();
        String skills = essentials.subList(0, essentials.size() - 3).stream()
                .map(s -> "{\"skill\": \"" + s + "\", \"source\": \"WORK_EXPERIENCE\"}")
                .collect(Collectors.joining(", ", "[", "]"));
        String person =
                Api.field(api.call("POST", "/api/v1/persons", resident.username(), """
                {"name": "Noor Bakker", "municipality": "GM0361", "travelKm": 30, "status": "JOB_SEEKER", "skills": %s}""".formatted(skills)), "personId");
        api.call("PUT", "/api/v1/persons/" + person + "/consents/EMPLOYERS_IN_REGION", resident.username(), "{}");

        // the resident's matches, explained
        browser.logIn(resident.username(), TestAccounts.PASSWORD);
        browser.clickAndWait(".main-nav a[href='/mijn/matches']");
        assertThat(browser.find("h1").getText()).isEqualTo("Mijn matches");
        var card = browser.driver.findElement(
                By.xpath("//li[contains(@class,'match')][.//a[normalize-space()='" + title + "']]"));
        // the share of the vacancy's essential skills the resident brings, said in words too
        String fit = card.findElement(By.cssSelector(".match__score strong")).getText();
        assertThat(Integer.parseInt(fit.replace("%", ""))).isBetween(70, 99);
        assertThat(card.findElement(By.cssSelector(".match__fit")).getText())
                .startsWith("U heeft " + (essentials.size() - 3) + " van de " + essentials.size()
                        + " essentiële vaardigheden");
        card.findElement(By.cssSelector("summary")).click();
        assertThat(card.getText()).contains("Vaardigheden die u heeft:");
        assertThat(browser.accessibilityViolations()).isEmpty();

        // the training plan for what is missing, with what it unlocks
        browser.clickAndWait(card.findElement(By.linkText("Opleidingsplan voor wat u mist")));
        assertThat(browser.find("h1").getText()).isEqualTo("Opleidingsplan: " + title);
        assertThat(browser.find(".plan").getText())
                .contains("U mist 3 essentiële vaardigheden")
                .contains("extra een goede match");
        assertThat(browser.accessibilityViolations()).isEmpty();

        // routes to other work
        browser.clickAndWait(".main-nav a[href='/mijn/routes']");
        assertThat(browser.driver.findElements(By.cssSelector("li.route"))).isNotEmpty();
        assertThat(browser.find("li.route").getText())
                .contains("van de essentiële vaardigheden")
                .containsPattern("(1 open vacature|\\d+ open vacatures) binnen uw bereik")
                .doesNotContain(" 1 open vacatures");
        assertThat(browser.accessibilityViolations()).isEmpty();
        browser.clickAndWait("form[action='/logout'] button");

        // the employer sees an anonymous candidate and asks for contact
        browser.logIn(employer.username(), TestAccounts.PASSWORD);
        browser.open("/werkgever/vacatures");
        browser.clickAndWait(browser.driver.findElement(By.cssSelector("a[aria-label='Kandidaten: " + title + "']")));
        assertThat(browser.find("h1").getText()).isEqualTo("Kandidaten voor " + title);
        String page = browser.find("#content").getText();
        assertThat(page).contains("Kandidaat K-").doesNotContain("Noor Bakker");
        assertThat(browser.accessibilityViolations()).isEmpty();
        assertThat(browser.driver.getPageSource())
                .as("no internal id before consent")
                .doesNotContain(person);
        String reference = jdbc.sql(
                        "select reference from matching.candidate_reference where vacancy_id = ?::uuid and person_id = ?::uuid")
                .params(vacancy, person)
                .query(String.class)
                .single();
        var candidate = browser.driver.findElement(
                By.xpath("//li[contains(@class,'candidate')][.//form[contains(@action,'" + reference + "')]]"));
        candidate.findElement(By.cssSelector("textarea")).sendKeys("Wilt u komen kennismaken?");
        browser.clickAndWait(candidate.findElement(By.cssSelector("button[type=submit]")));
        assertThat(browser.find("[role=status]").getText()).contains("contactverzoek is verstuurd");
        browser.clickAndWait("form[action='/logout'] button");

        // the resident accepts, sharing a name
        browser.logIn(resident.username(), TestAccounts.PASSWORD);
        browser.open("/mijn/matches");
        assertThat(browser.find("section[aria-labelledby=requests-title]").getText())
                .contains("Wilt u komen kennismaken?");
        browser.find("input[name=name]").sendKeys("Noor Bakker");
        browser.find("input[name=contact]").sendKeys("noor@example.org");
        browser.clickAndWait("button[name=accept][value=true]");
        assertThat(browser.find("[role=status]").getText()).contains("geaccepteerd");
        browser.clickAndWait("form[action='/logout'] button");

        browser.logIn(employer.username(), TestAccounts.PASSWORD);
        browser.open("/werkgever/vacatures/" + vacancy + "/kandidaten");
        assertThat(browser.find("#content").getText())
                .contains("Noor Bakker")
                .contains("noor@example.org")
                .contains("Contact geaccepteerd");
    }

    @Test
    void anAdvisorMakesAPassportForSomeoneAndSeesTheirMatches() throws Exception {
        var advisor = accounts.with(Role.ADVISEUR, "Loopbaanadviseur Kennemerland");
        browser.logIn(advisor.username(), TestAccounts.PASSWORD);
        browser.clickAndWait(".main-nav a[href='/adviseur/personen']");
        browser.clickAndWait(browser.driver.findElement(By.linkText("Paspoort maken voor iemand")));
        assertThat(browser.accessibilityViolations()).isEmpty();
        browser.find("#name").sendKeys("Kees Visser");
        browser.find("#municipalityQuery").sendKeys("Alkmaar");
        browser.clickAndWait("button[name=_picker][value=municipality]");
        browser.find("#municipality-options input[value=GM0361]").click();
        browser.find("#occupationQuery").sendKeys("lasser");
        browser.clickAndWait("button[name=_picker][value=occupation]");
        browser.find("#occupation-options input[value='" + WELDER + "']").click();
        browser.clickAndWait("form.form > button[type=submit]");
        assertThat(browser.find("[role=status]").getText()).contains("Kees Visser");
        assertThat(browser.find("table").getText()).contains("Kees Visser").contains("Alkmaar");
        browser.clickAndWait(browser.driver.findElement(
                By.xpath("//tr[td[normalize-space()='Kees Visser']]//a[normalize-space()='Matches']")));
        assertThat(browser.find("h1").getText()).isEqualTo("Matches voor Kees Visser");
        assertThat(browser.driver.findElements(By.cssSelector("li.match"))).isNotEmpty();
        assertThat(browser.accessibilityViolations()).isEmpty();
    }

    @Test
    void anyoneCanTryMatchingWithoutAnAccountAndWithoutJavaScriptSupport() throws Exception {
        browser.open("/matchen");
        assertThat(browser.find("h1").getText()).startsWith("Probeer het");
        browser.find("#skillsQuery").sendKeys("welding");
        browser.clickAndWait("button[name=_picker][value=skills]");
        List<org.openqa.selenium.WebElement> options =
                browser.driver.findElements(By.cssSelector("#skills-options input[type=checkbox]"));
        assertThat(options).isNotEmpty();
        options.get(0).click();
        browser.find("#municipalityQuery").sendKeys("Alkmaar");
        browser.clickAndWait("button[name=_picker][value=municipality]");
        browser.find("#municipality-options input[type=radio]").click();
        browser.clickAndWait("form.form > button[type=submit]");
        assertThat(browser.find("#results-title").getText()).contains("passende vacatures");
        assertThat(browser.accessibilityViolations()).isEmpty();

        // a bad radius gets a message next to its field
        browser.find("#radiusKm").clear();
        browser.find("#radiusKm").sendKeys("500");
        browser.clickAndWait("form.form > button[type=submit]");
        assertThat(browser.find("#radius-error").getText()).isEqualTo("De afstand ligt tussen 1 en 300 km.");

        // routes from an occupation, from its page
        browser.open("/beroepen/" + WELDER);
        browser.clickAndWait(browser.driver.findElement(By.partialLinkText("overstappen")));
        assertThat(browser.find("h1").getText()).isEqualTo("Overstappen vanuit lasser");
        assertThat(browser.driver.findElements(By.cssSelector("li.route"))).hasSizeGreaterThan(3);
        assertThat(browser.accessibilityViolations()).isEmpty();
    }
}
