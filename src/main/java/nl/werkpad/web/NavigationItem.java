package nl.werkpad.web;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One link in the main navigation.
 *
 * @param order       position, low first
 * @param messageKey  the label's key in the message bundles
 * @param href        where it leads
 * @param authorities who sees it: empty for anyone logged in, {@link #EVERYONE} for every visitor, else
 *                    anyone with one of these (e.g. {@code ROLE_ADVISEUR})
 */
public record NavigationItem(int order, String messageKey, String href, Set<String> authorities) {

    public static final String EVERYONE = "*";

    public static NavigationItem forEveryone(int order, String messageKey, String href) {
        return new NavigationItem(order, messageKey, href, Set.of(EVERYONE));
    }

    public boolean visibleTo(boolean signedIn, Set<String> granted) {
        if (authorities.contains(EVERYONE)) {
            return true;
        }
        return signedIn && (authorities.isEmpty() || authorities.stream().anyMatch(granted::contains));
    }

    public static NavigationItem forSignedIn(int order, String messageKey, String href) {
        return new NavigationItem(order, messageKey, href, Set.of());
    }

    public static NavigationItem forRoles(int order, String messageKey, String href, String... roles) {
        return new NavigationItem(
                order,
                messageKey,
                href,
                Arrays.stream(roles).map(role -> "ROLE_" + role).collect(Collectors.toSet()));
    }
}
