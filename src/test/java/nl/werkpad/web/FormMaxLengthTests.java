package nl.werkpad.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import nl.werkpad.shared.Limits;
import nl.werkpad.support.WerkpadTest;
import nl.werkpad.web.forms.FormTextGuard;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerExecutionChain;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every text input and textarea of every template states its maximum ({@code maxlength}), and in a form that
 * posts, that maximum is the one the server holds the field to: the {@code @Size} where the controller binds it
 * ({@code FormTextGuard} refuses anything longer, with the message next to the field).
 */
@WerkpadTest
class FormMaxLengthTests {

    private static final Path TEMPLATES = Path.of("src/main/resources/templates");
    private static final Pattern ACTION = Pattern.compile("^@\\{([^}(]*(?:\\{[^}]*}[^}(]*)*)(?:\\(.*\\))?}$");
    private static final Map<String, Integer> LIMITS = Map.of(
            "${limits.name}", Limits.NAME,
            "${limits.title}", Limits.TITLE,
            "${limits.shortText}", Limits.SHORT,
            "${limits.note}", Limits.NOTE,
            "${limits.description}", Limits.DESCRIPTION,
            "${limits.code}", Limits.CODE,
            "${limits.url}", Limits.URL);

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Test
    void everyTextFieldStatesTheMaximumTheServerHoldsItTo() throws Exception {
        List<String> problems = new ArrayList<>();
        int compared = 0;
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            for (Path file :
                    files.filter(f -> f.toString().endsWith(".html")).sorted().toList()) {
                compared += check(file, problems);
            }
        }
        assertThat(compared).as("fields compared with their server rule").isGreaterThan(40);
        assertThat(problems).as("text fields without the server's maximum").isEmpty();
    }

    private int check(Path file, List<String> problems) throws Exception {
        Document template = Jsoup.parse(Files.readString(file));
        int compared = 0;
        for (Element field : template.select("textarea, input")) {
            String type = field.attr("type").isEmpty() ? "text" : field.attr("type");
            if (field.tagName().equals("input")
                    && !List.of("text", "search", "email", "url", "tel", "password")
                            .contains(type)) {
                continue;
            }
            String name = name(field);
            String where = TEMPLATES.relativize(file) + " " + field.tagName() + " " + name;
            String stated = field.hasAttr("maxlength") ? field.attr("maxlength") : field.attr("th:maxlength");
            if (stated.isEmpty()) {
                problems.add(where + ": no maxlength");
                continue;
            }
            HandlerMethod handler = postedTo(field.closest("form"));
            FormTextGuard.Binding binding =
                    handler == null || name == null ? null : FormTextGuard.binding(handler, name);
            if (binding == null || !(binding.type() == String.class || List.class.isAssignableFrom(binding.type()))) {
                continue;
            }
            Integer value = stated.matches("\\d+") ? Integer.valueOf(stated) : LIMITS.get(stated);
            if (value == null) {
                continue;
            }
            compared++;
            if (binding.maxLength() == null) {
                problems.add(where + ": the server declares no maximum (@Size) for it at " + handler);
            } else if (binding.maxLength().intValue() != value) {
                problems.add(where + ": maxlength " + value + " but the server allows " + binding.maxLength());
            }
        }
        return compared;
    }

    private static String name(Element field) {
        if (field.hasAttr("name")) {
            return field.attr("name");
        }
        String bound = field.attr("th:field");
        return bound.matches("\\*\\{\\w+}") ? bound.substring(2, bound.length() - 1) : null;
    }

    /** The controller method a posting form goes to, when its action is a plain link expression. */
    private HandlerMethod postedTo(Element form) throws Exception {
        if (form == null || !form.attr("method").equalsIgnoreCase("post")) {
            return null;
        }
        String action = form.hasAttr("th:action") ? form.attr("th:action") : form.attr("action");
        Matcher link = ACTION.matcher(action.strip());
        String path = link.matches() ? link.group(1) : action.startsWith("/") ? action : null;
        if (path == null || path.contains("$") || path.contains("_")) {
            return null;
        }
        MockHttpServletRequest request = new MockHttpServletRequest(
                "POST", path.replaceAll("\\{[^}]*}", "00000000-0000-0000-0000-000000000001"));
        HandlerExecutionChain chain;
        try {
            chain = mappings.getHandler(request);
        } catch (HttpRequestMethodNotSupportedException handledElsewhere) {
            return null; // e.g. /logout, which Spring Security answers before any controller
        }
        return chain != null && chain.getHandler() instanceof HandlerMethod method ? method : null;
    }
}
