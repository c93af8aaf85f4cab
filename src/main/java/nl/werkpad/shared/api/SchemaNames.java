package nl.werkpad.shared.api;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.Discriminator;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Short, unique schema names. springdoc names a schema after the class's simple name, so two records called
 * {@code Imported} (ecosystem and monitor) would silently become one schema and the document would lie about
 * one of them; it is therefore told to use full class names (springdoc.use-fqn), and here each becomes its simple
 * name again where that is unique, else the module's name in front ({@code MonitorImported}). On the way, a sealed
 * type that Jackson writes with type names gets its discriminator mapping from {@code @JsonSubTypes}.
 */
final class SchemaNames {

    private static final String PREFIX = "#/components/schemas/";

    private SchemaNames() {}

    @SuppressWarnings("rawtypes")
    static void shorten(OpenAPI api) {
        Map<String, Schema> schemas = api.getComponents().getSchemas();
        if (schemas == null) {
            return;
        }
        schemas.forEach((name, schema) -> mapSubtypes(name, schema, schemas));
        Map<String, String> renamed = newNames(schemas.keySet());
        Map<String, Schema> shortened = new LinkedHashMap<>();
        schemas.forEach((name, schema) -> shortened.put(renamed.getOrDefault(name, name), schema));
        api.getComponents().setSchemas(shortened);
        Function<String, String> ref =
                r -> r != null && r.startsWith(PREFIX) && renamed.containsKey(r.substring(PREFIX.length()))
                        ? PREFIX + renamed.get(r.substring(PREFIX.length()))
                        : r;
        Set<Object> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        shortened.values().forEach(schema -> schema(schema, ref, seen));
        shortened.values().forEach(schema -> discriminateOneOf(schema, shortened));
        if (api.getComponents().getHeaders() != null) {
            api.getComponents().getHeaders().values().forEach(h -> header(h, ref, seen));
        }
        if (api.getPaths() != null) {
            api.getPaths().values().forEach(item -> item.readOperations().forEach(operation -> {
                if (operation.getParameters() != null) {
                    operation.getParameters().forEach(p -> parameter(p, ref, seen));
                }
                if (operation.getRequestBody() != null) {
                    content(operation.getRequestBody().getContent(), ref, seen);
                }
                if (operation.getResponses() != null) {
                    operation.getResponses().values().forEach(r -> response(r, ref, seen));
                }
            }));
        }
    }

    static Map<String, String> newNames(Collection<String> names) {
        Map<String, Long> bySimple =
                names.stream().collect(Collectors.groupingBy(SchemaNames::simple, Collectors.counting()));
        Set<String> taken = new HashSet<>();
        Map<String, String> renamed = new HashMap<>();
        for (String name : new TreeSet<>(names)) {
            String simple = simple(name);
            String shorter = bySimple.get(simple) == 1 ? simple : module(name) + simple;
            for (int i = 2; taken.contains(shorter); i++) {
                shorter = module(name) + simple + i;
            }
            taken.add(shorter);
            if (!shorter.equals(name)) {
                renamed.put(name, shorter);
            }
        }
        return renamed;
    }

    /**
     * The simple name: springdoc's full names are {@code nl.werkpad.fund.domain.FundingRule.Residence}, and a generic
     * type appends its parameter's full name capitalised ({@code …TaxonomyApi.ResultsNl.werkpad.taxonomy.Skill}),
     * which becomes {@code ResultsSkill} as springdoc would name it without full names.
     */
    static String simple(String name) {
        String[] tokens = name.split("\\.");
        StringBuilder simple = new StringBuilder();
        for (int i = 0; i < tokens.length; i++) {
            String token = tokens[i];
            boolean last = i == tokens.length - 1;
            boolean nextLower = !last && !tokens[i + 1].isEmpty() && Character.isLowerCase(tokens[i + 1].charAt(0));
            boolean nextUpper = !last && !nextLower;
            if (last) {
                simple.append(token);
            } else if (Character.isUpperCase(token.charAt(0)) && nextLower) {
                // a class followed by the capitalised start of its type parameter's package
                simple.append(token, 0, lastCapital(token));
            } else if (Character.isLowerCase(token.charAt(0)) || nextUpper) {
                continue;
            }
        }
        return simple.toString();
    }

    private static int lastCapital(String token) {
        for (int i = token.length() - 1; i > 0; i--) {
            if (Character.isUpperCase(token.charAt(i))) {
                return i;
            }
        }
        return token.length();
    }

    /** nl.werkpad.monitor.api.MonitorApi$Imported → Monitor; a class outside nl.werkpad keeps its outer name. */
    private static String module(String name) {
        String[] parts = name.split("\\.");
        String module = name.startsWith("nl.werkpad.") && parts.length > 3
                ? parts[2]
                : parts[parts.length - 1].split("\\$")[0];
        return Character.toUpperCase(module.charAt(0)) + module.substring(1);
    }

