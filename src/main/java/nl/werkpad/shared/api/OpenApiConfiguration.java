package nl.werkpad.shared.api;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Contact;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import org.springdoc.core.customizers.GlobalOpenApiCustomizer;
import org.springdoc.core.customizers.GlobalOperationCustomizer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI 3.1 document at /api/v1/openapi.json: title, version, contact, the server with the major
 * version, the two ways to authenticate, and ({@link ApiContract}) what the NL API Design Rules ask of
 * every operation. Checked by our Spectral ruleset (scripts/check-openapi.sh) and by every API test.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    @Bean
    OpenAPI werkpadOpenApi(
            @Value("${werkpad.api.contact.name:Werkpad beheer}") String contactName,
            @Value("${werkpad.api.contact.email:api@werkpad.nl}") String contactEmail,
            @Value("${werkpad.api.contact.url:https://werkpad.nl/contact}") String contactUrl,
            @Value("${werkpad.web.public-base-url:}") String publicBaseUrl) {
        OpenAPI api = new OpenAPI()
                .info(new Info()
                        .title("Werkpad API")
                        .version(ApiVersion.CURRENT)
                        .description("""
                                Het regionale loket voor werk en ontwikkeling, op vaardigheden (ESCO): paspoorten, \
                                vacatures, opleidingen, matching, trajecten, het ontwikkelfonds, het ecosysteem en de \
                                arbeidsmarktmonitor. Volgt de NL API Design Rules: fouten zijn application/problem+json \
                                (RFC 9457), elk antwoord draagt de header API-Version. Inloggen met HTTP Basic of een \
                                OIDC bearer token. / The regional work-and-development desk, skills first. \
                                This service uses the ESCO classification of the European Commission.""")
                        .contact(new Contact()
                                .name(contactName)
                                .email(contactEmail)
                                .url(contactUrl)))
                // relative to the document's own location, so the document holds for whatever host serves it
                .addServersItem(new Server()
                        .url(ApiVersion.BASE_PATH)
                        .description("Deze Werkpad, versie 1 van de API / this Werkpad, API version 1"))
                .schemaRequirement(
                        "basic",
                        new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic"))
                .schemaRequirement(
                        "bearer",
                        new SecurityScheme()
                                .type(SecurityScheme.Type.HTTP)
                                .scheme("bearer")
                                .bearerFormat("JWT"))
                .addSecurityItem(new SecurityRequirement().addList("basic"))
                .addSecurityItem(new SecurityRequirement().addList("bearer"));
        // where the installation is reached from outside, when it is configured: an absolute https address
        // (the official ADR linter's rule /core/uri-version asks for one; the relative one serves any host)
        if (!publicBaseUrl.isBlank()) {
            api.addServersItem(new Server()
                    .url(publicBaseUrl.strip().replaceAll("/+$", "") + ApiVersion.BASE_PATH)
                    .description("Op het publieke adres, versie 1 van de API / at the public address, API version 1"));
        }
        return api;
    }

    @Bean
    GlobalOperationCustomizer moduleTags() {
        return (operation, handler) -> ApiContract.tagByModule(operation, handler.getBeanType());
    }

    @Bean
    GlobalOpenApiCustomizer designRules() {
        return ApiContract::apply;
    }
}
