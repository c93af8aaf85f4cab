package nl.werkpad.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** Anyone opens the monitor: the tension table with its chart, the map of the five regions, the trend and the gaps. */
class MonitorBrowserTests extends BrowserTest {

    @Test
    void theMonitorShowsTensionMapTrendAndSkillsGapForNoordHolland() throws Exception {
        browser.open("/");
        browser.clickAndWait(".main-nav a[href='/monitor']");
        assertThat(browser.find("h1").getText()).isEqualTo("Arbeidsmarktmonitor");
        assertThat(browser.find("#tension-table caption").getText()).contains("Noord-Holland");
        assertThat(browser.driver.findElements(By.cssSelector("#tension-table tbody tr")))
                .isNotEmpty();
        assertThat(browser.driver.findElements(By.cssSelector(".map path"))).hasSize(5);
        browser.await("#tension-chart canvas");
        browser.await("#trend-chart canvas");
        assertThat(browser.find("section[aria-labelledby=gap-title] tbody").getText())
                .isNotBlank();
        assertThat(browser.accessibilityViolations()).isEmpty();

        // another area and grouping, without JavaScript needed
        new org.openqa.selenium.support.ui.Select(browser.find("#gebied")).selectByValue("GM0361");
        new org.openqa.selenium.support.ui.Select(browser.find("#indeling")).selectByValue("SUB_MAJOR");
        browser.clickAndWait("form.filters button[type=submit]");
        assertThat(browser.find("#tension-table caption").getText()).contains("Alkmaar");
    }
}
