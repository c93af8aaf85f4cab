package nl.werkpad.browser;

import static org.assertj.core.api.Assertions.assertThat;

import nl.werkpad.support.Demo;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** The demo employer publishes a vacancy starting from an ESCO occupation, and sees it in the public list. */
class EmployerBrowserTests extends BrowserTest {

    @Test
    void anEmployerPublishesAVacancyFromAnOccupationTemplate() throws Exception {
        browser.logIn("werkgever", Demo.PASSWORD);
        browser.clickAndWait(".main-nav a[href='/werkgever/vacatures']");
        assertThat(browser.find("h1").getText()).isEqualTo("Mijn vacatures");
        assertThat(browser.accessibilityViolations()).isEmpty();

        browser.clickAndWait(browser.driver.findElement(By.linkText("Nieuwe vacature")));
        browser.find("#occupationQuery").sendKeys("lasser");
        browser.await("#occupation-options input[value='7aedaa07-3884-4c5b-88f9-80997b2aa54b']")
                .click();
        browser.clickAndWait("button[value=template]");

        // the welder's skills are in the profile, ticked; the title starts as the occupation's name
        assertThat(browser.find("#essentialSkills-options").getText()).contains("perform tungsten inert gas welding");
        assertThat(browser.driver.findElements(By.cssSelector("#essentialSkills-options input:checked")))
                .hasSizeGreaterThan(10);
        assertThat(browser.find("#title").getAttribute("value")).isEqualTo("lasser");
        assertThat(browser.accessibilityViolations()).isEmpty();

        // drop one skill, set the title and hours, publish
        browser.driver
                .findElement(
                        By.xpath(
                                "//label[.//*[contains(@class,'skill-label__name') and normalize-space()='perform tungsten inert gas welding']]"))
                .click();
        browser.find("#title").clear();
        browser.find("#title").sendKeys("Lasser scheepsbouw");
        browser.find("#hoursPerWeek").sendKeys("38");
        browser.clickAndWait("form[action='/werkgever/vacatures'] > button[type=submit]");

        assertThat(browser.find("[role=status]").getText()).contains("Lasser scheepsbouw");
        browser.clickAndWait(browser.driver.findElement(By.linkText("Lasser scheepsbouw")));
        assertThat(browser.find("h1").getText()).isEqualTo("Lasser scheepsbouw");
        assertThat(browser.texts("section[aria-labelledby=essential] a"))
                .contains("perform metal inert gas welding")
                .doesNotContain("perform tungsten inert gas welding");
        assertThat(browser.accessibilityViolations()).isEmpty();
    }

    @Test
    void aWrongValueGetsAMessageNextToItsField() throws Exception {
        browser.logIn("werkgever", Demo.PASSWORD);
        browser.open("/werkgever/vacatures/nieuw");
        browser.find("#occupationQuery").sendKeys("lasser");
        browser.await("#occupation-options input[value='7aedaa07-3884-4c5b-88f9-80997b2aa54b']")
                .click();
        browser.clickAndWait("button[value=template]");
        browser.find("#hoursPerWeek").sendKeys("99");
        browser.clickAndWait("form[action='/werkgever/vacatures'] > button[type=submit]");
        assertThat(browser.find("#hours-error").getText()).isEqualTo("Het aantal uren per week ligt tussen 1 en 60.");
        assertThat(browser.find("#hoursPerWeek").getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(browser.accessibilityViolations()).isEmpty();
    }
}
