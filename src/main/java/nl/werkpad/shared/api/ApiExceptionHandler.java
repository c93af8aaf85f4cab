package nl.werkpad.shared.api;

import java.util.List;
import java.util.Map;
import nl.werkpad.shared.NotFound;
import nl.werkpad.shared.RuleViolation;
import nl.werkpad.shared.csv.CsvProblems;
import nl.werkpad.shared.db.DatabaseRefusal;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Turns every exception thrown by an API controller into application/problem+json. Page controllers
 * are plain {@code @Controller}s and get the HTML error page instead.
 */
@RestControllerAdvice(annotations = RestController.class)
@org.springframework.core.annotation.Order(org.springframework.core.Ordered.HIGHEST_PRECEDENCE)
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

    @ExceptionHandler(NotFound.class)
    ProblemDetail notFound(NotFound e) {
        ProblemDetail problem = Problems.notFound(e.kind() + " '" + e.id() + "' bestaat niet.");
        problem.setProperty("kind", e.kind());
        return problem;
    }

    @ExceptionHandler(RuleViolation.class)
    ProblemDetail ruleViolated(RuleViolation e) {
        ProblemDetail problem = Problems.ruleViolated(e.rule(), e.getMessage());
        e.details().forEach(problem::setProperty);
        return problem;
    }

    @ExceptionHandler(CsvProblems.class)
    ProblemDetail badImport(CsvProblems e) {
        ProblemDetail problem = Problems.of(
                HttpStatus.UNPROCESSABLE_CONTENT,
                "invalid-import",
                "Import geweigerd",
                "Het bestand bevat fouten; er is niets opgeslagen. " + e.getMessage());
        problem.setProperty(
                "errors",
                e.errors().stream()
                        .map(error -> {
                            Map<String, Object> shown = new java.util.LinkedHashMap<>();
                            shown.put("file", error.file());
                            shown.put("line", error.line());
                            if (error.column() != null) {
                                shown.put("column", error.column());
                            }
                            shown.put("message", error.message());
                            return shown;
                        })
                        .toList());
        return problem;
    }

    /** A constraint or value check the database still enforces: a conflict (409) or a broken rule (422), never a 500. */
    @ExceptionHandler(org.springframework.dao.DataIntegrityViolationException.class)
    ResponseEntity<ProblemDetail> refusedByDatabase(org.springframework.dao.DataIntegrityViolationException e) {
        var refusal = DatabaseRefusal.of(e)
                .orElse(new DatabaseRefusal(409, "db.integrity", null, "This conflicts with existing data."));
        ProblemDetail problem = refusal.status() == 409
                ? Problems.of(HttpStatus.CONFLICT, "conflict", "Conflict", refusal.message())
                : Problems.ruleViolated(refusal.rule(), refusal.message());
        problem.setProperty("rule", refusal.rule());
        if (refusal.field() != null) {
            problem.setProperty("field", refusal.field());
        }
        return ResponseEntity.status(refusal.status()).body(problem);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(
            org.springframework.http.converter.HttpMessageNotReadableException ex,
            HttpHeaders headers,
            HttpStatusCode status,
            WebRequest request) {
        UnreadableBody why = UnreadableBody.of(ex);
        ProblemDetail problem =
                Problems.of(HttpStatus.BAD_REQUEST, "invalid-request", "Ongeldige aanvraag", why.message());
        problem.setProperty("rule", why.rule());
        if (why.field() != null && !why.field().isEmpty()) {
            problem.setProperty("field", why.field());
            problem.setProperty(
                    "errors", List.of(Map.of("field", why.field(), "rule", why.rule(), "message", why.message())));
        }
        if (why.line() != null) {
            problem.setProperty("line", why.line());
            problem.setProperty("column", why.column());
        }
        return ResponseEntity.badRequest().body(problem);
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(
            org.springframework.web.method.annotation.HandlerMethodValidationException ex,
            HttpHeaders headers,
            HttpStatusCode status,
            WebRequest request) {
        ProblemDetail problem = Problems.of(
                HttpStatus.BAD_REQUEST,
                "invalid-request",
                "Ongeldige aanvraag",
                "Een of meer parameters zijn niet goed ingevuld.");
        List<Map<String, String>> errors = ex.getParameterValidationResults().stream()
                .flatMap(result -> result.getResolvableErrors().stream()
                        .map(error -> Map.of(
                                "field",
                                        String.valueOf(
                                                result.getMethodParameter().getParameterName()),
                                "message", String.valueOf(error.getDefaultMessage()))))
                .toList();
        problem.setProperty("errors", errors);
        return ResponseEntity.badRequest().body(problem);
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(
            MethodArgumentNotValidException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        ProblemDetail problem = Problems.of(
                HttpStatus.BAD_REQUEST,
                "invalid-request",
                "Ongeldige aanvraag",
                "Een of meer velden zijn niet goed ingevuld.");
        List<Map<String, String>> errors = ex.getBindingResult().getFieldErrors().stream()
                .map(error -> Map.of("field", error.getField(), "message", String.valueOf(error.getDefaultMessage())))
                .toList();
        problem.setProperty("errors", errors);
        return ResponseEntity.badRequest().body(problem);
    }
}
