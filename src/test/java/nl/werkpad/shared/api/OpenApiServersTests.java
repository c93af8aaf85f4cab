package nl.werkpad.shared.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.swagger.v3.oas.models.servers.Server;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The document names the relative base URL with the major version, and the public https address when one is set. */
class OpenApiServersTests {

    private static List<String> servers(String publicBaseUrl) {
        return new OpenApiConfiguration()
                        .werkpadOpenApi("Werkpad beheer", "api@werkpad.nl", "https://werkpad.nl/contact", publicBaseUrl)
                        .getServers()
                        .stream()
                        .map(Server::getUrl)
                        .toList();
    }

    @Test
    void aConfiguredPublicAddressIsAnAbsoluteServerWithTheMajorVersion() {
        assertThat(servers("")).containsExactly("/api/v1");
        assertThat(servers("https://werkpad.noord-holland.nl/"))
                .containsExactly("/api/v1", "https://werkpad.noord-holland.nl/api/v1");
    }
}
