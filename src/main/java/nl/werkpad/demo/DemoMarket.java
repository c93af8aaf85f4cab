package nl.werkpad.demo;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import nl.werkpad.access.Accounts;
import nl.werkpad.access.Role;
import nl.werkpad.ecosystem.Campus;
import nl.werkpad.ecosystem.Ecosystem;
import nl.werkpad.organisations.NewOrganisation;
import nl.werkpad.organisations.OrganisationKind;
import nl.werkpad.organisations.Organisations;
import nl.werkpad.regions.Municipality;
import nl.werkpad.regions.Regions;
import nl.werkpad.shared.WerkpadProperties;
import nl.werkpad.shared.startup.StartupTask;
import nl.werkpad.taxonomy.Taxonomy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
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
    /** Where a campus without a place or region has its site in the demo (Amsterdam). */
    private static final String FALLBACK_PLACE = "GM0363";

    private final MarketGenerator generator;
    private final Organisations organisations;
    private final Regions regions;
    private final Taxonomy taxonomy;
    private final Accounts accounts;
    private final WerkpadProperties werkpad;
    private final Ecosystem ecosystem;
    private final DemoProperties demo;

    DemoMarket(
            MarketGenerator generator,
            Organisations organisations,
            Regions regions,
            Taxonomy taxonomy,
            Accounts accounts,
            WerkpadProperties werkpad,
            Ecosystem ecosystem,
            DemoProperties demo) {
        this.demo = demo;
        this.ecosystem = ecosystem;
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
                .filter(m -> m.province().code().equals(NOORD_HOLLAND))
                .toList();
        var advisor = accounts.byUsername(Role.ADVISEUR.demoUsername())
                .map(a -> a.id())
                .orElse(null);
        var report = generator.generate(
                new MarketGenerator.Size(demo.residents(), demo.vacancies(), 250),
                SEED,
                noordHolland,
                campuses(),
                advisor);
        log.info("Demo region Noord-Holland: {}", report.summary());
    }

    static String campusKvk(int number) {
        return "910000" + String.format("%02d", number);
    }

    /** The campuses of the ecosystem registry as training providers teaching occupations of their focus. */
    private List<MarketGenerator.Provider> campuses() {
        List<MarketGenerator.Provider> campuses = new ArrayList<>();
        for (Campus campus : ecosystem.campuses(null, null)) {
            String municipality = campus.municipality() != null
                    ? campus.municipality().code()
                    : regions.municipalities().stream()
                            .filter(m -> campus.labourMarketRegion() != null
                                    && m.labourMarketRegion()
                                            .code()
                                            .equals(campus.labourMarketRegion().code()))
                            .map(Municipality::code)
                            .findFirst()
                            .orElse(FALLBACK_PLACE);
            List<String> occupations = campus.focus().stream()
                    .flatMap(focus -> Arrays.stream(focus.split("[&]")))
                    .map(word -> word.replaceAll("\\(.*\\)", "").strip())
                    .filter(word -> word.length() > 2)
                    .flatMap(word ->
                            taxonomy.suggestOccupations(word, "nl", 8).stream().map(o -> o.id()))
                    .distinct()
                    .toList();
            campuses.add(new MarketGenerator.Provider(
                    new NewOrganisation(
                            campusKvk(campus.nr()),
                            campus.name(),
                            OrganisationKind.TRAINING_PROVIDER,
                            null,
                            "P",
                            null,
                            List.of(new NewOrganisation.NewSite(null, municipality))),
                    occupations));
        }
        return campuses;
    }
}
