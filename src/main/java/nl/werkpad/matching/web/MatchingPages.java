package nl.werkpad.matching.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.constraints.Size;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.werkpad.access.PublicPath;
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
import nl.werkpad.shared.Money;
import nl.werkpad.shared.RuleViolation;
import nl.werkpad.shared.Text;
import nl.werkpad.taxonomy.OccupationPicker;
import nl.werkpad.taxonomy.SkillPicker;
import nl.werkpad.taxonomy.Taxonomy;
import nl.werkpad.vacancies.Vacancies;
import nl.werkpad.vacancies.VacancyKind;
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
 * The matching pages: trying it without an account, a resident's matches (with contact requests),
 * training plans and routes, an employer's candidates per vacancy, and an advisor's people.
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
    static PublicPath occupationRoutePageIsPublic() {
        return PublicPath.get("/overstappen");
    }

    @Bean
    static PublicPath routesIntoPageIsPublic() {
        return PublicPath.get("/overstappen/naar");
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
    String mine(@RequestParam(defaultValue = "alle") String soort, Model model) {
        SignedInUser me = SignedInUser.current().orElseThrow();
        Optional<UUID> person = passports.ownPersonId(me);
        model.addAttribute("hasPassport", person.isPresent());
        model.addAttribute("soort", soort);
        Set<VacancyKind> kinds = "stages".equals(soort)
                ? EnumSet.of(VacancyKind.INTERNSHIP, VacancyKind.LEARNING_PLACE)
                : EnumSet.allOf(VacancyKind.class);
        if (person.isPresent()) {
            try {
                model.addAttribute("matches", byFit(matching.matchesFor(person.get(), me, null, kinds, 30)));
            } catch (RuleViolation e) {
                model.addAttribute("matchError", e.rule());
            }
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
            RedirectAttributes redirect) {
        try {
            matching.answerContact(id, SignedInUser.current().orElseThrow(), accept, name, contact);
            redirect.addFlashAttribute("answered", accept ? "accepted" : "declined");
        } catch (RuleViolation e) {
            redirect.addFlashAttribute("answerError", e.rule());
        }
        return "redirect:/mijn/matches";
    }

    @GetMapping("/mijn/opleidingsplan")
    @PreAuthorize("hasAnyRole('INWONER', 'ADVISEUR')")
    String plan(
            @RequestParam(required = false) UUID persoon,
            @RequestParam(required = false) String vacature,
            @RequestParam(required = false) String beroep,
            @RequestParam(defaultValue = "") String beroepQuery,
            @RequestParam(defaultValue = "kosten") String optimaliseer,
            @RequestParam(required = false) String budget,
            @RequestParam(required = false) String tijd,
            @RequestParam(defaultValue = "maanden") String eenheid,
            Model model) {
        SignedInUser me = SignedInUser.current().orElseThrow();
        Optional<UUID> person = persoon != null ? Optional.of(persoon) : passports.ownPersonId(me);
        Matching.Optimise by = "tijd".equals(optimaliseer) ? Matching.Optimise.TIME : Matching.Optimise.COST;
        boolean weeks = "weken".equals(eenheid);
        model.addAttribute("hasPassport", person.isPresent());
        model.addAttribute("persoon", persoon);
        model.addAttribute("vacature", Text.blankToNull(vacature));
        model.addAttribute("beroep", Text.blankToNull(beroep));
        model.addAttribute("optimaliseer", by == Matching.Optimise.TIME ? "tijd" : "kosten");
        model.addAttribute("budget", Text.blankToNull(budget));
        model.addAttribute("tijd", Text.blankToNull(tijd));
        model.addAttribute("eenheid", weeks ? "weken" : "maanden");
        model.addAttribute(
                "occupationPicker", OccupationPicker.of("beroep", beroep, beroepQuery, Languages.current(), taxonomy));
        if (person.isEmpty()) {
            return "matching/plan";
        }
        if (Text.blankToNull(vacature) == null && Text.blankToNull(beroep) == null) {
            // no target yet: the page offers the person's own matches and an occupation to choose, never an error
            try {
                model.addAttribute(
                        "suggestions",
                        matching.matchesFor(person.get(), me, null, EnumSet.allOf(VacancyKind.class), 12).stream()
                                .filter(m -> !m.missingEssential().isEmpty())
                                .limit(5)
                                .toList());
            } catch (RuleViolation e) {
                model.addAttribute("suggestions", List.of());
            }
            return "matching/plan";
        }
        Long budgetCents;
        Integer maxWeeks;
        try {
            budgetCents = cents(budget);
            Integer time = whole(tijd, "tijd");
            maxWeeks = time == null ? null : weeks ? time : Matching.weeksOf(time);
        } catch (RuleViolation e) {
            model.addAttribute("planError", e.rule());
            model.addAttribute("planErrorField", e instanceof nl.werkpad.shared.InvalidInput i ? i.field() : "budget");
            return "matching/plan";
        }
        try {
            model.addAttribute(
                    "plan",
                    matching.trainingPlan(
                            person.get(),
                            me,
                            Text.blankToNull(vacature),
                            Text.blankToNull(beroep),
                            by,
                            budgetCents,
                            maxWeeks));
        } catch (nl.werkpad.shared.InvalidInput e) {
            model.addAttribute("planError", e.rule());
            model.addAttribute("planErrorField", "maxWeeks".equals(e.field()) ? "tijd" : "budget");
        } catch (RuleViolation e) {
            model.addAttribute("planError", e.rule());
        }
        return "matching/plan";
    }

    /** An amount in euros as people type it ("1.500", "1500,50"), or a rule the page shows next to the budget field. */
    private static Long cents(String text) {
        try {
            Money money = Money.parse(text);
            if (money != null && money.cents() < 0) {
                throw nl.werkpad.shared.InvalidInput.of("budget", "matching.budget-negative", "at least 0", text);
            }
            return money == null ? null : money.cents();
        } catch (Money.NotAnAmount e) {
            throw nl.werkpad.shared.InvalidInput.of("budget", "matching.not-an-amount", "an amount in euros", null);
        }
    }

    /** A whole number typed in a form field, or a rule the page shows next to that field. */
    private static Integer whole(String text, String field) {
        if (Text.blankToNull(text) == null) {
            return null;
        }
        try {
            return Integer.valueOf(text.strip());
        } catch (NumberFormatException e) {
            throw nl.werkpad.shared.InvalidInput.of(field, "matching.not-a-number", "a whole number", null);
        }
    }

    /**
     * Pages show the essential-skill fit first, so they list the best matches the engine found by that number
     * (the engine's ranking breaks ties): a list must not put 60% above 90%.
     */
    private static List<Match> byFit(List<Match> matches) {
        return matches.stream()
                .sorted(java.util.Comparator.comparingInt((Match m) -> m.fit().percent())
                        .reversed()
                        .thenComparing(
                                java.util.Comparator.comparingInt(Match::score).reversed()))
                .toList();
    }

    @GetMapping("/mijn/routes")
    @PreAuthorize("hasAnyRole('INWONER', 'ADVISEUR')")
    String routes(@RequestParam(required = false) UUID persoon, Model model) {
        SignedInUser me = SignedInUser.current().orElseThrow();
        Optional<UUID> person = persoon != null ? Optional.of(persoon) : passports.ownPersonId(me);
        model.addAttribute("hasPassport", person.isPresent());
        model.addAttribute("persoon", persoon);
        person.ifPresent(p -> model.addAttribute("routes", matching.routesFor(p, me, 8)));
        // the resident's own place, so "see the vacancies" lists the nearest first (an advisor's read stays with the
        // routes)
        model.addAttribute(
                "municipality",
                persoon == null
                        ? person.map(p -> passports.read(p, me, "routes naar ander werk"))
                                .map(p -> p.municipality() == null
                                        ? null
                                        : p.municipality().code())
                                .orElse(null)
                        : null);
        return "matching/routes";
    }

    @GetMapping("/overstappen")
    String occupationRoutes(
            @RequestParam String beroep,
            @RequestParam(required = false) String gemeente,
            @RequestParam(defaultValue = "") String gemeenteQuery,
            Model model) {
        model.addAttribute(
                "occupation",
                taxonomy.occupationRef(beroep, Languages.current())
                        .orElseThrow(() -> nl.werkpad.shared.NotFound.of("occupation", beroep)));
        model.addAttribute("municipalityPicker", MunicipalityPicker.of("gemeente", gemeente, gemeenteQuery, regions));
        model.addAttribute(
                "routes", matching.routesFrom(beroep, gemeente == null || gemeente.isBlank() ? null : gemeente, 10));
        return "matching/occupation-routes";
    }

    @GetMapping("/overstappen/naar")
    String routesInto(@RequestParam String beroep, Model model) {
        model.addAttribute(
                "occupation",
                taxonomy.occupationRef(beroep, Languages.current())
                        .orElseThrow(() -> nl.werkpad.shared.NotFound.of("occupation", beroep)));
        model.addAttribute("into", matching.routesInto(beroep, 20));
        return "matching/routes-into";
    }

    // ---- employers

    @GetMapping("/werkgever/vacatures/{id}/kandidaten")
    @PreAuthorize("hasAnyRole('WERKGEVER', 'ADVISEUR')")
    String candidates(@PathVariable UUID id, Model model) {
        SignedInUser me = SignedInUser.current().orElseThrow();
        model.addAttribute(
                "vacancy",
                vacancies.byId(id, Optional.of(me)).orElseThrow(() -> nl.werkpad.vacancies.VacancyNotFound.byId(id)));
        model.addAttribute("mayAsk", me.has(nl.werkpad.access.Role.WERKGEVER));
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
            RedirectAttributes redirect) {
        try {
            matching.requestContact(id, reference, SignedInUser.current().orElseThrow(), message);
            redirect.addFlashAttribute("asked", true);
        } catch (RuleViolation e) {
            redirect.addFlashAttribute("askError", e.rule());
        }
        return "redirect:/werkgever/vacatures/" + id + "/kandidaten";
    }

    // ---- advisors

    @GetMapping("/adviseur/personen")
    @PreAuthorize("hasRole('ADVISEUR')")
    String advisorPeople(Model model) {
        SignedInUser me = SignedInUser.current().orElseThrow();
        model.addAttribute(
                "people",
                consents.subjectsWith(Purpose.ADVISOR, me.accountId()).stream()
                        .map(id -> passports.read(id, me, "overzicht van mijn mensen"))
                        .toList());
        return "matching/advisor-people";
    }

    @GetMapping("/adviseur/personen/{id}/matches")
    @PreAuthorize("hasRole('ADVISEUR')")
    String advisorMatches(@PathVariable UUID id, Model model) {
        SignedInUser me = SignedInUser.current().orElseThrow();
        model.addAttribute("passport", passports.read(id, me, "passende vacatures zoeken"));
        model.addAttribute("matches", byFit(matching.matchesFor(id, me, null, EnumSet.allOf(VacancyKind.class), 30)));
        return "matching/advisor-matches";
    }
}
