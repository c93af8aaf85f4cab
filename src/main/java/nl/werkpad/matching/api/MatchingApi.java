package nl.werkpad.matching.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import nl.werkpad.access.PublicPath;
import nl.werkpad.access.SignedInUser;
import nl.werkpad.matching.Candidate;
import nl.werkpad.matching.Match;
import nl.werkpad.matching.Matching;
import nl.werkpad.matching.Route;
import nl.werkpad.matching.TrainingPlan;
import nl.werkpad.shared.InvalidInput;
import nl.werkpad.shared.Limits;
import nl.werkpad.shared.RuleViolation;
import nl.werkpad.vacancies.VacancyKind;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Matching: trying it without an account, a person's matches, a vacancy's consented candidates, training
 * plans, routes to other occupations and contact requests.
 */
@RestController
class MatchingApi {

    /** What anyone may ask: skills (ESCO URIs or ids), a municipality (GMxxxx), a radius and how many results. */
    record TryRequest(
            List<@Size(max = Limits.CODE) String> skills,
            @Size(max = Limits.CODE) String municipality,
            Integer radiusKm,
            Integer limit,
            Set<VacancyKind> kinds) {}

    record Matches(List<Match> results) {}

    record Candidates(List<Candidate> results) {}

    record Routes(List<Route> results) {}

    record RoutesInto(List<Matching.RouteInto> results) {}

    record ContactAsk(@Size(max = Limits.NOTE) String message) {}

    record ContactAnswer(
            boolean accept,
            @Size(max = Limits.NAME) String name,
            @Size(max = Limits.SHORT) String contact) {}

    private final Matching matching;
    private final TryLimiter limiter;

    MatchingApi(Matching matching, TryLimiter limiter) {
        this.matching = matching;
        this.limiter = limiter;
    }

    @Bean
    static PublicPath tryingMatchesIsPublic() {
        return new PublicPath(HttpMethod.POST, "/api/v1/matches");
    }

    @Bean
    static PublicPath occupationRoutesArePublic() {
        return PublicPath.get("/api/v1/occupations/*/transitions");
    }

    @Bean
    static PublicPath occupationRoutesIntoArePublic() {
        return PublicPath.get("/api/v1/occupations/*/transitions-into");
    }

    @Bean
    static PublicPath matchingStatusIsPublic() {
        return PublicPath.get("/api/v1/matching/status");
    }

    @PostMapping("/api/v1/matches")
    @Operation(
            summary =
                    "Proberen zonder account: vacatures bij vaardigheden en een gemeente / try matching without an account",
            description =
                    "Vacatures die passen bij opgegeven vaardigheden en een gemeente, met uitleg; zonder account en zonder iets op te slaan. Per adres beperkt (429). Openbaar. / Try matching without an account; rate-limited per address; public.")
    Matches tryMatches(@RequestBody TryRequest request, HttpServletRequest http) {
        limiter.check(http.getRemoteAddr());
        return new Matches(matching.matchSkills(
                request.skills(),
                request.municipality(),
                request.radiusKm() == null ? 30 : request.radiusKm(),
                kinds(request.kinds()),
                limit(request.limit())));
    }

    @GetMapping("/api/v1/persons/{id}/matches")
    @Operation(
            summary = "Passende vacatures binnen de reisafstand, met uitleg / a person's explained matches",
            description =
                    "Vacatures binnen de reisafstand van een persoon, gerangschikt op vaardigheden, met per vacature welke vaardigheden passen en welke ontbreken. Voor de inwoner zelf en diens adviseur met toestemming. / A person's explained matches.")
    Matches personMatches(
            @PathVariable UUID id,
            @RequestParam(required = false) Integer radiusKm,
            @RequestParam(required = false) Set<VacancyKind> kind,
            @RequestParam(defaultValue = "20") @Min(1) @Max(200) int limit,
            SignedInUser user) {
        return new Matches(matching.matchesFor(id, user, radiusKm, kinds(kind), limit));
    }

