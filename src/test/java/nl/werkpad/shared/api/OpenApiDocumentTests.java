package nl.werkpad.shared.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;
import nl.werkpad.support.WerkpadTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * The OpenAPI document as served, against the NL API Design Rules that {@code scripts/check-openapi.sh} lints
 * with Spectral; this test also writes it to target/openapi.json for that script.
 */
@WerkpadTest
class OpenApiDocumentTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ObjectMapper json;

    JsonNode document;

    @BeforeEach
    void read() throws Exception {
        String text = mvc.perform(get("/api/v1/openapi.json"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/openapi.json"), text);
        document = json.readTree(text);
    }

    @Test
    void namesAContactAndAServerWithTheMajorVersion() {
        assertThat(document.at("/info/contact/name").asString()).isNotBlank();
        assertThat(document.at("/info/contact/email").asString()).contains("@");
        assertThat(document.at("/info/version").asString()).matches("\\d+\\.\\d+\\.\\d+");
        assertThat(document.at("/servers/0/url").asString()).isEqualTo("/api/v1");
        assertThat(document.get("paths").propertyNames())
                .isNotEmpty()
                .allSatisfy(path -> assertThat(path).doesNotStartWith("/api/").doesNotEndWith("/"));
    }

    @Test
    void describesAndTagsEveryOperationWithATagDefinedAtTheTop() {
        Set<String> defined = new HashSet<>();
        document.get("tags").forEach(tag -> {
            assertThat(tag.path("description").asString()).as(tag.toString()).isNotBlank();
            defined.add(tag.get("name").asString());
        });
        List<String> wrong = new ArrayList<>();
        operations((where, operation) -> {
            if (operation.path("summary").asString().isBlank()
                    || operation.path("description").asString().length() < 30
                    || operation.path("tags").size() != 1
                    || !defined.contains(operation.path("tags").get(0).asString())) {
                wrong.add(where);
            }
        });
        assertThat(wrong).isEmpty();
        assertThat(defined).contains("Ontwikkelfonds", "Paspoort", "Vacatures", "Opleidingen", "Matching");
    }

    @Test
    void documentsTheVersionHeaderOnEverySuccessAndProblemJsonForEveryError() {
        List<String> wrong = new ArrayList<>();
        operations((where, operation) -> operation.get("responses").properties().forEach(entry -> {
            String code = entry.getKey();
            JsonNode response = entry.getValue();
            if (response.at("/headers/API-Version").isMissingNode()) {
                wrong.add(where + " " + code + " without API-Version");
            }
            if ((code.startsWith("4") || code.startsWith("5"))
                    && !response.at("/content/application~1problem+json/schema/$ref")
                            .asString()
                            .equals("#/components/schemas/Problem")) {
                wrong.add(where + " " + code + " not problem+json");
            }
        }));
        assertThat(wrong).isEmpty();
        assertThat(document.at("/components/schemas/Problem/properties/status").isMissingNode())
                .isFalse();
    }

    @Test
    void pagedSearchesDescribeTheirTotalCountHeader() {
        for (String path : List.of("/vacancies", "/training-offers")) {
            assertThat(document.at("/paths/" + path.replace("/", "~1")
                                    + "/get/responses/200/headers/X-Total-Count/schema/type")
                            .asString())
                    .as(path)
                    .isEqualTo("integer");
        }
    }

    @Test
    void noOperationAsksTheClientForTheSignedInUser() {
        List<String> wrong = new ArrayList<>();
        operations((where, operation) -> operation.path("parameters").forEach(parameter -> {
            String name = parameter.path("name").asString();
            if (Set.of("user", "me", "viewer", "actor", "signedIn", "accountId", "roles")
                    .contains(name)) {
                wrong.add(where + " " + name);
            }
        }));
        assertThat(wrong).isEmpty();
    }

    private void operations(BiConsumer<String, JsonNode> each) {
        document.get("paths")
                .properties()
                .forEach(path -> path.getValue().properties().forEach(method -> {
                    if (Set.of("get", "put", "post", "delete", "patch").contains(method.getKey())) {
                        each.accept(method.getKey().toUpperCase() + " " + path.getKey(), method.getValue());
                    }
                }));
    }
}
