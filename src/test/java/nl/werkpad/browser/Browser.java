package nl.werkpad.browser;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's headless Chromium driven by Selenium, with axe-core for accessibility checks. Off CI a
 * machine without Chromium skips browser tests; on CI (CI=true) their absence is a failure.
 */
final class Browser implements AutoCloseable {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final String AXE = "META-INF/resources/webjars/axe-core/4.6.3/axe.min.js";

    /** The one Chromium of this JVM, started by the first browser test and quit when the JVM ends. */
    private static Browser shared;

    final ChromeDriver driver;
    private String base;
    private final Path profile;

    /** The JVM's Chromium, pointed at the Werkpad on this port. */
    static synchronized Browser shared(int port) throws IOException {
        if (shared == null) {
            Browser started = new Browser(port);
            Runtime.getRuntime().addShutdownHook(new Thread(started::close));
            shared = started;
        }
        shared.base = "http://localhost:" + port;
        return shared;
    }

    Browser(int port) throws IOException {
        boolean available = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (!available && !"true".equals(System.getenv("CI"))) {
            Assumptions.abort("Chromium and chromedriver are not installed (apt-get install chromium chromium-driver)");
        }
        profile = Files.createTempDirectory("werkpad-chromium-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments(
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--disable-dev-shm-usage",
                "--user-data-dir=" + profile,
                "--window-size=1280,1000",
                "--lang=nl");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(5));
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
        base = "http://localhost:" + port;
    }

    void open(String path) {
        driver.get(base + path);
    }

    WebElement find(String css) {
        return driver.findElement(By.cssSelector(css));
    }

    /** Clicks something that loads a new page, and waits until it has. */
    void clickAndWait(String css) {
        clickAndWait(find(css));
    }

    void clickAndWait(WebElement element) {
        WebElement page = driver.findElement(By.tagName("html"));
        element.click();
        var wait = new org.openqa.selenium.support.ui.WebDriverWait(driver, Duration.ofSeconds(10));
        // the old page is gone when its root can no longer be asked anything (Chromium says so in more than one way)
        wait.until(d -> {
            try {
                page.isEnabled();
                return false;
            } catch (org.openqa.selenium.WebDriverException gone) {
                return true;
            }
        });
        wait.until(d -> "complete".equals(driver.executeScript("return document.readyState")));
    }

    /** Waits (up to 5 s) until an element matching the selector is there, e.g. after an htmx swap. */
    WebElement await(String css) {
        return new org.openqa.selenium.support.ui.WebDriverWait(driver, Duration.ofSeconds(5))
                .until(org.openqa.selenium.support.ui.ExpectedConditions.presenceOfElementLocated(By.cssSelector(css)));
    }

    /** The texts of all matching elements; read again when the page changed underneath. */
    List<String> texts(String css) {
        for (int attempt = 0; ; attempt++) {
            try {
                return driver.findElements(By.cssSelector(css)).stream()
                        .map(WebElement::getText)
                        .toList();
            } catch (org.openqa.selenium.StaleElementReferenceException e) {
                if (attempt == 3) {
                    throw e;
                }
            }
        }
    }

    void logIn(String username, String password) {
        open("/login");
        find("#username").sendKeys(username);
        find("#password").sendKeys(password);
        clickAndWait("form.form button[type=submit]");
    }

    /** The serious and critical WCAG 2.1 A/AA violations axe-core finds on the current page. */
    List<String> accessibilityViolations() throws IOException {
        try (InputStream axe = Browser.class.getClassLoader().getResourceAsStream(AXE)) {
            driver.executeScript(new String(axe.readAllBytes(), StandardCharsets.UTF_8));
        }
        Object result = driver.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})
                   .then(r => done(r.violations.filter(v => v.impact === 'serious' || v.impact === 'critical')
                       .map(v => v.id + ': ' + v.nodes.map(n => n.target.join(' ')).join(', '))))
                   .catch(e => done(['axe failed: ' + e]));
                """);
        return ((List<?>) result).stream().map(String::valueOf).toList();
    }

    /**
     * Forgets the visitor: leaves the page, drops every cookie (so the session and the language choice) and what
     * pages stored in the browser, as a freshly started Chromium would have none.
     */
    void forget() {
        driver.get("about:blank");
        driver.executeCdpCommand("Network.clearBrowserCookies", Map.of());
        driver.executeCdpCommand("Storage.clearDataForOrigin", Map.of("origin", base, "storageTypes", "all"));
    }

    @Override
    public void close() {
        driver.quit();
        try (var files = Files.walk(profile)) {
            files.sorted(java.util.Comparator.reverseOrder())
                    .forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a temporary profile
        }
    }
}