    @GetMapping("/api/v1/vacancies/{id}/candidates")
    @PreAuthorize("hasAnyRole('WERKGEVER', 'ADVISEUR', 'BEHEERDER')")
    @Operation(
            summary = "Kandidaten die gevonden willen worden, anoniem / consented candidates for a vacancy",
            description =
                    "Inwoners die gevonden willen worden en bij een vacature passen, anoniem tot zij contact accepteren. De werkgever van de vacature, adviseurs en beheerders. / Consented, anonymous candidates for a vacancy.")
    Candidates candidates(
            @PathVariable UUID id, @RequestParam(defaultValue = "20") @Min(1) @Max(200) int limit, SignedInUser user) {
        return new Candidates(matching.candidates(id, user, limit));
    }

    @PostMapping("/api/v1/vacancies/{id}/candidates/{reference}/contact-requests")
    @PreAuthorize("hasAnyRole('WERKGEVER', 'BEHEERDER')")
    @Operation(
            summary = "Contact vragen aan een kandidaat / ask a candidate for contact",
            description =
                    "Vraagt een anonieme kandidaat (genoemd met het pseudoniem dat alleen binnen deze vacature geldt) om contact, met een bericht; de inwoner beslist. De werkgever van de vacature. / Asks a candidate, named by their per-vacancy pseudonym, for contact; the vacancy's employer.")
    @ApiResponse(responseCode = "201", description = "Aangemaakt / created")
    ResponseEntity<Matching.ContactRequest> askContact(
            @PathVariable UUID id,
            @PathVariable String reference,
            @RequestBody(required = false) ContactAsk ask,
            SignedInUser user) {
        return ResponseEntity.status(201)
                .body(matching.requestContact(id, reference, user, ask == null ? null : ask.message()));
    }

    @GetMapping("/api/v1/me/contact-requests")
    @Operation(
            summary = "Contactverzoeken van werkgevers aan mij / contact requests I received",
            description =
                    "De contactverzoeken die werkgevers aan de ingelogde inwoner stuurden, met status. / The contact requests the signed-in resident received.")
    List<Matching.ContactRequest> myContactRequests(SignedInUser user) {
        return matching.contactRequestsFor(user);
    }

    @PostMapping("/api/v1/contact-requests/{id}/answer")
    @Operation(
            summary = "Contactverzoek accepteren of weigeren / accept or decline a contact request",
            description =
                    "Accepteert of weigert een contactverzoek; pas na accepteren ziet de werkgever wie het is. Alleen de inwoner aan wie het verzoek is gericht. / Accepts or declines a contact request; the addressed resident only.")
    Matching.ContactRequest answer(@PathVariable UUID id, @RequestBody ContactAnswer answer, SignedInUser user) {
        return matching.answerContact(id, user, answer.accept(), answer.name(), answer.contact());
    }

