package nl.werkpad.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.werkpad.access.Accounts;
import nl.werkpad.access.Role;
import nl.werkpad.access.SignedInUser;
import nl.werkpad.fund.AccountHolder;
import nl.werkpad.fund.Fund;
import nl.werkpad.fund.VoucherRequest;
import nl.werkpad.passport.LabourMarketStatus;
import nl.werkpad.passport.PassportInput;
import nl.werkpad.passport.Passports;
import nl.werkpad.passport.SkillSource;
import nl.werkpad.privacy.Consents;
import nl.werkpad.privacy.Purpose;
import nl.werkpad.shared.RuleViolation;
import nl.werkpad.shared.WerkpadProperties;
import nl.werkpad.shared.startup.StartupTask;
import nl.werkpad.taxonomy.SkillRef;
import nl.werkpad.taxonomy.Taxonomy;
import nl.werkpad.training.OfferFilter;
import nl.werkpad.training.TrainingOffers;
import nl.werkpad.trajectories.Trajectories;
import nl.werkpad.trajectories.Trajectory;
import nl.werkpad.trajectories.domain.TrajectoryKind;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The demo resident {@code inwoner} as a worked example, so a newcomer's first look at matches, plans, routes and the
 * account shows the product: a welder of fifteen years in Alkmaar who wants to move into the energy transition. The
 * passport follows the work history (the essential skills of the occupations held, a diploma); the resident consents
 * to employers, statistics and the demo advisor; has a development account, a voucher for a solar-panel course and a
 * trajectory with the advisor.
 */
@Component
@Order(8)
class DemoResident implements StartupTask {

    private static final Logger log = LoggerFactory.getLogger(DemoResident.class);
    static final String WELDER = "7aedaa07-3884-4c5b-88f9-80997b2aa54b";
    static final String SHEET_METAL_WORKER = "572c9810-e1ee-4f7a-a71f-820f17c0c25b";
    static final String SOLAR_TECHNICIAN = "75b63949-1b93-4bf2-a777-ccf978dc3e8a";
    static final String ALKMAAR = "GM0361";

    private final Accounts accounts;
    private final Passports passports;
    private final Consents consents;
    private final Fund fund;
    private final TrainingOffers offers;
    private final Trajectories trajectories;
    private final Taxonomy taxonomy;
    private final WerkpadProperties werkpad;
    private final nl.werkpad.organisations.Organisations organisations;
    private final nl.werkpad.vacancies.Vacancies vacancies;

    private final Clock clock;

    DemoResident(
            Accounts accounts,
            Passports passports,
            Consents consents,
            Fund fund,
            TrainingOffers offers,
            Trajectories trajectories,
            Taxonomy taxonomy,
            WerkpadProperties werkpad,
            nl.werkpad.organisations.Organisations organisations,
            nl.werkpad.vacancies.Vacancies vacancies,
            Clock clock) {
        this.clock = clock;
        this.vacancies = vacancies;
        this.organisations = organisations;
        this.accounts = accounts;
        this.passports = passports;
        this.consents = consents;
        this.fund = fund;
        this.offers = offers;
        this.trajectories = trajectories;
        this.taxonomy = taxonomy;
        this.werkpad = werkpad;
    }

    @Override
    public Phase phase() {
        return Phase.DEMO;
    }

    @Override
    public void run() {
        Optional<SignedInUser> resident = user(Role.INWONER);
        Optional<SignedInUser> advisor = user(Role.ADVISEUR);
        if (!werkpad.isDemo()
                || resident.isEmpty()
                || advisor.isEmpty()
                || passports.ownPersonId(resident.get()).isPresent()) {
            return;
        }
        int year = LocalDate.now(clock).getYear();
        user(Role.WERKGEVER).ifPresent(this::energyTransitionVacancies);
        UUID person = passports.create(passport(year), resident.get()).personId();
        UUID me = resident.get().accountId();
        consents.give(person, Purpose.EMPLOYERS_IN_REGION, null, me);
        consents.give(person, Purpose.ANONYMOUS_STATISTICS, null, me);
        consents.give(person, Purpose.ADVISOR, advisor.get().accountId(), me);
        fund.openAccount(
                person,
                new AccountHolder(LocalDate.of(year - 41, 3, 12), Set.of("career-switch-technology")),
                advisor.get());

        Trajectory trajectory = trajectories.start(person, TrajectoryKind.SWITCH_TO_TECHNOLOGY, null, advisor.get());
        trajectories.addAction(
                trajectory.id(),
                "Proefdag bij een installateur van zonnepanelen plannen",
                LocalDate.now(clock).plusDays(10),
                advisor.get());
        trajectories.addNote(
                trajectory.id(),
                "Vijftien jaar lasser; wil de energietransitie in. Zonnepanelen en warmtepompen liggen dichtbij.",
                advisor.get());
        trajectories.move(trajectory.id(), nl.werkpad.trajectories.domain.Phase.GUIDANCE, advisor.get());
        solarCourse().ifPresent(course -> {
            try {
                var voucher = fund.issue(
                                new VoucherRequest(person, course, SOLAR_TECHNICIAN, null, null),
                                "demo-inwoner-voucher",
                                advisor.get())
                        .result();
                trajectories.link(trajectory.id(), Trajectory.LinkKind.VOUCHER, voucher.id(), advisor.get());
            } catch (RuleViolation e) {
                log.info("Demo resident: the voucher for the solar course was refused ({})", e.rule());
            }
        });
        log.info(
                "Demo resident: a welder in Alkmaar with a passport, consents, a development account, a voucher and a trajectory");
    }

