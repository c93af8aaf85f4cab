package nl.werkpad.web.layout;

import java.net.URI;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How Werkpad is reached from outside.
 *
 * @param publicBaseUrl the address people use, e.g. {@code https://werkpad.noord-holland.nl}; when set, every
 *                      absolute link and redirect is built from it, never from the request's {@code Host} header.
 *                      Empty: redirects are relative (and behind a proxy only the trusted proxy's forwarded
 *                      headers count, see {@code server.forward-headers-strategy}).
 */
@ConfigurationProperties("werkpad.web")
public record WebProperties(@DefaultValue("") String publicBaseUrl) {

    public URI publicBase() {
        return publicBaseUrl.isBlank() ? null : URI.create(publicBaseUrl.strip());
    }
}
