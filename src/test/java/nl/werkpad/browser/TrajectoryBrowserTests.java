package nl.werkpad.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
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
 * An advisor takes a resident from a new trajectory through matches, a training plan and a voucher to a placement;
 * the resident follows their own trajectory; two employers exchange staff.
 */
class TrajectoryBrowserTests extends BrowserTest {

    static final String WELDER = "7aedaa07-3884-4c5b-88f9-80997b2aa54b";
    static final String LANDGRAAF = "GM0882";

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

    @Test
    void anAdvisorGoesFromANewTrajectoryThroughMatchesAPlanAndAVoucherToAPlacement() throws Exception {
        int year = LocalDate.now().getYear();
        var manager = accounts.with(Role.FONDSBEHEERDER, "Fondsbeheer Limburg");
        String source = Api.field(
                api.call("POST", "/api/v1/funding-sources", manager.username(), """
                {"code": "landgraaf-%s", "name": "Leerbudget Landgraaf", "kind": "GEMEENTE", "mode": "PER_VOUCHER", "validFrom": "%d-01-01",
                 "validUntil": "%d-12-31", "priority": 1, "rules": [{"type": "residence", "municipalities": ["%s"]}]}""".formatted(
                                UUID.randomUUID().toString().substring(0, 8), year, year, LANDGRAAF)),
                "id");
        api.call(
                "POST",
                "/api/v1/funding-sources/" + source + "/budgets",
                manager.username(),
                "{\"year\": %d, \"amountCents\": 500000}".formatted(year));
        List<String> essentials = taxonomy.occupation(WELDER, "en").orElseThrow().essentialSkills().stream()
                .map(SkillRef::id)
                .toList();
        var provider = organisations.provider("Lascentrum Landgraaf", LANDGRAAF);
        String course = "Lassen voor de werf " + System.nanoTime();
        api.call("POST", "/api/v1/training-offers", provider.username(), """
                {"provider": "%s", "title": "%s", "level": "MBO_2", "mode": "ON_SITE", "municipality": "%s", "durationHours": 60,
                 "durationWeeks": 6, "costCents": 120000, "onRegister": true, "status": "PUBLISHED", "skills": %s, "starts": []}""".formatted(
                        provider.organisation().id(),
                        course,
                        LANDGRAAF,
                        json(essentials.subList(essentials.size() - 3, essentials.size()))));
        var employer = organisations.employer("Staalbouw Landgraaf", LANDGRAAF);
        String job = "Lasser staalbouw " + System.nanoTime();
        api.call("POST", "/api/v1/vacancies", employer.username(), """
                {"title": "%s", "occupation": "%s", "municipality": "%s", "status": "open"}""".formatted(job, WELDER, LANDGRAAF));
        var advisor = accounts.with(Role.ADVISEUR, "Adviseur Parkstad");
        var resident = accounts.with(Role.INWONER, "Daan Hermans");
        String skills = essentials.subList(0, essentials.size() - 3).stream()
                .map(s -> "{\"skill\": \"" + s + "\", \"source\": \"WORK_EXPERIENCE\"}")
                .collect(Collectors.joining(", ", "[", "]"));
        String person = Api.field(
                api.call("POST", "/api/v1/persons", resident.username(), """
                {"name": "Daan Hermans", "municipality": "%s", "travelKm": 30, "status": "EMPLOYED_AT_RISK", "sectors": ["F"], "skills": %s}""".formatted(LANDGRAAF, skills)), "personId");
        api.call(
                "PUT",
                "/api/v1/persons/" + person + "/consents/ADVISOR",
                resident.username(),
                "{\"grantee\": \"%s\"}".formatted(advisor.id()));
        api.call(
                "PUT",
                "/api/v1/persons/" + person + "/development-account",
                resident.username(),
                "{\"birthDate\": \"1979-03-02\", \"targetGroups\": []}");

        browser.logIn(advisor.username(), TestAccounts.PASSWORD);
        browser.clickAndWait(".main-nav a[href='/adviseur/caseload']");
        assertThat(browser.driver
                        .findElement(By.xpath("//tr[th[normalize-space()='Daan Hermans']]"))
                        .getText())
                .contains("Nog geen traject");
        assertThat(browser.accessibilityViolations()).isEmpty();
        browser.clickAndWait(
                browser.driver.findElement(By.cssSelector("a[aria-label='Traject starten: Daan Hermans']")));
        browser.driver
                .findElement(By.xpath("//label[normalize-space()='Van werk naar werk']"))
                .click();
        browser.clickAndWait("form[action='/adviseur/trajecten'] button[type=submit]");
        assertThat(browser.find("#phase").getText()).isEqualTo("Oriëntatie");
        assertThat(browser.accessibilityViolations()).isEmpty();

        move("Begeleiding");
        new Select(browser.find("#vacancyRef"))
                .selectByVisibleText(browser.driver
                        .findElement(By.xpath(
                                "//select[@id='vacancyRef']/option[starts-with(normalize-space(), '" + job + "')]"))
                        .getText());
        browser.clickAndWait("form:has(#vacancyRef) button[type=submit]");
        assertThat(browser.find("section[aria-labelledby=used]").getText()).contains("Vacature: " + job);

        // the plan for what is missing, and a voucher for its training
        browser.clickAndWait(browser.driver.findElement(By.linkText("Opleidingsplan voor " + job)));
        var step = browser.driver.findElement(
                By.xpath("//li[contains(@class,'card')][.//a[normalize-space()='" + course + "']]"));
        browser.clickAndWait(step.findElement(By.linkText("Voucher aanvragen")));
        assertThat(browser.driver
                        .findElement(By.xpath("//tr[th[normalize-space()='Leerbudget Landgraaf']]"))
                        .getText())
                .contains("€ 1.200,00");
        browser.clickAndWait("form[action='/vouchers/aanvragen'] button[type=submit]");
        assertThat(browser.find("[role=status]").getText()).contains("is uitgegeven");

        browser.open("/adviseur/caseload");
        browser.clickAndWait(browser.driver.findElement(By.linkText("Daan Hermans")));
        browser.clickAndWait("form:has(#voucherRef) button[type=submit]");
        move("Scholing");
        new Select(browser.find("#outcomeKind")).selectByVisibleText("Geplaatst");
        new Select(browser.find("#outcomeVacancy")).selectByVisibleText(job);
        browser.find("#hours").sendKeys("36");
        browser.clickAndWait("form:has(#outcomeKind) button[type=submit]");
        assertThat(browser.find("#outcomeText").getText()).contains("Geplaatst").contains("36 uur per week");
        move("Plaatsing");
        assertThat(browser.find("section[aria-labelledby=phases]").getText())
                .contains("Oriëntatie", "Begeleiding", "Scholing", "Plaatsing");
        assertThat(browser.find("section[aria-labelledby=used]").getText()).contains("Voucher: " + course);
        assertThat(browser.accessibilityViolations()).isEmpty();
    }

