package nl.werkpad.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.werkpad.access.Accounts;
import nl.werkpad.access.Role;
import nl.werkpad.access.SignedInUser;
import nl.werkpad.ecosystem.Campus;
import nl.werkpad.ecosystem.Ecosystem;
import nl.werkpad.fund.Fund;
import nl.werkpad.fund.Voucher;
import nl.werkpad.fund.VoucherFilter;
import nl.werkpad.organisations.NewOrganisation;
import nl.werkpad.organisations.OrganisationKind;
import nl.werkpad.organisations.Organisations;
import nl.werkpad.privacy.Consents;
import nl.werkpad.privacy.Purpose;
import nl.werkpad.shared.WerkpadProperties;
import nl.werkpad.shared.startup.StartupTask;
import nl.werkpad.taxonomy.Taxonomy;
import nl.werkpad.trajectories.StaffExchange;
import nl.werkpad.trajectories.Trajectories;
import nl.werkpad.trajectories.Trajectory;
import nl.werkpad.trajectories.domain.OutcomeKind;
import nl.werkpad.trajectories.domain.TrajectoryKind;
import nl.werkpad.vacancies.Vacancies;
import nl.werkpad.vacancies.VacancyFilter;
import nl.werkpad.vacancies.VacancyStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The demo mobility team: the demo advisor's caseload in every phase (with agreed actions, some overdue, notes,
 * the vouchers they used and outcomes), a staff question waiting at a service point, and exchanges between two
 * Noord-Holland companies and the demo employer.
 */
@Component
@Order(7)
class DemoTrajectories implements StartupTask {

    private static final Logger log = LoggerFactory.getLogger(DemoTrajectories.class);
    private static final TrajectoryKind[] KINDS = TrajectoryKind.values();

    /** The trajectory phases (the name {@code Phase} is the start-up task's here). */
    private static final class Step {
        static final nl.werkpad.trajectories.domain.Phase GUIDANCE = nl.werkpad.trajectories.domain.Phase.GUIDANCE;
        static final nl.werkpad.trajectories.domain.Phase TRAINING = nl.werkpad.trajectories.domain.Phase.TRAINING;
        static final nl.werkpad.trajectories.domain.Phase PLACEMENT = nl.werkpad.trajectories.domain.Phase.PLACEMENT;
        static final nl.werkpad.trajectories.domain.Phase AFTERCARE = nl.werkpad.trajectories.domain.Phase.AFTERCARE;
        static final nl.werkpad.trajectories.domain.Phase CLOSED = nl.werkpad.trajectories.domain.Phase.CLOSED;
    }

    private final Trajectories trajectories;
    private final StaffExchange exchange;
    private final Fund fund;
    private final Vacancies vacancies;
    private final Consents consents;
    private final Accounts accounts;
    private final Organisations organisations;
    private final Ecosystem ecosystem;
    private final Taxonomy taxonomy;
    private final WerkpadProperties werkpad;

    private final Clock clock;

    DemoTrajectories(
            Trajectories trajectories,
            StaffExchange exchange,
            Fund fund,
            Vacancies vacancies,
            Consents consents,
            Accounts accounts,
            Organisations organisations,
            Ecosystem ecosystem,
            Taxonomy taxonomy,
            WerkpadProperties werkpad,
            Clock clock) {
        this.clock = clock;
        this.trajectories = trajectories;
        this.exchange = exchange;
        this.fund = fund;
        this.vacancies = vacancies;
        this.consents = consents;
        this.accounts = accounts;
        this.organisations = organisations;
        this.ecosystem = ecosystem;
        this.taxonomy = taxonomy;
        this.werkpad = werkpad;
    }

    @Override
    public Phase phase() {
        return Phase.DEMO;
    }