    /**
     * The work the worked example is about, posted by the demo employer near Alkmaar: a welder's job he fits and two in
     * the energy transition that need what the plan teaches (the generated market has few of either).
     */
    private void energyTransitionVacancies(SignedInUser employer) {
        String[][] jobs = {
            {WELDER, "Lasser onderhoud windturbinefunderingen", "GM0441"},
            {SOLAR_TECHNICIAN, "Monteur zonnepanelen", ALKMAAR},
            {SOLAR_TECHNICIAN, "Servicemonteur zonne-energie", "GM0396"}
        };
        UUID workshop =
                organisations.byKvkNumber("90000001").map(o -> o.id()).orElse(null); // DemoOrganisations' employer
        for (String[] job : jobs) {
            try {
                vacancies.create(
                        new nl.werkpad.vacancies.VacancyInput(
                                workshop,
                                job[1],
                                null,
                                job[0],
                                job[2],
                                nl.werkpad.vacancies.VacancyKind.JOB,
                                38,
                                null,
                                "F",
                                null,
                                null,
                                LocalDate.now(clock).plusWeeks(8),
                                2,
                                null,
                                nl.werkpad.vacancies.VacancyStatus.OPEN,
                                null,
                                null),
                        employer);
            } catch (RuleViolation e) {
                log.info("Demo resident: vacancy {} refused ({})", job[1], e.rule());
            }
        }
    }

    /** A welder since 2010, before that a sheet-metal worker, with the skills those occupations ask for. */
    private PassportInput passport(int year) {
        List<PassportInput.SkillEntry> skills = new ArrayList<>();
        List<String> seen = new ArrayList<>();
        essentials(WELDER).forEach(s -> {
            seen.add(s);
            skills.add(new PassportInput.SkillEntry(
                    s, skills.size() % 3 == 0 ? SkillSource.DIPLOMA : SkillSource.WORK_EXPERIENCE, 4));
        });
        essentials(SHEET_METAL_WORKER).stream()
                .filter(s -> !seen.contains(s))
                .limit(6)
                .forEach(s -> skills.add(new PassportInput.SkillEntry(s, SkillSource.WORK_EXPERIENCE, 3)));
        return new PassportInput(
                "Sander Bakker",
                ALKMAAR,
                30,
                LabourMarketStatus.EMPLOYED_AT_RISK,
                null,
                38,
                List.of("C", "F"),
                true,
                skills,
                List.of(
                        new PassportInput.WorkEntry(WELDER, "Scheepswerf Den Helder", 2010, null),
                        new PassportInput.WorkEntry(SHEET_METAL_WORKER, "Metaalwerk Heerhugowaard", 2006, 2010)),
                List.of(
                        new PassportInput.EducationEntry(
                                PassportInput.EducationKind.DIPLOMA,
                                "MBO Constructiewerker niveau 2",
                                "Techniek College Alkmaar",
                                2006),
                        new PassportInput.EducationEntry(
                                PassportInput.EducationKind.CERTIFICATE,
                                "Lascertificaat MIG/MAG (NEN-EN-ISO 9606-1)",
                                "Lastechniek Noord",
                                year - 8)));
    }

    private List<String> essentials(String occupation) {
        return taxonomy.occupation(occupation, "en")
                .map(o -> o.essentialSkills().stream().map(SkillRef::id).toList())
                .orElse(List.of());
    }

    /** The demo provider's solar-panel course (DemoFund puts it on the register). */
    private Optional<UUID> solarCourse() {
        Optional<UUID> school = user(Role.OPLEIDER)
                .flatMap(p -> organisations.of(p.accountId()).stream().findFirst())
                .map(o -> o.id());
        if (school.isEmpty()) {
            return Optional.empty();
        }
        return offers
                .search(new OfferFilter(null, null, null, null, school.get(), null, 50, 0), Optional.empty())
                .stream()
                .filter(o -> o.title().startsWith("Zonnepanelen installeren"))
                .map(o -> o.id())
                .findFirst();
    }

    private Optional<SignedInUser> user(Role role) {
        return accounts.byUsername(role.demoUsername())
                .map(a -> new SignedInUser(a.id(), a.username(), a.displayName(), a.roles()));
    }
}
