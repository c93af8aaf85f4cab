package nl.werkpad.trajectories.application;

import java.util.List;
import java.util.UUID;
import nl.werkpad.access.Role;
import nl.werkpad.access.SignedInUser;
import nl.werkpad.ecosystem.Campus;
import nl.werkpad.ecosystem.Ecosystem;
import nl.werkpad.organisations.Organisations;
import nl.werkpad.passport.Passports;
import nl.werkpad.privacy.Consents;
import nl.werkpad.privacy.Purpose;
import nl.werkpad.shared.NotFound;
import nl.werkpad.shared.RuleViolation;
import nl.werkpad.trajectories.Trajectories;
import nl.werkpad.trajectories.domain.CaseRules;
import nl.werkpad.trajectories.domain.TrajectoryKind;
import nl.werkpad.trajectories.persistence.IntakeStore;
import org.springframework.stereotype.Component;

/**
 * The campuses' digital service points: a resident asks for guidance (and lets the advisor who takes it up read
 * their passport), or an employer asks about staff; the question waits in the campus's queue until an advisor
 * takes it up. Who may ask and take up is decided here; the queue is {@link IntakeStore}.
 */
@Component
class IntakeDesk {

    record Taken(UUID person, TrajectoryKind kind, UUID campus) {}

    private final IntakeStore store;
    private final Ecosystem ecosystem;
    private final Passports passports;
    private final Organisations organisations;
    private final Consents consents;

    IntakeDesk(
            IntakeStore store,
            Ecosystem ecosystem,
            Passports passports,
            Organisations organisations,
            Consents consents) {
        this.store = store;
        this.ecosystem = ecosystem;
        this.passports = passports;
        this.organisations = organisations;
        this.consents = consents;
    }

    Trajectories.Intake ask(
            UUID campusId,
            TrajectoryKind kind,
            String question,
            String contact,
            UUID organisation,
            SignedInUser asker) {
        Campus campus = ecosystem
                .campus(campusId)
                .filter(Campus::servicePoint)
                .orElseThrow(() -> NotFound.of("service point", campusId));
        CaseRules.question(question).orThrow();
        UUID person = null;
        String what;
        if (organisation != null) {
            if (!organisations.isMember(asker.accountId(), organisation)) {
                throw NotFound.of("organisation", organisation);
            }
            what = "STAFF_QUESTION";
        } else {
            person = passports
                    .ownPersonId(asker)
                    .orElseThrow(() -> RuleViolation.of(
                            "intake.passport-required", "make your skills passport first, so the advisor can help"));
            if (kind == null) {
                throw RuleViolation.of("intake.kind-required", "choose what you need help with");
            }
            what = kind.name();
        }
        return store.insert(new IntakeStore.NewIntake(
                UUID.randomUUID(),
                campusId,
                campus.name(),
                person,
                organisation,
                asker.accountId(),
                asker.displayName(),
                what,
                question.strip(),
                contact == null || contact.isBlank() ? null : contact.strip()));
    }

    List<Trajectories.Intake> queue(UUID campus, SignedInUser advisor) {
        if (!advisor.has(Role.ADVISEUR)) {
            throw NotFound.of("queue", campus);
        }
        return store.waiting(campus);
    }

    /** Takes up a resident's question: the resident's consent at intake goes to this advisor. */
    Taken take(UUID id, SignedInUser advisor) {
        if (!advisor.has(Role.ADVISEUR)) {
            throw NotFound.of("intake", id);
        }
        IntakeStore.Open open = store.lockOpen(id)
                .orElseThrow(() -> RuleViolation.of("intake.taken", "this question was taken up already"));
        if (open.person() == null) {
            throw RuleViolation.of(
                    "intake.staff-question", "a question about staff is answered, not made a trajectory");
        }
        consents.give(open.person(), Purpose.ADVISOR, advisor.accountId(), open.requester());
        store.markTaken(id, advisor.accountId());
        return new Taken(open.person(), TrajectoryKind.valueOf(open.kind()), open.campus());
    }

    /** Marks an employer's question about staff as handled by the advisor (it leaves the queue). */
    void handle(UUID id, SignedInUser advisor) {
        if (!advisor.has(Role.ADVISEUR)) {
            throw NotFound.of("intake", id);
        }
        if (!store.markStaffQuestionHandled(id, advisor.accountId())) {
            throw RuleViolation.of("intake.taken", "this question was taken up already");
        }
    }

    /** Remembers which trajectory a taken-up question became. */
    void linkTrajectory(UUID intake, UUID trajectory) {
        store.linkTrajectory(intake, trajectory);
    }
}
