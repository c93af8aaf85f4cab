package nl.werkpad.trajectories.domain;

/** Where a trajectory stands: orientation → guidance → training → placement → aftercare, then closed. */
public enum Phase {
    ORIENTATION,
    GUIDANCE,
    TRAINING,
    PLACEMENT,
    AFTERCARE,
    CLOSED
}
