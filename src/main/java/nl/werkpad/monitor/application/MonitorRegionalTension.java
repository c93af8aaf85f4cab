package nl.werkpad.monitor.application;

import java.util.HashMap;
import java.util.Map;
import nl.werkpad.matching.RegionalTension;
import nl.werkpad.monitor.Monitor;
import nl.werkpad.monitor.domain.Tension;
import org.springframework.stereotype.Component;

/** Tells matching's routes which occupation groups the region is short of now (suppressed figures count as unknown). */
@Component
class MonitorRegionalTension implements RegionalTension {

    private final Monitor monitor;

    MonitorRegionalTension(Monitor monitor) {
        this.monitor = monitor;
    }

    @Override
    public Map<String, Shortage> shortages(String region) {
        Map<String, Shortage> result = new HashMap<>();
        if (region == null) {
            return result;
        }
        monitor.tension(Monitor.Level.REGION, region, Monitor.Grouping.SUB_MAJOR, null).rows().stream()
                .filter(r -> !r.suppressed())
                .forEach(r -> {
                    if (r.level() == Tension.Level.VERY_TIGHT) {
                        result.put(r.group(), Shortage.VERY_TIGHT);
                    } else if (r.level() == Tension.Level.TIGHT) {
                        result.put(r.group(), Shortage.TIGHT);
                    }
                });
        return result;
    }
}
