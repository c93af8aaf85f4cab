package nl.werkpad.matching.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.constraints.Size;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.werkpad.access.PublicPath;
import nl.werkpad.access.Role;
import nl.werkpad.access.SignedInUser;
import nl.werkpad.matching.Match;
import nl.werkpad.matching.Matching;
import nl.werkpad.matching.api.TryLimiter;
import nl.werkpad.passport.Passports;
import nl.werkpad.privacy.Consents;
import nl.werkpad.privacy.Purpose;
import nl.werkpad.regions.MunicipalityPicker;
import nl.werkpad.regions.Regions;
import nl.werkpad.shared.Languages;
import nl.werkpad.shared.Limits;
import nl.werkpad.shared.RuleViolation;
import nl.werkpad.taxonomy.SkillPicker;
import nl.werkpad.taxonomy.Taxonomy;
import nl.werkpad.vacancies.Vacancies;
import nl.werkpad.vacancies.VacancyKind;
import nl.werkpad.vacancies.VacancyNotFound;
import nl.werkpad.web.PageActions;
import org.springframework.context.annotation.Bean;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The matching pages: trying it without an account, a resident's matches (with contact requests), an employer's
 * candidates per vacancy, and an advisor's people. Plans and routes are {@link PlanAndRoutePages}.
 */
@Controller
class MatchingPages {

    private static final Map<String, String> FIELD_OF_RULE = Map.of(
            "matching.skills-required",
            "skills",
            "matching.skill-unknown",
            "skills",
            "matching.municipality-unknown",
            "municipality",
            "matching.radius-out-of-range",
            "radiusKm");

    private final Matching matching;
    private final Passports passports;
    private final Vacancies vacancies;
    private final Taxonomy taxonomy;
    private final Regions regions;
    private final TryLimiter limiter;
    private final Consents consents;

    MatchingPages(
            Matching matching,
            Passports passports,
            Vacancies vacancies,
            Taxonomy taxonomy,
            Regions regions,
            TryLimiter limiter,
            Consents consents) {
        this.consents = consents;
        this.matching = matching;
        this.passports = passports;
        this.vacancies = vacancies;
        this.taxonomy = taxonomy;
        this.regions = regions;
        this.limiter = limiter;
    }

    @Bean
    static PublicPath tryingIsPublic() {
        return PublicPath.any("/matchen");
    }

    // ---- anyone: try it

    @GetMapping("/matchen")
    String tryForm(Model model) {
        return tryPage(List.of(), "", null, "", 30, null, null, model);
    }

    @PostMapping("/matchen")
    String tryMatches(
            @RequestParam(required = false) List<String> skills,
            @RequestParam(defaultValue = "") String skillsQuery,
            @RequestParam(required = false) String municipality,
            @RequestParam(defaultValue = "") String municipalityQuery,
            @RequestParam(defaultValue = "30") int radiusKm,
            @RequestParam(name = "_picker", required = false) String picker,
            HttpServletRequest http,
            Model model) {
        List<String> chosen = skills == null ? List.of() : skills;
        if (picker != null) {
            return tryPage(chosen, skillsQuery, municipality, municipalityQuery, radiusKm, null, null, model);
        }
        try {
            limiter.check(http.getRemoteAddr());
            List<Match> results =
                    byFit(matching.matchSkills(chosen, municipality, radiusKm, EnumSet.allOf(VacancyKind.class), 20));
            return tryPage(chosen, skillsQuery, municipality, municipalityQuery, radiusKm, results, null, model);
        } catch (RuleViolation e) {
            return tryPage(chosen, skillsQuery, municipality, municipalityQuery, radiusKm, null, e, model);
        }
    }

    private String tryPage(
            List<String> skills,
            String skillsQuery,
            String municipality,
            String municipalityQuery,
            int radiusKm,
            List<Match> results,
            RuleViolation error,
            Model model) {
        model.addAttribute("skillPicker", SkillPicker.of("skills", skills, skillsQuery, Languages.current(), taxonomy));
        model.addAttribute(
                "municipalityPicker", MunicipalityPicker.of("municipality", municipality, municipalityQuery, regions));
        model.addAttribute("radiusKm", radiusKm);
        model.addAttribute("results", results);
        model.addAttribute("errorField", error == null ? null : FIELD_OF_RULE.getOrDefault(error.rule(), "skills"));
        model.addAttribute("errorRule", error == null ? null : error.rule());
        return "matching/try";
    }

