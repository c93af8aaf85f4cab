package nl.werkpad.shared.api;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Inputs for the API fuzzer, generated from the OpenAPI document's schemas with one seeded {@link Random}: first a
 * value that fits the schema (with ids that exist, so a request gets past the 404), then one mutation somewhere in
 * it — a wrong type, null, a boundary, a huge or control-character string, a null inside a list, an unknown field.
 */
final class FuzzInputs {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /** Values the server should refuse politely: each one is tried where the schema expects something else. */
    static final List<JsonNode> STRANGE = List.of(
            NODES.nullNode(),
            NODES.stringNode(""),
            NODES.stringNode(" "),
            NODES.stringNode("a".repeat(100_000)),
            NODES.stringNode("nul\u0000teken"),
            NODES.stringNode("\u0000"),
            NODES.stringNode("bel\u0007esc\u001b[2J"),
            NODES.stringNode("\u202Eomgekeerd"),
            NODES.stringNode("\uFEFFbom"),
            NODES.stringNode("\uD800"),
            NODES.stringNode("=HYPERLINK(\"http://x\")"),
            NODES.stringNode("'; drop table person; --"),
            NODES.stringNode("<script>alert(1)</script>"),
            NODES.stringNode("😀".repeat(5_000)),
            NODES.stringNode("not-a-uuid"),
            NODES.stringNode("00000000-0000-0000-0000-000000000000"),
            NODES.stringNode("2026-02-30"),
            NODES.stringNode("0000-01-01"),
            NODES.stringNode("+10000-01-01"),
            NODES.stringNode("1000"),
            NODES.stringNode("NOPE"),
            NODES.numberNode(0),
            NODES.numberNode(-1),
            NODES.numberNode(1.5),
            NODES.numberNode(1e308),
            NODES.numberNode(Integer.MAX_VALUE),
            NODES.numberNode(Integer.MIN_VALUE),
            NODES.numberNode(Long.MAX_VALUE),
            NODES.numberNode(Long.MIN_VALUE),
            NODES.numberNode(new BigInteger("92233720368547758070")),
            NODES.numberNode(1900),
            NODES.numberNode(1949),
            NODES.numberNode(3000),
            NODES.booleanNode(true),
            NODES.objectNode(),
            NODES.arrayNode(),
            NODES.arrayNode().addNull(),
            NODES.arrayNode().add("a").addNull().add(1),
            NODES.objectNode().put("zzOnbekend", 1));

    /** Query and path parameters are text: the strange ones as text. */
    static final List<String> STRANGE_TEXT = List.of(
            "",
            "abc",
            "-1",
            "0",
            "1.5",
            "99999999999999999999",
            "2147483648",
            "-9223372036854775809",
            "1900",
            "3000",
            "2026-02-30",
            "not-a-uuid",
            "00000000-0000-0000-0000-000000000000",
            "\u0000",
            "a\u0000b",
            "x".repeat(20_000),
            "%",
            "../../etc/passwd",
            "NOPE",
            "GM9999",
            "AM99",
            "😀");

    private final JsonNode document;
    private final Random random;
    private final KnownValues known;

    FuzzInputs(JsonNode document, Random random, KnownValues known) {
        this.document = document;
        this.random = random;
        this.known = known;
    }

    <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    JsonNode strange() {
        return pick(STRANGE);
    }

    String strangeText() {
        return pick(STRANGE_TEXT);
    }

    /** A value that fits the schema, as far as a schema says. */
    JsonNode fitting(JsonNode schema, String name, int depth) {
        schema = resolve(schema);
        if (schema.has("enum")) {
            return pick(list(schema.get("enum")));
        }
        for (String combinator : List.of("oneOf", "anyOf", "allOf")) {
            if (schema.has(combinator)) {
                return combinator.equals("allOf")
                        ? fitting(merged(schema.get("allOf")), name, depth)
                        : fitting(pick(list(schema.get(combinator))), name, depth);
            }
        }
        String type = type(schema);
        return switch (type) {
            case "object" -> object(schema, depth);
            case "array" -> {
                ArrayNode array = NODES.arrayNode();
                int size = depth > 3 ? 0 : 1 + random.nextInt(2);
                for (int i = 0; i < size; i++) {
                    array.add(fitting(schema.path("items"), singular(name), depth + 1));
                }
                yield array;
            }
            case "integer" -> NODES.numberNode(integer(name));
            case "number" -> NODES.numberNode(random.nextInt(100) + 0.5);
            case "boolean" -> NODES.booleanNode(random.nextBoolean());
            default -> NODES.stringNode(text(schema, name));
        };
    }

    /** The fitting value with one part of it replaced by a strange value; the path says where. */
    Mutated mutate(JsonNode value) {
        List<String> where = new ArrayList<>();
        JsonNode mutated = mutateIn(value, where);
        return new Mutated(mutated, where.isEmpty() ? "(whole body)" : String.join(".", where));
    }

    record Mutated(JsonNode value, String where) {}

