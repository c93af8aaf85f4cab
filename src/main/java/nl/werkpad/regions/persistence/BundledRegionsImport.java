package nl.werkpad.regions.persistence;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.werkpad.shared.csv.CsvError;
import nl.werkpad.shared.csv.CsvProblems;
import nl.werkpad.shared.csv.CsvRows;
import nl.werkpad.shared.startup.StartupTask;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads the bundled CBS 2024 geography (src/main/resources/data/nl_geo, see its PROVENANCE.md) into an
 * empty regions schema, all or nothing. Nothing to do on later starts.
 */
@Component
class BundledRegionsImport implements StartupTask {

    private static final String DATA = "data/nl_geo/";
    /** CBS province codes; the CSV names the provinces. */
    private static final Map<String, String> PROVINCE_CODES = Map.ofEntries(
            Map.entry("Groningen", "PV20"),
            Map.entry("Friesland", "PV21"),
            Map.entry("Drenthe", "PV22"),
            Map.entry("Overijssel", "PV23"),
            Map.entry("Flevoland", "PV24"),
            Map.entry("Gelderland", "PV25"),
            Map.entry("Utrecht", "PV26"),
            Map.entry("Noord-Holland", "PV27"),
            Map.entry("Zuid-Holland", "PV28"),
            Map.entry("Zeeland", "PV29"),
            Map.entry("Noord-Brabant", "PV30"),
            Map.entry("Limburg", "PV31"));

    private record MunicipalityRow(String code, String name, String province, String region, double lat, double lon) {}

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final JdbcRegions regions;

    BundledRegionsImport(JdbcClient jdbc, TransactionTemplate transactions, JdbcRegions regions) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.regions = regions;
    }

    @Override
    public Phase phase() {
        return Phase.REFERENCE_DATA;
    }

    @Override
    public void run() {
        boolean loaded = jdbc.sql("select exists (select 1 from regions.municipality)")
                .query(Boolean.class)
                .single();
        if (loaded) {
            return;
        }
        Map<String, String> regionNames = new LinkedHashMap<>();
        read(
                "arbeidsmarktregios_2024.csv",
                List.of("amr_code", "amr_naam"),
                row -> regionNames.put(row.get("amr_code"), row.get("amr_naam")));
        List<MunicipalityRow> municipalities = new ArrayList<>();
        List<CsvError> errors = new ArrayList<>();
        read("gemeenten_2024.csv", List.of("gm_code", "gemeente", "provincie", "amr_code", "lat", "lon"), row -> {
            String province = PROVINCE_CODES.get(row.get("provincie"));
            if (province == null || !regionNames.containsKey(row.get("amr_code"))) {
                errors.add(row.error("unknown province or labour-market region"));
                return;
            }
            try {
                municipalities.add(new MunicipalityRow(
                        row.get("gm_code"),
                        row.get("gemeente"),
                        province,
                        row.get("amr_code"),
                        Double.parseDouble(row.get("lat")),
                        Double.parseDouble(row.get("lon"))));
            } catch (NumberFormatException e) {
                errors.add(row.error("lat/lon is not a number"));
            }
        });
        if (!errors.isEmpty()) {
            throw new CsvProblems(errors);
        }
        String shapes = resource("arbeidsmarktregio_2024.topojson");
        transactions.executeWithoutResult(tx -> write(regionNames, municipalities, shapes));
        regions.reload();
    }

    private void write(Map<String, String> regionNames, List<MunicipalityRow> municipalities, String shapes) {
        PROVINCE_CODES.forEach((name, code) -> jdbc.sql("insert into regions.province (code, name) values (?, ?)")
                .params(code, name)
                .update());
        regionNames.forEach(
                (code, name) -> jdbc.sql("insert into regions.labour_market_region (code, name) values (?, ?)")
                        .params(code, name)
                        .update());
        for (MunicipalityRow m : municipalities) {
            jdbc.sql("""
                    insert into regions.municipality (code, name, province, labour_market_region, latitude, longitude)
                    values (?, ?, ?, ?, ?, ?)
                    """)
                    .params(m.code(), m.name(), m.province(), m.region(), m.lat(), m.lon())
                    .update();
        }
        jdbc.sql("insert into regions.region_shapes (name, topojson) values ('arbeidsmarktregio_2024', ?)")
                .param(shapes)
                .update();
    }

    private static void read(String file, List<String> columns, java.util.function.Consumer<CsvRows.Row> rows) {
        try (var reader =
                new InputStreamReader(new ClassPathResource(DATA + file).getInputStream(), StandardCharsets.UTF_8)) {
            CsvRows.read(file, reader, columns, rows);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String resource(String file) {
        try {
            return new ClassPathResource(DATA + file).getContentAsString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
