package nl.werkpad.ecosystem.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.constraints.Size;
import java.io.StringReader;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
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
import nl.werkpad.ecosystem.domain.CoalitionPhase;
import nl.werkpad.ecosystem.domain.GrantCheck;
import nl.werkpad.shared.Limits;
import nl.werkpad.shared.NotFound;
import nl.werkpad.shared.RuleCheck;
import nl.werkpad.shared.RuleViolation;
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
class EcosystemApi {

    record ServicePoint(boolean servicePoint) {}

    record NewPartner(UUID organisation, Campus.Helix helix) {}

    record PhaseChange(
            CoalitionPhase phase, @Size(max = Limits.NOTE) String reason) {}

    record GrantResult(boolean eligible, List<RuleCheck> checks) {}

    record Progress(
            Double value,
            LocalDate asOf,
            @Size(max = Limits.SHORT) String source) {}

    record Imported(int rows) {}

    record ActionLine(String name, List<Target> targets) {}

    private final Ecosystem ecosystem;

    private final Clock clock;

    EcosystemApi(Ecosystem ecosystem, Clock clock) {
        this.clock = clock;
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
    @Operation(
            summary = "Campussen, per arbeidsmarktregio of zoektekst / campuses",
            description =
                    "Alle campussen uit het register, te filteren op arbeidsmarktregio (AMxx) of zoektekst. Openbaar. / All campuses, filtered by labour-market region or text; public.")
    List<Campus> campuses(@RequestParam(required = false) String region, @RequestParam(required = false) String q) {
        return ecosystem.campuses(region, q);
    }

    @GetMapping("/api/v1/campuses/{id:[0-9a-f-]{36}}")
    @Operation(
            summary = "Eén campus met partners en servicepunt / one campus",
            description =
                    "Eén campus met zijn plaats, partners, servicepunt en bron. Openbaar. / One campus with its place, partners and service point; public.")
    Campus campus(@PathVariable UUID id) {
        return ecosystem.campus(id).orElseThrow(() -> NotFound.of("campus", id));
    }

    @PutMapping("/api/v1/campuses/{id}/service-point")
    @PreAuthorize("hasAnyRole('BELEID', 'BEHEERDER')")
    @Operation(
            summary = "Servicepunt van een campus instellen / set a campus's service point",
            description =
                    "Zet het digitale servicepunt van een campus aan of uit en legt vast wie vragen beantwoordt. Alleen beleid en beheerders. / Sets up a campus's service point; policy makers and administrators only.")
    Campus servicePoint(@PathVariable UUID id, @RequestBody ServicePoint body, SignedInUser user) {
        return ecosystem.setServicePoint(id, body.servicePoint(), user);
    }

    @PostMapping("/api/v1/campuses/{id}/partners")
    @PreAuthorize("hasAnyRole('BELEID', 'BEHEERDER')")
    @Operation(
            summary = "Partner toevoegen aan een campus / add a partner to a campus",
            description =
                    "Voegt een organisatie als partner toe aan een campus (onderwijs, bedrijfsleven of overheid). Alleen beleid en beheerders. / Adds a partner organisation to a campus; policy makers and administrators only.")
    Campus partner(@PathVariable UUID id, @RequestBody NewPartner body, SignedInUser user) {
        return ecosystem.addPartner(id, body.organisation(), body.helix(), user);
    }

    @PostMapping(
            value = "/api/v1/campuses/import",
            consumes = {"text/csv", "text/plain"})
    @PreAuthorize("hasAnyRole('BELEID', 'BEHEERDER')")
    @Operation(
            summary = "Campussen uit CSV (kolommen als campuses.csv): alles of niets / import campuses",
            description =
                    "Leest campussen uit CSV met dezelfde kolommen als het meegeleverde campuses.csv. Een fout in één regel weigert het hele bestand, met bestand en regelnummer; er wordt dan niets opgeslagen. Alleen beleid en beheerders. / Imports campuses from CSV, all or nothing; policy makers and administrators.")
    @ApiResponse(responseCode = "201", description = "Ingelezen / imported")
    ResponseEntity<Imported> importCampuses(@RequestBody String csv) {
        return ResponseEntity.status(201)
                .body(new Imported(ecosystem.importCampuses("campuses.csv", new StringReader(csv))));
    }

    @GetMapping(value = "/api/v1/{what:campuses|coalitions|events}/export", produces = "text/csv")
    @Operation(
            summary = "Campussen, coalities of evenementen als CSV / export as CSV",
            description =
                    "Het register als CSV: campussen, coalities of evenementen, met dezelfde kolommen als de import. Openbaar. / The registry as CSV; public.")
    String export(@PathVariable String what) {
        return ecosystem.exportCsv(what, LocalDate.now(clock));
    }

    // ---- coalitions

    @GetMapping("/api/v1/coalitions")
    @Operation(
            summary = "Ontwikkelcoalities met fase en partners / development coalitions",
            description =
                    "Alle ontwikkelcoalities met hun fase, partners en financiering. Openbaar. / All development coalitions with phase, partners and financing; public.")
    List<Coalition> coalitions() {
        return ecosystem.coalitions();
    }

    @GetMapping("/api/v1/coalitions/{id:[0-9a-f-]{36}}")
    @Operation(
            summary = "Eén ontwikkelcoalitie / one development coalition",
            description =
                    "Eén ontwikkelcoalitie met purpose case, partners, financiering per partner en de geschiedenis van fasen. Openbaar. / One coalition with its purpose case and phase history; public.")
    Coalition coalition(@PathVariable UUID id) {
        return ecosystem.coalition(id).orElseThrow(() -> NotFound.of("coalition", id));
    }

    @PostMapping("/api/v1/coalitions")
    @PreAuthorize("hasAnyRole('BELEID', 'BEHEERDER')")
    @Operation(
            summary = "Nieuwe ontwikkelcoalitie (fase idee) / a new development coalition",
            description =
                    "Start een ontwikkelcoalitie in de fase idee, met een campus en partners. Alleen beleid en beheerders. / Starts a coalition in the idea phase; policy makers and administrators.")
    @ApiResponse(responseCode = "201", description = "Aangemaakt / created")
    ResponseEntity<Coalition> create(@RequestBody Ecosystem.NewCoalition body, SignedInUser user) {
        Coalition c = ecosystem.createCoalition(body, user);
        return ResponseEntity.created(URI.create("/api/v1/coalitions/" + c.id()))
                .body(c);
    }

    @PutMapping("/api/v1/coalitions/{id}/purpose-case")
    @PreAuthorize("hasAnyRole('BELEID', 'BEHEERDER')")
    @Operation(
            summary = "Purpose case: probleem, beoogd resultaat, financiering per partner, besluit / the purpose case",
            description =
                    "Legt de purpose case vast: het probleem, het beoogde resultaat en de financiering per partner (provincie hoogstens 50%, gelijke delen onderwijs en bedrijfsleven gewenst). Alleen beleid en beheerders. / Records the purpose case with financing per partner; policy makers and administrators.")
    Coalition purposeCase(@PathVariable UUID id, @RequestBody Ecosystem.PurposeCaseInput body, SignedInUser user) {
        return ecosystem.writePurposeCase(id, body, user);
    }

    @PostMapping("/api/v1/coalitions/{id}/phase")
    @PreAuthorize("hasAnyRole('BELEID', 'BEHEERDER')")
    @Operation(
            summary = "Naar een volgende fase; geweigerd met de regel die niet klopt / move to a phase",
            description =
                    "Zet een coalitie een fase verder (idee, purpose case, lopend, afgerond of gestopt met reden). Een overgang die niet mag, wordt geweigerd met de naam van de regel. Alleen beleid en beheerders. / Moves a coalition to another phase, refused with the rule that fails; policy makers and administrators.")
    Coalition move(@PathVariable UUID id, @RequestBody PhaseChange body, SignedInUser user) {
        if (body.phase() == null) {
            throw RuleViolation.of("coalition.phase-required", "Say which phase");
        }
        return ecosystem.move(id, body.phase(), body.reason(), user);
    }

    // ---- grant check

    @PostMapping("/api/v1/grant-checks")
    @Operation(
            summary = "Toets een aanvraag aan de campusregels / check an application against the campus rules",
            description =
                    "Toetst de gegevens van een campusaanvraag aan de subsidieregels en geeft per regel uit of hij klopt en waarom. Slaat niets op. Openbaar. / Checks an application against the campus grant rules, per rule with the reason; stores nothing; public.")
    GrantResult grantCheck(@RequestBody GrantCheck.Facts facts) {
        List<RuleCheck> checks = ecosystem.grantCheck(facts);
        return new GrantResult(RuleCheck.allPass(checks), checks);
    }

    // ---- action agenda

    @GetMapping("/api/v1/action-agenda")
    @Operation(
            summary = "Actieagenda: actielijnen, doelen, voortgang en status / the action agenda with progress",
            description =
                    "De actieagenda met actielijnen, doelen, de laatste voortgang met bron en de status per doel; doelen die Werkpad zelf meet, zijn live. Openbaar. / The action agenda with live progress where Werkpad measures it; public.")
    List<ActionLine> agenda() {
        Map<String, List<Target>> lines = new LinkedHashMap<>();
        ecosystem.targets(LocalDate.now(clock)).forEach(t -> lines.computeIfAbsent(
                        t.actionLine(), k -> new ArrayList<>())
                .add(t));
        return lines.entrySet().stream()
                .map(e -> new ActionLine(e.getKey(), e.getValue()))
                .toList();
    }

    @GetMapping("/api/v1/action-agenda/targets")
    @Operation(
            summary = "Doelen van de actieagenda / the agenda's targets",
            description =
                    "Alle doelen van de actieagenda met streefwaarde, voortgang en bron. Openbaar. / Every target of the action agenda with its progress and source; public.")
    List<Target> targets() {
        return ecosystem.targets(LocalDate.now(clock));
    }

    @PostMapping("/api/v1/action-agenda/targets/{id}/progress")
    @PreAuthorize("hasAnyRole('BELEID', 'BEHEERDER')")
    @Operation(
            summary = "Voortgang invoeren met bron / record progress with its source",
            description =
                    "Legt een meting van de voortgang van een doel vast met datum en bron; eerdere metingen blijven staan. Alleen beleid en beheerders. / Records a progress figure for a target, with date and source; policy makers and administrators.")
    @ApiResponse(responseCode = "201", description = "Aangemaakt / created")
    ResponseEntity<Target> progress(@PathVariable String id, @RequestBody Progress body, SignedInUser user) {
        if (body.value() == null) {
            throw RuleViolation.of("target.progress-invalid", "Give the value");
        }
        return ResponseEntity.status(201)
                .body(ecosystem.recordProgress(id, body.value(), body.asOf(), body.source(), user));
    }

    @PostMapping(
            value = "/api/v1/action-agenda/import",
            consumes = {"text/csv", "text/plain"})
    @PreAuthorize("hasAnyRole('BELEID', 'BEHEERDER')")
    @Operation(
            summary = "Actieagenda uit CSV (kolommen als action_agenda_nh_2021_2023.csv): alles of niets / import",
            description =
                    "Leest de actieagenda uit CSV met de kolommen van het meegeleverde bestand; alles of niets, fouten per regel. Alleen beleid en beheerders. / Imports the action agenda from CSV, all or nothing; policy makers and administrators.")
    @ApiResponse(responseCode = "201", description = "Ingelezen / imported")
    ResponseEntity<Imported> importAgenda(@RequestBody String csv) {
        return ResponseEntity.status(201)
                .body(new Imported(ecosystem.importTargets("action-agenda.csv", new StringReader(csv))));
    }

    @GetMapping(value = "/api/v1/action-agenda/export", produces = "text/csv")
    @Operation(
            summary = "De actieagenda als CSV / the action agenda as CSV",
            description =
                    "De actieagenda als CSV, met dezelfde kolommen als de import. Openbaar. / The action agenda as CSV; public.")
    String exportAgenda() {
        return ecosystem.exportCsv("targets", LocalDate.now(clock));
    }

    // ---- events

    @GetMapping("/api/v1/events")
    @Operation(
            summary = "Evenementen van het ecosysteem / ecosystem events",
            description =
                    "Evenementen zoals Promotie Evenementen Techniek en techniektafels, met het aantal bereikte deelnemers. Openbaar. / Ecosystem events with the people they reached; public.")
    List<Event> events() {
        return ecosystem.events();
    }

    @PostMapping("/api/v1/events")
    @PreAuthorize("hasAnyRole('BELEID', 'BEHEERDER')")
    @Operation(
            summary = "Evenement vastleggen / record an event",
            description =
                    "Legt een evenement vast met datum, soort, campus en bereik; telt mee in de actieagenda. Alleen beleid en beheerders. / Records an event, counted in the action agenda; policy makers and administrators.")
    @ApiResponse(responseCode = "201", description = "Aangemaakt / created")
    ResponseEntity<Event> addEvent(@RequestBody Ecosystem.NewEvent body, SignedInUser user) {
        return ResponseEntity.status(201).body(ecosystem.addEvent(body, user));
    }
}
