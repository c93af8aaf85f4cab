package nl.werkpad.browser;

import nl.werkpad.support.WerkpadServerTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A whole Werkpad on a real port with a headless Chromium. Chromium is started once per JVM (a start costs seconds);
 * after each test its cookies and storage are wiped, so every test begins as a new visitor.
 */
@WerkpadServerTest
abstract class BrowserTest {

    @LocalServerPort
    int port;

    Browser browser;

    @BeforeEach
    void openBrowser() throws Exception {
        browser = Browser.shared(port);
    }

    @AfterEach
    void forgetTheVisitor() {
        browser.forget();
    }
}
