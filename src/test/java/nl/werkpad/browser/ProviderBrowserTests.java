package nl.werkpad.browser;

import static org.assertj.core.api.Assertions.assertThat;

import nl.werkpad.support.Demo;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** The demo training provider publishes an offer described by the skills it teaches. */
class ProviderBrowserTests extends BrowserTest {

    @Test
    void aProviderPublishesAnOffer() throws Exception {
        browser.logIn("opleider", Demo.PASSWORD);
        browser.clickAndWait(".main-nav a[href='/opleider/opleidingen']");
        assertThat(browser.accessibilityViolations()).isEmpty();
        browser.clickAndWait(browser.driver.findElement(By.linkText("Nieuwe opleiding")));

        browser.find("#title").sendKeys("Heftruckcertificaat");
        browser.find("#skillsQuery").sendKeys("forklift");
        browser.await("#skills-options input[type=checkbox]");
        browser.driver
                .findElement(By.xpath(
                        "//label[.//*[contains(@class,'skill-label__name') and normalize-space()='operate forklift']]"))
                .click();
        browser.find("#durationHours").sendKeys("16");
        browser.find("#durationWeeks").sendKeys("2");
        browser.find("#cost").sendKeys("495");
        // a date field's typing order follows the browser's locale; its value is always ISO
        browser.driver.executeScript("arguments[0].value = '2027-03-01'", browser.find("#start1"));
        browser.find("#seats1").sendKeys("12");
        assertThat(browser.accessibilityViolations()).isEmpty();
        browser.clickAndWait("form.form > button[type=submit]");

        assertThat(browser.find("[role=status]").getText()).contains("Heftruckcertificaat");
        browser.clickAndWait(browser.driver.findElement(By.linkText("Heftruckcertificaat")));
        assertThat(browser.texts("section[aria-labelledby=skills] a")).containsExactly("operate forklift");
        assertThat(browser.find("dl.facts").getText()).contains("16 uur in 2 weken", "€ 495,00");
        assertThat(browser.find("section[aria-labelledby=starts]").getText()).contains("1-3-2027: 12 plaatsen");
        assertThat(browser.accessibilityViolations()).isEmpty();

        browser.open("/opleidingen");
        assertThat(browser.texts(".results a")).contains("Heftruckcertificaat");
    }
}
