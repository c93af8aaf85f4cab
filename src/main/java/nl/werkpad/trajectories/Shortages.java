package nl.werkpad.trajectories;

import java.util.Optional;

/**
 * Whether an occupation group is in shortage in a labour-market region now. Implemented by the monitor (which
 * knows the tension indicator) so that this module need not depend on it; empty when nobody can tell.
 */
public interface Shortages {

    Optional<Boolean> inShortage(String iscoCode, String region);
}
