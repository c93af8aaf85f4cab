package nl.werkpad.trajectories.domain;

/** How a trajectory ended (or stands at its end): placed in work, still searching, dropped out, moved away. */
public enum OutcomeKind {
    PLACED,
    STILL_SEARCHING,
    DROPPED_OUT,
    MOVED_AWAY
}
