package nl.werkpad.trajectories.web;

import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import nl.werkpad.access.SignedInUser;
import nl.werkpad.fund.Fund;
import nl.werkpad.fund.VoucherFilter;
import nl.werkpad.matching.Matching;
import nl.werkpad.regions.MunicipalityPicker;
import nl.werkpad.regions.Regions;
import nl.werkpad.shared.Limits;
import nl.werkpad.shared.RuleViolation;
import nl.werkpad.trajectories.Trajectories;
import nl.werkpad.trajectories.Trajectory;
import nl.werkpad.trajectories.domain.OutcomeKind;
import nl.werkpad.trajectories.domain.Phase;
import nl.werkpad.trajectories.domain.PhaseRules;
import nl.werkpad.trajectories.domain.TrajectoryKind;
import nl.werkpad.web.PageActions;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The advisor's work: the caseload with a next step per person, a new trajectory, and a trajectory with its
 * phases, agreed actions, notes, the matches, offers and vouchers it used, and its outcome.
 */
@Controller
@PreAuthorize("hasRole('ADVISEUR')")
class TrajectoryPages {

    private final Trajectories trajectories;
    private final Matching matching;
    private final Fund fund;
    private final Regions regions;

    private final Clock clock;

    TrajectoryPages(Trajectories trajectories, Matching matching, Fund fund, Regions regions, Clock clock) {
        this.clock = clock;
        this.regions = regions;
        this.trajectories = trajectories;
        this.matching = matching;
        this.fund = fund;
    }

    @GetMapping("/adviseur/caseload")
    String caseload(
            @RequestParam(name = "fase", required = false) Phase phase,
            @RequestParam(required = false) String status,
            @RequestParam(name = "wachtdagen", required = false) Integer waiting,
            @RequestParam(name = "gemeente", required = false) String municipality,
            @RequestParam(name = "gemeenteQuery", required = false) String municipalityQuery,
            Model model,
            SignedInUser me) {
        // the advisor types a name ("Alkmaar"); the filter and the API work with its CBS code
        MunicipalityPicker picker = MunicipalityPicker.forFilter("gemeente", municipality, municipalityQuery, regions);
        model.addAttribute(
                "entries",
                trajectories.caseload(
                        me.accountId(),
                        new Trajectories.CaseloadFilter(phase, status, waiting, picker.selectedCode()),
                        me));
        model.addAttribute("municipalityPicker", picker);
        model.addAttribute("phases", Phase.values());
        model.addAttribute("phase", phase);
        model.addAttribute("status", status);
        model.addAttribute("waiting", waiting);
        model.addAttribute("today", LocalDate.now(clock));
        return "trajectories/caseload";
    }

    @GetMapping("/adviseur/trajecten/nieuw")
    String newTrajectory(@RequestParam("persoon") UUID person, Model model) {
        model.addAttribute("person", person);
        model.addAttribute("kinds", TrajectoryKind.values());
        return "trajectories/new";
    }

    @PostMapping("/adviseur/trajecten")
    String start(
            @RequestParam UUID person,
            @RequestParam(required = false) TrajectoryKind kind,
            Model model,
            RedirectAttributes redirect,
            SignedInUser user) {
        try {
            Trajectory started = trajectories.start(person, kind, null, user);
            redirect.addFlashAttribute("done", "trajectory.started");
            return "redirect:/adviseur/trajecten/" + started.id();
        } catch (RuleViolation e) {
            model.addAttribute("error", e.rule());
            return newTrajectory(person, model);
        }
    }

    @GetMapping("/adviseur/trajecten/{id}")
    String trajectory(
            @PathVariable UUID id,
            @RequestParam(name = "notities", defaultValue = "false") boolean showNotes,
            Model model,
            SignedInUser me) {
        Trajectory t = trajectories.get(id, me);
        model.addAttribute("t", t);
        model.addAttribute("next", PhaseRules.suggested(t.phase(), t.phaseFacts()));
        model.addAttribute("outcomes", OutcomeKind.values());
        model.addAttribute("showNotes", showNotes);
        if (showNotes) {
            model.addAttribute("notes", trajectories.notes(id, me));
        }
        if (t.phase() != Phase.CLOSED) {
            model.addAttribute("matches", matching.matchesFor(t.person(), me, null, Set.of(), 8));
            model.addAttribute("vouchers", fund.vouchers(new VoucherFilter(null, t.person(), null, null, 50), me));
        }
        model.addAttribute("today", LocalDate.now(clock));
        return "trajectories/trajectory";
    }

    @PostMapping("/adviseur/trajecten/{id}/fase")
    String move(@PathVariable UUID id, @RequestParam Phase phase, RedirectAttributes redirect, SignedInUser user) {
        return act(id, redirect, "trajectory.moved", () -> trajectories.move(id, phase, user));
    }

    @PostMapping("/adviseur/trajecten/{id}/acties")
    String action(
            @PathVariable UUID id,
            @RequestParam(required = false) @Size(max = Limits.SHORT) String text,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate due,
            RedirectAttributes redirect,
            SignedInUser user) {
        return act(id, redirect, "trajectory.actionAdded", () -> trajectories.addAction(id, text, due, user));
    }

    @PostMapping("/adviseur/trajecten/{id}/acties/{action}/gedaan")
    String actionDone(
            @PathVariable UUID id, @PathVariable UUID action, RedirectAttributes redirect, SignedInUser user) {
        return act(id, redirect, "trajectory.actionDone", () -> trajectories.actionDone(id, action, user));
    }

    @PostMapping("/adviseur/trajecten/{id}/notities")
    String note(
            @PathVariable UUID id,
            @RequestParam(required = false) @Size(max = Limits.NOTE) String text,
            RedirectAttributes redirect,
            SignedInUser user) {
        return act(id, redirect, "trajectory.noteAdded", () -> {
            trajectories.addNote(id, text, user);
            return null;
        });
    }

    @PostMapping("/adviseur/trajecten/{id}/koppelingen")
    String link(
            @PathVariable UUID id,
            @RequestParam Trajectory.LinkKind kind,
            @RequestParam(required = false) UUID ref,
            RedirectAttributes redirect,
            SignedInUser user) {
        return act(id, redirect, "trajectory.linked", () -> trajectories.link(id, kind, ref, user));
    }

    @PostMapping("/adviseur/trajecten/{id}/uitkomst")
    String outcome(
            @PathVariable UUID id,
            @RequestParam(required = false) OutcomeKind kind,
            @RequestParam(required = false) UUID vacancy,
            @RequestParam(required = false) Integer hours,
            @RequestParam(required = false) @Size(max = Limits.NOTE) String reason,
            RedirectAttributes redirect,
            SignedInUser user) {
        return act(
                id,
                redirect,
                "trajectory.outcomeSaved",
                () -> trajectories.outcome(
                        id, new Trajectories.OutcomeInput(kind, reason, vacancy, null, hours), user));
    }

    private String act(UUID id, RedirectAttributes redirect, String done, Supplier<Object> change) {
        return PageActions.redirect(redirect, done, "/adviseur/trajecten/" + id, change);
    }
}
