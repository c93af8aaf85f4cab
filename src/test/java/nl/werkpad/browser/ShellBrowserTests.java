package nl.werkpad.browser;

import static org.assertj.core.api.Assertions.assertThat;

import nl.werkpad.support.Demo;
import org.junit.jupiter.api.Test;

/** A visitor opens Werkpad, logs in with a demo account, sees their role's navigation and logs out. */
class ShellBrowserTests extends BrowserTest {

    @Test
    void anAdministratorLogsInSeesTheAdministrationNavigationAndLogsOut() throws Exception {
        browser.open("/");
        assertThat(browser.find("h1").getText()).isEqualTo("Eén loket voor werk, mensen en opleiding");
        assertThat(browser.accessibilityViolations()).isEmpty();

        browser.clickAndWait(".hero a[href='/login']");
        assertThat(browser.driver.getTitle()).isEqualTo("Inloggen");
        assertThat(browser.accessibilityViolations()).isEmpty();

        browser.logIn("beheerder", Demo.PASSWORD);
        assertThat(browser.texts(".main-nav a"))
                .startsWith("Home")
                .contains("Vacatures", "Opleidingen", "Beroepen", "Mijn account", "Accounts", "Verwerkingslogboek")
                .doesNotContain("Mijn vacatures", "Mijn opleidingen");
        assertThat(browser.find(".signed-in").getText()).isEqualTo("Ingelogd als beheerder");
        assertThat(browser.accessibilityViolations()).isEmpty();

        browser.clickAndWait(".main-nav a[href='/beheer/accounts']");
        assertThat(browser.find("h1").getText()).isEqualTo("Accounts");
        assertThat(browser.accessibilityViolations()).isEmpty();

        browser.clickAndWait(".site-header form button");
        assertThat(browser.find("[role=status]").getText()).isEqualTo("U bent uitgelogd.");
        assertThat(browser.texts(".main-nav a"))
                .contains("Home", "Vacatures", "Beroepen")
                .doesNotContain("Mijn account", "Accounts");
    }

    @Test
    void aResidentSeesNoAdministrationAndCanSwitchToEnglish() throws Exception {
        browser.logIn("inwoner", Demo.PASSWORD);
        assertThat(browser.texts(".main-nav a"))
                .contains("Home", "Mijn account")
                .doesNotContain("Accounts", "Verwerkingslogboek", "Mijn vacatures", "Mijn opleidingen");

        browser.clickAndWait(".main-nav a[href='/account']");
        assertThat(browser.find("dl.facts").getText()).contains("Inwoner");
        assertThat(browser.accessibilityViolations()).isEmpty();

        browser.clickAndWait("a[hreflang=en]");
        assertThat(browser.find("h1").getText()).isEqualTo("My account");
        assertThat(browser.find("html").getAttribute("lang")).isEqualTo("en");
        assertThat(browser.accessibilityViolations()).isEmpty();
    }

    @Test
    void errorPagesSpeakTheVisitorsLanguage() throws Exception {
        browser.logIn("opleider", Demo.PASSWORD);
        browser.open("/bestaat-niet");
        assertThat(browser.find("h1").getText()).isEqualTo("Pagina niet gevonden");
        assertThat(browser.driver.getPageSource()).doesNotContain("Exception");
        assertThat(browser.accessibilityViolations()).isEmpty();

        browser.open("/beheer/accounts");
        assertThat(browser.find("h1").getText()).isEqualTo("Geen toegang");

        browser.open("/bestaat-niet?lang=en");
        assertThat(browser.find("h1").getText()).isEqualTo("Page not found");
    }

    @Test
    void aWrongPasswordShowsAnAccessibleMessage() throws Exception {
        browser.logIn("inwoner", "helemaal-fout");
        assertThat(browser.find("[role=alert]").getText())
                .isEqualTo(
                        "Inloggen lukte niet: de gebruikersnaam of het wachtwoord is onjuist, of er waren te veel pogingen vanaf dit adres (wacht dan even en probeer het opnieuw).");
        assertThat(browser.accessibilityViolations()).isEmpty();
    }
}
