package nl.werkpad.monitor.application;

import java.util.Optional;
import nl.werkpad.monitor.Monitor;
import nl.werkpad.monitor.domain.Tension;
import nl.werkpad.trajectories.Shortages;
import org.springframework.stereotype.Component;

/**
 * Tells the trajectories whether a placement's occupation is in shortage: its ISCO sub-major group is tight or
 * very tight (tension above 1.5) in the labour-market region now; empty when the figure is suppressed or absent.
 */
@Component
class MonitorShortages implements Shortages {

    private final Monitor monitor;

    MonitorShortages(Monitor monitor) {
        this.monitor = monitor;
    }

    @Override
    public Optional<Boolean> inShortage(String iscoCode, String region) {
        if (iscoCode == null || iscoCode.length() < 2) {
            return Optional.empty();
        }
        String group = iscoCode.substring(0, 2);
        return monitor.tension(Monitor.Level.REGION, region, Monitor.Grouping.SUB_MAJOR, null).rows().stream()
                .filter(r -> r.group().equals(group) && !r.suppressed() && r.level() != Tension.Level.NONE)
                .findFirst()
                .map(r -> r.level() == Tension.Level.TIGHT || r.level() == Tension.Level.VERY_TIGHT);
    }
}
