package nl.werkpad.vacancies.formats;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jsoup.Jsoup;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * Splits what arrives into JobPostings, each with its place in the input: one JSON object, an array, an
 * {@code ItemList} (items inline or as {@code ListItem.item}), a {@code @graph}, NDJSON (one object a line), or an
 * HTML page with {@code <script type="application/ld+json">} blocks (read with jsoup, other types on the page
 * skipped). What cannot be read is reported with its place; the rest is still read.
 */
public final class JobPostingReader {

    /** The most bytes one upload, API call or feed may carry. */
    public static final int MAX_BYTES = 50 * 1024 * 1024;
    /** The most JobPostings one input may carry. */
    public static final int MAX_ITEMS = 20_000;

    private JobPostingReader() {}

    /** One posting found, with its 1-based number in the input. */
    public record Item(int number, JsonNode posting) {}

    /** Something in the input that is no JobPosting Werkpad can read, with its 1-based number (0: the whole input). */
    public record Unreadable(int number, String rule, String reason) {}

    public enum Shape {
        JSON,
        NDJSON,
        HTML
    }

    public record Read(Shape shape, List<Item> items, List<Unreadable> unreadable) {
        public boolean readNothing() {
            return items.isEmpty() && !unreadable.isEmpty();
        }
    }

    public static Read read(byte[] body) {
        List<Item> items = new ArrayList<>();
        List<Unreadable> unreadable = new ArrayList<>();
        if (body.length > MAX_BYTES) {
            unreadable.add(new Unreadable(
                    0, "vacancy.import.too-large", "The input is larger than " + MAX_BYTES / 1024 / 1024 + " MB"));
            return new Read(Shape.JSON, items, unreadable);
        }
        String text = new String(body, StandardCharsets.UTF_8).strip();
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        if (text.startsWith("<")) {
            var blocks = Jsoup.parse(text).select("script[type=application/ld+json]");
            if (blocks.isEmpty()) {
                unreadable.add(new Unreadable(0, "vacancy.import.no-json-ld", "The HTML page has no JSON-LD block"));
            }
            for (var block : blocks) {
                try {
                    collect(JobPostingJsonLd.JSON.readTree(block.data()), items, unreadable, true);
                } catch (JacksonException e) {
                    unreadable.add(new Unreadable(
                            items.size() + unreadable.size() + 1,
                            "vacancy.import.json-invalid",
                            "A JSON-LD block is not valid JSON: " + e.getOriginalMessage()));
                }
            }
            return new Read(Shape.HTML, limited(items, unreadable), unreadable);
        }
        try {
            collect(JobPostingJsonLd.JSON.readTree(text), items, unreadable, false);
            return new Read(Shape.JSON, limited(items, unreadable), unreadable);
        } catch (JacksonException whole) {
            if (!text.startsWith("{") || text.indexOf('\n') < 0 || !firstLineIsJson(text)) {
                unreadable.add(new Unreadable(
                        0,
                        "vacancy.import.json-invalid",
                        "The input is not valid JSON: " + whole.getOriginalMessage()));
                return new Read(Shape.JSON, items, unreadable);
            }
        }
        int line = 0;
        // lines by hand: String.split with the pattern \r?\n took most of a second for 10 MB, the parsing a tenth
        for (int from = 0; from <= text.length(); ) {
            int end = text.indexOf('\n', from);
            if (end < 0) {
                end = text.length();
            }
            String row = text.substring(from, end > from && text.charAt(end - 1) == '\r' ? end - 1 : end);
            from = end + 1;
            line++;
            if (row.isBlank()) {
                continue;
            }
            try {
                JsonNode node = JobPostingJsonLd.JSON.readTree(row);
                if (isPosting(node)) {
                    items.add(new Item(line, node));
                } else {
                    unreadable.add(new Unreadable(
                            line, "vacancy.import.not-a-job-posting", "Line " + line + " is no JobPosting"));
                }
            } catch (JacksonException e) {
                unreadable.add(new Unreadable(
                        line,
                        "vacancy.import.json-invalid",
                        "Line " + line + " is not valid JSON: " + e.getOriginalMessage()));
            }
        }
        return new Read(Shape.NDJSON, limited(items, unreadable), unreadable);
    }

    private static boolean firstLineIsJson(String text) {
        try {
            JobPostingJsonLd.JSON.readTree(text.substring(0, text.indexOf('\n')));
            return true;
        } catch (JacksonException e) {
            return false;
        }
    }

    private static List<Item> limited(List<Item> items, List<Unreadable> unreadable) {
        if (items.size() <= MAX_ITEMS) {
            return items;
        }
        unreadable.add(
                new Unreadable(0, "vacancy.import.too-many", "More than " + MAX_ITEMS + " JobPostings in one input"));
        return List.of();
    }

    private static void collect(JsonNode node, List<Item> items, List<Unreadable> unreadable, boolean skipOthers) {
        if (node.isArray()) {
            node.forEach(n -> collect(n, items, unreadable, skipOthers));
        } else if (node.isObject() && node.has("@graph")) {
            collect(node.get("@graph"), items, unreadable, skipOthers);
        } else if (isType(node, "ItemList")) {
            node.path("itemListElement")
                    .forEach(element -> collect(
                            isType(element, "ListItem") && element.has("item") ? element.get("item") : element,
                            items,
                            unreadable,
                            skipOthers));
        } else if (isPosting(node)) {
            items.add(new Item(items.size() + unreadable.size() + 1, node));
        } else if (!skipOthers) {
            unreadable.add(new Unreadable(
                    items.size() + unreadable.size() + 1,
                    "vacancy.import.not-a-job-posting",
                    "Item " + (items.size() + unreadable.size() + 1) + " is no JobPosting (@type "
                            + node.path("@type").asString("missing") + ")"));
        }
    }

    static boolean isPosting(JsonNode node) {
        return isType(node, "JobPosting");
    }

    private static boolean isType(JsonNode node, String type) {
        if (!node.isObject()) {
            return false;
        }
        JsonNode t = node.path("@type");
        if (t.isArray()) {
            for (JsonNode each : t) {
                if (matches(each.asString(""), type)) {
                    return true;
                }
            }
            return false;
        }
        return matches(t.asString(""), type);
    }

    private static boolean matches(String value, String type) {
        String v = value.toLowerCase(Locale.ROOT);
        return v.equals(type.toLowerCase(Locale.ROOT))
                || v.endsWith("/" + type.toLowerCase(Locale.ROOT))
                || v.endsWith(":" + type.toLowerCase(Locale.ROOT));
    }
}
