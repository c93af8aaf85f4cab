package nl.werkpad.browser;

import static org.assertj.core.api.Assertions.assertThat;

import nl.werkpad.access.Role;
import nl.werkpad.support.TestAccounts;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;

/** The registry with its map, a policy maker's coalition from idea to decision, and an applicant's grant check. */
class EcosystemBrowserTests extends BrowserTest {

    @Autowired
    TestAccounts accounts;

    @Test
    void anyoneBrowsesTheCampusesOnTheMapAndInTheList() throws Exception {
        browser.open("/");
        browser.clickAndWait(".main-nav a[href='/ecosysteem']");
        assertThat(browser.driver.findElements(By.cssSelector(".map path"))).hasSize(5);
        assertThat(browser.texts("ul.cards h3 a"))
                .hasSize(17)
                .contains("TerraTechnica", "Luchtvaart Community Schiphol");
        assertThat(browser.find("table caption").getText()).isEqualTo("Campussen per arbeidsmarktregio");
        assertThat(browser.accessibilityViolations()).isEmpty();

        browser.clickAndWait(browser.driver.findElement(By.linkText("TerraTechnica")));
        assertThat(browser.find("h1").getText()).isEqualTo("TerraTechnica");
        assertThat(browser.find("dl.facts").getText()).contains("Alkmaar");
        assertThat(browser.accessibilityViolations()).isEmpty();

        browser.open("/ecosysteem/actieagenda");
        assertThat(browser.find("#t-II-4a").getText())
                .contains("Zijinstroomtrajecten")
                .contains("500");
        assertThat(browser.accessibilityViolations()).isEmpty();
    }

    @Test
    void aPolicyMakerTakesACoalitionFromIdeaToADecisionPastTheFiftyPercentRule() throws Exception {
        var policy = accounts.with(Role.BELEID, "Beleidsmedewerker NH");
        browser.logIn(policy.username(), TestAccounts.PASSWORD);
        browser.clickAndWait(".main-nav a[href='/ecosysteem/coalities']");
        browser.find("#name").sendKeys("Zij-instroom techniek Zaanstreek");
        browser.find("#driver").sendKeys("Techlands");
        browser.find("#actionRef").sendKeys("II-4a");
        browser.clickAndWait("form[action='/ecosysteem/coalities'] button[type=submit]");
        assertThat(browser.find("#phase").getText()).isEqualTo("Idee");
        assertThat(browser.accessibilityViolations()).isEmpty();

        // the purpose case: the province would pay 60%
        browser.find("#problem").sendKeys("Bedrijven in de Zaanstreek vinden geen technici");
        browser.find("#intendedResult").sendKeys("Honderd zij-instromers per jaar in techniek");
        partner(0, "Provincie Noord-Holland", "PROVINCE", "60000");
        partner(1, "Regio College", "EDUCATION", "20000");
        partner(2, "Verkade", "BUSINESS", "20000");
        partner(3, "Gemeente Zaanstad", "GOVERNMENT", "0");
        browser.clickAndWait("form[action$='/purpose-case'] button[type=submit]");
        assertThat(browser.find("section[aria-labelledby=financing]").getText())
                .contains("Voldoet niet: De provincie betaalt hoogstens de helft.");
        browser.clickAndWait("form[action$='/fase'] input[value=PURPOSE_CASE] ~ button");
        assertThat(browser.find("#phase").getText()).isEqualTo("Purpose case");

        // starting is refused and says why
        browser.clickAndWait("form[action$='/fase'] input[value=RUNNING] ~ button");
        assertThat(browser.find("[role=alert]").getText())
                .contains("De provincie betaalt hoogstens de helft.")
                .contains("60%");
        assertThat(browser.find("#phase").getText()).isEqualTo("Purpose case");
        assertThat(browser.accessibilityViolations()).isEmpty();

        // corrected to 40%, with a decision: it starts
        browser.find("#p0-euros").clear();
        browser.find("#p0-euros").sendKeys("40000");
        browser.find("#p1-euros").clear();
        browser.find("#p1-euros").sendKeys("30000");
        browser.find("#p2-euros").clear();
        browser.find("#p2-euros").sendKeys("30000");
        browser.find("#decision").sendKeys("GS-besluit: cofinanciering toegekend");
        browser.clickAndWait("form[action$='/purpose-case'] button[type=submit]");
        assertThat(browser.find("section[aria-labelledby=financing]").getText()).doesNotContain("Voldoet niet");
        browser.clickAndWait("form[action$='/fase'] input[value=RUNNING] ~ button");
        assertThat(browser.find("#phase").getText()).isEqualTo("Loopt");
        assertThat(browser.texts("section[aria-labelledby=history] li")).hasSize(3);
    }

    private void partner(int row, String name, String helix, String euros) {
        browser.find("#p" + row + "-name").sendKeys(name);
        new Select(browser.find("#p" + row + "-helix")).selectByValue(helix);
        browser.find("#p" + row + "-euros").clear();
        browser.find("#p" + row + "-euros").sendKeys(euros);
    }

    @Test
    void anApplicantSeesWhichGrantRulesPass() throws Exception {
        browser.open("/ecosysteem/subsidietoets");
        browser.find("label[for=business]").click();
        browser.find("label[for=education]").click();
        browser.find("label[for=scale-LOCAL]").click();
        browser.find("label[for=manifestSigned]").click();
        browser.clickAndWait("form.form > button[type=submit]");
        assertThat(browser.find("#result").getText()).isEqualTo("Uw aanvraag voldoet (nog) niet aan alle regels.");
        assertThat(browser.texts(".check--fail span"))
                .contains(
                        "Overheid, onderwijs en bedrijfsleven werken samen (triple helix).",
                        "Het project heeft een regionale of provinciale schaal, niet puur lokaal.");
        assertThat(browser.accessibilityViolations()).isEmpty();

        browser.find("label[for=government]").click();
        browser.find("label[for=scale-REGIONAL]").click();
        browser.find("label[for=purposeCase]").click();
        browser.find("label[for=cond-COMBINED_PRACTORATE_LECTORATE]").click();
        browser.clickAndWait("form.form > button[type=submit]");
        assertThat(browser.find("#result").getText()).isEqualTo("Uw aanvraag voldoet aan alle regels.");
    }
}
