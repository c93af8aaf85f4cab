package nl.werkpad.monitor.application;

import java.util.function.Predicate;
import nl.werkpad.monitor.Monitor.Level;
import nl.werkpad.regions.Municipality;
import nl.werkpad.regions.Regions;
import nl.werkpad.shared.RuleViolation;
import org.springframework.stereotype.Component;

/** An area asked for by code: its municipalities (the counters' unit) and its name; an unknown area is refused. */
@Component
class MonitorAreas {

    private final Regions regions;

    MonitorAreas(Regions regions) {
        this.regions = regions;
    }

    /** The municipalities of an area, or null for the whole country. */
    String[] municipalities(Level level, String area) {
        return switch (level) {
            case COUNTRY -> null;
            case PROVINCE -> codes(m -> m.province().code().equals(area), area);
            case REGION -> codes(m -> m.labourMarketRegion().code().equals(area), area);
            case MUNICIPALITY -> codes(m -> m.code().equals(area), area);
        };
    }

    private String[] codes(Predicate<Municipality> in, String area) {
        String[] codes = regions.municipalities().stream()
                .filter(in)
                .map(Municipality::code)
                .toArray(String[]::new);
        if (codes.length == 0) {
            throw RuleViolation.of("monitor.area-unknown", "Unknown area " + area);
        }
        return codes;
    }

    String name(Level level, String area) {
        return switch (level) {
            case COUNTRY -> "Nederland";
            case PROVINCE ->
                regions.provinces().stream()
                        .filter(p -> p.code().equals(area))
                        .map(p -> p.name())
                        .findFirst()
                        .orElse(area);
            case REGION -> regions.labourMarketRegion(area).map(r -> r.name()).orElse(area);
            case MUNICIPALITY ->
                regions.municipality(area).map(Municipality::name).orElse(area);
        };
    }
}
