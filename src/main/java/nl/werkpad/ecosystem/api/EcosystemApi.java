package nl.werkpad.ecosystem.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.StringReader;
import java.net.URI;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.werkpad.access.PublicPath;
import nl.werkpad.access.SignedInUser;
import nl.werkpad.ecosystem.Campus;
import nl.werkpad.ecosystem.Coalition;
import nl.werkpad.ecosystem.Ecosystem;
import nl.werkpad.ecosystem.Event;
import nl.werkpad.ecosystem.Target;
import nl.werkpad.ecosystem.domain.Check;
import nl.werkpad.ecosystem.domain.CoalitionPhase;
import nl.werkpad.ecosystem.domain.GrantCheck;
import nl.werkpad.shared.NotFound;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The ecosystem registry: campuses, coalitions with purpose cases, grant checks, the action agenda and events. */
@RestController
@Tag(name = "Ecosysteem / ecosystem")
class EcosystemApi {

    record ServicePoint(boolean servicePoint) {
    }

    record NewPartner(UUID organisation, Campus.Helix helix) {
    }

    record PhaseChange(CoalitionPhase phase, String reason) {
    }

    record GrantResult(boolean eligible, List<Check> checks) {
    }

    record Progress(Double value, LocalDate asOf, String source) {
    }

    record Imported(int rows) {
    }

    record ActionLine(String name, List<Target> targets) {
    }

    private final Ecosystem ecosystem;

    EcosystemApi(Ecosystem ecosystem) {
        this.ecosystem = ecosystem;
    }

    @Bean
    static PublicPath ecosystemReadingIsPublic() {
        return PublicPath.get("/api/v1/{part:campuses|coalitions|action-agenda|events}/**");
    }

    @Bean
    static PublicPath ecosystemListsArePublic() {
        return PublicPath.get("/api/v1/{part:campuses|coalitions|action-agenda|events}");
    }

    @Bean
    static PublicPath grantChecksArePublic() {
        return new PublicPath(HttpMethod.POST, "/api/v1/grant-checks");
    }

    // ---- campuses

    @GetMapping("/api/v1/campuses")
    @Operation(summary = "Campussen, per arbeidsmarktregio of zoektekst / campuses")
    List<Campus> campuses(@RequestParam(required = false) String region, @RequestParam(required = false) String q) {
        return ecosystem.campuses(region, q);
    }

    @GetMapping("/api/v1/campuses/{id:[0-9a-f-]{36}}")
    Campus campus(@PathVariable UUID id) {
        return ecosystem.campus(id).orElseThrow(() -> NotFound.of("campus", id));
    }

    @PutMapping("/api/v1/campuses/{id}/service-point")
    @PreAuthorize("hasAnyRole('BELEID', 'BEHEERDER')")
    Campus servicePoint(@PathVariable UUID id, @RequestBody ServicePoint body) {
        return ecosystem.setServicePoint(id, body.servicePoint(), user());
    }

    @PostMapping("/api/v1/campuses/{id}/partners")
    @PreAuthorize("hasAnyRole('BELEID', 'BEHEERDER')")
    Campus partner(@PathVariable UUID id, @RequestBody NewPartner body) {
        return ecosystem.addPartner(id, body.organisation(), body.helix(), user());
    }

    @PostMapping(value = "/api/v1/campuses/import", consumes = {"text/csv", "text/plain"})
    @PreAuthorize("hasAnyRole('BELEID', 'BEHEERDER')")
    @Operation(summary = "Campussen uit CSV (kolommen als campuses.csv): alles of niets / import campuses")
    ResponseEntity<Imported> importCampuses(@RequestBody String csv) {
        return ResponseEntity.status(201).body(new Imported(ecosystem.importCampuses("campuses.csv", new StringReader(csv))));
    }

    @GetMapping(value = "/api/v1/{what:campuses|coalitions|events}/export", produces = "text/csv")
    String export(@PathVariable String what) {
        return ecosystem.exportCsv(what, LocalDate.now());
    }

    // ---- coalitions

    @GetMapping("/api/v1/coalitions")
    List<Coalition> coalitions() {
        return ecosystem.coalitions();
    }

    @GetMapping("/api/v1/coalitions/{id:[0-9a-f-]{36}}")
    Coalition coalition(@PathVariable UUID id) {
        return ecosystem.coalition(id).orElseThrow(() -> NotFound.of("coalition", id));
    }

