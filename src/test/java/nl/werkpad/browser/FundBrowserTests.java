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
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A resident opens a development account and goes from a training plan to a voucher with the split explained;
 * the provider redeems it when the course starts; the fund manager follows the money per source.
 */
class FundBrowserTests extends BrowserTest {

    static final String WELDER = "7aedaa07-3884-4c5b-88f9-80997b2aa54b";
    static final String VLISSINGEN = "GM0718";

    @Autowired
    TestAccounts accounts;

    @Autowired
    TestOrganisations organisations;

    @Autowired
    Taxonomy taxonomy;

    private Api api;

    @org.junit.jupiter.api.BeforeEach
    void api() {
        api = new Api(port);
    }

    @Test
    void fromATrainingPlanToAVoucherARedemptionAndTheBudgetOverview() throws Exception {
        int year = LocalDate.now().getYear();
        var manager = accounts.with(Role.FONDSBEHEERDER, "Fondsbeheerder Noord-Holland");
        String sourceName = "Ontwikkelbudget Vlissingen " + System.nanoTime();
        String source = Api.field(
                api.call("POST", "/api/v1/funding-sources", manager.username(), """
                {"code": "heiloo-%s", "name": "%s", "kind": "GEMEENTE", "mode": "PER_VOUCHER", "validFrom": "%d-01-01",
                 "validUntil": "%d-12-31", "priority": 1, "voucherValidDays": 60,
                 "rules": [{"type": "residence", "municipalities": ["%s"]}, {"type": "max-share", "percent": 80}]}""".formatted(
                                UUID.randomUUID().toString().substring(0, 8), sourceName, year, year, VLISSINGEN)),
                "id");
        api.call(
                "POST",
                "/api/v1/funding-sources/" + source + "/budgets",
                manager.username(),
                "{\"year\": %d, \"amountCents\": 1000000}".formatted(year));

        List<String> essentials = taxonomy.occupation(WELDER, "en").orElseThrow().essentialSkills().stream()
                .map(SkillRef::id)
                .toList();
        List<String> missing = essentials.subList(essentials.size() - 3, essentials.size());
        var provider = organisations.provider("Lasacademie Vlissingen", VLISSINGEN);
        String course = "Lassen voor zij-instromers " + System.nanoTime();
        api.call("POST", "/api/v1/training-offers", provider.username(), """
                {"provider": "%s", "title": "%s", "level": "MBO_2", "mode": "ON_SITE", "municipality": "%s", "durationHours": 80,
                 "durationWeeks": 10, "costCents": 40000, "onRegister": true, "status": "PUBLISHED", "skills": %s,
                 "starts": [{"date": "%s", "seats": 10}]}""".formatted(
                        provider.organisation().id(),
                        course,
                        VLISSINGEN,
                        missing.stream().map(s -> "\"" + s + "\"").collect(Collectors.joining(", ", "[", "]")),
                        LocalDate.now().plusMonths(1)));
        var employer = organisations.employer("Scheepswerf Vlissingen", VLISSINGEN);
        String vacancy = Api.field(
                api.call("POST", "/api/v1/vacancies", employer.username(), """
                {"title": "Lasser %d", "occupation": "%s", "municipality": "%s", "status": "open"}""".formatted(
                                System.nanoTime(), WELDER, VLISSINGEN)),
                "id");
        var resident = accounts.with(Role.INWONER, "Sanne de Wit");
        String skills = essentials.subList(0, essentials.size() - 3).stream()
                .map(s -> "{\"skill\": \"" + s + "\", \"source\": \"WORK_EXPERIENCE\"}")
                .collect(Collectors.joining(", ", "[", "]"));
        api.call("POST", "/api/v1/persons", resident.username(), """
                {"name": "Sanne de Wit", "municipality": "%s", "travelKm": 30, "status": "EMPLOYED_AT_RISK", "skills": %s}""".formatted(VLISSINGEN, skills));

        // the resident opens the development account
        browser.logIn(resident.username(), TestAccounts.PASSWORD);
        browser.clickAndWait(".main-nav a[href='/mijn/ontwikkelrekening']");
        assertThat(browser.accessibilityViolations()).isEmpty();
        browser.driver.executeScript("arguments[0].value = '1984-05-17'", browser.find("#birthDate"));
        browser.driver
                .findElement(By.xpath("//label[normalize-space()='Zij-instromer in techniek']"))
                .click();
        browser.clickAndWait("form[action='/mijn/ontwikkelrekening'] button[type=submit]");
        assertThat(browser.find("[role=status]").getText()).contains("geopend");
        var line = browser.driver.findElement(By.xpath("//tr[th[contains(., '" + sourceName + "')]]"));
        assertThat(line.getText()).contains("U komt in aanmerking");
        assertThat(browser.accessibilityViolations()).isEmpty();

        // from the training plan to the split, then the voucher
        browser.open("/mijn/opleidingsplan?vacature=" + vacancy);
        var step = browser.driver.findElement(
                By.xpath("//li[contains(@class,'card')][.//a[normalize-space()='" + course + "']]"));
        browser.clickAndWait(step.findElement(By.linkText("Voucher aanvragen")));
        assertThat(browser.find("h1").getText()).isEqualTo("Voucher aanvragen");
        var part = browser.driver.findElement(By.xpath("//tr[th[normalize-space()='" + sourceName + "']]"));
        assertThat(part.getText()).contains("€ 320,00").contains("Ten hoogste 80% van de kosten");
        assertThat(browser.find("dl.facts").getText())
                .as(browser.find("table").getText())
                .contains("U betaalt zelf\n€ 80,00");
        assertThat(browser.accessibilityViolations()).isEmpty();
        browser.clickAndWait("form[action='/vouchers/aanvragen'] button[type=submit]");
        assertThat(browser.find("[role=status]").getText()).contains("is uitgegeven");
        assertThat(browser.find("section[aria-labelledby=vouchers]").getText())
                .contains(course)
                .contains("Uitgegeven");
        browser.clickAndWait("form[action='/logout'] button");

        // the provider redeems it when the course starts, and sees it on the statement
        browser.logIn(provider.username(), TestAccounts.PASSWORD);
        browser.clickAndWait(".main-nav a[href='/opleider/vouchers']");
        assertThat(browser.accessibilityViolations()).isEmpty();
        browser.clickAndWait(browser.driver.findElement(
                By.cssSelector("button[aria-label='Verzilveren: " + course + ", Sanne de Wit']")));
        assertThat(browser.find("[role=status]").getText()).contains("verzilverd");
        assertThat(browser.driver
                        .findElement(By.xpath("//tr[td[normalize-space()='" + course + "']]"))
                        .getText())
                .contains("Verzilverd");
        browser.clickAndWait("form[action='/opleider/vouchers/afrekening'] button[type=submit]");
        assertThat(browser.find("table").getText())
                .contains(course)
                .contains("Sanne de Wit")
                .contains(sourceName)
                .contains("€ 320,00");
        assertThat(browser.driver.findElement(By.linkText("Download als CSV")).getDomAttribute("href"))
                .startsWith("/opleider/vouchers/afrekening.csv?aanbieder=");
        assertThat(browser.accessibilityViolations()).isEmpty();
        browser.clickAndWait("form[action='/logout'] button");

        // the fund manager follows the money of the source
        browser.logIn(manager.username(), TestAccounts.PASSWORD);
        browser.clickAndWait(".main-nav a[href='/fonds']");
        var row = browser.driver.findElement(By.xpath("//tr[th[normalize-space()='" + sourceName + "']]"));
        assertThat(row.getText())
                .contains("€ 10.000,00")
                .contains("€ 320,00")
                .contains("€ 9.680,00")
                .contains("Verzilverd 1");
        assertThat(browser.accessibilityViolations()).isEmpty();
        browser.clickAndWait(row.findElement(By.linkText(sourceName)));
        assertThat(browser.find("section[aria-labelledby=rules]").getText()).contains("maximaal aandeel");
        assertThat(browser.find("section[aria-labelledby=vouchers]").getText())
                .contains(course)
                .contains("Sanne de Wit");
        assertThat(browser.accessibilityViolations()).isEmpty();
        // the same statements, for any provider, under the fund
        browser.open("/fonds");
        browser.clickAndWait("form[action='/fonds/afrekening'] button[type=submit]");
        assertThat(browser.driver.findElement(By.linkText("Download als CSV")).getDomAttribute("href"))
                .startsWith("/fonds/afrekening.csv?aanbieder=");
        assertThat(browser.accessibilityViolations()).isEmpty();
        browser.open("/fonds/grootboek");
        assertThat(browser.find("[role=status]").getText()).contains("Het grootboek klopt");
        assertThat(browser.accessibilityViolations()).isEmpty();
    }
}
