package nl.werkpad.ecosystem;

import java.time.LocalDate;
import java.util.Map;

/**
 * Figures of the action agenda that other modules hold (career-switch trajectories, companies reached through
 * vouchers), by measure name. Implemented by those modules, read by the agenda when its targets are shown.
 */
public interface AgendaMeasures {

    Map<String, Double> measure(LocalDate today);
}
