package nl.werkpad.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A visitor (no log-in needed) browses occupations and skills and uses the pickers, with htmx and axe-core. */
class TaxonomyBrowserTests extends BrowserTest {

    @Test
    void aVisitorTypesLasserAndFindsTheWelderWithItsSkills() throws Exception {
        browser.open("/");
        browser.clickAndWait(".main-nav a[href='/beroepen']");
        assertThat(browser.accessibilityViolations()).isEmpty();
        browser.find("#q").sendKeys("lasser");
        browser.clickAndWait(".search-form button");
        assertThat(browser.texts(".results a").getFirst()).isEqualTo("lasser");
        assertThat(browser.accessibilityViolations()).isEmpty();

        browser.clickAndWait(".results a");
        assertThat(browser.find("h1").getText()).isEqualTo("lasser");
        assertThat(browser.find("#essential").getText()).startsWith("Essentiële vaardigheden");
        assertThat(browser.texts("section[aria-labelledby=essential] a"))
                .contains("perform tungsten inert gas welding");
        assertThat(browser.find(".attribution").getText()).contains("ESCO-classificatie");
        assertThat(browser.accessibilityViolations()).isEmpty();

        browser.clickAndWait(
                browser.driver.findElement(org.openqa.selenium.By.linkText("perform tungsten inert gas welding")));
        assertThat(browser.find("h1").getText()).isEqualTo("perform tungsten inert gas welding");
        assertThat(browser.find("html").getAttribute("lang")).isEqualTo("nl");
        assertThat(browser.find("h1").getAttribute("lang")).isEqualTo("en");
        assertThat(browser.accessibilityViolations()).isEmpty();
    }

    @Test
    void aDutchPageShowsDutchSkillNamesAndMarksEnglishOnesWithTheirDutchGroup() throws Exception {
        browser.open("/vaardigheden?q=advies+aan+anderen+geven");
        var dutch = browser.find(".results .skill-label__name");
        assertThat(dutch.getText()).isEqualTo("advies aan anderen geven");
        assertThat(dutch.getAttribute("lang")).isEqualTo("nl");
        assertThat(browser.find(".results .skill-label").getText()).doesNotContain("(Engels)");

        browser.open("/vaardigheden?q=warmtepompen");
        assertThat(browser.find("html").getAttribute("lang")).isEqualTo("nl");
        var english = browser.find(".results .skill-label__name");
        assertThat(english.getText()).isEqualTo("install heat pump");
        assertThat(english.getAttribute("lang")).isEqualTo("en");
        assertThat(browser.find(".results .skill-label").getText())
                .isEqualTo(
                        "install heat pump (Engels) — groep: installeren van verwarmings-, ventilatie- en airconditioningsapparatuur");
        assertThat(browser.accessibilityViolations()).isEmpty();
    }

    @Test
    void theSkillPickerSuggestsWhileTypingAndTheOccupationsFollow() throws Exception {
        browser.open("/beroepen/bij-vaardigheden");
        browser.find("#skillsQuery").sendKeys("forklift");
        var option = browser.await("#skills-options input[type=checkbox]");
        assertThat(browser.texts("#skills-options .skill-label__name")).contains("operate forklift");
        browser.driver
                .findElement(org.openqa.selenium.By.xpath(
                        "//label[.//*[contains(@class,'skill-label__name') and normalize-space()='operate forklift']]"))
                .click();
        assertThat(option.isDisplayed()).isTrue();
        browser.clickAndWait("form.form > button[type=submit]");
        assertThat(browser.texts("table.table tbody a")).contains("heftruckchauffeur");
        assertThat(browser.accessibilityViolations()).isEmpty();
    }

    @Test
    void theMunicipalityPickerSuggestsWhileTyping() throws Exception {
        browser.open("/regios/afstand");
        browser.find("#fromQuery").sendKeys("alkm");
        browser.await("#from-options input[value=GM0361]");
        browser.find("#toQuery").sendKeys("amsterd");
        browser.await("#to-options input[value=GM0363]").click();
        browser.clickAndWait("form.form > button[type=submit]");
        assertThat(browser.find("p.result").getText()).startsWith("Van Alkmaar naar Amsterdam is het hemelsbreed");
        assertThat(browser.accessibilityViolations()).isEmpty();
    }
}