    /**
     * A list of a sealed type is written as oneOf its subtypes; the discriminator sits on the base that each
     * subtype extends (allOf). A validator picks the subtype by the discriminator of the oneOf itself, so copy it.
     */
    @SuppressWarnings({"rawtypes", "unchecked"})
    private static void discriminateOneOf(Schema schema, Map<String, Schema> schemas) {
        if (schema == null) {
            return;
        }
        if (schema.getOneOf() != null
                && schema.getDiscriminator() == null
                && !schema.getOneOf().isEmpty()) {
            Schema first = (Schema) schema.getOneOf().get(0);
            Schema subtype =
                    first.get$ref() == null ? null : schemas.get(first.get$ref().substring(PREFIX.length()));
            if (subtype != null
                    && subtype.getAllOf() != null
                    && !subtype.getAllOf().isEmpty()) {
                Schema base = (Schema) subtype.getAllOf().get(0);
                Schema baseSchema = base.get$ref() == null
                        ? null
                        : schemas.get(base.get$ref().substring(PREFIX.length()));
                if (baseSchema != null && baseSchema.getDiscriminator() != null) {
                    schema.setDiscriminator(baseSchema.getDiscriminator());
                }
            }
        }
        if (schema.getProperties() != null) {
            ((Map<String, Schema>) schema.getProperties()).values().forEach(p -> discriminateOneOf(p, schemas));
        }
        discriminateOneOf(schema.getItems(), schemas);
    }

    @SuppressWarnings("rawtypes")
    private static void mapSubtypes(String name, Schema schema, Map<String, Schema> schemas) {
        Discriminator discriminator = schema.getDiscriminator();
        if (discriminator == null || discriminator.getMapping() != null || !name.contains(".")) {
            return;
        }
        try {
            JsonSubTypes subtypes = Class.forName(name, false, SchemaNames.class.getClassLoader())
                    .getAnnotation(JsonSubTypes.class);
            if (subtypes != null) {
                for (JsonSubTypes.Type type : subtypes.value()) {
                    String subtype = schemas.containsKey(type.value().getName())
                            ? type.value().getName()
                            : type.value().getName().replace('$', '.');
                    discriminator.mapping(type.name(), PREFIX + subtype);
                    typeNamed(schemas.get(subtype), discriminator.getPropertyName(), type.name());
                }
            }
        } catch (ClassNotFoundException e) {
            // not a class name after all: leave the discriminator as springdoc wrote it
        }
    }

    /** The subtype says its own type name, so that oneOf picks exactly one even where a discriminator is not read. */
    @SuppressWarnings({"rawtypes", "unchecked"})
    private static void typeNamed(Schema subtype, String property, String value) {
        if (subtype == null || subtype.getAllOf() == null || subtype.getAllOf().size() < 2) {
            return;
        }
        Schema own = (Schema) subtype.getAllOf().get(subtype.getAllOf().size() - 1);
        own.addProperty(property, new StringSchema()._enum(List.of(value)));
        own.addRequiredItem(property);
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private static void schema(Schema schema, Function<String, String> ref, Set<Object> seen) {
        if (schema == null || !seen.add(schema)) {
            return;
        }
        if (schema.get$ref() != null) {
            schema.set$ref(ref.apply(schema.get$ref()));
        }
        if (schema.getDiscriminator() != null && schema.getDiscriminator().getMapping() != null) {
            schema.getDiscriminator().getMapping().replaceAll((k, v) -> ref.apply(v));
        }
        if (schema.getProperties() != null) {
            ((Map<String, Schema>) schema.getProperties()).values().forEach(s -> schema(s, ref, seen));
        }
        schema(schema.getItems(), ref, seen);
        schema(schema.getNot(), ref, seen);
        for (List<Schema> list :
                new List[] {schema.getAllOf(), schema.getAnyOf(), schema.getOneOf(), schema.getPrefixItems()}) {
            if (list != null) {
                list.forEach(s -> schema(s, ref, seen));
            }
        }
        if (schema.getAdditionalProperties() instanceof Schema additional) {
            schema(additional, ref, seen);
        }
    }

    private static void content(Content content, Function<String, String> ref, Set<Object> seen) {
        if (content != null) {
            content.values().forEach(media -> schema(media.getSchema(), ref, seen));
        }
    }

    private static void parameter(Parameter parameter, Function<String, String> ref, Set<Object> seen) {
        schema(parameter.getSchema(), ref, seen);
        content(parameter.getContent(), ref, seen);
    }

    private static void header(Header header, Function<String, String> ref, Set<Object> seen) {
        schema(header.getSchema(), ref, seen);
        content(header.getContent(), ref, seen);
    }

    private static void response(ApiResponse response, Function<String, String> ref, Set<Object> seen) {
        content(response.getContent(), ref, seen);
        if (response.getHeaders() != null) {
            response.getHeaders().values().forEach(h -> header(h, ref, seen));
        }
    }
}
