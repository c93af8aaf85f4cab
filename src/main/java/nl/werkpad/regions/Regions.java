package nl.werkpad.regions;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import nl.werkpad.regions.domain.SearchText;

/** Dutch geography for every module: look-ups, search, distances and map shapes. */
public interface Regions {

    Optional<Municipality> municipality(String code);

    /** The municipality, or {@link MunicipalityNotFound}. */
    default Municipality requireMunicipality(String code) {
        return municipality(code).orElseThrow(() -> MunicipalityNotFound.byCode(code));
    }

    /** The municipality by its CBS code or by its name as a person types it ("alkmaar", "Bergen (NH.)"). */
    default Optional<Municipality> municipalityByNameOrCode(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        Optional<Municipality> byCode = municipality(text.strip().toUpperCase(Locale.ROOT));
        if (byCode.isPresent()) {
            return byCode;
        }
        String folded = SearchText.fold(text);
        return searchMunicipalities(text, 10).stream()
                .filter(m -> SearchText.fold(m.name()).equals(folded))
                .findFirst();
    }

    /** Municipalities whose name starts with or contains the text (accents and case ignored), best first. */
    List<Municipality> searchMunicipalities(String text, int limit);

    List<Municipality> municipalities();

    List<LabourMarketRegion> labourMarketRegions();

    Optional<LabourMarketRegion> labourMarketRegion(String code);

    /** The codes of a labour-market region's municipalities, none for an unknown region: a list's filter on "where". */
    default String[] municipalityCodesOf(String regionCode) {
        return labourMarketRegion(regionCode)
                .map(r -> r.municipalities().stream().map(m -> m.code()).toArray(String[]::new))
                .orElse(new String[0]);
    }

    /**
     * The labour-market regions under the province they (mostly) lie in, provinces and regions by name: what a
     * select shows as option groups, so that a person finds "Noord-Holland Noord" under Noord-Holland.
     */
    default Map<Province, List<LabourMarketRegion>> labourMarketRegionsByProvince() {
        Map<Province, List<LabourMarketRegion>> grouped = new TreeMap<>(Comparator.comparing(Province::name));
        for (LabourMarketRegion region : labourMarketRegions()) {
            grouped.computeIfAbsent(region.provinces().getFirst(), p -> new ArrayList<>())
                    .add(region);
        }
        grouped.values().forEach(list -> list.sort(Comparator.comparing(LabourMarketRegion::name)));
        return grouped;
    }

    List<Province> provinces();

    /** Straight-line distance in km between the points of two municipalities. */
    double distanceKm(String fromCode, String toCode);

    /** The labour-market region boundaries as TopoJSON (WGS84), for maps drawn in the page. */
    String labourMarketRegionShapes();

    /** The labour-market regions as SVG paths for maps drawn by the server. */
    RegionMap labourMarketRegionMap();
}
