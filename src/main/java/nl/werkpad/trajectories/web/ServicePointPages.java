package nl.werkpad.trajectories.web;

import jakarta.validation.constraints.Size;
import java.util.UUID;
import nl.werkpad.access.SignedInUser;
import nl.werkpad.ecosystem.Ecosystem;
import nl.werkpad.organisations.Organisations;
import nl.werkpad.shared.Limits;
import nl.werkpad.shared.NotFound;
import nl.werkpad.shared.RuleViolation;
import nl.werkpad.trajectories.Trajectories;
import nl.werkpad.trajectories.Trajectory;
import nl.werkpad.trajectories.domain.TrajectoryKind;
import nl.werkpad.web.PageActions;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The digital service point of a campus (a short intake form for residents and employers), the queue the
 * advisors take questions from, and the resident's own trajectory.
 */
@Controller
class ServicePointPages {

    private final Trajectories trajectories;
    private final Ecosystem ecosystem;
    private final Organisations organisations;

    ServicePointPages(Trajectories trajectories, Ecosystem ecosystem, Organisations organisations) {
        this.trajectories = trajectories;
        this.ecosystem = ecosystem;
        this.organisations = organisations;
    }

    @GetMapping("/servicepunt/{campus}")
    @PreAuthorize("hasAnyRole('INWONER', 'WERKGEVER')")
    String form(@PathVariable UUID campus, Model model, SignedInUser user) {
        model.addAttribute(
                "campus",
                ecosystem
                        .campus(campus)
                        .filter(c -> c.servicePoint())
                        .orElseThrow(() -> NotFound.of("service point", campus)));
        model.addAttribute("kinds", TrajectoryKind.values());
        model.addAttribute("organisations", organisations.of(user.accountId()));
        return "trajectories/service-point";
    }

    @PostMapping("/servicepunt/{campus}")
    @PreAuthorize("hasAnyRole('INWONER', 'WERKGEVER')")
    String ask(
            @PathVariable UUID campus,
            @RequestParam(required = false) TrajectoryKind kind,
            @RequestParam(required = false) @Size(max = Limits.NOTE) String question,
            @RequestParam(required = false) @Size(max = Limits.SHORT) String contact,
            @RequestParam(required = false) UUID organisation,
            Model model,
            RedirectAttributes redirect,
            SignedInUser user) {
        try {
            trajectories.ask(campus, kind, question, contact, organisation, user);
            redirect.addFlashAttribute("asked", true);
            return "redirect:/servicepunt/" + campus;
        } catch (RuleViolation e) {
            model.addAttribute("error", e.rule());
            model.addAttribute("question", question);
            return form(campus, model, user);
        }
    }

    @GetMapping("/adviseur/loket")
    @PreAuthorize("hasRole('ADVISEUR')")
    String queue(@RequestParam(name = "campus", required = false) UUID campus, Model model, SignedInUser user) {
        model.addAttribute("queue", trajectories.queue(campus, user));
        model.addAttribute(
                "campuses",
                ecosystem.campuses(null, null).stream()
                        .filter(c -> c.servicePoint())
                        .toList());
        model.addAttribute("campus", campus);
        return "trajectories/queue";
    }

    @PostMapping("/adviseur/loket/{intake}/oppakken")
    @PreAuthorize("hasRole('ADVISEUR')")
    String takeUp(@PathVariable UUID intake, RedirectAttributes redirect, SignedInUser user) {
        try {
            Trajectory t = trajectories.takeUp(intake, user);
            redirect.addFlashAttribute("done", "trajectory.started");
            return "redirect:/adviseur/trajecten/" + t.id();
        } catch (RuleViolation e) {
            redirect.addFlashAttribute("refused", e.rule());
            return "redirect:/adviseur/loket";
        }
    }

    @PostMapping("/adviseur/loket/{intake}/afhandelen")
    @PreAuthorize("hasRole('ADVISEUR')")
    String handle(@PathVariable UUID intake, RedirectAttributes redirect, SignedInUser user) {
        return PageActions.redirect(redirect, "intake.handled", "/adviseur/loket", () -> {
            trajectories.handle(intake, user);
            return null;
        });
    }

    @GetMapping("/mijn/traject")
    @PreAuthorize("hasRole('INWONER')")
    String mine(Model model, SignedInUser user) {
        model.addAttribute("t", trajectories.own(user).orElse(null));
        model.addAttribute(
                "campuses",
                ecosystem.campuses(null, null).stream()
                        .filter(c -> c.servicePoint())
                        .toList());
        return "trajectories/mine";
    }

    @PostMapping("/mijn/traject/{id}/acties/{action}/gedaan")
    @PreAuthorize("hasRole('INWONER')")
    String done(@PathVariable UUID id, @PathVariable UUID action, RedirectAttributes redirect, SignedInUser user) {
        return PageActions.redirect(
                redirect, "trajectory.actionDone", "/mijn/traject", () -> trajectories.actionDone(id, action, user));
    }
}
