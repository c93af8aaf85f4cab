package nl.werkpad.trajectories;

import java.time.LocalDate;
import java.util.UUID;
import nl.werkpad.trajectories.domain.OutcomeKind;
import nl.werkpad.trajectories.domain.Phase;
import nl.werkpad.trajectories.domain.TrajectoryKind;

/**
 * A trajectory started, changed phase or got its outcome (published in the writer's transaction): the monitor's
 * flows per kind, region and campus come from these.
 *
 * @param previous the phase before (null when it started)
 * @param daysToPlacement from start to placement, when it was placed
 */
public record TrajectoryChanged(
        UUID trajectory,
        TrajectoryKind kind,
        Phase previous,
        Phase phase,
        String region,
        UUID campus,
        OutcomeKind outcome,
        Boolean inShortage,
        Boolean sectorChanged,
        Integer daysToPlacement,
        LocalDate on) {}
