package nl.werkpad.web;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.StringJoiner;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Visits every page a visitor can reach from where they start, as a browser would: links, htmx
 * {@code hx-get} targets, redirects and GET forms sent with their default values. Pages of one shape
 * ({@code /beroepen/{id}}) are visited a few times, not thousands, so a crawl stays in seconds.
 */
final class PageCrawler {

    /** A page as fetched: where, the HTTP status and, for HTML, the parsed document. */
    record Page(String url, int status, Document document) {}

    private static final int PAGES_PER_SHAPE = 2;
    private static final int MAX_PAGES = 300;
    private static final Pattern ID_SEGMENT = Pattern.compile(
            "[0-9a-fA-F]{8}-[0-9a-fA-F-]{27}|\\d+|[0-9a-f]{8,}|local-.*|GM\\d{4}|AM\\d{2}|PV\\d{2}|[A-Za-z0-9_-]*\\d[A-Za-z0-9_-]*");
    /** Not pages a person reads in the page layout: files, the API, exits and language switches. */
    private static final Pattern SKIP = Pattern.compile(
            "^/(api|actuator|css|js|img|webjars|favicon|logout|login|h2|error)(/.*|\\?.*)?$|\\.(csv|json|js|css|png|svg|ico|pdf|zip)(\\?.*)?$"
                    + "|[?&](lang|format)=|/(export|download)(\\?.*)?$");

    private final MockMvc mvc;
    private final MockHttpSession session;

    PageCrawler(MockMvc mvc, MockHttpSession session) {
        this.mvc = mvc;
        this.session = session;
    }

    /** The pages reachable from the start addresses, in Dutch. */
    List<Page> crawl(List<String> start) throws Exception {
        Deque<String> queue = new ArrayDeque<>(start);
        Set<String> seen = new LinkedHashSet<>(start);
        Map<String, Integer> shapes = new HashMap<>();
        List<Page> pages = new ArrayList<>();
        while (!queue.isEmpty() && pages.size() < MAX_PAGES) {
            String url = queue.poll();
            Page page = fetch(url, "nl");
            pages.add(page);
            for (String next : next(page)) {
                if (seen.add(next) && shapes.merge(shape(next), 1, Integer::sum) <= PAGES_PER_SHAPE) {
                    queue.add(next);
                }
            }
        }
        return pages;
    }

    Page fetch(String url, String language) throws Exception {
        var request = get(URI.create(url)).accept("text/html").cookie(new Cookie("WERKPAD_LANG", language));
        if (session != null) {
            request.session(session);
        }
        MockHttpServletResponse response;
        try {
            response = mvc.perform(request).andReturn().getResponse();
        } catch (ServletException e) {
            // an exception no handler turned into a page: the browser would get a server error
            return new Page(url + " (" + e.getRootCause() + ")", 500, null);
        }
        String type = response.getContentType();
        Document document = type != null && type.startsWith("text/html")
                ? Jsoup.parse(response.getContentAsString(StandardCharsets.UTF_8), "http://localhost" + url)
                : null;
        if (response.getStatus() / 100 == 3 && response.getRedirectedUrl() != null) {
            document = Jsoup.parse("<a href=\"" + response.getRedirectedUrl() + "\"></a>", "http://localhost" + url);
        }
        return new Page(url, response.getStatus(), document);
    }

    private static List<String> next(Page page) {
        if (page.document() == null) {
            return List.of();
        }
        List<String> urls = new ArrayList<>();
        for (Element link : page.document().select("a[href], [hx-get]")) {
            String href = link.hasAttr("hx-get") ? link.absUrl("hx-get") : link.absUrl("href");
            internal(href).ifPresent(urls::add);
        }
        for (Element form : page.document().select("form")) {
            if (form.attr("method").isBlank() || form.attr("method").equalsIgnoreCase("get")) {
                internal(form.absUrl("action").isBlank() ? page.document().location() : form.absUrl("action"))
                        .map(action -> withDefaults(action, form))
                        .ifPresent(urls::add);
            }
        }
        return urls;
    }

    /** The form as sent without changes: its fields with their default values. */
    private static String withDefaults(String action, Element form) {
        StringJoiner query = new StringJoiner("&");
        for (Element field : form.select("input[name], select[name]")) {
            String type = field.attr("type");
            if (type.equals("submit")
                    || type.equals("button")
                    || type.equals("file")
                    || ((type.equals("radio") || type.equals("checkbox")) && !field.hasAttr("checked"))) {
                continue;
            }
            String value = field.tagName().equals("select") ? selected(field) : field.attr("value");
            query.add(encode(field.attr("name")) + "=" + encode(value));
        }
        String path = action.contains("?") ? action.substring(0, action.indexOf('?')) : action;
        return query.length() == 0 ? path : path + "?" + query;
    }

    private static String selected(Element select) {
        Element option = select.selectFirst("option[selected]");
        option = option != null ? option : select.selectFirst("option");
        return option == null ? "" : option.hasAttr("value") ? option.attr("value") : option.text();
    }

    private static Optional<String> internal(String absolute) {
        if (!absolute.startsWith("http://localhost/")) {
            return Optional.empty();
        }
        String url = absolute.substring("http://localhost".length());
        int hash = url.indexOf('#');
        url = hash >= 0 ? url.substring(0, hash) : url;
        return SKIP.matcher(url).find() ? Optional.empty() : Optional.of(url);
    }

    /** The page's shape: the path with its ids replaced and the names (not values) of its parameters. */
    static String shape(String url) {
        String path = url.contains("?") ? url.substring(0, url.indexOf('?')) : url;
        StringBuilder shape = new StringBuilder();
        for (String segment : path.split("/")) {
            if (!segment.isEmpty()) {
                shape.append('/')
                        .append(
                                ID_SEGMENT
                                                .matcher(URLDecoder.decode(segment, StandardCharsets.UTF_8))
                                                .matches()
                                        ? "{id}"
                                        : segment);
            }
        }
        if (url.contains("?")) {
            shape.append('?');
            Arrays.stream(url.substring(url.indexOf('?') + 1).split("&"))
                    .map(p -> p.contains("=") ? p.substring(0, p.indexOf('=')) : p)
                    .sorted()
                    .distinct()
                    .forEach(name -> shape.append(name).append('&'));
        }
        return shape.toString();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
