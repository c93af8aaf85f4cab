package nl.werkpad.trajectories.domain;

/** What a trajectory is for. */
public enum TrajectoryKind {
    WORK_TO_WORK,
    BENEFIT_TO_WORK,
    SWITCH_TO_TECHNOLOGY,
    SCHOOL_LEAVER,
    INCLUSIVE_ROUTE
}
