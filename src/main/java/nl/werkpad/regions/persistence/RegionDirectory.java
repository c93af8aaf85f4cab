package nl.werkpad.regions.persistence;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import nl.werkpad.regions.LabourMarketRegion;
import nl.werkpad.regions.Municipality;
import nl.werkpad.regions.Province;
import nl.werkpad.regions.domain.SearchText;

/** All of the geography in memory (342 municipalities): read once, answered without SQL. */
record RegionDirectory(
        Map<String, Municipality> municipalities,
        Map<String, LabourMarketRegion> regions,
        List<Province> provinces,
        Map<String, String> foldedNames) {

    static RegionDirectory of(List<Municipality> municipalities, List<Province> provinces) {
        Map<String, Municipality> byCode = new LinkedHashMap<>();
        municipalities.stream().sorted(Comparator.comparing(Municipality::name)).forEach(m -> byCode.put(m.code(), m));
        Map<String, LabourMarketRegion> regions = new LinkedHashMap<>();
        byCode.values().stream()
                .collect(Collectors.groupingBy(m -> m.labourMarketRegion().code(), TreeMap::new, Collectors.toList()))
                .forEach((code, members) -> regions.put(
                        code,
                        new LabourMarketRegion(
                                code,
                                members.getFirst().labourMarketRegion().name(),
                                members.stream()
                                        .map(Municipality::province)
                                        .distinct()
                                        .sorted(Comparator.comparing(Province::code))
                                        .toList(),
                                members)));
        Map<String, String> folded =
                byCode.values().stream().collect(Collectors.toMap(Municipality::code, m -> SearchText.fold(m.name())));
        return new RegionDirectory(byCode, regions, provinces, folded);
    }

    List<Municipality> search(String text, int limit) {
        String query = SearchText.fold(text);
        if (query.isEmpty()) {
            return municipalities.values().stream().limit(limit).toList();
        }
        return municipalities.values().stream()
                .filter(m ->
                        foldedNames.get(m.code()).contains(query) || m.code().equalsIgnoreCase(text.strip()))
                .sorted(Comparator.comparingInt((Municipality m) -> rank(foldedNames.get(m.code()), query))
                        .thenComparing(Municipality::name))
                .limit(limit)
                .toList();
    }

    private static int rank(String name, String query) {
        if (name.equals(query)) {
            return 0;
        }
        if (name.startsWith(query)) {
            return 1;
        }
        return name.contains(" " + query) ? 2 : 3;
    }
}
