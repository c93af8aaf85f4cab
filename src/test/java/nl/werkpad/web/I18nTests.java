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
import java.util.Properties;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** No text written into templates: every word a person reads comes from the Dutch and English bundles. */
class I18nTests {

    private static final Path TEMPLATES = Path.of("src/main/resources/templates");
    private static final Pattern COMMENT = Pattern.compile("<!--.*?-->", Pattern.DOTALL);
    private static final Pattern TAG = Pattern.compile("<[^>]*>", Pattern.DOTALL);
    private static final Pattern WORD = Pattern.compile("\\p{L}{2,}");
    private static final Pattern LITERAL_TEXT_ATTRIBUTE =
            Pattern.compile("\\s(alt|title|placeholder|aria-label)=\"[^\"$#@*{]*\\p{L}{2,}[^\"]*\"");

    @Test
    void templatesHaveNoHardCodedText() throws IOException {
        List<String> problems = new ArrayList<>();
        for (Path template : templates()) {
            String html = COMMENT.matcher(Files.readString(template)).replaceAll("");
            String text = TAG.matcher(html).replaceAll(" ");
            var words = WORD.matcher(text);
            if (words.find()) {
                problems.add(template + ": text '" + words.group() + "' outside a message key");
            }
            var attribute = LITERAL_TEXT_ATTRIBUTE.matcher(html);
            if (attribute.find()) {
                problems.add(template + ": literal text in attribute "
                        + attribute.group().trim());
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void dutchAndEnglishBundlesHaveTheSameKeys() throws IOException {
        Properties dutch = load("i18n/messages.properties");
        Properties english = load("i18n/messages_en.properties");
        assertThat(english.stringPropertyNames()).isEqualTo(dutch.stringPropertyNames());
    }

    @Test
    void everyMessageKeyUsedInATemplateExistsInDutch() throws IOException {
        Properties dutch = load("i18n/messages.properties");
        Pattern key = Pattern.compile("#\\{([a-zA-Z0-9._-]+)[}(]");
        List<String> missing = new ArrayList<>();
        for (Path template : templates()) {
            var matcher =
                    key.matcher(COMMENT.matcher(Files.readString(template)).replaceAll(""));
            while (matcher.find()) {
                if (!dutch.containsKey(matcher.group(1))) {
                    missing.add(template.getFileName() + ": " + matcher.group(1));
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    private static List<Path> templates() throws IOException {
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            return files.filter(f -> f.toString().endsWith(".html")).toList();
        }
    }

    private static Properties load(String resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = I18nTests.class.getClassLoader().getResourceAsStream(resource)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
