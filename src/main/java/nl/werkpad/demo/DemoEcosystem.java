package nl.werkpad.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.werkpad.access.Accounts;
import nl.werkpad.access.Role;
import nl.werkpad.access.SignedInUser;
import nl.werkpad.ecosystem.Campus;
import nl.werkpad.ecosystem.Coalition;
import nl.werkpad.ecosystem.Ecosystem;
import nl.werkpad.ecosystem.Event;
import nl.werkpad.ecosystem.domain.CoalitionPhase;
import nl.werkpad.ecosystem.domain.PurposeCase;
import nl.werkpad.organisations.Organisation;
import nl.werkpad.organisations.OrganisationKind;
import nl.werkpad.organisations.Organisations;
import nl.werkpad.shared.WerkpadProperties;
import nl.werkpad.shared.startup.StartupTask;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The demo region's ecosystem: the campuses get their demo school and a few employers of their
 * municipality as partners, four run a service point, and a year of events and three development
 * coalitions (running, in purpose case, stopped) give the action agenda live figures. Made up for the
 * demo; the campuses and the agenda themselves are the real ones.
 */
@Component
@Order(4)
class DemoEcosystem implements StartupTask {

    private static final Logger LOG = LoggerFactory.getLogger(DemoEcosystem.class);
    /** Tech@Connect, TerraTechnica, Techport and VTi run a service point in the demo. */
    private static final Set<Integer> SERVICE_POINTS = Set.of(1, 3, 5, 9);

    private final Ecosystem ecosystem;
    private final Organisations organisations;
    private final Accounts accounts;
    private final WerkpadProperties werkpad;

    private final Clock clock;

    DemoEcosystem(
            Ecosystem ecosystem,
            Organisations organisations,
            Accounts accounts,
            WerkpadProperties werkpad,
            Clock clock) {
        this.clock = clock;
        this.ecosystem = ecosystem;
        this.organisations = organisations;
        this.accounts = accounts;
        this.werkpad = werkpad;
    }

    @Override
    public Phase phase() {
        return Phase.DEMO;
    }

    @Override
    public void run() {
        if (!werkpad.isDemo() || !ecosystem.events().isEmpty()) {
            return;
        }
        var account = accounts.byUsername(Role.BELEID.demoUsername()).orElseThrow();
        SignedInUser policy =
                new SignedInUser(account.id(), account.username(), account.displayName(), Set.of(Role.BELEID));
        List<Organisation> employers = organisations.search(null, OrganisationKind.EMPLOYER, 2000, 0);
        for (Campus campus : ecosystem.campuses(null, null)) {
            organisations
                    .byKvkNumber(DemoMarket.campusKvk(campus.nr()))
                    .ifPresent(
                            school -> ecosystem.addPartner(campus.id(), school.id(), Campus.Helix.EDUCATION, policy));
            if (campus.municipality() != null) {
                employers.stream()
                        .filter(e -> e.sites().stream()
                                .anyMatch(s -> campus.municipality().code().equals(s.municipality())))
                        .limit(3)
                        .forEach(e -> ecosystem.addPartner(campus.id(), e.id(), Campus.Helix.BUSINESS, policy));
            }
            if (SERVICE_POINTS.contains(campus.nr())) {
                ecosystem.setServicePoint(campus.id(), true, policy);
            }
        }
        events(policy);
        coalitions(policy);
        LOG.info(
                "Demo ecosystem: partners, service points, {} events and {} coalitions",
                ecosystem.events().size(),
                ecosystem.coalitions().size());
    }

