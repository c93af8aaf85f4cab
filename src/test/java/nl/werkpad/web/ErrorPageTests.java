package nl.werkpad.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import nl.werkpad.support.Demo;
import nl.werkpad.support.WerkpadServerTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Error pages go through the servlet container, so these run against a real port (the browser tests' Werkpad). */
@WerkpadServerTest
class ErrorPageTests {

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<String> get(String path, String user, String language) throws Exception {
        // pages need a session (tested in the browser); API calls and anonymous requests are enough here
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (user != null) {
            String basic =
                    Base64.getEncoder().encodeToString((user + ":" + Demo.PASSWORD).getBytes(StandardCharsets.UTF_8));
            request.header("Authorization", "Basic " + basic);
        }
        request.header("Accept", "text/html");
        if (language != null) {
            request.header("Cookie", "WERKPAD_LANG=" + language);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void anAnonymousVisitorOfAnUnknownPageIsAskedToLogInFirst() throws Exception {
        var response = get("/bestaat-niet", null, null);
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
    }

    @Test
    void anUnknownApiPathGetsAProblemDocumentEvenWhenHtmlIsAccepted() throws Exception {
        var response = get("/api/v1/bestaat-niet", "beleid", null);
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(response.headers().firstValue("API-Version")).hasValue("1.0.0");
        assertThat(response.body()).contains("\"type\":\"https://werkpad.nl/problems/not-found\"");
    }
}
