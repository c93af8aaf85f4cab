package nl.werkpad.trajectories.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.werkpad.access.SignedInUser;
import nl.werkpad.shared.Limits;
import nl.werkpad.trajectories.Trajectories;
import nl.werkpad.trajectories.Trajectory;
import nl.werkpad.trajectories.TrajectoryNotFound;
import nl.werkpad.trajectories.domain.Phase;
import nl.werkpad.trajectories.domain.TrajectoryKind;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Trajectories, caseloads and the service points' queues. An advisor reaches only their own cases. */
@RestController
class TrajectoriesApi {

    record NewTrajectory(UUID person, TrajectoryKind kind, UUID campus) {}

    record PhaseMove(Phase phase) {}

    record NewAction(@Size(max = Limits.SHORT) String text, LocalDate due) {}

    record NewNote(@Size(max = Limits.NOTE) String text) {}

    record NewLink(Trajectory.LinkKind kind, UUID ref) {}

    record Question(
            TrajectoryKind kind,
            @Size(max = Limits.NOTE) String question,
            @Size(max = Limits.SHORT) String contact,
            UUID organisation) {}

    private final Trajectories trajectories;

    TrajectoriesApi(Trajectories trajectories) {
        this.trajectories = trajectories;
    }

    @PostMapping("/api/v1/trajectories")
    @PreAuthorize("hasRole('ADVISEUR')")
    @Operation(
            summary = "Traject starten voor iemand in uw caseload / start a trajectory",
            description =
                    "Start een loopbaantraject in de fase oriëntatie voor iemand die zijn paspoort met de adviseur deelt. Alleen adviseurs. / Starts a trajectory for someone who shares their passport; advisors.")
    @ApiResponse(responseCode = "201", description = "Aangemaakt / created")
    ResponseEntity<Trajectory> start(@RequestBody NewTrajectory body, SignedInUser user) {
        Trajectory t = trajectories.start(body.person(), body.kind(), body.campus(), user);
        return ResponseEntity.created(URI.create("/api/v1/trajectories/" + t.id()))
                .body(t);
    }

    @GetMapping("/api/v1/trajectories/{id}")
    @Operation(
            summary = "Eén traject / one trajectory",
            description =
                    "Eén traject met fasen, afgesproken acties, koppelingen en uitkomst. De eigen adviseur en de inwoner zelf. / One trajectory; its advisor and the resident.")
    Trajectory get(@PathVariable UUID id, SignedInUser user) {
        return trajectories.get(id, user);
    }

    @GetMapping("/api/v1/me/trajectory")
    @PreAuthorize("hasRole('INWONER')")
    @Operation(
            summary = "Mijn traject / my trajectory",
            description =
                    "Het lopende traject van de ingelogde inwoner met de afgesproken acties. Alleen inwoners. / The signed-in resident's trajectory.")
    Trajectory mine(SignedInUser user) {
        return trajectories.own(user).orElseThrow(() -> TrajectoryNotFound.byId("me"));
    }

    @PostMapping("/api/v1/trajectories/{id}/phase")
    @PreAuthorize("hasRole('ADVISEUR')")
    @Operation(
            summary =
                    "Naar een volgende fase (regels: geen opleiding zonder aanbod, geen plaatsing zonder vacature) / move phase",
            description =
                    "Zet het traject naar een volgende fase: oriëntatie, begeleiding, opleiding, plaatsing, nazorg. Geen opleiding zonder aanbod, geen plaatsing zonder vacature; een geweigerde stap noemt de regel. Alleen de eigen adviseur. / Moves a trajectory to a phase; the advisor.")
    Trajectory move(@PathVariable UUID id, @RequestBody PhaseMove body, SignedInUser user) {
        return trajectories.move(id, body.phase(), user);
    }

    @PostMapping("/api/v1/trajectories/{id}/actions")
    @PreAuthorize("hasRole('ADVISEUR')")
    @Operation(
            summary = "Actie afspreken / agree an action",
            description =
                    "Legt een afgesproken actie vast met omschrijving, wie en wanneer. Alleen de eigen adviseur. / Records an agreed action; the advisor.")
    Trajectory action(@PathVariable UUID id, @RequestBody NewAction body, SignedInUser user) {
        return trajectories.addAction(id, body.text(), body.due(), user);
    }

    @PostMapping("/api/v1/trajectories/{id}/actions/{action}/done")
    @Operation(
            summary = "Actie afvinken / mark an action done",
            description =
                    "Vinkt een afgesproken actie af. De eigen adviseur of de inwoner zelf. / Marks an action done; the advisor or the resident.")
    Trajectory done(@PathVariable UUID id, @PathVariable UUID action, SignedInUser user) {
        return trajectories.actionDone(id, action, user);
    }

    @PostMapping("/api/v1/trajectories/{id}/notes")
    @PreAuthorize("hasRole('ADVISEUR')")
    @Operation(
            summary = "Notitie toevoegen / add a note",
            description =
                    "Voegt een notitie van de adviseur toe; notities zijn niet voor de inwoner zichtbaar en elke inzage wordt gelogd. Alleen de eigen adviseur. / Adds an advisor's note.")
    @ApiResponse(responseCode = "201", description = "Aangemaakt / created")
    ResponseEntity<Void> note(@PathVariable UUID id, @RequestBody NewNote body, SignedInUser user) {
        trajectories.addNote(id, body.text(), user);
        return ResponseEntity.status(201).build();
    }

