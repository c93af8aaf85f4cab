package nl.werkpad.trajectories.application;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.werkpad.access.Role;
import nl.werkpad.access.SignedInUser;
import nl.werkpad.passport.Passports;
import nl.werkpad.passport.PersonProfile;
import nl.werkpad.privacy.Consents;
import nl.werkpad.privacy.Processing;
import nl.werkpad.privacy.ProcessingLog;
import nl.werkpad.privacy.Purpose;
import nl.werkpad.regions.Regions;
import nl.werkpad.shared.RuleViolation;
import nl.werkpad.trajectories.Trajectories;
import nl.werkpad.trajectories.Trajectory;
import nl.werkpad.trajectories.TrajectoryChanged;
import nl.werkpad.trajectories.TrajectoryNotFound;
import nl.werkpad.trajectories.domain.CaseRules;
import nl.werkpad.trajectories.domain.NextAction;
import nl.werkpad.trajectories.domain.OutcomeKind;
import nl.werkpad.trajectories.domain.Phase;
import nl.werkpad.trajectories.domain.PhaseRules;
import nl.werkpad.trajectories.domain.TrajectoryKind;
import nl.werkpad.trajectories.persistence.TrajectoryStore;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Case management as an application service: the transaction, who may see and change what (the advisor with the
 * resident's consent, the resident), the domain's {@link PhaseRules} and {@link CaseRules}, and the events the
 * monitor counts. SQL is in {@link TrajectoryStore}.
 */
@Service
@Transactional
class TrajectoryService implements Trajectories {

    private final TrajectoryStore store;
    private final Placements placements;
    private final IntakeDesk intake;
    private final Passports passports;
    private final Consents consents;
    private final ProcessingLog log;
    private final Regions regions;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    TrajectoryService(
            TrajectoryStore store,
            Placements placements,
            IntakeDesk intake,
            Passports passports,
            Consents consents,
            ProcessingLog log,
            Regions regions,
            ApplicationEventPublisher events,
            Clock clock) {
        this.store = store;
        this.placements = placements;
        this.intake = intake;
        this.passports = passports;
        this.consents = consents;
        this.log = log;
        this.regions = regions;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public Trajectory start(UUID person, TrajectoryKind kind, UUID campus, SignedInUser advisor) {
        if (!advisor.has(Role.ADVISEUR) || !consents.has(person, Purpose.ADVISOR, advisor.accountId())) {
            throw nl.werkpad.passport.PersonNotFound.byId(person);
        }
        CaseRules.kind(kind).orThrow();
        String name = passports.read(person, advisor, "traject starten").name();
        PersonProfile profile = profile(person);
        String region = profile.municipality() == null
                ? null
                : regions.municipality(profile.municipality())
                        .map(m -> m.labourMarketRegion().code())
                        .orElse(null);
        UUID id = UUID.randomUUID();
        LocalDate today = LocalDate.now(clock);
        boolean inserted = store.insert(
                new TrajectoryStore.Row(
                        id,
                        person,
                        name == null ? "Deelnemer " + person.toString().substring(0, 8) : name,
                        advisor.accountId(),
                        advisor.displayName(),
                        campus,
                        kind,
                        Phase.ORIENTATION,
                        profile.municipality(),
                        region,
                        today,
                        null,
                        null),
                advisor.accountId());
        if (!inserted) {
            throw RuleViolation.of("trajectory.one-open", "the person already has a running trajectory");
        }
        events.publishEvent(new TrajectoryChanged(
                id, kind, null, Phase.ORIENTATION, region, campus, null, null, null, null, today));
        return store.full(store.row(id).orElseThrow());
    }

    @Override
    @Transactional(readOnly = true)
    public Trajectory get(UUID id, SignedInUser viewer) {
        return store.full(visible(id, viewer));
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Trajectory> own(SignedInUser resident) {
        return passports.ownPersonId(resident).flatMap(store::openOf).map(store::full);
    }

    @Override
    public Trajectory move(UUID id, Phase to, SignedInUser advisor) {
        TrajectoryStore.Row row = mine(id, advisor);
        Trajectory now = store.full(row);
        var facts = new PhaseRules.Facts(
                now.has(Trajectory.LinkKind.OFFER) || now.has(Trajectory.LinkKind.VOUCHER),
                now.has(Trajectory.LinkKind.VACANCY)
                        || row.outcome() != null && row.outcome().employer() != null,
                row.outcome() == null ? null : row.outcome().kind());
        PhaseRules.move(row.phase(), to, facts).orThrow();
        LocalDate today = LocalDate.now(clock);
        store.phase(id, to, today, advisor.accountId());
        // the outcome travels with a placement or a closing only (as in history(), so a rebuild equals the events)
        Trajectory.Outcome o = to == Phase.PLACEMENT || to == Phase.CLOSED ? row.outcome() : null;
        Integer days = to == Phase.PLACEMENT ? (int) ChronoUnit.DAYS.between(row.startedOn(), today) : null;
        events.publishEvent(new TrajectoryChanged(
                id,
                row.kind(),
                row.phase(),
                to,
                row.region(),
                row.campus(),
                o == null ? null : o.kind(),
                o == null ? null : o.inShortage(),
                o == null ? null : o.sectorChanged(),
                days,
                today));
        return store.full(store.row(id).orElseThrow());
    }

    @Override
    public Trajectory addAction(UUID id, String text, LocalDate due, SignedInUser advisor) {
        mine(id, advisor);
        CaseRules.action(text, due).orThrow();
        store.action(id, text.strip(), due);
        return store.full(store.row(id).orElseThrow());
    }

    @Override
    public Trajectory actionDone(UUID id, UUID action, SignedInUser actor) {
        TrajectoryStore.Row row = visible(id, actor);
        if (!store.actionDone(id, action, actor.accountId())) {
            throw RuleViolation.of("action.already-done", "the action is done already or does not exist");
        }
        return store.full(row);
    }

    @Override
    public Trajectory link(UUID id, Trajectory.LinkKind kind, UUID ref, SignedInUser advisor) {
        TrajectoryStore.Row row = mine(id, advisor);
        if (kind == null || ref == null) {
            throw RuleViolation.of("link.incomplete", "name what to link: a vacancy, a training offer or a voucher");
        }
        store.link(id, kind, ref, placements.label(kind, ref, row.person(), advisor));
        return store.full(store.row(id).orElseThrow());
    }

    @Override
    public Trajectory outcome(UUID id, OutcomeInput input, SignedInUser advisor) {
        TrajectoryStore.Row row = mine(id, advisor);
        CaseRules.outcome(input == null ? null : input.kind(), input == null ? null : input.reason())
                .orThrow();
        Trajectory.Outcome outcome = input.kind() == OutcomeKind.PLACED
                ? placements.placed(input, row.region(), profile(row.person()), LocalDate.now(clock))
                : new Trajectory.Outcome(input.kind(), input.reason(), null, null, null, null, null, null, null, null);
        store.outcome(id, outcome);
        if (outcome.kind() == OutcomeKind.PLACED && input.vacancy() != null) {
            store.link(
                    id,
                    Trajectory.LinkKind.VACANCY,
                    input.vacancy(),
                    placements.label(Trajectory.LinkKind.VACANCY, input.vacancy(), row.person(), advisor));
        }
        return store.full(store.row(id).orElseThrow());
    }

    @Override
    public void addNote(UUID id, String text, SignedInUser advisor) {
        mine(id, advisor);
        CaseRules.note(text).orThrow();
        store.note(id, advisor.accountId(), advisor.displayName(), text.strip());
    }

    @Override
    public List<Note> notes(UUID id, SignedInUser viewer) {
        TrajectoryStore.Row row = mine(id, viewer);
        log.record(new Processing(
                viewer.accountId(),
                "adviseur " + viewer.displayName(),
                row.person(),
                Processing.Action.READ,
                "trajectnotities",
                "begeleiding"));
        return store.notes(id);
    }

    @Override
    public List<CaseloadEntry> caseload(UUID advisor, CaseloadFilter filter, SignedInUser viewer) {
        if (!viewer.accountId().equals(advisor)) {
            throw TrajectoryNotFound.byId("caseload " + advisor);
        }
        LocalDate today = LocalDate.now(clock);
        List<CaseloadEntry> entries = new ArrayList<>();
        List<UUID> withTrajectory = new ArrayList<>();
        for (TrajectoryStore.Row row : store.ofAdvisor(advisor)) {
            withTrajectory.add(row.person());
            var open = store.firstOpenAction(row.id());
            NextAction next = row.phase() == Phase.CLOSED
                    ? NextAction.of(Phase.CLOSED, null, null, today)
                    : NextAction.of(
                            row.phase(),
                            open.map(a -> (String) a[0]).orElse(null),
                            open.map(a -> (LocalDate) a[1]).orElse(null),
                            today);
            entries.add(new CaseloadEntry(
                    row.person(),
                    row.personName(),
                    row.municipality(),
                    row.id(),
                    row.kind(),
                    row.phase(),
                    ChronoUnit.DAYS.between(store.lastChange(row.id()), today),
                    next));
        }
        for (UUID person : consents.subjectsWith(Purpose.ADVISOR, advisor)) {
            if (!withTrajectory.contains(person)) {
                var since = consents.current(person).stream()
                        .filter(c -> c.purpose() == Purpose.ADVISOR && advisor.equals(c.grantee()))
                        .map(c -> c.since())
                        .findFirst();
                PersonProfile profile = profile(person);
                entries.add(new CaseloadEntry(
                        person,
                        passports.read(person, viewer, "caseload").name(),
                        profile.municipality(),
                        null,
                        null,
                        null,
                        since.map(s -> ChronoUnit.DAYS.between(
                                        s.atZone(clock.getZone()).toLocalDate(), today))
                                .orElse(0L),
                        NextAction.of(null, null, null, today)));
            }
        }
        return entries.stream()
                .filter(e -> matches(e, filter))
                .sorted(Comparator.comparing((CaseloadEntry e) -> !e.next().overdue())
                        .thenComparing(CaseloadEntry::waitingDays, Comparator.reverseOrder()))
                .toList();
    }

    private static boolean matches(CaseloadEntry e, CaseloadFilter f) {
        if (f == null) {
            return true;
        }
        boolean status = f.status() == null
                || f.status().isBlank()
                || switch (f.status()) {
                    case "NONE" -> e.trajectory() == null;
                    case "CLOSED" -> e.phase() == Phase.CLOSED;
                    case "OPEN" -> e.trajectory() != null && e.phase() != Phase.CLOSED;
                    default -> true;
                };
        return status
                && (f.phase() == null || f.phase() == e.phase())
                && (f.minWaitingDays() == null || e.waitingDays() >= f.minWaitingDays())
                && (f.municipality() == null
                        || f.municipality().isBlank()
                        || f.municipality().equals(e.municipality()));
    }

    @Override
    public Intake ask(
            UUID campus, TrajectoryKind kind, String question, String contact, UUID organisation, SignedInUser asker) {
        return intake.ask(campus, kind, question, contact, organisation, asker);
    }

    @Override
    @Transactional(readOnly = true)
    public List<Intake> queue(UUID campus, SignedInUser advisor) {
        return intake.queue(campus, advisor);
    }

    @Override
    public Trajectory takeUp(UUID intakeId, SignedInUser advisor) {
        IntakeDesk.Taken taken = intake.take(intakeId, advisor);
        Trajectory started = start(taken.person(), taken.kind(), taken.campus(), advisor);
        intake.linkTrajectory(intakeId, started.id());
        return started;
    }

    @Override
    public void handle(UUID intakeId, SignedInUser advisor) {
        intake.handle(intakeId, advisor);
    }

    @Override
    @Transactional(readOnly = true)
    public void history(java.util.function.Consumer<TrajectoryChanged> each) {
        store.history(each);
    }

    /** The trajectory when the viewer is its advisor or its resident; "not found" otherwise. */
    private TrajectoryStore.Row visible(UUID id, SignedInUser viewer) {
        TrajectoryStore.Row row = store.row(id).orElseThrow(() -> TrajectoryNotFound.byId(id));
        boolean advisor = row.advisor().equals(viewer.accountId());
        boolean self =
                passports.ownPersonId(viewer).filter(row.person()::equals).isPresent();
        if (!advisor && !self) {
            throw TrajectoryNotFound.byId(id);
        }
        return row;
    }

    /** The trajectory when the viewer is its advisor; "not found" for anyone else, another advisor included. */
    private TrajectoryStore.Row mine(UUID id, SignedInUser advisor) {
        TrajectoryStore.Row row = store.row(id).orElseThrow(() -> TrajectoryNotFound.byId(id));
        if (!row.advisor().equals(advisor.accountId())) {
            throw TrajectoryNotFound.byId(id);
        }
        return row;
    }

    private PersonProfile profile(UUID person) {
        List<PersonProfile> found = new ArrayList<>(1);
        passports.profiles(List.of(person), found::add);
        return found.stream().findFirst().orElseThrow(() -> nl.werkpad.passport.PersonNotFound.byId(person));
    }
}
