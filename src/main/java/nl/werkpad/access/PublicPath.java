package nl.werkpad.access;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpMethod;

/**
 * A page or API path that anyone may use without logging in. Modules declare theirs as beans
 * (e.g. the occupation browser, or trying a match); everything else needs a log-in.
 *
 * @param method the HTTP method, or null for any
 * @param pattern an Ant-style path pattern such as {@code /beroepen/**}
 */
public record PublicPath(@Nullable HttpMethod method, String pattern) {

    public static PublicPath get(String pattern) {
        return new PublicPath(HttpMethod.GET, pattern);
    }

    public static PublicPath any(String pattern) {
        return new PublicPath(null, pattern);
    }
}
