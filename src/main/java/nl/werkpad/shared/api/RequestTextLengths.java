package nl.werkpad.shared.api;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import nl.werkpad.shared.Limits;

/**
 * Every text a request may carry states its maximum length in the OpenAPI document. Free text gets it from the
 * record's {@code @Size} (springdoc reads it, {@link DeclaredLengths} enforces it); this adds what the JSON reader
 * already bounds by its form: an enum value, a UUID, a date, a rule's type name, and a whole text body (CSV).
 */
final class RequestTextLengths {

    private static final int UUID = 36;
    private static final int DATE = 10;
    private static final int DATE_TIME = 35;

    private RequestTextLengths() {}

    static void apply(OpenAPI api) {
        Map<String, Schema> components = api.getComponents().getSchemas();
        Set<Schema<?>> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        api.getPaths().values().forEach(item -> item.readOperations().forEach(operation -> {
            if (operation.getRequestBody() == null || operation.getRequestBody().getContent() == null) {
                return;
            }
            operation.getRequestBody().getContent().forEach((type, media) -> body(type, media, components, seen));
        }));
    }

    private static void body(String type, MediaType media, Map<String, Schema> components, Set<Schema<?>> seen) {
        Schema<?> schema = media.getSchema();
        if (schema == null) {
            return;
        }
        if (schema.get$ref() == null
                && isString(schema)
                && !type.equals("application/json")
                && !type.endsWith("+json")
                && schema.getMaxLength() == null) {
            schema.setMaxLength(Limits.IMPORT);
            return;
        }
        walk(schema, components, seen);
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private static void walk(Schema<?> schema, Map<String, Schema> components, Set<Schema<?>> seen) {
        if (schema == null || !seen.add(schema)) {
            return;
        }
        if (schema.get$ref() != null) {
            walk(components.get(schema.get$ref().substring(schema.get$ref().lastIndexOf('/') + 1)), components, seen);
            return;
        }
        if (isString(schema) && schema.getMaxLength() == null) {
            Integer bound = bound(schema);
            if (bound != null) {
                schema.setMaxLength(bound);
            }
        }
        if (schema.getDiscriminator() != null
                && schema.getProperties() != null
                && schema.getDiscriminator().getMapping() != null) {
            Schema<?> name =
                    schema.getProperties().get(schema.getDiscriminator().getPropertyName());
            if (name != null && name.getMaxLength() == null) {
                name.setMaxLength(longest(schema.getDiscriminator().getMapping().keySet()));
            }
        }
        for (List<Schema> group : Arrays.asList(schema.getAllOf(), schema.getOneOf(), schema.getAnyOf())) {
            if (group != null) {
                group.forEach(s -> walk(s, components, seen));
            }
        }
        if (schema.getProperties() != null) {
            schema.getProperties().values().forEach(s -> walk(s, components, seen));
        }
        walk(schema.getItems(), components, seen);
        if (schema.getAdditionalProperties() instanceof Schema<?> values) {
            walk(values, components, seen);
        }
    }

    /** What the JSON reader refuses beyond anyway: the longest enum value, a UUID, a date, a date and time. */
    private static Integer bound(Schema<?> schema) {
        if (schema.getEnum() != null && !schema.getEnum().isEmpty()) {
            return longest(schema.getEnum().stream().map(String::valueOf).toList());
        }
        return switch (Objects.requireNonNullElse(schema.getFormat(), "")) {
            case "uuid" -> UUID;
            case "date" -> DATE;
            case "date-time" -> DATE_TIME;
            default -> null;
        };
    }

    private static int longest(Collection<String> values) {
        return values.stream().mapToInt(String::length).max().orElse(0);
    }

    static boolean isString(Schema<?> schema) {
        return "string".equals(schema.getType())
                || (schema.getTypes() != null && new HashSet<>(schema.getTypes()).contains("string"));
    }
}
