package nl.werkpad.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.werkpad.fund.AccountHolder;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Finds what a person should never read: CBS area codes, enum values and message keys in the visible
 * text of a page (its title, its text and the attributes a screen reader or tooltip speaks), outside
 * elements marked as showing codes on purpose ({@code data-code}).
 */
final class VisibleCodes {

    private static final Pattern AREA = Pattern.compile("\\b(GM\\d{4}|AM\\d{2}|PV\\d{2})\\b");
    private static final Pattern UPPER_SNAKE = Pattern.compile("\\b[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+\\b");
    private static final Pattern UPPER_WORD = Pattern.compile("\\b[A-Z]{4,}\\b");
    private static final Pattern UNRESOLVED = Pattern.compile("\\?\\?[^?\\s]+\\?\\?");
    private static final Pattern DOTTED =
            Pattern.compile("(?<![\\w@/.:-])([a-z][a-zA-Z0-9]*)(\\.[a-zA-Z][a-zA-Z0-9]*)+\\b(?![.@/-]\\w)");
    /** Policy words a resident does not use; policy makers' pages may keep them. */
    private static final Pattern JARGON = Pattern.compile("(?i)\\b(motie|tranche|subsidiair)\\b");

    private static final Pattern KEBAB = Pattern.compile("(?<![\\w/.-])[a-z0-9]+(?:-[a-z0-9]+)+(?![\\w/.-])");
    /** Codes in lower case that rules keep (the fund's target groups); a person reads their names. */
    private static final Set<String> LOWER_CODES = Set.copyOf(AccountHolder.TARGET_GROUPS.stream()
            .filter(group -> group.contains("-"))
            .toList());
    /** Capitals that are words in Dutch texts, not enum values. */
    private static final Set<String> WORDS = Set.of(
            "ESCO", "ISCO", "VMBO", "HAVO", "ECTS", "NACE", "JSON", "NDJSON", "HTML"); // file formats are words too

    private static final Set<String> FILE_ENDINGS =
            Set.of("nl", "com", "org", "eu", "net", "html", "csv", "json", "pdf");

    private final Set<String> enumValues;
    private final Properties keys;
    private final Set<String> keyPrefixes;

    private VisibleCodes(Set<String> enumValues, Properties keys) {
        this.enumValues = enumValues;
        this.keys = keys;
        this.keyPrefixes = keys.stringPropertyNames().stream()
                .map(k -> k.substring(0, k.indexOf('.') < 0 ? k.length() : k.indexOf('.')))
                .collect(Collectors.toSet());
    }

    /** Knows every enum value of Werkpad's own classes and every key of the Dutch bundle. */
    static VisibleCodes ofWerkpad() throws IOException {
        Properties keys = new Properties();
        try (InputStream in = VisibleCodes.class.getClassLoader().getResourceAsStream("i18n/messages.properties")) {
            keys.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return new VisibleCodes(enumValues(Path.of("target/classes")), keys);
    }

    /** What a person reads on the page: the document with code-marked, script and style elements left out. */
    static String visibleText(Document document) {
        Document copy = document.clone();
        copy.select("script, style, template, [data-code]").remove();
        StringBuilder text = new StringBuilder(copy.title())
                .append(" | ")
                .append(copy.body() == null ? "" : copy.body().text());
        for (Element element : copy.select(
                "[title], [alt], [placeholder], [aria-label], input[type=submit][value], input[type=button][value]")) {
            for (String attribute : List.of("title", "alt", "placeholder", "aria-label", "value")) {
                if (element.hasAttr(attribute)
                        && (!attribute.equals("value") || element.tagName().equals("input"))) {
                    text.append(" | ").append(element.attr(attribute));
                }
            }
        }
        return text.toString();
    }

    /** Every offending piece of the text, each with a little of what surrounds it. */
    List<String> find(String text) {
        List<String> found = new ArrayList<>();
        collect(AREA.matcher(text), text, found, m -> true);
        collect(UPPER_SNAKE.matcher(text), text, found, m -> true);
        collect(UPPER_WORD.matcher(text), text, found, m -> enumValues.contains(m) && !WORDS.contains(m));
        collect(UNRESOLVED.matcher(text), text, found, m -> true);
        collect(KEBAB.matcher(text), text, found, LOWER_CODES::contains);
        collect(
                DOTTED.matcher(text),
                text,
                found,
                m -> keys.containsKey(m)
                        || keyPrefixes.contains(m.substring(0, m.indexOf('.')))
                                && !FILE_ENDINGS.contains(m.substring(m.lastIndexOf('.') + 1)));
        return found;
    }

    /** Policy jargon in a text meant for residents. */
    List<String> findJargon(String text) {
        List<String> found = new ArrayList<>();
        collect(JARGON.matcher(text), text, found, m -> true);
        return found;
    }

    private static void collect(Matcher matcher, String text, List<String> found, Predicate<String> offends) {
        while (matcher.find()) {
            if (offends.test(matcher.group())) {
                int from = Math.max(0, matcher.start() - 40);
                int to = Math.min(text.length(), matcher.end() + 40);
                found.add("'" + matcher.group() + "' in \"…"
                        + text.substring(from, to).replaceAll("\\s+", " ") + "…\"");
            }
        }
    }

    private static Set<String> enumValues(Path classes) throws IOException {
        Set<String> values = new TreeSet<>();
        try (Stream<Path> files = Files.walk(classes)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name =
                        classes.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
                try {
                    Class<?> type = Class.forName(name, false, VisibleCodes.class.getClassLoader());
                    if (type.isEnum()) {
                        for (Object constant : type.getEnumConstants()) {
                            values.add(((Enum<?>) constant).name());
                        }
                    }
                } catch (ClassNotFoundException | LinkageError e) {
                    // a class that does not load is not an enum the pages show
                }
            }
        }
        return values;
    }
}
