package nl.werkpad.ecosystem.application;

import java.io.Reader;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import nl.werkpad.ecosystem.domain.RegistryRules;
import nl.werkpad.ecosystem.domain.TargetProgress;
import nl.werkpad.ecosystem.persistence.AgendaStore;
import nl.werkpad.ecosystem.persistence.CampusStore;
import nl.werkpad.regions.Municipality;
import nl.werkpad.regions.Regions;
import nl.werkpad.shared.RuleViolation;
import nl.werkpad.shared.csv.CsvImport;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The all-or-nothing imports of the campus register and the action agenda: each row read, checked by
 * {@link RegistryRules} and put by the {@link CampusStore} and {@link AgendaStore}; an error names its line.
 */
@Component
class RegistryImports {

    /** Subregions and places the register names that are no municipality, with the municipality that stands for them. */
    private static final Map<String, String> PLACES = Map.of(
            "de kop",
            "GM0400",
            "kop van noord-holland",
            "GM0400",
            "ijmond",
            "GM0453",
            "noord-holland noord",
            "GM0361",
            "mra",
            "GM0363");

    private final CampusStore campuses;
    private final AgendaStore agenda;
    private final Regions regions;
    private final TransactionTemplate transactions;

    RegistryImports(CampusStore campuses, AgendaStore agenda, Regions regions, TransactionTemplate transactions) {
        this.campuses = campuses;
        this.agenda = agenda;
        this.regions = regions;
        this.transactions = transactions;
    }

    int campuses(String file, Reader csv) {
        return CsvImport.allOrNothing(
                        transactions, file, csv, List.of("nr", "name", "place", "subregion", "kind", "focus"), row -> {
                            int nr = row.parsed("nr", Integer::parseInt);
                            String name = row.text("name");
                            String kind = row.get("kind");
                            RegistryRules.campus(name, kind).orThrow();
                            String municipality = row.text("municipality") != null
                                    ? row.text("municipality")
                                    : municipalityOf(row.get("place"));
                            if (municipality != null
                                    && regions.municipality(municipality).isEmpty()) {
                                throw RuleViolation.of(
                                        "campus.municipality-unknown", "Unknown municipality " + municipality);
                            }
                            String regionFrom = municipality != null
                                    ? municipality
                                    : PLACES.get(row.get("subregion").toLowerCase(Locale.ROOT));
                            String region = regionFrom == null
                                    ? null
                                    : regions.municipality(regionFrom)
                                            .map(m -> m.labourMarketRegion().code())
                                            .orElse(null);
                            String notes = row.text("notes");
                            if (municipality == null && region != null) {
                                notes = (notes == null ? "" : notes + "; ")
                                        + "labour-market region inferred from the subregion";
                            }
                            List<String> focus = row.get("focus").isEmpty()
                                    ? List.of()
                                    : Arrays.stream(row.get("focus").split(";"))
                                            .map(String::strip)
                                            .filter(f -> !f.isEmpty())
                                            .toList();
                            campuses.putCampus(
                                    nr,
                                    name,
                                    row.text("place"),
                                    municipality,
                                    region,
                                    row.text("subregion"),
                                    kind,
                                    focus,
                                    row.text("related_programmes"),
                                    notes,
                                    row.text("source_doc"));
                            return nr;
                        })
                .size();
    }

    int targets(String file, Reader csv) {
        return CsvImport.allOrNothing(
                        transactions,
                        file,
                        csv,
                        List.of(
                                "actielijn",
                                "actie_nr",
                                "resultaat_nr",
                                "titel",
                                "ontwikkelcoalitie",
                                "beoogd_resultaat_kort",
                                "target_metric",
                                "target_value",
                                "target_unit",
                                "target_deadline"),
                        row -> {
                            String line = row.text("actielijn");
                            String result = row.text("resultaat_nr");
                            RegistryRules.target(line, result, row.text("titel"), row.text("beoogd_resultaat_kort"))
                                    .orThrow();
                            Double value = row.parsed("target_value", Double::parseDouble);
                            String id = line.split(" ")[0] + "-" + row.get("actie_nr") + result;
                            agenda.putTarget(
                                    id,
                                    line,
                                    row.text("actie_nr"),
                                    result,
                                    row.text("titel"),
                                    row.text("ontwikkelcoalitie"),
                                    row.text("beoogd_resultaat_kort"),
                                    row.text("target_metric"),
                                    value,
                                    row.text("target_unit"),
                                    row.text("target_deadline"),
                                    TargetProgress.due(row.text("target_deadline")),
                                    row.text("source_doc"));
                            return id;
                        })
                .size();
    }

    /** The municipality a campus place names ("regio Alkmaar / Heerhugowaard" → Alkmaar), or null. */
    private String municipalityOf(String place) {
        for (String part : place.split("[/(]")) {
            String name = part.replace("regio", "").strip();
            if (name.isEmpty()) {
                continue;
            }
            if (PLACES.containsKey(name.toLowerCase(Locale.ROOT))) {
                return PLACES.get(name.toLowerCase(Locale.ROOT));
            }
            Optional<Municipality> found = regions.searchMunicipalities(name, 1).stream()
                    .filter(m -> m.name().equalsIgnoreCase(name))
                    .findFirst();
            if (found.isPresent()) {
                return found.get().code();
            }
        }
        return null;
    }
}
