package nl.werkpad.shared.api;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;
import tools.jackson.databind.json.JsonMapper;

/**
 * Errors under /api that no API controller answers are problem+json too (/core/error-handling), instead of the
 * HTML or Spring Boot error body: a path that matches no operation (404), a method it does not have (405), a
 * media type it does not take (415), and a URL the firewall refuses (400: an encoded slash, NUL or '%').
 * Found by the API fuzzer; the errors of the controllers themselves are {@link ApiExceptionHandler}'s.
 */
@Configuration(proxyBeanMethods = false)
class ApiErrorsOutsideControllers {

    @Bean
    HandlerExceptionResolver apiErrorsWithoutController(JsonMapper json) {
        return new Resolver(json);
    }

    @Bean
    RequestRejectedHandler apiRequestRejected(JsonMapper json) {
        return (request, response, rejected) -> {
            if (isApi(request)) {
                write(
                        json,
                        response,
                        HttpStatus.BAD_REQUEST,
                        "invalid-request",
                        "Ongeldige aanvraag",
                        "Het adres bevat tekens die niet zijn toegestaan (zoals een gecodeerde slash, % of NUL).");
            } else {
                response.sendError(HttpStatus.BAD_REQUEST.value());
            }
        };
    }

    private static boolean isApi(HttpServletRequest request) {
        return request.getRequestURI() != null && request.getRequestURI().startsWith("/api/");
    }

    private static void write(
            JsonMapper json,
            HttpServletResponse response,
            HttpStatusCode status,
            String type,
            String title,
            String detail)
            throws IOException {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "https://werkpad.nl/problems/" + type);
        body.put("title", title);
        body.put("status", status.value());
        body.put("detail", detail);
        response.setStatus(status.value());
        response.setHeader(ApiVersion.HEADER, ApiVersion.CURRENT);
        response.setContentType("application/problem+json"); // JSON is UTF-8 by definition (RFC 8259)
        response.getOutputStream().write(json.writeValueAsBytes(body));
    }

    private record Resolver(JsonMapper json) implements HandlerExceptionResolver, Ordered {

        @Override
        public ModelAndView resolveException(
                HttpServletRequest request, HttpServletResponse response, Object handler, Exception ex) {
            boolean controller = handler instanceof HandlerMethod method
                    && method.getBeanType().isAnnotationPresent(RestController.class);
            if (!isApi(request) || controller || !(ex instanceof ErrorResponse error)) {
                return null;
            }
            HttpStatusCode status = error.getStatusCode();
            boolean notFound = status.value() == 404;
            try {
                write(
                        json,
                        response,
                        status,
                        notFound ? "not-found" : "invalid-request",
                        notFound ? "Niet gevonden" : "Ongeldige aanvraag",
                        notFound
                                ? "Dit adres hoort bij geen enkele operatie van de API."
                                : error.getBody().getDetail());
            } catch (IOException e) {
                return null;
            }
            return new ModelAndView();
        }

        @Override
        public int getOrder() {
            return Ordered.HIGHEST_PRECEDENCE + 10;
        }
    }
}
