package nl.werkpad.shared.api;

import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;

/** The problem types of the Werkpad API (RFC 9457), one place so every module names them alike. */
public final class Problems {

    private static final String BASE = "https://werkpad.nl/problems/";

    private Problems() {}

    public static ProblemDetail of(HttpStatusCode status, String type, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create(BASE + type));
        problem.setTitle(title);
        return problem;
    }

    public static ProblemDetail notFound(String detail) {
        return of(HttpStatus.NOT_FOUND, "not-found", "Niet gevonden", detail);
    }

    public static ProblemDetail unauthorized() {
        return of(
                HttpStatus.UNAUTHORIZED,
                "unauthorized",
                "Niet ingelogd",
                "Deze aanvraag vraagt om inloggegevens (HTTP Basic of een OIDC bearer token).");
    }

    public static ProblemDetail forbidden() {
        return of(
                HttpStatus.FORBIDDEN,
                "forbidden",
                "Geen toegang",
                "Uw rol geeft geen toegang tot deze gegevens of handeling.");
    }

    public static ProblemDetail ruleViolated(String rule, String detail) {
        ProblemDetail problem = of(HttpStatus.UNPROCESSABLE_CONTENT, "rule-violated", "Regel niet voldaan", detail);
        problem.setProperty("rule", rule);
        return problem;
    }
}