    @PostMapping("/api/v1/coalitions")
    @PreAuthorize("hasAnyRole('BELEID', 'BEHEERDER')")
    @Operation(summary = "Nieuwe ontwikkelcoalitie (fase idee) / a new development coalition")
    ResponseEntity<Coalition> create(@RequestBody Ecosystem.NewCoalition body) {
        Coalition c = ecosystem.createCoalition(body, user());
        return ResponseEntity.created(URI.create("/api/v1/coalitions/" + c.id())).body(c);
    }

    @PutMapping("/api/v1/coalitions/{id}/purpose-case")
    @PreAuthorize("hasAnyRole('BELEID', 'BEHEERDER')")
    @Operation(summary = "Purpose case: probleem, beoogd resultaat, financiering per partner, besluit / the purpose case")
    Coalition purposeCase(@PathVariable UUID id, @RequestBody Ecosystem.PurposeCaseInput body) {
        return ecosystem.writePurposeCase(id, body, user());
    }

    @PostMapping("/api/v1/coalitions/{id}/phase")
    @PreAuthorize("hasAnyRole('BELEID', 'BEHEERDER')")
    @Operation(summary = "Naar een volgende fase; geweigerd met de regel die niet klopt / move to a phase")
    Coalition move(@PathVariable UUID id, @RequestBody PhaseChange body) {
        if (body.phase() == null) {
            throw nl.werkpad.shared.RuleViolation.of("coalition.phase-required", "Say which phase");
        }
        return ecosystem.move(id, body.phase(), body.reason(), user());
    }

    // ---- grant check

    @PostMapping("/api/v1/grant-checks")
    @Operation(summary = "Toets een aanvraag aan de campusregels / check an application against the campus rules")
    GrantResult grantCheck(@RequestBody GrantCheck.Facts facts) {
        List<Check> checks = ecosystem.grantCheck(facts);
        return new GrantResult(Check.allPass(checks), checks);
    }

    // ---- action agenda

    @GetMapping("/api/v1/action-agenda")
    @Operation(summary = "Actieagenda: actielijnen, doelen, voortgang en status / the action agenda with progress")
    List<ActionLine> agenda() {
        Map<String, List<Target>> lines = new LinkedHashMap<>();
        ecosystem.targets(LocalDate.now()).forEach(t -> lines.computeIfAbsent(t.actionLine(), k -> new java.util.ArrayList<>()).add(t));
        return lines.entrySet().stream().map(e -> new ActionLine(e.getKey(), e.getValue())).toList();
    }

    @GetMapping("/api/v1/action-agenda/targets")
    List<Target> targets() {
        return ecosystem.targets(LocalDate.now());
    }

    @PostMapping("/api/v1/action-agenda/targets/{id}/progress")
    @PreAuthorize("hasAnyRole('BELEID', 'BEHEERDER')")
    @Operation(summary = "Voortgang invoeren met bron / record progress with its source")
    ResponseEntity<Target> progress(@PathVariable String id, @RequestBody Progress body) {
        if (body.value() == null) {
            throw nl.werkpad.shared.RuleViolation.of("target.progress-invalid", "Give the value");
        }
        return ResponseEntity.status(201).body(ecosystem.recordProgress(id, body.value(), body.asOf(), body.source(), user()));
    }

    @PostMapping(value = "/api/v1/action-agenda/import", consumes = {"text/csv", "text/plain"})
    @PreAuthorize("hasAnyRole('BELEID', 'BEHEERDER')")
    @Operation(summary = "Actieagenda uit CSV (kolommen als action_agenda_nh_2021_2023.csv): alles of niets / import")
    ResponseEntity<Imported> importAgenda(@RequestBody String csv) {
        return ResponseEntity.status(201).body(new Imported(ecosystem.importTargets("action-agenda.csv", new StringReader(csv))));
    }

    @GetMapping(value = "/api/v1/action-agenda/export", produces = "text/csv")
    String exportAgenda() {
        return ecosystem.exportCsv("targets", LocalDate.now());
    }

    // ---- events

    @GetMapping("/api/v1/events")
    List<Event> events() {
        return ecosystem.events();
    }

    @PostMapping("/api/v1/events")
    @PreAuthorize("hasAnyRole('BELEID', 'BEHEERDER')")
    ResponseEntity<Event> addEvent(@RequestBody Ecosystem.NewEvent body) {
        return ResponseEntity.status(201).body(ecosystem.addEvent(body, user()));
    }

    private static SignedInUser user() {
        return SignedInUser.current().orElseThrow();
    }
}
