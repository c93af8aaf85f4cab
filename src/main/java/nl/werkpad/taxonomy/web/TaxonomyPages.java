package nl.werkpad.taxonomy.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import nl.werkpad.access.PublicPath;
import nl.werkpad.shared.Languages;
import nl.werkpad.taxonomy.OccupationNotFound;
import nl.werkpad.taxonomy.OccupationPicker;
import nl.werkpad.taxonomy.SkillNotFound;
import nl.werkpad.taxonomy.SkillPicker;
import nl.werkpad.taxonomy.Taxonomy;
import nl.werkpad.web.NavigationContributor;
import nl.werkpad.web.NavigationItem;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The occupation and skill browsers, and the suggestions behind the skill and occupation pickers. */
@Controller
class TaxonomyPages implements NavigationContributor {

    private static final int RESULTS = 25;
    private final Taxonomy taxonomy;

    TaxonomyPages(Taxonomy taxonomy) {
        this.taxonomy = taxonomy;
    }

    @Bean
    static PublicPath occupationPagesArePublic() {
        return PublicPath.get("/beroepen/**");
    }

    @Bean
    static PublicPath skillPagesArePublic() {
        return PublicPath.get("/vaardigheden/**");
    }

    @Override
    public List<NavigationItem> navigationItems() {
        return List.of(
                NavigationItem.forEveryone(200, "nav.occupations", "/beroepen"),
                NavigationItem.forEveryone(210, "nav.skills", "/vaardigheden"));
    }

    @GetMapping("/beroepen")
    String occupations(@RequestParam(defaultValue = "") String q, Model model) {
        model.addAttribute("q", q);
        model.addAttribute(
                "results", q.isBlank() ? List.of() : taxonomy.suggestOccupations(q, Languages.current(), RESULTS));
        model.addAttribute("info", taxonomy.info());
        return "taxonomy/occupations";
    }

    @GetMapping("/beroepen/{id}")
    String occupation(@PathVariable String id, Model model) {
        model.addAttribute(
                "o", taxonomy.occupation(id, Languages.current()).orElseThrow(() -> OccupationNotFound.byId(id)));
        return "taxonomy/occupation";
    }

    @GetMapping("/beroepen/bij-vaardigheden")
    String occupationsForSkills(
            @RequestParam(required = false) List<String> skills,
            @RequestParam(defaultValue = "") String skillsQuery,
            Model model) {
        SkillPicker picker = SkillPicker.of("skills", skills, skillsQuery, Languages.current(), taxonomy);
        model.addAttribute("picker", picker);
        model.addAttribute(
                "fits",
                taxonomy.occupationsNeeding(
                        picker.selected().stream().map(s -> s.id()).toList(), Languages.current(), RESULTS));
        return "taxonomy/by-skills";
    }

    @GetMapping("/vaardigheden")
    String skills(
            @RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "") String type, Model model) {
        model.addAttribute("q", q);
        model.addAttribute("type", type);
        model.addAttribute(
                "results",
                q.isBlank()
                        ? List.of()
                        : taxonomy.suggestSkills(
                                q,
                                Languages.current(),
                                type.matches("knowledge|skill|language|transversal") ? type : null,
                                RESULTS));
        model.addAttribute("info", taxonomy.info());
        return "taxonomy/skills";
    }

    @GetMapping("/vaardigheden/{id}")
    String skill(@PathVariable String id, Model model) {
        model.addAttribute("s", taxonomy.skill(id, Languages.current()).orElseThrow(() -> SkillNotFound.byId(id)));
        return "taxonomy/skill";
    }

    /** htmx: the suggestions of a skill picker; the chosen skills come along so they stay chosen. */
    @GetMapping("/vaardigheden/suggesties")
    String skillSuggestions(@RequestParam String field, HttpServletRequest request, Model model) {
        String[] chosen = request.getParameterValues(field);
        model.addAttribute(
                "picker",
                SkillPicker.of(
                        field,
                        chosen == null ? List.of() : List.of(chosen),
                        request.getParameter(field + "Query"),
                        Languages.current(),
                        taxonomy));
        return "taxonomy/pickers :: skillOptions";
    }

    /** htmx: the suggestions of an occupation picker. */
    @GetMapping("/beroepen/suggesties")
    String occupationSuggestions(@RequestParam String field, HttpServletRequest request, Model model) {
        model.addAttribute(
                "picker",
                OccupationPicker.of(field, null, request.getParameter(field + "Query"), Languages.current(), taxonomy));
        return "taxonomy/pickers :: occupationOptions";
    }
}
