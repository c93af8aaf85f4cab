package nl.werkpad.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import nl.werkpad.passport.LabourMarketStatus;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

/** Counts agree with their nouns, lists read as sentences and every enum label exists in both languages. */
class WordingTests {

    private static final Locale DUTCH = Locale.forLanguageTag("nl");
    private static final Pattern BARE_COUNT = Pattern.compile("\\{(\\d)(,number[^}]*)?}\\s+(\\p{L}[\\p{L}']*)");
    /** Words after a count that are not plural nouns. */
    private static final Set<String> NOT_NOUNS =
            Set.of("en", "of", "per", "opgeslagen", "is", "was", "has", "as", "needs", "uur", "km");

    private final ResourceBundleMessageSource messages = bundle();

    @Test
    void aCountOfOneTakesTheSingular() {
        assertThat(messages.getMessage("plan.summary", new Object[] {1, 1, "90,00", 40}, DUTCH))
                .contains("1 essentiële vaardigheid.", "met 1 opleiding kost");
        assertThat(messages.getMessage("plan.summary", new Object[] {2, 3, "90,00", 40}, DUTCH))
                .contains("2 essentiële vaardigheden.", "met 3 opleidingen kost");
        assertThat(messages.getMessage("plan.summary", new Object[] {1, 1, "90,00", 1}, Locale.ENGLISH))
                .contains("1 essential skill.", "of 1 training costs", "1 hour in all");
        assertThat(messages.getMessage("routes.planLine", new Object[] {1, "10,00", 1}, DUTCH))
                .isEqualTo("Opleidingsplan: 1 opleiding, € 10,00; 1 vaardigheid zonder opleiding in de buurt");
        assertThat(messages.getMessage("plan.unlocks", new Object[] {1, 70, 2, 3}, DUTCH))
                .startsWith("Met dit plan wordt 1 vacature binnen");
        assertThat(messages.getMessage("caseload.caption", new Object[] {1}, DUTCH))
                .isEqualTo("1 persoon");
        assertThat(messages.getMessage("caseload.caption", new Object[] {0}, DUTCH))
                .isEqualTo("0 mensen");
        assertThat(messages.getMessage("caseload.days", new Object[] {1L}, Locale.ENGLISH))
                .isEqualTo("1 day");
        assertThat(messages.getMessage("search.results", new Object[] {1500, "las"}, DUTCH))
                .startsWith("1.500 resultaten");
    }

    @Test
    void everyCountInTheBundlesChoosesBetweenSingularAndPlural() throws IOException {
        List<String> problems = new ArrayList<>();
        for (String bundle : List.of("i18n/messages.properties", "i18n/messages_en.properties")) {
            Properties properties = load(bundle);
            for (String key : properties.stringPropertyNames()) {
                Matcher count = BARE_COUNT.matcher(withoutChoices(properties.getProperty(key)));
                while (count.find()) {
                    String word = count.group(3);
                    boolean plural = bundle.endsWith("_en.properties") ? word.endsWith("s") : word.matches(".*(en|s)");
                    if (plural && !NOT_NOUNS.contains(word)) {
                        problems.add(
                                bundle + " " + key + ": '{" + count.group(1) + "} " + word + "' has no singular for 1");
                    }
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void everyEnumWithLabelsHasALabelForEachValueInBothLanguages() throws IOException {
        Properties dutch = load("i18n/messages.properties");
        Properties english = load("i18n/messages_en.properties");
        List<String> missing = new ArrayList<>();
        Set<String> types = new TreeSet<>();
        dutch.stringPropertyNames().stream()
                .filter(k -> k.startsWith("enum."))
                .forEach(k -> types.add(k.split("\\.")[1]));
        for (String type : types) {
            Class<?> enumType = enumNamed(type)
                    .orElseThrow(() -> new AssertionError("no enum " + type + " for the keys enum." + type));
            for (Object value : enumType.getEnumConstants()) {
                String key = "enum." + type + "." + ((Enum<?>) value).name();
                if (!dutch.containsKey(key) || !english.containsKey(key)) {
                    missing.add(key);
                }
            }
        }
        assertThat(types).isNotEmpty();
        assertThat(missing).isEmpty();
    }

    @Test
    void listsReadAsASentence() {
        NameVocabulary areas = new NameVocabulary() {
            @Override
            public String kind() {
                return "area";
            }

            @Override
            public Optional<String> name(String code, Locale locale) {
                return Optional.ofNullable(Map.of("GM0361", "Alkmaar", "GM0399", "Heiloo", "PV27", "Noord-Holland")
                        .get(code));
            }
        };
        Names names = new Names(List.of(areas), messages);
        assertThat(names.list("area", List.of("GM0361", "GM0399", "PV27"), DUTCH))
                .isEqualTo("Alkmaar, Heiloo en Noord-Holland");
        assertThat(names.anyOf("area", List.of("GM0361", "GM0399"), Locale.ENGLISH))
                .isEqualTo("Alkmaar or Heiloo");
        assertThat(names.join(List.of("Bouwarbeiders, m.u.v. elektriciens", "Metaalarbeiders"), DUTCH))
                .isEqualTo("Bouwarbeiders, m.u.v. elektriciens en Metaalarbeiders");
        assertThat(names.join(
                        List.of("Wetenschappers", "Bouwarbeiders, m.u.v. elektriciens", "Metaalarbeiders"), DUTCH))
                .isEqualTo("Wetenschappers; Bouwarbeiders, m.u.v. elektriciens en Metaalarbeiders");
        assertThat(names.of("area", "GM9999", DUTCH))
                .as("a code nobody can name stays visible for the page guard")
                .isEqualTo("GM9999");
        assertThat(names.label(LabourMarketStatus.JOB_SEEKER, DUTCH)).isEqualTo("werkzoekend");
        assertThat(names.label(LabourMarketStatus.JOB_SEEKER, Locale.ENGLISH)).isEqualTo("looking for work");
    }

    /** The pattern with every {n,choice,…} argument taken out (they may nest other arguments). */
    private static String withoutChoices(String pattern) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < pattern.length()) {
            int start = pattern.indexOf(",choice,", i);
            if (start < 0) {
                out.append(pattern.substring(i));
                break;
            }
            int open = pattern.lastIndexOf('{', start);
            out.append(pattern, i, open);
            int depth = 0;
            int j = open;
            do {
                depth += pattern.charAt(j) == '{' ? 1 : pattern.charAt(j) == '}' ? -1 : 0;
                j++;
            } while (depth > 0 && j < pattern.length());
            i = j;
        }
        return out.toString();
    }

    private static Optional<Class<?>> enumNamed(String simpleName) throws IOException {
        Path classes = Path.of("target/classes");
        try (Stream<Path> files = Files.walk(classes)) {
            return files.filter(f -> f.getFileName().toString().equals(simpleName + ".class"))
                    .map(f -> classes.relativize(f).toString().replace('/', '.').replaceAll("\\.class$", ""))
                    .<Class<?>>map(name -> {
                        try {
                            return Class.forName(name);
                        } catch (ClassNotFoundException e) {
                            return null;
                        }
                    })
                    .filter(c -> c != null && c.isEnum())
                    .findFirst();
        }
    }

    private static ResourceBundleMessageSource bundle() {
        // as application.properties configures Spring's message source
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasename("i18n/messages");
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        return source;
    }

    private static Properties load(String resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = WordingTests.class.getClassLoader().getResourceAsStream(resource)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