    // ---- residents

    @GetMapping("/mijn/matches")
    @PreAuthorize("hasRole('INWONER')")
    String mine(@RequestParam(defaultValue = "alle") String soort, Model model, SignedInUser me) {
        Optional<UUID> person = passports.ownPersonId(me);
        model.addAttribute("hasPassport", person.isPresent());
        model.addAttribute("soort", soort);
        Set<VacancyKind> kinds = "stages".equals(soort)
                ? EnumSet.of(VacancyKind.INTERNSHIP, VacancyKind.LEARNING_PLACE)
                : EnumSet.allOf(VacancyKind.class);
        if (person.isPresent()) {
            PageActions.attempt(model, "matchError", () -> {
                model.addAttribute("matches", byFit(matching.matchesFor(person.get(), me, null, kinds, 30)));
            });
        }
        model.addAttribute("requests", matching.contactRequestsFor(me));
        return "matching/mine";
    }

    @PostMapping("/mijn/contactverzoeken/{id}")
    @PreAuthorize("hasRole('INWONER')")
    String answer(
            @PathVariable UUID id,
            @RequestParam boolean accept,
            @RequestParam(required = false) @Size(max = Limits.NAME) String name,
            @RequestParam(required = false) @Size(max = Limits.SHORT) String contact,
            RedirectAttributes redirect,
            SignedInUser user) {
        PageActions.attempt(redirect, "answerError", () -> {
            matching.answerContact(id, user, accept, name, contact);
            redirect.addFlashAttribute("answered", accept ? "accepted" : "declined");
        });
        return "redirect:/mijn/matches";
    }

    /**
     * Pages show the essential-skill fit first, so they list the best matches the engine found by that number
     * (the engine's ranking breaks ties): a list must not put 60% above 90%.
     */
    private static List<Match> byFit(List<Match> matches) {
        return matches.stream()
                .sorted(Comparator.comparingInt((Match m) -> m.fit().percent())
                        .reversed()
                        .thenComparing(Comparator.comparingInt(Match::score).reversed()))
                .toList();
    }

    // ---- employers

    @GetMapping("/werkgever/vacatures/{id}/kandidaten")
    @PreAuthorize("hasAnyRole('WERKGEVER', 'ADVISEUR')")
    String candidates(@PathVariable UUID id, Model model, SignedInUser me) {
        model.addAttribute("vacancy", vacancies.byId(id, Optional.of(me)).orElseThrow(() -> VacancyNotFound.byId(id)));
        model.addAttribute("mayAsk", me.has(Role.WERKGEVER));
        try {
            model.addAttribute("candidates", matching.candidates(id, me, 30));
        } catch (RuleViolation e) {
            model.addAttribute("candidateError", e.rule());
            model.addAttribute("candidates", List.of());
        }
        return "matching/candidates";
    }

    @PostMapping("/werkgever/vacatures/{id}/kandidaten/{reference}/contact")
    @PreAuthorize("hasRole('WERKGEVER')")
    String askContact(
            @PathVariable UUID id,
            @PathVariable String reference,
            @RequestParam(required = false) @Size(max = Limits.NOTE) String message,
            RedirectAttributes redirect,
            SignedInUser user) {
        PageActions.attempt(redirect, "askError", () -> {
            matching.requestContact(id, reference, user, message);
            redirect.addFlashAttribute("asked", true);
        });
        return "redirect:/werkgever/vacatures/" + id + "/kandidaten";
    }

    // ---- advisors

    @GetMapping("/adviseur/personen")
    @PreAuthorize("hasRole('ADVISEUR')")
    String advisorPeople(Model model, SignedInUser me) {
        model.addAttribute(
                "people",
                consents.subjectsWith(Purpose.ADVISOR, me.accountId()).stream()
                        .map(id -> passports.read(id, me, "overzicht van mijn mensen"))
                        .toList());
        return "matching/advisor-people";
    }

    @GetMapping("/adviseur/personen/{id}/matches")
    @PreAuthorize("hasRole('ADVISEUR')")
    String advisorMatches(@PathVariable UUID id, Model model, SignedInUser me) {
        model.addAttribute("passport", passports.read(id, me, "passende vacatures zoeken"));
        model.addAttribute("matches", byFit(matching.matchesFor(id, me, null, EnumSet.allOf(VacancyKind.class), 30)));
        return "matching/advisor-matches";
    }
}
