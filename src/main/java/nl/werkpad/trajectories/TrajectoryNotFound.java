package nl.werkpad.trajectories;

import nl.werkpad.shared.NotFound;

public class TrajectoryNotFound extends NotFound {

    private TrajectoryNotFound(Object id) {
        super("trajectory", String.valueOf(id));
    }

    public static TrajectoryNotFound byId(Object id) {
        return new TrajectoryNotFound(id);
    }
}
