package nl.werkpad.access.security;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import nl.werkpad.shared.api.Problems;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import tools.jackson.databind.json.JsonMapper;

/** 401 and 403 for API callers as application/problem+json, like every other API error. */
final class ProblemResponses {

    private final JsonMapper json;
    private final boolean basic;

    ProblemResponses(JsonMapper json, boolean basic) {
        this.json = json;
        this.basic = basic;
    }

    AuthenticationEntryPoint entryPoint() {
        return (request, response, e) -> {
            if (basic) {
                response.setHeader("WWW-Authenticate", "Basic realm=\"Werkpad\", charset=\"UTF-8\"");
            } else {
                response.setHeader("WWW-Authenticate", "Bearer");
            }
            write(response, Problems.unauthorized());
        };
    }

    AccessDeniedHandler accessDenied() {
        return (request, response, e) -> write(response, Problems.forbidden());
    }

    void write(HttpServletResponse response, ProblemDetail problem) throws IOException {
        response.setStatus(problem.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(response.getOutputStream(), problem);
    }
}
