package nl.werkpad.ecosystem.persistence;

import java.io.Reader;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.werkpad.regions.Municipality;
import nl.werkpad.regions.Regions;
import nl.werkpad.shared.RuleViolation;
import nl.werkpad.shared.csv.CsvImport;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The campus registry from its bundled table (all or nothing): each campus placed in a municipality and a
 * labour-market region from the place names the action agenda uses.
 */
@Component
class CampusImport {

    /** Place names of the agenda that are not municipalities, and subregions for campuses without a place. */
    private static final Map<String, String> PLACES = Map.of("de kop", "GM0400", "kop van noord-holland", "GM0400",
            "ijmond", "GM0453", "noord-holland noord", "GM0361", "mra", "GM0363");

    private final JdbcClient jdbc;
    private final Regions regions;
    private final TransactionTemplate transactions;

    CampusImport(JdbcClient jdbc, Regions regions, TransactionTemplate transactions) {
        this.jdbc = jdbc;
        this.regions = regions;
        this.transactions = transactions;
    }

    int run(String file, Reader csv) {
        return CsvImport.allOrNothing(transactions, file, csv, List.of("nr", "name", "place", "subregion", "kind", "focus"), row -> {
            int nr = row.parsed("nr", Integer::parseInt);
            String name = row.text("name");
            if (name == null || name.length() > 200) {
                throw RuleViolation.of("campus.name-required", "A campus has a name of at most 200 characters");
            }
            String kind = row.get("kind");
            if (!Set.of("campus", "project-pps").contains(kind)) {
                throw RuleViolation.of("campus.kind-invalid", "kind is campus or project-pps, not '" + kind + "'");
            }
            String municipality = row.text("municipality") != null ? row.text("municipality") : municipalityOf(row.get("place"));
            if (municipality != null && regions.municipality(municipality).isEmpty()) {
                throw RuleViolation.of("campus.municipality-unknown", "Unknown municipality " + municipality);
            }
            String regionFrom = municipality != null ? municipality : PLACES.get(row.get("subregion").toLowerCase(java.util.Locale.ROOT));
            String region = regionFrom == null ? null : regions.municipality(regionFrom).map(m -> m.labourMarketRegion().code()).orElse(null);
            String notes = row.text("notes");
            if (municipality == null && region != null) {
                notes = (notes == null ? "" : notes + "; ") + "labour-market region inferred from the subregion";
            }
            List<String> focus = row.get("focus").isEmpty() ? List.of()
                    : java.util.Arrays.stream(row.get("focus").split(";")).map(String::strip).filter(f -> !f.isEmpty()).toList();
            jdbc.sql("""
                    insert into ecosystem.campus (id, nr, name, place, municipality, labour_market_region, subregion, kind, focus,
                        related_programmes, notes, source)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    on conflict (nr) do update set name = excluded.name, place = excluded.place, municipality = excluded.municipality,
                        labour_market_region = excluded.labour_market_region, subregion = excluded.subregion, kind = excluded.kind,
                        focus = excluded.focus, related_programmes = excluded.related_programmes, notes = excluded.notes,
                        source = excluded.source""")
                    .params(UUID.randomUUID(), nr, name, row.text("place"), municipality, region, row.text("subregion"), kind,
                            focus.toArray(String[]::new), row.text("related_programmes"), notes, row.text("source_doc")).update();
            return nr;
        }).size();
    }

    /** The municipality a campus place names ("regio Alkmaar / Heerhugowaard" → Alkmaar), or null. */
    private String municipalityOf(String place) {
        for (String part : place.split("[/(]")) {
            String name = part.replace("regio", "").strip();
            if (name.isEmpty()) {
                continue;
            }
            if (PLACES.containsKey(name.toLowerCase(java.util.Locale.ROOT))) {
                return PLACES.get(name.toLowerCase(java.util.Locale.ROOT));
            }
            Optional<Municipality> found = regions.searchMunicipalities(name, 1).stream()
                    .filter(m -> m.name().equalsIgnoreCase(name)).findFirst();
            if (found.isPresent()) {
                return found.get().code();
            }
        }
        return null;
    }
}
