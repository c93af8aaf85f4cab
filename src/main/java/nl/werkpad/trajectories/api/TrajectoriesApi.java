package nl.werkpad.trajectories.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.werkpad.access.SignedInUser;
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
@Tag(name = "Trajecten / trajectories")
class TrajectoriesApi {

    record NewTrajectory(UUID person, TrajectoryKind kind, UUID campus) {
    }

    record PhaseMove(Phase phase) {
    }

    record NewAction(String text, LocalDate due) {
    }

    record NewNote(String text) {
    }

    record NewLink(Trajectory.LinkKind kind, UUID ref) {
    }

    record Question(TrajectoryKind kind, String question, String contact, UUID organisation) {
    }

    private final Trajectories trajectories;

    TrajectoriesApi(Trajectories trajectories) {
        this.trajectories = trajectories;
    }

    @PostMapping("/api/v1/trajectories")
    @PreAuthorize("hasRole('ADVISEUR')")
    @Operation(summary = "Traject starten voor iemand in uw caseload / start a trajectory")
    ResponseEntity<Trajectory> start(@RequestBody NewTrajectory body) {
        Trajectory t = trajectories.start(body.person(), body.kind(), body.campus(), user());
        return ResponseEntity.created(URI.create("/api/v1/trajectories/" + t.id())).body(t);
    }

    @GetMapping("/api/v1/trajectories/{id}")
    Trajectory get(@PathVariable UUID id) {
        return trajectories.get(id, user());
    }

    @GetMapping("/api/v1/me/trajectory")
    @PreAuthorize("hasRole('INWONER')")
    Trajectory mine() {
        return trajectories.own(user()).orElseThrow(() -> TrajectoryNotFound.byId("me"));
    }

    @PostMapping("/api/v1/trajectories/{id}/phase")
    @PreAuthorize("hasRole('ADVISEUR')")
    @Operation(summary = "Naar een volgende fase (regels: geen opleiding zonder aanbod, geen plaatsing zonder vacature) / move phase")
    Trajectory move(@PathVariable UUID id, @RequestBody PhaseMove body) {
        return trajectories.move(id, body.phase(), user());
    }

    @PostMapping("/api/v1/trajectories/{id}/actions")
    @PreAuthorize("hasRole('ADVISEUR')")
    Trajectory action(@PathVariable UUID id, @RequestBody NewAction body) {
        return trajectories.addAction(id, body.text(), body.due(), user());
    }

    @PostMapping("/api/v1/trajectories/{id}/actions/{action}/done")
    Trajectory done(@PathVariable UUID id, @PathVariable UUID action) {
        return trajectories.actionDone(id, action, user());
    }

    @PostMapping("/api/v1/trajectories/{id}/notes")
    @PreAuthorize("hasRole('ADVISEUR')")
    ResponseEntity<Void> note(@PathVariable UUID id, @RequestBody NewNote body) {
        trajectories.addNote(id, body.text(), user());
        return ResponseEntity.status(201).build();
    }

    @GetMapping("/api/v1/trajectories/{id}/notes")
    @PreAuthorize("hasRole('ADVISEUR')")
    @Operation(summary = "Notities (elke inzage staat in het verwerkingslogboek) / notes, every read logged")
    List<Trajectories.Note> notes(@PathVariable UUID id) {
        return trajectories.notes(id, user());
    }

    @PostMapping("/api/v1/trajectories/{id}/links")
    @PreAuthorize("hasRole('ADVISEUR')")
    @Operation(summary = "Gebruikte vacature, opleiding of voucher koppelen / link a vacancy, offer or voucher")
    Trajectory link(@PathVariable UUID id, @RequestBody NewLink body) {
        return trajectories.link(id, body.kind(), body.ref(), user());
    }

    @PutMapping("/api/v1/trajectories/{id}/outcome")
    @PreAuthorize("hasRole('ADVISEUR')")
    Trajectory outcome(@PathVariable UUID id, @RequestBody Trajectories.OutcomeInput body) {
        return trajectories.outcome(id, body, user());
    }

    @GetMapping("/api/v1/advisors/{id}/caseload")
    @PreAuthorize("hasRole('ADVISEUR')")
    @Operation(summary = "Caseload met volgende stap; alleen de eigen / an advisor's own caseload")
    List<Trajectories.CaseloadEntry> caseload(@PathVariable UUID id, @RequestParam(required = false) Phase phase,
                                              @RequestParam(required = false) String status,
                                              @RequestParam(required = false) Integer minWaitingDays,
                                              @RequestParam(required = false) String municipality) {
        return trajectories.caseload(id, new Trajectories.CaseloadFilter(phase, status, minWaitingDays, municipality), user());
    }

    @PostMapping("/api/v1/campuses/{id}/intake")
    @PreAuthorize("hasAnyRole('INWONER', 'WERKGEVER')")
    @Operation(summary = "Vraag bij het digitale servicepunt van een campus / ask at a campus's service point")
    ResponseEntity<Trajectories.Intake> ask(@PathVariable UUID id, @RequestBody Question body) {
        return ResponseEntity.status(201).body(trajectories.ask(id, body.kind(), body.question(), body.contact(), body.organisation(), user()));
    }

    @GetMapping("/api/v1/intake")
    @PreAuthorize("hasRole('ADVISEUR')")
    List<Trajectories.Intake> queue(@RequestParam(required = false) UUID campus) {
        return trajectories.queue(campus, user());
    }

    @PostMapping("/api/v1/intake/{id}/take-up")
    @PreAuthorize("hasRole('ADVISEUR')")
    ResponseEntity<Trajectory> takeUp(@PathVariable UUID id) {
        Trajectory t = trajectories.takeUp(id, user());
        return ResponseEntity.created(URI.create("/api/v1/trajectories/" + t.id())).body(t);
    }

    @PostMapping("/api/v1/intake/{id}/handled")
    @PreAuthorize("hasRole('ADVISEUR')")
    ResponseEntity<Void> handled(@PathVariable UUID id) {
        trajectories.handle(id, user());
        return ResponseEntity.noContent().build();
    }

    private static SignedInUser user() {
        return SignedInUser.current().orElseThrow();
    }
}