    @Override
    public void run() {
        Optional<SignedInUser> advisor = user(Role.ADVISEUR);
        Optional<SignedInUser> employer = user(Role.WERKGEVER);
        if (!werkpad.isDemo()
                || advisor.isEmpty()
                || employer.isEmpty()
                || organisations.byKvkNumber("90000011").isPresent()) {
            return;
        }
        List<UUID> caseload =
                consents.subjectsWith(Purpose.ADVISOR, advisor.get().accountId());
        List<UUID> jobs = vacancies
                .search(new VacancyFilter(null, "AM15", null, VacancyStatus.OPEN, null, null, 20, 0), Optional.empty())
                .stream()
                .map(v -> v.id())
                .toList();
        LocalDate today = LocalDate.now(clock);
        int started = 0;
        // of every 8 people: 1 without a trajectory, then orientation, guidance, training, placement, aftercare, closed
        // (2)
        for (int i = 0; i < caseload.size(); i++) {
            int slot = i % 8;
            if (slot == 0) {
                continue;
            }
            UUID person = caseload.get(i);
            Trajectory t = trajectories.start(person, KINDS[i % KINDS.length], null, advisor.get());
            started++;
            UUID id = t.id();
            // every demo trajectory starts today, so its first action is due after today: a due date before the start
            // (as before) read as "waiting 0 days" next to "overdue"
            trajectories.addAction(
                    id,
                    "Kennismakingsgesprek en paspoort aanvullen",
                    today.plusDays(slot % 2 == 0 ? 3 : 10),
                    advisor.get());
            if (slot >= 2) {
                trajectories.move(id, Step.GUIDANCE, advisor.get());
                trajectories.addNote(id, "Wil graag verder in de techniek; heeft ervaring in de bouw.", advisor.get());
            }
            if (slot >= 3) {
                List<Voucher> used = fund.vouchers(new VoucherFilter(null, person, null, null, 5), advisor.get());
                if (used.isEmpty()) {
                    continue;
                }
                trajectories.link(
                        id, Trajectory.LinkKind.VOUCHER, used.getFirst().id(), advisor.get());
                trajectories.move(id, Step.TRAINING, advisor.get());
            }
            if (slot >= 4 && !jobs.isEmpty()) {
                UUID job = jobs.get(i % jobs.size());
                trajectories.link(id, Trajectory.LinkKind.VACANCY, job, advisor.get());
                trajectories.outcome(
                        id,
                        new Trajectories.OutcomeInput(OutcomeKind.PLACED, null, job, null, 32 + slot),
                        advisor.get());
                trajectories.move(id, Step.PLACEMENT, advisor.get());
            }
            if (slot >= 5) {
                trajectories.move(id, Step.AFTERCARE, advisor.get());
            }
            if (slot >= 6) {
                trajectories.move(id, Step.CLOSED, advisor.get());
            }
        }
        exchanges(employer.get());
        ecosystem.campuses(null, null).stream()
                .filter(Campus::servicePoint)
                .findFirst()
                .ifPresent(campus -> organisations.of(employer.get().accountId()).stream()
                        .findFirst()
                        .ifPresent(own -> trajectories.ask(
                                campus.id(),
                                null,
                                "Wij verwachten volgend jaar tien monteurs over te hebben. Kunnen jullie helpen met werk-naar-werk?",
                                "hr@kennemer-noord.example",
                                own.id(),
                                employer.get())));
        log.info(
                "Demo trajectories: {} in every phase for the demo advisor, staff exchanges and a service-point question",
                started);
    }

    /** Two Noord-Holland companies beside the demo employer, with a surplus, shortages and agreements in each state. */
    private void exchanges(SignedInUser employer) {
        UUID yard = organisations
                .register(
                        new NewOrganisation(
                                "90000011",
                                "Scheepswerf Den Helder (demo)",
                                OrganisationKind.EMPLOYER,
                                null,
                                "C",
                                null,
                                List.of(new NewOrganisation.NewSite("Werf", "GM0400"))),
                        employer.accountId())
                .id();
        UUID wind = organisations
                .register(
                        new NewOrganisation(
                                "90000012",
                                "Windturbine Service Noord (demo)",
                                OrganisationKind.EMPLOYER,
                                null,
                                "D",
                                null,
                                List.of(new NewOrganisation.NewSite("Haven", "GM0441"))),
                        employer.accountId())
                .id();
        String welder =
                taxonomy.suggestOccupations("lasser", "nl", 1).getFirst().id();
        String fitter =
                taxonomy.suggestOccupations("monteur", "nl", 1).getFirst().id();
        var surplus = exchange.offer(
                new StaffExchange.NewOffer(yard, null, welder, 6, "GM0400", LocalDate.now(clock), "Orderdip na 2026"),
                employer);
        var fitters = exchange.offer(
                new StaffExchange.NewOffer(yard, null, fitter, 3, "GM0400", LocalDate.now(clock), null), employer);
        var need = exchange.request(
                new StaffExchange.NewRequest(
                        wind, welder, 4, "GM0441", LocalDate.now(clock).plusMonths(1), "Onderhoud funderingen"),
                employer);
        var needFitters = exchange.request(
                new StaffExchange.NewRequest(wind, fitter, 2, "GM0441", LocalDate.now(clock), null), employer);
        var lend = exchange.propose(
                new StaffExchange.NewAgreement(
                        surplus.id(),
                        need.id(),
                        StaffExchange.Kind.LEND,
                        LocalDate.now(clock).plusDays(14),
                        LocalDate.now(clock).plusMonths(6),
                        36,
                        3),
                employer);
        exchange.answer(lend.id(), true, employer);
        exchange.propose(
                new StaffExchange.NewAgreement(
                        fitters.id(),
                        needFitters.id(),
                        StaffExchange.Kind.TRANSFER,
                        LocalDate.now(clock).plusMonths(1),
                        null,
                        38,
                        1),
                employer);
    }

    private Optional<SignedInUser> user(Role role) {
        return accounts.byUsername(role.demoUsername())
                .map(a -> new SignedInUser(a.id(), a.username(), a.displayName(), a.roles()));
    }
}
