package nl.werkpad.matching;

import java.util.Map;

/**
 * How tight the labour market of a labour-market region is now, per ISCO sub-major group (two digits): routes rank
 * work the region is short of higher. Implemented by the monitor (which knows the tension indicator) so that this
 * module need not depend on it.
 */
public interface RegionalTension {

    /** Per sub-major group: {@link Shortage#TIGHT} or {@link Shortage#VERY_TIGHT}; groups not in shortage (or suppressed) are absent. */
    Map<String, Shortage> shortages(String region);

    enum Shortage {
        TIGHT,
        VERY_TIGHT
    }
}
