package nl.werkpad.web.layout;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import nl.werkpad.shared.Limits;
import nl.werkpad.web.NavigationContributor;
import nl.werkpad.web.NavigationItem;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What the layout of every page needs: the navigation the visitor may see, who is logged in, where we are. */
@ControllerAdvice(annotations = Controller.class)
class LayoutModel {

    private final List<NavigationContributor> contributors;

    LayoutModel(List<NavigationContributor> contributors) {
        this.contributors = contributors;
    }

    /** The stated maxima of text fields, for {@code th:maxlength} on every form (the same numbers the server checks). */
    record TextLimits(int name, int title, int shortText, int note, int description, int code, int url) {}

    private static final TextLimits LIMITS = new TextLimits(
            Limits.NAME, Limits.TITLE, Limits.SHORT, Limits.NOTE, Limits.DESCRIPTION, Limits.CODE, Limits.URL);

    @ModelAttribute("limits")
    TextLimits limits() {
        return LIMITS;
    }

    @ModelAttribute("navigation")
    List<NavigationItem> navigation() {
        Authentication authentication = signedIn();
        Set<String> authorities = authentication == null
                ? Set.of()
                : authentication.getAuthorities().stream()
                        .map(GrantedAuthority::getAuthority)
                        .collect(Collectors.toSet());
        return contributors.stream()
                .flatMap(contributor -> contributor.navigationItems().stream())
                .filter(item -> item.visibleTo(authentication != null, authorities))
                .sorted(Comparator.comparingInt(NavigationItem::order))
                .toList();
    }

    @ModelAttribute("signedInName")
    String signedInName() {
        Authentication authentication = signedIn();
        return authentication == null ? null : authentication.getName();
    }

    @ModelAttribute("currentPath")
    String currentPath(HttpServletRequest request) {
        return request.getRequestURI();
    }

    private static Authentication signedIn() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null
                || authentication instanceof AnonymousAuthenticationToken
                || !authentication.isAuthenticated()) {
            return null;
        }
        return authentication;
    }
}