    private void move(String phase) {
        new Select(browser.find("#nextPhase")).selectByVisibleText(phase);
        browser.clickAndWait("form:has(#nextPhase) button[type=submit]");
        assertThat(browser.find("#phase").getText()).isEqualTo(phase);
    }

    private static String json(List<String> values) {
        return values.stream().map(v -> "\"" + v + "\"").collect(Collectors.joining(", ", "[", "]"));
    }

    @Test
    void aResidentFollowsTheirTrajectoryAndMarksAnActionDone() throws Exception {
        var advisor = accounts.with(Role.ADVISEUR, "Marieke Jansen");
        var resident = accounts.with(Role.INWONER, "Fenna Smit");
        String person = Api.field(
                api.call(
                        "POST",
                        "/api/v1/persons",
                        resident.username(),
                        "{\"name\": \"Fenna Smit\", \"municipality\": \"GM0361\", \"status\": \"JOB_SEEKER\"}"),
                "personId");
        api.call(
                "PUT",
                "/api/v1/persons/" + person + "/consents/ADVISOR",
                resident.username(),
                "{\"grantee\": \"%s\"}".formatted(advisor.id()));
        String trajectory = Api.field(
                api.call(
                        "POST",
                        "/api/v1/trajectories",
                        advisor.username(),
                        "{\"person\": \"%s\", \"kind\": \"BENEFIT_TO_WORK\"}".formatted(person)),
                "id");
        api.call(
                "POST",
                "/api/v1/trajectories/" + trajectory + "/actions",
                advisor.username(),
                "{\"text\": \"Drie vacatures uitzoeken\", \"due\": \"%s\"}"
                        .formatted(LocalDate.now().plusDays(5)));

        browser.logIn(resident.username(), TestAccounts.PASSWORD);
        browser.clickAndWait(".main-nav a[href='/mijn/traject']");
        assertThat(browser.find("dl.facts").getText())
                .contains("Marieke Jansen")
                .contains("Van uitkering naar werk")
                .contains("Oriëntatie");
        assertThat(browser.accessibilityViolations()).isEmpty();
        browser.clickAndWait(
                browser.driver.findElement(By.cssSelector("button[aria-label='Gedaan: Drie vacatures uitzoeken']")));
        assertThat(browser.find("section[aria-labelledby=actions]").getText())
                .contains("Drie vacatures uitzoeken")
                .contains("Gedaan");
        assertThat(browser.driver.findElements(By.cssSelector("button[aria-label='Gedaan: Drie vacatures uitzoeken']")))
                .isEmpty();
    }

