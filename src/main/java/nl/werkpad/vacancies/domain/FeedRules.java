package nl.werkpad.vacancies.domain;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Map.Entry;
import nl.werkpad.shared.Decision;

/** What a feed an administrator registers must be: a name, and an absolute HTTP(S) URL with a host. */
public final class FeedRules {

    private FeedRules() {}

    /** Every broken rule, each with the field it belongs to as the first part of the pair. */
    public static List<Entry<String, Decision.Rejected>> check(String name, String url) {
        List<Entry<String, Decision.Rejected>> problems = new ArrayList<>();
        if (name == null || name.isBlank() || name.length() > 200) {
            problems.add(Map.entry(
                    "name", new Decision.Rejected("vacancy.feed.name-required", "A name of 1 to 200 characters")));
        }
        if (!httpUrl(url)) {
            problems.add(Map.entry(
                    "url", new Decision.Rejected("vacancy.feed.url-invalid", "An absolute http:// or https:// URL")));
        }
        return problems;
    }

    static boolean httpUrl(String url) {
        if (url == null || url.isBlank() || url.length() > 2000) {
            return false;
        }
        try {
            URI uri = new URI(url.strip());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https"))
                    && uri.getHost() != null
                    && !uri.getHost().isBlank();
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
