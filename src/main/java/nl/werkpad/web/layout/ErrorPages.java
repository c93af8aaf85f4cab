package nl.werkpad.web.layout;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import nl.werkpad.shared.api.Problems;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * Every error that no controller handled: a problem+json document for API paths, a page in the
 * visitor's language for everything else. Never a stack trace.
 */
@Controller
class ErrorPages implements ErrorController {

    @RequestMapping(value = "/error", produces = MediaType.TEXT_HTML_VALUE)
    String page(HttpServletRequest request, HttpServletResponse response, Model model) {
        HttpStatus status = status(request);
        if (isApi(request)) {
            return "forward:/error/problem";
        }
        response.setStatus(status.value());
        model.addAttribute("status", status.value());
        model.addAttribute("messageKey", messageKey(status));
        return "web/error";
    }

    @RequestMapping("/error")
    ResponseEntity<ProblemDetail> problem(HttpServletRequest request) {
        HttpStatus status = status(request);
        ProblemDetail problem =
                switch (status) {
                    case NOT_FOUND ->
                        Problems.notFound(
                                "Dit adres bestaat niet: " + request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI));
                    case UNAUTHORIZED -> Problems.unauthorized();
                    case FORBIDDEN -> Problems.forbidden();
                    default ->
                        Problems.of(
                                status,
                                status.is4xxClientError() ? "invalid-request" : "server-error",
                                status.getReasonPhrase(),
                                status.is4xxClientError()
                                        ? "De aanvraag kon niet worden verwerkt."
                                        : "Er ging iets mis aan onze kant. Probeer het later opnieuw.");
                };
        return ResponseEntity.status(status)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }

    @RequestMapping("/error/problem")
    ResponseEntity<ProblemDetail> forwardedProblem(HttpServletRequest request) {
        return problem(request);
    }

    /** Any method: a page form posted without its CSRF token is forwarded here as a POST and must get 403, not 405. */
    @RequestMapping("/error/403")
    String forbidden(HttpServletResponse response, Model model) {
        response.setStatus(HttpStatus.FORBIDDEN.value());
        model.addAttribute("status", 403);
        model.addAttribute("messageKey", messageKey(HttpStatus.FORBIDDEN));
        return "web/error";
    }

    private static boolean isApi(HttpServletRequest request) {
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        return uri != null && uri.toString().startsWith("/api/");
    }

    private static HttpStatus status(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        HttpStatus status = code == null ? null : HttpStatus.resolve(Integer.parseInt(code.toString()));
        return status == null ? HttpStatus.INTERNAL_SERVER_ERROR : status;
    }

    private static String messageKey(HttpStatus status) {
        return switch (status) {
            case NOT_FOUND -> "error.notFound";
            case FORBIDDEN -> "error.forbidden";
            case UNAUTHORIZED -> "error.unauthorized";
            case TOO_MANY_REQUESTS -> "error.tooMany";
            default -> status.is4xxClientError() ? "error.badRequest" : "error.server";
        };
    }
}
