package nl.werkpad.trajectories;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.werkpad.trajectories.domain.OutcomeKind;
import nl.werkpad.trajectories.domain.Phase;
import nl.werkpad.trajectories.domain.PhaseRules.Facts;
import nl.werkpad.trajectories.domain.TrajectoryKind;

/** A trajectory as its advisor (or the resident, without notes) sees it. */
public record Trajectory(
        UUID id,
        UUID person,
        String personName,
        UUID advisor,
        String advisorName,
        UUID campus,
        TrajectoryKind kind,
        Phase phase,
        String municipality,
        LocalDate startedOn,
        LocalDate closedOn,
        Outcome outcome,
        List<PhaseChange> history,
        List<Action> actions,
        List<Link> links) {

    public record PhaseChange(Phase phase, LocalDate on) {}

    public record Action(UUID id, String text, LocalDate due, Instant doneAt) {
        public boolean done() {
            return doneAt != null;
        }
    }

    public enum LinkKind {
        VACANCY,
        OFFER,
        VOUCHER
    }

    public record Link(LinkKind kind, UUID ref, String label) {}

    /**
     * @param inShortage    whether the occupation is tight in the person's region (from the caller: the monitor's class)
     * @param sectorChanged whether the placement's sector differs from the person's last one
     */
    public record Outcome(
            OutcomeKind kind,
            String reason,
            UUID vacancy,
            UUID employer,
            String occupation,
            String sector,
            Integer hours,
            Boolean inShortage,
            Boolean sectorChanged,
            LocalDate placedOn) {}

    /** What the phase rules look at: a training linked, a vacancy or employer known, the outcome recorded. */
    public Facts phaseFacts() {
        return new Facts(
                has(LinkKind.OFFER) || has(LinkKind.VOUCHER),
                has(LinkKind.VACANCY) || outcome != null && outcome.employer() != null,
                outcome == null ? null : outcome.kind());
    }

    public boolean has(LinkKind kind) {
        return links.stream().anyMatch(l -> l.kind() == kind);
    }
}
