package nl.werkpad.demo;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import nl.werkpad.access.Accounts;
import nl.werkpad.access.Role;
import nl.werkpad.organisations.NewOrganisation;
import nl.werkpad.organisations.OrganisationKind;
import nl.werkpad.organisations.Organisations;
import nl.werkpad.regions.Municipality;
import nl.werkpad.regions.Regions;
import nl.werkpad.shared.WerkpadProperties;
import nl.werkpad.shared.csv.CsvRows;
import nl.werkpad.shared.startup.StartupTask;
import nl.werkpad.taxonomy.Taxonomy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The demo region: Noord-Holland's 44 municipalities with generated employers, vacancies and residents,
 * and the 17 real campuses of the 2021–2023 agenda as training providers teaching skills of their focus.
 * Seeded once, on the first demo start.
 */
@Component
@Order(3)
class DemoMarket implements StartupTask {

    private static final Logger log = LoggerFactory.getLogger(DemoMarket.class);
    private static final String NOORD_HOLLAND = "PV27";
    private static final long SEED = 2021;
    /** Campus places the regions cannot resolve by name, and campuses without a place: by subregion. */
    private static final Map<String, String> PLACE = Map.of("De Kop", "GM0400", "IJmond", "GM0453",
            "Noord-Holland Noord", "GM0361", "MRA", "GM0363", "", "GM0392");

    private final MarketGenerator generator;
    private final Organisations organisations;
    private final Regions regions;
    private final Taxonomy taxonomy;
    private final Accounts accounts;
    private final WerkpadProperties werkpad;

    DemoMarket(MarketGenerator generator, Organisations organisations, Regions regions, Taxonomy taxonomy, Accounts accounts,
               WerkpadProperties werkpad) {
        this.generator = generator;
        this.organisations = organisations;
        this.regions = regions;
        this.taxonomy = taxonomy;
        this.accounts = accounts;
        this.werkpad = werkpad;
    }

    @Override
    public Phase phase() {
        return Phase.DEMO;
    }

    @Override
    public void run() {
        if (!werkpad.isDemo() || organisations.byKvkNumber(campusKvk(1)).isPresent()) {
            return;
        }
        List<Municipality> noordHolland = regions.municipalities().stream()
                .filter(m -> m.province().code().equals(NOORD_HOLLAND)).toList();
        var advisor = accounts.byUsername(Role.ADVISEUR.demoUsername()).map(a -> a.id()).orElse(null);
        var report = generator.generate(new MarketGenerator.Size(1500, 600, 170), SEED, noordHolland, campuses(), advisor);
        log.info("Demo region Noord-Holland: {}", report.summary());
    }

    private static String campusKvk(int number) {
        return "910000" + String.format("%02d", number);
    }

    private List<MarketGenerator.Provider> campuses() {
        List<MarketGenerator.Provider> campuses = new ArrayList<>();
        try (var reader = new InputStreamReader(new ClassPathResource("data/ecosystem/campuses.csv").getInputStream(), StandardCharsets.UTF_8)) {
            CsvRows.read("campuses.csv", reader, List.of("nr", "name", "place", "subregion", "focus"), row -> {
                String municipality = municipalityOf(row.get("place"), row.get("subregion"));
                List<String> occupations = Arrays.stream(row.get("focus").split("[;&]"))
                        .map(word -> word.replaceAll("\\(.*\\)", "").strip()).filter(word -> word.length() > 2)
                        .flatMap(word -> taxonomy.suggestOccupations(word, "nl", 8).stream().map(o -> o.id())).distinct().toList();
                campuses.add(new MarketGenerator.Provider(new NewOrganisation(campusKvk(Integer.parseInt(row.get("nr"))),
                        row.get("name"), OrganisationKind.TRAINING_PROVIDER, null, "P", null,
                        List.of(new NewOrganisation.NewSite(null, municipality))), occupations));
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return campuses;
    }

    private String municipalityOf(String place, String subregion) {
        for (String part : place.split("[/(]")) {
            String name = part.replace("regio", "").strip();
            var found = regions.searchMunicipalities(name, 1).stream().filter(m -> m.province().code().equals(NOORD_HOLLAND)).findFirst();
            if (!name.isEmpty() && found.isPresent()) {
                return found.get().code();
            }
            if (PLACE.containsKey(name)) {
                return PLACE.get(name);
            }
        }
        return PLACE.getOrDefault(subregion, PLACE.get(""));
    }
}
