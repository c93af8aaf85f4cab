package nl.werkpad.matching.web;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.werkpad.access.PublicPath;
import nl.werkpad.access.SignedInUser;
import nl.werkpad.matching.Matching;
import nl.werkpad.passport.Passports;
import nl.werkpad.regions.MunicipalityPicker;
import nl.werkpad.regions.Regions;
import nl.werkpad.shared.InvalidInput;
import nl.werkpad.shared.Languages;
import nl.werkpad.shared.Money;
import nl.werkpad.shared.NotFound;
import nl.werkpad.shared.RuleViolation;
import nl.werkpad.shared.Text;
import nl.werkpad.taxonomy.OccupationPicker;
import nl.werkpad.taxonomy.Taxonomy;
import nl.werkpad.vacancies.VacancyKind;
import org.springframework.context.annotation.Bean;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Where a person can go from here: a training plan towards a vacancy or an occupation (within the budget and time
 * they set), and routes to other work, for a resident, their advisor, or anyone asking about an occupation.
 */
@Controller
class PlanAndRoutePages {

    private final Matching matching;
    private final Passports passports;
    private final Taxonomy taxonomy;
    private final Regions regions;

    PlanAndRoutePages(Matching matching, Passports passports, Taxonomy taxonomy, Regions regions) {
        this.matching = matching;
        this.passports = passports;
        this.taxonomy = taxonomy;
        this.regions = regions;
    }

    @Bean
    static PublicPath occupationRoutePageIsPublic() {
        return PublicPath.get("/overstappen");
    }

    @Bean
    static PublicPath routesIntoPageIsPublic() {
        return PublicPath.get("/overstappen/naar");
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
            Model model,
            SignedInUser me) {
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
            model.addAttribute("planErrorField", e instanceof InvalidInput i ? i.field() : "budget");
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
        } catch (InvalidInput e) {
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
                throw InvalidInput.of("budget", "matching.budget-negative", "at least 0", text);
            }
            return money == null ? null : money.cents();
        } catch (Money.NotAnAmount e) {
            throw InvalidInput.of("budget", "matching.not-an-amount", "an amount in euros", null);
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
            throw InvalidInput.of(field, "matching.not-a-number", "a whole number", null);
        }
    }

    @GetMapping("/mijn/routes")
    @PreAuthorize("hasAnyRole('INWONER', 'ADVISEUR')")
    String routes(@RequestParam(required = false) UUID persoon, Model model, SignedInUser me) {
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
                        .orElseThrow(() -> NotFound.of("occupation", beroep)));
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
                        .orElseThrow(() -> NotFound.of("occupation", beroep)));
        model.addAttribute("into", matching.routesInto(beroep, 20));
        return "matching/routes-into";
    }
}
