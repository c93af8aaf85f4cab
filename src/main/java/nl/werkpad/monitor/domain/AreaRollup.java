package nl.werkpad.monitor.domain;

import java.util.List;
import java.util.Optional;
import nl.werkpad.regions.LabourMarketRegion;
import nl.werkpad.regions.Municipality;

/**
 * Which areas a figure counts towards: the one rule for the monitor's counters (kept per event and rebuilt in SQL)
 * and its flows. A municipality's figure counts in its labour-market region, its province and the Netherlands. A
 * figure known only by region counts in the region and the Netherlands, and in a province only when the region lies
 * wholly in it (a region across a provincial border cannot say which side a figure belongs to). An unknown place
 * counts in the Netherlands only (a region code no longer in the reference data still counts as itself).
 */
public final class AreaRollup {

    public static final String COUNTRY = "NL";

    private AreaRollup() {}

    public static List<String> ofMunicipality(Optional<Municipality> municipality) {
        return municipality
                .map(m -> List.of(m.labourMarketRegion().code(), m.province().code(), COUNTRY))
                .orElse(List.of(COUNTRY));
    }

    /** A region by its code, with the region where the reference data knows it. */
    public static List<String> ofRegion(String code, Optional<LabourMarketRegion> region) {
        if (code == null) {
            return List.of(COUNTRY);
        }
        return region.filter(r -> r.provinces().size() == 1)
                .map(r -> List.of(code, r.provinces().getFirst().code(), COUNTRY))
                .orElse(List.of(code, COUNTRY));
    }
}
