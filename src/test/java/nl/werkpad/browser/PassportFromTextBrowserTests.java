package nl.werkpad.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.werkpad.access.Accounts;
import nl.werkpad.access.Role;
import nl.werkpad.support.TestAccounts;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A resident pastes a Dutch CV paragraph, sees proposals with the words that led to them marked in the text,
 * confirms some, and exactly those are in the passport.
 */
class PassportFromTextBrowserTests extends BrowserTest {

    static final String CV = "Werkervaring\n"
            + "2008-2023 lasser bij Damen Shipyards in Den Helder\n"
            + "Ik las MIG/MAG en TIG, lees technische tekeningen en heb mijn heftruckcertificaat.";

    @Autowired
    Accounts accounts;

    @Test
    void aResidentPastesACvConfirmsSomeProposalsAndOnlyThoseAreInThePassport() throws Exception {
        var resident = new TestAccounts(accounts).with(Role.INWONER, "Kees Plakker");
        browser.logIn(resident.username(), TestAccounts.PASSWORD);
        browser.open("/paspoort");
        browser.find("#name").sendKeys("Kees Plakker");
        browser.find("#municipalityQuery").sendKeys("Den Helder");
        browser.await("#municipality-options input[value=GM0400]").click();
        browser.clickAndWait("form[action='/paspoort/gegevens'] > button[type=submit]");

        browser.find("#text").sendKeys(CV);
        browser.clickAndWait("form[action='/paspoort/uit-tekst'] > button[type=submit]");
        assertThat(browser.find("h1").getText()).isEqualTo("Plak uw cv of vertel wat u deed");
        // the words that led to proposals are marked in the text, each with the numbers of its proposals
        List<String> marked = browser.texts("mark.evidence");
        assertThat(marked)
                .isNotEmpty()
                .anyMatch(m -> m.toLowerCase().startsWith("lasser") && m.matches("(?s).*\\[\\d+(, \\d+)*]$"));
        assertThat(browser.accessibilityViolations()).isEmpty();

        // the occupation comes with the years of its line; confirm it and one skill the text names, leave the rest
        WebElement work = browser.find("label[for='work-0']");
        String occupation = work.findElement(By.cssSelector("span")).getText().replaceFirst("^\\[\\d+] ", "");
        assertThat(work.getText()).contains("“lasser”");
        assertThat(browser.find("#fromYear-0").getAttribute("value")).isEqualTo("2008");
        assertThat(browser.find("#toYear-0").getAttribute("value")).isEqualTo("2023");
        assertThat(browser.find("#employer-0").getAttribute("value")).isEqualTo("Damen Shipyards");
        browser.find("label[for='work-0']").click();
        List<WebElement> stated = browser.driver.findElements(By.cssSelector("input[name=skills]"));
        assertThat(stated).hasSizeGreaterThan(1);
        String chosenId = stated.getFirst().getAttribute("value");
        WebElement chosenLabel = browser.find("label[for='skill-" + chosenId + "']");
        String chosen =
                chosenLabel.findElement(By.cssSelector("span")).getText().replaceFirst("^\\[\\d+] ", "");
        String notChosen = browser.find("label[for='skill-" + stated.get(1).getAttribute("value") + "'] span")
                .getText()
                .replaceFirst("^\\[\\d+] ", "");
        chosenLabel.click();
        browser.clickAndWait("form[action='/paspoort/uit-tekst/bevestigen'] button[type=submit]");

        assertThat(browser.find("[role=status]").getText()).isEqualTo("Uw paspoort is bijgewerkt.");
        assertThat(browser.find("section[aria-labelledby=werk]").getText())
                .contains(occupation)
                .contains("Damen Shipyards")
                .contains("2008");
        String skills =
                browser.find("section[aria-labelledby=vaardigheden] table").getText();
        assertThat(skills).contains(chosen).doesNotContain(notChosen);
        assertThat(browser.texts("section[aria-labelledby=vaardigheden] tbody tr"))
                .hasSize(1);
        assertThat(browser.accessibilityViolations()).isEmpty();
    }
}