    @GetMapping("/api/v1/persons/{id}/training-plans")
    @Operation(
            summary = "Opleidingsplan voor een vacature of beroep / a training plan for a vacancy or occupation",
            description =
                    "Een opleidingsplan naar een vacature of beroep: de opleidingen binnen bereik gekozen om zoveel mogelijk vacatures binnen bereik een goede match te maken (en de ontbrekende vaardigheden te leren) binnen het budget en de tijd die de inwoner opgeeft, met per stap wie wat betaalt voor het plan als geheel. Voor de inwoner zelf en diens adviseur met toestemming. / A training plan towards a vacancy or occupation, chosen to unlock the most vacancies within a budget and time, with who pays what for the plan as a whole.")
    TrainingPlan trainingPlan(
            @PathVariable UUID id,
            @RequestParam(required = false) String vacancy,
            @RequestParam(required = false) String occupation,
            @RequestParam(defaultValue = "cost") String optimise,
            @io.swagger.v3.oas.annotations.Parameter(
                            description = "het meeste dat het plan mag kosten, in centen / "
                                    + "the most the plan may cost, in cents (optional)")
                    @RequestParam(required = false)
                    Long budgetCents,
            @io.swagger.v3.oas.annotations.Parameter(
                            description = "in hoeveel weken de opleidingen na elkaar klaar moeten zijn / "
                                    + "the most weeks the courses may take one after another (optional, 1-520)")
                    @RequestParam(required = false)
                    Integer maxWeeks,
            @io.swagger.v3.oas.annotations.Parameter(
                            description = "hetzelfde in maanden (niet samen met maxWeeks) / "
                                    + "the same in months (not together with maxWeeks; optional, 1-120)")
                    @RequestParam(required = false)
                    Integer maxMonths,
            SignedInUser user) {
        Matching.Optimise by =
                switch (optimise.toLowerCase(Locale.ROOT)) {
                    case "cost" -> Matching.Optimise.COST;
                    case "time" -> Matching.Optimise.TIME;
                    default -> throw RuleViolation.of("matching.optimise-unknown", "optimise is cost or time");
                };
        if (maxWeeks != null && maxMonths != null) {
            throw InvalidInput.of(
                    "maxMonths", "matching.weeks-and-months", "give maxWeeks or maxMonths, not both", null);
        }
        return matching.trainingPlan(
                id,
                user,
                vacancy,
                occupation,
                by,
                budgetCents,
                maxMonths == null ? maxWeeks : Matching.weeksOf(maxMonths));
    }

    @GetMapping("/api/v1/persons/{id}/transitions")
    @Operation(
            summary = "Routes naar ander werk vanuit het paspoort / routes to other occupations",
            description =
                    "Beroepen waar iemand met het eigen paspoort naartoe kan overstappen, met overlap en ontbrekende vaardigheden. Voor de inwoner zelf en diens adviseur. / Routes to other occupations from a passport.")
    Routes personRoutes(
            @PathVariable UUID id, @RequestParam(defaultValue = "10") @Min(1) @Max(50) int limit, SignedInUser user) {
        return new Routes(matching.routesFor(id, user, limit));
    }

    @GetMapping("/api/v1/occupations/{id}/transitions")
    @Operation(
            summary = "Routes vanuit een beroep / routes from an occupation",
            description =
                    "Beroepen die dicht bij een ESCO-beroep liggen, met de vaardigheden die erbij moeten, optioneel met vraag in een gemeente. Openbaar. / Routes from an occupation; public.")
    Routes occupationRoutes(
            @PathVariable String id,
            @RequestParam(required = false) String municipality,
            @RequestParam(defaultValue = "10") @Min(1) @Max(50) int limit) {
        return new Routes(matching.routesFrom(id, municipality, limit));
    }

    @GetMapping("/api/v1/occupations/{id}/transitions-into")
    @Operation(
            summary = "Routes naar een beroep / routes into an occupation",
            description =
                    "Beroepen van waaruit mensen naar dit ESCO-beroep kunnen overstappen: iemand met alle vaardigheden van dat beroep, gescoord tegen dit beroep. Openbaar. / Occupations from which people could move into this one; public.")
    RoutesInto occupationRoutesInto(
            @PathVariable String id, @RequestParam(defaultValue = "20") @Min(1) @Max(50) int limit) {
        return new RoutesInto(matching.routesInto(id, limit));
    }

    @GetMapping("/api/v1/matching/status")
    @Operation(
            summary = "Wat de matchingindex nu bevat / what the matching index holds",
            description =
                    "Hoeveel vacatures, paspoorten en vaardigheden de matchingindex nu bevat en wanneer hij bijgewerkt is. Openbaar. / What the matching index holds; public.")
    Matching.IndexStatus status() {
        return matching.status();
    }

    private static Set<VacancyKind> kinds(Set<VacancyKind> kinds) {
        return kinds == null || kinds.isEmpty() ? EnumSet.allOf(VacancyKind.class) : kinds;
    }

    private static int limit(Integer limit) {
        if (limit != null && (limit < 1 || limit > 200)) {
            throw RuleViolation.of("matching.limit-out-of-range", "limit must be between 1 and 200");
        }
        return limit == null ? 20 : limit;
    }
}