    @Test
    void twoEmployersExchangeStaff() throws Exception {
        var surplus = organisations.employer("Scheepswerf Harlingen-Noord", "GM0400");
        var shortage = organisations.employer("Windpark Onderhoud Schagen", "GM0441");

        browser.logIn(surplus.username(), TestAccounts.PASSWORD);
        browser.clickAndWait(".main-nav a[href='/werkgever/personeelsuitwisseling']");
        assertThat(browser.accessibilityViolations()).isEmpty();
        browser.find("#occupation-aanbod").sendKeys(WELDER);
        browser.find("#people-aanbod").clear();
        browser.find("#people-aanbod").sendKeys("2");
        browser.find("#place-aanbod").sendKeys("Den Helder");
        browser.clickAndWait("form[action='/werkgever/personeelsuitwisseling/aanbod'] button[type=submit]");
        assertThat(browser.find("[role=status]").getText()).contains("aanbod staat klaar");
        browser.clickAndWait("form[action='/logout'] button");

        browser.logIn(shortage.username(), TestAccounts.PASSWORD);
        browser.open("/werkgever/personeelsuitwisseling");
        browser.find("#occupation-vraag").sendKeys(WELDER);
        browser.find("#place-vraag").sendKeys("Schagen");
        browser.clickAndWait("form[action='/werkgever/personeelsuitwisseling/vraag'] button[type=submit]");
        assertThat(browser.find("section[aria-labelledby=requests]").getText())
                .contains("in Schagen")
                .doesNotContain("GM0441");
        browser.clickAndWait("form[action='/logout'] button");

        browser.logIn(surplus.username(), TestAccounts.PASSWORD);
        browser.open("/werkgever/personeelsuitwisseling");
        assertThat(browser.find("section[aria-labelledby=offers]").getText())
                .contains("Windpark Onderhoud Schagen zoekt");
        assertThat(browser.accessibilityViolations()).isEmpty();
        browser.clickAndWait(browser.driver.findElement(
                By.cssSelector("button[aria-label='Voorstellen: Windpark Onderhoud Schagen']")));
        assertThat(browser.find("[role=status]").getText()).contains("voorstel is verstuurd");
        browser.clickAndWait("form[action='/logout'] button");

        browser.logIn(shortage.username(), TestAccounts.PASSWORD);
        browser.open("/werkgever/personeelsuitwisseling");
        browser.clickAndWait(browser.driver.findElement(
                By.cssSelector("button[aria-label='Akkoord: Scheepswerf Harlingen-Noord']")));
        assertThat(browser.find("section[aria-labelledby=agreements] table").getText())
                .contains("Scheepswerf Harlingen-Noord")
                .contains("Windpark Onderhoud Schagen")
                .contains("Uitlenen")
                .contains("Afgesproken");
        assertThat(browser.accessibilityViolations()).isEmpty();
    }
}
