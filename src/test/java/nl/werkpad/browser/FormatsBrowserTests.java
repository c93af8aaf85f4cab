package nl.werkpad.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import nl.werkpad.access.Accounts;
import nl.werkpad.access.Role;
import nl.werkpad.organisations.Organisations;
import nl.werkpad.passport.Passports;
import nl.werkpad.support.TestAccounts;
import nl.werkpad.support.TestOrganisations;
import nl.werkpad.support.TestResident;
import nl.werkpad.vacancies.formats.BenchFeedServer;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 18 in the browser: an administrator registers a JobPosting feed (a real HTTP server on loopback) and sees
 * its status and its vacancies appear; an employer uploads JobPostings and reads the report per posting; a resident
 * turns a Europass CV into a confirmed passport through the same step as any CV. No axe violations on any page.
 */
class FormatsBrowserTests extends BrowserTest {

    static final String COUNTS = "gelezen 3, nieuw 2, bijgewerkt 0, samengevoegd 0, van de markt 0, geweigerd 1";

    @Autowired
    Accounts accounts;

    @Autowired
    Organisations organisations;

    @Autowired
    Passports passports;

    static String run() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    static String posting(String id, String title, String organisation, String place, String description) {
        return ("{\"@context\":\"https://schema.org/\",\"@type\":\"JobPosting\",\"title\":\"%s\",\"identifier\":\"%s\","
                        + "\"description\":\"%s\",\"validThrough\":\"2099-01-01\","
                        + "\"hiringOrganization\":{\"@type\":\"Organization\",\"name\":\"%s\"},"
                        + "\"jobLocation\":{\"@type\":\"Place\",\"address\":{\"@type\":\"PostalAddress\",\"addressLocality\":\"%s\"}}}")
                .formatted(title, id, description, organisation, place);
    }

    static Path file(String name, String content) throws Exception {
        Path dir = Files.createTempDirectory("werkpad-formats-");
        return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
    }

    @Test
    void anAdministratorRegistersAFeedSeesItsStatusAndItsVacanciesAppear() throws Exception {
        String run = run();
        String word = "feedbron" + run.replaceAll("[^a-z]", "x");
        String feed = String.join(
                "\n",
                posting(
                        "BF-" + run + "-1",
                        "Lasser",
                        "Browserwerf " + run,
                        "Alkmaar",
                        "Wij zoeken een lasser voor stalen constructies (" + word + ")."),
                posting(
                        "BF-" + run + "-2",
                        "Timmerman",
                        "Browserwerf " + run,
                        "Hoorn",
                        "Timmerman voor houtbouw en kozijnen (" + word + ")."),
                posting("BF-" + run + "-3", "", "Browserwerf " + run, "Hoorn", "Zonder titel."));
        var admin = new TestAccounts(accounts).with(Role.BEHEERDER, "Beheerder bronnen");
        try (var server = new BenchFeedServer(feed.getBytes(StandardCharsets.UTF_8))) {
            browser.logIn(admin.username(), TestAccounts.PASSWORD);
            browser.open("/beheer/vacaturebronnen");
            assertThat(browser.accessibilityViolations()).isEmpty();
            browser.find("#name").sendKeys("Browserbron " + run);
            browser.find("#url").sendKeys(server.url());
            browser.clickAndWait("form[action='/beheer/vacaturebronnen'] button[type=submit]");

            assertThat(browser.find("h1").getText()).isEqualTo("Browserbron " + run);
            // the run counts two new vacancies and one refused posting, and names what was wrong with it
            assertThat(browser.texts("table tbody tr td:nth-child(3)").getFirst())
                    .isEqualTo(COUNTS);
            assertThat(browser.find("#problems").isDisplayed()).isTrue();
            assertThat(browser.driver.getPageSource()).contains("De vacature heeft geen titel (title).");
            assertThat(browser.accessibilityViolations()).isEmpty();

            browser.open("/vacatures?q=" + word);
            assertThat(browser.texts("main li > a[href^='/vacatures/']")).contains("Lasser", "Timmerman");
            assertThat(browser.accessibilityViolations()).isEmpty();
        }
    }

    @Test
    void anEmployerUploadsJobPostingsAndReadsTheReportPerPosting() throws Exception {
        String run = run();
        var employer = new TestOrganisations(accounts, organisations).employer("Uploadwerf " + run, "GM0361");
        Path upload = file(
                "vacatures.json",
                "["
                        + posting(
                                "UP-" + run + "-1",
                                "Lasser",
                                "Uploadwerf " + run,
                                "Alkmaar",
                                "Je last constructies volgens tekening.")
                        + ","
                        + posting("UP-" + run + "-2", "Lasser", "Uploadwerf " + run, "Atlantis", "Nergens.")
                        + "]");
        browser.logIn(employer.username(), TestOrganisations.PASSWORD);
        browser.open("/werkgever/vacatures/importeren");
        assertThat(browser.accessibilityViolations()).isEmpty();
        browser.find("#bestand").sendKeys(upload.toString());
        browser.clickAndWait("form[enctype='multipart/form-data'] button[type=submit]");

        List<String> rows = browser.texts("table tbody tr");
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0)).contains("1").contains("Lasser");
        assertThat(rows.get(1)).contains("2").contains("Werkpad kent geen Nederlandse gemeente met deze plaatsnaam.");
        assertThat(browser.accessibilityViolations()).isEmpty();
        // the created vacancy is the employer's own
        browser.open("/werkgever/vacatures");
        assertThat(browser.find("main").getText()).contains("Lasser");
    }

    @Test
    void aResidentTurnsAEuropassCvIntoAConfirmedPassport() throws Exception {
        var account = TestResident.create(new TestAccounts(accounts), passports, "Derya Europass", "GM0361")
                .account();
        String xml;
        try (var in = getClass().getResourceAsStream("/formats/europass/cv.xml")) {
            xml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Path cv = file("europass-cv.xml", xml);
        browser.logIn(account.username(), TestAccounts.PASSWORD);
        browser.open("/paspoort/europass");
        assertThat(browser.accessibilityViolations()).isEmpty();
        browser.find("#file").sendKeys(cv.toString());
        browser.clickAndWait("form[action='/paspoort/uit-cv'] button[type=submit]");

        // the same step as a pasted CV: proposals with their words marked, ticked by the resident
        assertThat(browser.find("h1").getText()).isEqualTo("Plak uw cv of vertel wat u deed");
        assertThat(browser.find("main").getText()).contains("Xyzzy Qwrtp");
        assertThat(browser.accessibilityViolations()).isEmpty();
        assertThat(browser.find("#employer-0").getAttribute("value")).isEqualTo("Scheepswerf Noord & Zn");
        browser.find("label[for='work-0']").click();
        browser.find("label[for='education-0']").click();
        WebElement language = browser.driver.findElement(
                By.xpath("//input[starts-with(@name,'level_')]/preceding-sibling::label[1]"));
        String languageName =
                language.findElement(By.cssSelector("span")).getText().replaceFirst("^\\[\\d+] ", "");
        language.click();
        browser.clickAndWait("form[action='/paspoort/uit-tekst/bevestigen'] button[type=submit]");

        assertThat(browser.find("section[aria-labelledby=werk]").getText()).contains("Scheepswerf Noord & Zn");
        assertThat(browser.find("section[aria-labelledby=opleiding]").getText())
                .contains("MBO Metaal en techniek, niveau 3");
        assertThat(browser.find("section[aria-labelledby=vaardigheden]").getText())
                .contains(languageName);
        assertThat(browser.accessibilityViolations()).isEmpty();
    }
}