    private JsonNode mutateIn(JsonNode value, List<String> where) {
        boolean descend = (value.isObject() && value.size() > 0) || (value.isArray() && value.size() > 0);
        if (!descend || random.nextInt(4) == 0) {
            if (value.isObject() && random.nextInt(3) == 0) {
                ObjectNode copy = (ObjectNode) value.deepCopy();
                copy.put("zzOnbekendVeld", "x");
                where.add("+zzOnbekendVeld");
                return copy;
            }
            if (value.isArray() && random.nextInt(3) == 0) {
                ArrayNode copy = (ArrayNode) value.deepCopy();
                copy.addNull();
                where.add("[null]");
                return copy;
            }
            return strange();
        }
        if (value.isObject()) {
            ObjectNode copy = (ObjectNode) value.deepCopy();
            List<String> names = new ArrayList<>(copy.propertyNames());
            String field = pick(names);
            where.add(field);
            if (random.nextInt(6) == 0) {
                copy.remove(field);
                where.add("(weggelaten)");
            } else {
                copy.set(field, mutateIn(copy.get(field), where));
            }
            return copy;
        }
        ArrayNode copy = (ArrayNode) value.deepCopy();
        int index = random.nextInt(copy.size());
        where.add("[" + index + "]");
        copy.set(index, mutateIn(copy.get(index), where));
        return copy;
    }

    JsonNode resolve(JsonNode schema) {
        int hops = 0;
        while (schema.has("$ref") && hops++ < 10) {
            schema = document.at(schema.get("$ref").asString().substring(1));
        }
        return schema;
    }

    private ObjectNode object(JsonNode schema, int depth) {
        ObjectNode object = NODES.objectNode();
        Set<String> required = new HashSet<>();
        schema.path("required").forEach(r -> required.add(r.asString()));
        for (Map.Entry<String, JsonNode> property : schema.path("properties").properties()) {
            if (depth < 4 && (required.contains(property.getKey()) || random.nextInt(5) > 0)) {
                object.set(property.getKey(), fitting(property.getValue(), property.getKey(), depth + 1));
            }
        }
        return object;
    }

    private JsonNode merged(JsonNode allOf) {
        ObjectNode merged = NODES.objectNode().put("type", "object");
        ObjectNode properties = merged.putObject("properties");
        allOf.forEach(part ->
                resolve(part).path("properties").properties().forEach(p -> properties.set(p.getKey(), p.getValue())));
        return merged;
    }

    static String type(JsonNode schema) {
        JsonNode type = schema.path("type");
        if (type.isArray()) {
            for (JsonNode t : type) {
                if (!t.asString().equals("null")) {
                    return t.asString();
                }
            }
        }
        if (type.isString()) {
            return type.asString();
        }
        return schema.has("properties") ? "object" : schema.has("items") ? "array" : "string";
    }

    private long integer(String name) {
        String lower = name.toLowerCase();
        if (lower.contains("year")) {
            return 2015 + random.nextInt(12);
        }
        if (lower.contains("cents")) {
            return 100 * (1 + random.nextInt(2000));
        }
        return 1 + random.nextInt(40);
    }

    private String text(JsonNode schema, String name) {
        String format = schema.path("format").asString("");
        return switch (format) {
            case "uuid" -> known.uuid(random);
            case "date" -> "2026-" + String.format("%02d", 1 + random.nextInt(12)) + "-15";
            case "date-time" -> "2026-06-15T10:00:00Z";
            case "email" -> "fuzz@example.org";
            case "uri" -> "https://example.org/fuzz";
            default -> known.textFor(name, random);
        };
    }

    private static String singular(String name) {
        return name.endsWith("s") ? name.substring(0, name.length() - 1) : name;
    }

    private static List<JsonNode> list(JsonNode array) {
        List<JsonNode> values = new ArrayList<>();
        array.forEach(values::add);
        return values;
    }

    /**
     * Ids and codes seen in the application's own answers, by field name, so generated requests can name things
     * that exist (a vacancy, a municipality, a skill) and reach the rules behind the 404.
     */
    static final class KnownValues {

        private final Map<String, List<String>> byName = new TreeMap<>();
        private final List<String> uuids = new ArrayList<>();

        void harvest(JsonNode node, String name) {
            if (node.isObject()) {
                Iterator<Map.Entry<String, JsonNode>> fields = node.properties().iterator();
                while (fields.hasNext()) {
                    Map.Entry<String, JsonNode> field = fields.next();
                    harvest(field.getValue(), field.getKey());
                }
            } else if (node.isArray()) {
                int i = 0;
                for (JsonNode item : node) {
                    if (i++ < 25) {
                        harvest(item, name);
                    }
                }
            } else if (node.isString() && name != null && node.asString().length() < 200) {
                String value = node.asString();
                if (value.matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")) {
                    if (uuids.size() < 2_000) {
                        uuids.add(value);
                    }
                }
                List<String> values = byName.computeIfAbsent(name.toLowerCase(), k -> new ArrayList<>());
                if (values.size() < 50 && !values.contains(value)) {
                    values.add(value);
                }
            }
        }

        String uuid(Random random) {
            return uuids.isEmpty() || random.nextInt(8) == 0
                    ? new UUID(random.nextLong(), random.nextLong()).toString()
                    : uuids.get(random.nextInt(uuids.size()));
        }

        /** A value seen under this name (or a related one), else a plain word. */
        String textFor(String name, Random random) {
            String lower = name == null ? "" : name.toLowerCase();
            for (String key :
                    List.of(lower, lower + "id", lower + "code", lower.replace("id", ""), singularOf(lower))) {
                List<String> values = byName.get(key);
                if (values != null && !values.isEmpty()) {
                    return values.get(random.nextInt(values.size()));
                }
            }
            return "fuzz " + Integer.toString(random.nextInt(1_000_000), 36);
        }

        private static String singularOf(String name) {
            return name.endsWith("s") ? name.substring(0, name.length() - 1) : name;
        }
    }
}