    @GetMapping("/api/v1/trajectories/{id}/notes")
    @PreAuthorize("hasRole('ADVISEUR')")
    @Operation(
            summary = "Notities (elke inzage staat in het verwerkingslogboek) / notes, every read logged",
            description =
                    "De notities van een traject; elke inzage staat in het verwerkingslogboek van de inwoner. Alleen de eigen adviseur. / A trajectory's notes, every read logged; the advisor.")
    List<Trajectories.Note> notes(@PathVariable UUID id, SignedInUser user) {
        return trajectories.notes(id, user);
    }

    @PostMapping("/api/v1/trajectories/{id}/links")
    @PreAuthorize("hasRole('ADVISEUR')")
    @Operation(
            summary = "Gebruikte vacature, opleiding of voucher koppelen / link a vacancy, offer or voucher",
            description =
                    "Koppelt een gebruikte vacature, opleiding of voucher aan het traject, voor de uitkomst en de monitor. Alleen de eigen adviseur. / Links a vacancy, offer or voucher; the advisor.")
    Trajectory link(@PathVariable UUID id, @RequestBody NewLink body, SignedInUser user) {
        return trajectories.link(id, body.kind(), body.ref(), user);
    }

    @PutMapping("/api/v1/trajectories/{id}/outcome")
    @PreAuthorize("hasRole('ADVISEUR')")
    @Operation(
            summary = "Uitkomst vastleggen / record the outcome",
            description =
                    "Legt de uitkomst van het traject vast (zoals werk gevonden of opleiding gestart); telt mee in de monitor. Alleen de eigen adviseur. / Records the outcome; the advisor.")
    Trajectory outcome(@PathVariable UUID id, @RequestBody Trajectories.OutcomeInput body, SignedInUser user) {
        return trajectories.outcome(id, body, user);
    }

    @GetMapping("/api/v1/advisors/{id}/caseload")
    @PreAuthorize("hasRole('ADVISEUR')")
    @Operation(
            summary = "Caseload met volgende stap; alleen de eigen / an advisor's own caseload",
            description =
                    "De caseload van een adviseur met per persoon de volgende stap, te filteren op status, wachttijd en gemeente; alleen de eigen caseload. Adviseurs. / An advisor's own caseload.")
    List<Trajectories.CaseloadEntry> caseload(
            @PathVariable UUID id,
            @RequestParam(required = false) Phase phase,
            @RequestParam(required = false) String status,
            @RequestParam(required = false) Integer minWaitingDays,
            @RequestParam(required = false) String municipality,
            SignedInUser user) {
        return trajectories.caseload(
                id, new Trajectories.CaseloadFilter(phase, status, minWaitingDays, municipality), user);
    }

    @PostMapping("/api/v1/campuses/{id}/intake")
    @PreAuthorize("hasAnyRole('INWONER', 'WERKGEVER')")
    @Operation(
            summary = "Vraag bij het digitale servicepunt van een campus / ask at a campus's service point",
            description =
                    "Stelt een vraag bij het digitale servicepunt van een campus; een adviseur pakt hem op. Inwoners en werkgevers. / Asks a question at a campus's service point.")
    @ApiResponse(responseCode = "201", description = "Aangemaakt / created")
    ResponseEntity<Trajectories.Intake> ask(@PathVariable UUID id, @RequestBody Question body, SignedInUser user) {
        return ResponseEntity.status(201)
                .body(trajectories.ask(id, body.kind(), body.question(), body.contact(), body.organisation(), user));
    }

    @GetMapping("/api/v1/intake")
    @PreAuthorize("hasRole('ADVISEUR')")
    @Operation(
            summary = "De wachtrij van de servicepunten / the service points' queue",
            description =
                    "Open vragen bij de servicepunten, oudste eerst. Alleen adviseurs. / Open questions at the service points; advisors.")
    List<Trajectories.Intake> queue(@RequestParam(required = false) UUID campus, SignedInUser user) {
        return trajectories.queue(campus, user);
    }

    @PostMapping("/api/v1/intake/{id}/take-up")
    @PreAuthorize("hasRole('ADVISEUR')")
    @Operation(
            summary = "Vraag oppakken en traject starten / take up a question",
            description =
                    "Een adviseur pakt een vraag op; bij een inwoner start daarmee een traject. Alleen adviseurs. / An advisor takes up a question, starting a trajectory.")
    @ApiResponse(responseCode = "201", description = "Aangemaakt / created")
    ResponseEntity<Trajectory> takeUp(@PathVariable UUID id, SignedInUser user) {
        Trajectory t = trajectories.takeUp(id, user);
        return ResponseEntity.created(URI.create("/api/v1/trajectories/" + t.id()))
                .body(t);
    }

    @PostMapping("/api/v1/intake/{id}/handled")
    @PreAuthorize("hasRole('ADVISEUR')")
    @Operation(
            summary = "Vraag afhandelen zonder traject / close a question",
            description =
                    "Markeert een vraag als afgehandeld zonder traject. Alleen adviseurs. / Marks a question handled; advisors.")
    @ApiResponse(responseCode = "204", description = "Gedaan, geen inhoud / done, no content")
    ResponseEntity<Void> handled(@PathVariable UUID id, SignedInUser user) {
        trajectories.handle(id, user);
        return ResponseEntity.noContent().build();
    }
}