    private void events(SignedInUser policy) {
        Map<Integer, Campus> byNr = new java.util.HashMap<>();
        ecosystem.campuses(null, null).forEach(c -> byNr.put(c.nr(), c));
        LocalDate today = LocalDate.now(clock);
        int year = today.getYear();
        record Planned(
                Event.Kind kind,
                String title,
                LocalDate on,
                int campus,
                int participants,
                int pupils,
                String outcome) {}
        List<Planned> planned = List.of(
                new Planned(
                        Event.Kind.TECHNOLOGY_TABLE,
                        "Technologietafel energietransitie",
                        LocalDate.of(year, 3, 14),
                        1,
                        42,
                        0,
                        "Drie nieuwe leerwerkplekken offshore afgesproken"),
                new Planned(
                        Event.Kind.ADVISORY_MEETING,
                        "Leer- en adviescommissie manifest",
                        LocalDate.of(year, 2, 8),
                        0,
                        14,
                        0,
                        "Voortgang purpose cases besproken"),
                new Planned(
                        Event.Kind.ADVISORY_MEETING,
                        "Leer- en adviescommissie manifest",
                        LocalDate.of(year, 6, 6),
                        0,
                        12,
                        0,
                        "Ontwikkelfonds NHN geagendeerd"),
                new Planned(
                        Event.Kind.PROMOTION_EVENT,
                        "Promotie Event Techniek Den Helder",
                        LocalDate.of(year, 4, 11),
                        1,
                        60,
                        1180,
                        "Ouder-kinddag gepland"),
                new Planned(
                        Event.Kind.PROMOTION_EVENT,
                        "Promotie Event Techniek Alkmaar",
                        LocalDate.of(year, 5, 16),
                        3,
                        75,
                        1420,
                        "Twaalf scholen deden mee"),
                new Planned(
                        Event.Kind.PROMOTION_EVENT,
                        "Promotie Event Techniek IJmond",
                        LocalDate.of(year, 9, 26),
                        5,
                        58,
                        960,
                        ""),
                new Planned(
                        Event.Kind.PARENT_CHILD_DAY,
                        "Ouder-kinddag Techport",
                        LocalDate.of(year, 10, 4),
                        5,
                        310,
                        140,
                        "Veel vragen over mbo-techniek"),
                new Planned(
                        Event.Kind.PROMOTION_EVENT,
                        "Promotie Event Techniek Zaanstad",
                        LocalDate.of(year - 1, 10, 12),
                        7,
                        64,
                        1210,
                        ""));
        for (Planned p : planned) {
            if (p.on().isAfter(today)) {
                continue; // only what has happened
            }
            Campus campus = byNr.get(p.campus());
            ecosystem.addEvent(
                    new Ecosystem.NewEvent(
                            p.kind(),
                            p.title(),
                            p.on(),
                            campus == null ? null : campus.id(),
                            campus == null || campus.municipality() == null
                                    ? null
                                    : campus.municipality().code(),
                            p.participants(),
                            p.pupils() == 0 ? null : p.pupils(),
                            p.outcome()),
                    policy);
        }
    }

    private void coalitions(SignedInUser policy) {
        Coalition servicePoint = ecosystem.createCoalition(
                new Ecosystem.NewCoalition("Servicepunt Techniek", "II-3a", "Tech@Connect"), policy);
        ecosystem.writePurposeCase(
                servicePoint.id(),
                new Ecosystem.PurposeCaseInput(
                        "Werkenden en werkzoekenden vinden de weg naar techniek niet",
                        "In elke arbeidsmarktregio een digitaal en fysiek servicepunt",
                        List.of(
                                new Ecosystem.PartnerInput(
                                        "Provincie Noord-Holland",
                                        PurposeCase.Helix.PROVINCE,
                                        250_000_00L,
                                        "cofinanciering"),
                                new Ecosystem.PartnerInput(
                                        "ROC Kop van Noord-Holland",
                                        PurposeCase.Helix.EDUCATION,
                                        125_000_00L,
                                        "loopbaanadviseurs"),
                                new Ecosystem.PartnerInput(
                                        "Techniekbedrijven Kop van Noord-Holland",
                                        PurposeCase.Helix.BUSINESS,
                                        125_000_00L,
                                        "stages en vacatures"),
                                new Ecosystem.PartnerInput(
                                        "Gemeente Den Helder", PurposeCase.Helix.GOVERNMENT, 0L, "huisvesting")),
                        "Besluit regiegroep W&O: cofinanciering toegekend"),
                policy);
        ecosystem.move(servicePoint.id(), CoalitionPhase.PURPOSE_CASE, null, policy);
        ecosystem.move(servicePoint.id(), CoalitionPhase.RUNNING, null, policy);

        Coalition fund = ecosystem.createCoalition(
                new Ecosystem.NewCoalition("Ontwikkelfonds NHN", "III-7b", "Werkgeversservicepunt NHN"), policy);
        ecosystem.writePurposeCase(
                fund.id(),
                new Ecosystem.PurposeCaseInput(
                        "Mkb mist middelen om medewerkers om te scholen",
                        "Een regionaal ontwikkelfonds met individuele ontwikkelbudgetten",
                        List.of(
                                new Ecosystem.PartnerInput(
                                        "Provincie Noord-Holland", PurposeCase.Helix.PROVINCE, 400_000_00L, ""),
                                new Ecosystem.PartnerInput(
                                        "Opleidingsfonds Metaal", PurposeCase.Helix.BUSINESS, 150_000_00L, "")),
                        null),
                policy);
        ecosystem.move(fund.id(), CoalitionPhase.PURPOSE_CASE, null, policy);

        Coalition pilot = ecosystem.createCoalition(
                new Ecosystem.NewCoalition("Pilot nieuwe technologie voor inclusiviteit", "III-9a", "House of Skills"),
                policy);
        ecosystem.move(pilot.id(), CoalitionPhase.STOPPED, "Te weinig draagvlak bij werkgevers", policy);
    }
}
