package nl.werkpad.access.security;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.List;

/**
 * A minimal OpenID Connect issuer on loopback: discovery document and signing keys, enough for
 * Werkpad to discover it at start and to verify the tokens this class signs.
 */
final class StubIssuer implements AutoCloseable {

    private final HttpServer server;
    private final RSAKey key;
    private final String base;

    StubIssuer() {
        try {
            key = new RSAKeyGenerator(2048).keyID("test-key").generate();
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException | JOSEException e) {
            throw new IllegalStateException(e);
        }
        base = "http://127.0.0.1:" + server.getAddress().getPort();
        String discovery = """
                {"issuer":"%1$s","authorization_endpoint":"%1$s/authorize","token_endpoint":"%1$s/token",
                 "jwks_uri":"%1$s/jwks","userinfo_endpoint":"%1$s/userinfo","subject_types_supported":["public"],
                 "response_types_supported":["code"],"id_token_signing_alg_values_supported":["RS256"],
                 "scopes_supported":["openid","profile","email"]}
                """.formatted(base);
        serve("/.well-known/openid-configuration", discovery);
        serve("/jwks", new JWKSet(key.toPublicJWK()).toString());
        server.start();
    }

    String issuer() {
        return base;
    }

    String token(String subject, String username, List<String> roles, Instant expires) {
        return sign(
                key,
                new JWTClaimsSet.Builder()
                        .issuer(base)
                        .subject(subject)
                        .claim("preferred_username", username)
                        .claim("name", "Test " + username)
                        .claim("roles", roles)
                        .issueTime(Date.from(Instant.now()))
                        .expirationTime(Date.from(expires))
                        .build());
    }

    /** A token that looks right but is signed with a key the issuer never published. */
    String forgedToken(String subject) {
        try {
            RSAKey other = new RSAKeyGenerator(2048).keyID("test-key").generate();
            return sign(
                    other,
                    new JWTClaimsSet.Builder()
                            .issuer(base)
                            .subject(subject)
                            .claim("roles", List.of("BEHEERDER"))
                            .expirationTime(Date.from(Instant.now().plusSeconds(300)))
                            .build());
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String sign(RSAKey signingKey, JWTClaimsSet claims) {
        try {
            SignedJWT jwt = new SignedJWT(
                    new JWSHeader.Builder(JWSAlgorithm.RS256)
                            .keyID(signingKey.getKeyID())
                            .build(),
                    claims);
            jwt.sign(new RSASSASigner(signingKey));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private void serve(String path, String json) {
        server.createContext(path, exchange -> {
            byte[] body = json.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().put("Content-Type", List.of("application/json"));
            exchange.sendResponseHeaders(200, body.length);
            try (var out = exchange.getResponseBody()) {
                out.write(body);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
