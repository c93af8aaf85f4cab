package nl.werkpad.browser;

import static org.assertj.core.api.Assertions.assertThat;

import nl.werkpad.access.Accounts;
import nl.werkpad.access.Role;
import nl.werkpad.support.TestAccounts;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;

/** A resident builds a skills passport from an occupation, shares it with an advisor and sees who looked. */
class ResidentBrowserTests extends BrowserTest {

    @Autowired
    Accounts accounts;

    @Test
    void aResidentBuildsAPassportFromAnOccupation() throws Exception {
        // a resident of its own: the demo resident is a worked example with a passport already
        var resident = new TestAccounts(accounts).with(Role.INWONER, "Sanne de Boer");
        browser.logIn(resident.username(), TestAccounts.PASSWORD);
        browser.clickAndWait(".main-nav a[href='/paspoort']");
        assertThat(browser.accessibilityViolations()).isEmpty();

        // where I live: without JavaScript, search and choose
        browser.find("#name").sendKeys("Sanne de Boer");
        browser.find("#municipalityQuery").sendKeys("Alkmaar");
        browser.await("#municipality-options input[value=GM0361]").click();
        browser.find("label[for=sector-C]").click();
        browser.clickAndWait("form[action='/paspoort/gegevens'] > button[type=submit]");
        assertThat(browser.find("[role=status]").getText()).isEqualTo("Uw paspoort is bijgewerkt.");
        assertThat(browser.find("#sector-C").isSelected()).isTrue();

        // work history: the welder's skills are suggested; drop one, confirm the rest
        browser.find("#occupationQuery").sendKeys("lasser");
        browser.await("#occupation-options input[value='7aedaa07-3884-4c5b-88f9-80997b2aa54b']")
                .click();
        browser.find("#employer").sendKeys("Scheepswerf Den Helder");
        browser.clickAndWait("form[action='/paspoort/werkervaring'] > button[type=submit]");
        assertThat(browser.find("#voorstel").getText()).contains("lasser");
        browser.driver
                .findElement(
                        By.xpath(
                                "//section[@aria-labelledby='voorstel']//label[.//*[contains(@class,'skill-label__name') and normalize-space()='weld in hyperbaric conditions']]"))
                .click();
        assertThat(browser.accessibilityViolations()).isEmpty();
        browser.clickAndWait("form[action='/paspoort/vaardigheden/bevestigen'] > button[type=submit]");

        assertThat(browser.texts("section[aria-labelledby=vaardigheden] td span"))
                .contains("perform tungsten inert gas welding")
                .doesNotContain("weld in hyperbaric conditions");
        assertThat(browser.find("section[aria-labelledby=werk]").getText()).contains("lasser Scheepswerf Den Helder");

        // a skill of my own with a level, and a certificate
        browser.find("#skillsQuery").sendKeys("Haskell");
        browser.clickAndWait("button[name=_picker][value=skills]");
        browser.find("#skills-options input[type=checkbox]").click();
        new org.openqa.selenium.support.ui.Select(browser.find("#level")).selectByValue("4");
        browser.clickAndWait("form[action='/paspoort/vaardigheden'] > button[type=submit]");
        assertThat(browser.find("section[aria-labelledby=vaardigheden]").getText())
                .contains("Haskell")
                .contains("4 · gevorderd");
        new org.openqa.selenium.support.ui.Select(browser.find("#educationKind")).selectByValue("CERTIFICATE");
        browser.find("#educationTitle").sendKeys("VCA basis");
        browser.find("#institution").sendKeys("SSVV");
        browser.find("#educationYear").sendKeys("2016");
        browser.clickAndWait("form[action='/paspoort/opleiding'] > button[type=submit]");
        assertThat(browser.find("section[aria-labelledby=opleiding]").getText())
                .contains("Certificaat: VCA basis SSVV 2016");

        // share with the demo advisor; nobody has looked yet
        browser.clickAndWait("form[action='/paspoort/toestemming'].form > button[type=submit]");
        assertThat(browser.find("section[aria-labelledby=toestemming]").getText())
                .contains("Gedeeld met Demo adviseur");
        assertThat(browser.find("section[aria-labelledby=inzage]").getText())
                .contains("Niemand anders dan u heeft uw gegevens bekeken of gewijzigd.");
        assertThat(browser.accessibilityViolations()).isEmpty();

        browser.clickAndWait(browser.driver.findElement(By.linkText("Afdrukken")));
        assertThat(browser.find("h1").getText()).isEqualTo("Vaardighedenpaspoort");
        assertThat(browser.find("dl.facts").getText()).contains("Sanne de Boer", "Alkmaar");
    }
}
