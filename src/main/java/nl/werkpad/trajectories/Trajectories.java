package nl.werkpad.trajectories;

import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import nl.werkpad.access.SignedInUser;
import nl.werkpad.shared.Limits;
import nl.werkpad.trajectories.domain.NextAction;
import nl.werkpad.trajectories.domain.OutcomeKind;
import nl.werkpad.trajectories.domain.Phase;
import nl.werkpad.trajectories.domain.TrajectoryKind;

/**
 * Case management. An advisor sees and changes only their own trajectories (others get "not found"); a resident
 * sees their own trajectory without the advisor's notes and marks their actions done. Every read of notes by
 * someone other than the resident is in the processing log.
 */
public interface Trajectories {

    Trajectory start(UUID person, TrajectoryKind kind, UUID campus, SignedInUser advisor);

    Trajectory get(UUID id, SignedInUser viewer);

    Optional<Trajectory> own(SignedInUser resident);

    Trajectory move(UUID id, Phase to, SignedInUser advisor);

    Trajectory addAction(UUID id, String text, LocalDate due, SignedInUser advisor);

    Trajectory actionDone(UUID id, UUID action, SignedInUser actor);

    Trajectory link(UUID id, Trajectory.LinkKind kind, UUID ref, SignedInUser advisor);

    Trajectory outcome(UUID id, OutcomeInput outcome, SignedInUser advisor);

    void addNote(UUID id, String text, SignedInUser advisor);

    List<Note> notes(UUID id, SignedInUser viewer);

    List<CaseloadEntry> caseload(UUID advisor, CaseloadFilter filter, SignedInUser viewer);

    /** A question at a campus's service point from a resident (about themselves) or an employer (about staff). */
    Intake ask(
            UUID campus, TrajectoryKind kind, String question, String contact, UUID organisation, SignedInUser asker);

    List<Intake> queue(UUID campus, SignedInUser advisor);

    Trajectory takeUp(UUID intake, SignedInUser advisor);

    /** An employer's question about staff, answered by the advisor outside Werkpad, leaves the queue. */
    void handle(UUID intake, SignedInUser advisor);

    /** Every phase change so far, oldest first, as the events it published (a read model for the monitor's rebuild). */
    void history(Consumer<TrajectoryChanged> each);

    record OutcomeInput(
            OutcomeKind kind, @Size(max = Limits.NOTE) String reason, UUID vacancy, UUID employer, Integer hours) {}

    record Note(UUID id, String author, String text, Instant at) {}

    /** @param status OPEN (a running trajectory), CLOSED, NONE (shared the passport, no trajectory yet); null for all */
    record CaseloadFilter(Phase phase, String status, Integer minWaitingDays, String municipality) {}

    /**
     * @param waitingDays days since the last phase change (or, without a trajectory, since the passport was shared)
     */
    record CaseloadEntry(
            UUID person,
            String name,
            String municipality,
            UUID trajectory,
            TrajectoryKind kind,
            Phase phase,
            long waitingDays,
            NextAction next) {}

    record Intake(
            UUID id,
            UUID campus,
            String campusName,
            String requester,
            String kind,
            String question,
            String contact,
            Instant askedAt,
            long waitingDays,
            UUID trajectory) {}
}
