package nl.werkpad.access.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import nl.werkpad.shared.api.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A person logged in with a one-time password may do nothing but choose their own password:
 * pages redirect to the password form, API calls get a 403 problem.
 */
final class PasswordChangeRequiredFilter extends OncePerRequestFilter {

    static final String PASSWORD_PAGE = "/account/password";
    private final ProblemResponses problems;

    PasswordChangeRequiredFilter(ProblemResponses problems) {
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        boolean mustChange = authentication != null
                && authentication.getPrincipal() instanceof LocalUser user
                && user.mustChangePassword();
        String path = request.getRequestURI();
        if (!mustChange || allowed(path)) {
            chain.doFilter(request, response);
        } else if (path.startsWith("/api/")) {
            problems.write(
                    response,
                    Problems.of(
                            HttpStatus.FORBIDDEN,
                            "password-change-required",
                            "Wachtwoord wijzigen",
                            "Kies eerst een eigen wachtwoord op " + PASSWORD_PAGE + "."));
        } else {
            response.sendRedirect(request.getContextPath() + PASSWORD_PAGE);
        }
    }

    private static boolean allowed(String path) {
        return path.equals(PASSWORD_PAGE)
                || path.equals("/logout")
                || path.startsWith("/css/")
                || path.startsWith("/js/")
                || path.startsWith("/webjars/")
                || path.equals("/error");
    }
}
