package nl.werkpad.shared.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import nl.werkpad.support.WerkpadTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Every text a client may send has a stated maximum in the served OpenAPI document: each string in each request
 * body, however deep (inside arrays, nested objects, oneOf/allOf rule types), carries {@code maxLength}.
 */
@WerkpadTest
class OpenApiTextLengthsTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ObjectMapper json;

    @Test
    void everyRequestStringHasAMaxLength() throws Exception {
        JsonNode document = json.readTree(mvc.perform(get("/api/v1/openapi.json"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
        List<String> unbounded = new ArrayList<>();
        List<String> bounded = new ArrayList<>();
        for (var path : document.get("paths").properties()) {
            for (var operation : path.getValue().properties()) {
                JsonNode content = operation.getValue().at("/requestBody/content");
                if (content.isMissingNode()) {
                    continue;
                }
                for (var media : content.properties()) {
                    String where = operation.getKey().toUpperCase() + " " + path.getKey() + " (" + media.getKey() + ")";
                    walk(document, media.getValue().get("schema"), where, new HashSet<>(), unbounded, bounded);
                }
            }
        }
        assertThat(bounded).as("request strings found").hasSizeGreaterThan(100);
        assertThat(unbounded).as("request strings without maxLength").isEmpty();
    }

    private static void walk(
            JsonNode document,
            JsonNode schema,
            String where,
            Set<String> refs,
            List<String> unbounded,
            List<String> bounded) {
        if (schema == null || schema.isMissingNode()) {
            return;
        }
        if (schema.has("$ref")) {
            String ref = schema.get("$ref").asString();
            if (refs.add(ref)) {
                walk(document, document.at(ref.substring(1)), where, refs, unbounded, bounded);
            }
            return;
        }
        JsonNode type = schema.get("type");
        boolean string = type != null
                && (type.isArray()
                        ? type.valueStream().anyMatch(t -> t.asString().equals("string"))
                        : type.asString().equals("string"));
        if (string) {
            (schema.has("maxLength") ? bounded : unbounded).add(where);
        }
        for (String group : List.of("allOf", "oneOf", "anyOf")) {
            if (schema.has(group)) {
                schema.get(group).forEach(s -> walk(document, s, where, refs, unbounded, bounded));
            }
        }
        if (schema.has("properties")) {
            for (var property : schema.get("properties").properties()) {
                walk(document, property.getValue(), where + "." + property.getKey(), refs, unbounded, bounded);
            }
        }
        walk(document, schema.get("items"), where + "[]", refs, unbounded, bounded);
        if (schema.has("additionalProperties")
                && schema.get("additionalProperties").isObject()) {
            walk(document, schema.get("additionalProperties"), where + "{}", refs, unbounded, bounded);
        }
    }
}
