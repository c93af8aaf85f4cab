package nl.werkpad.vacancies.web;

import java.util.List;
import java.util.UUID;
import nl.werkpad.access.PublicPath;
import nl.werkpad.access.SignedInUser;
import nl.werkpad.regions.Regions;
import nl.werkpad.vacancies.Vacancies;
import nl.werkpad.vacancies.VacancyFilter;
import nl.werkpad.vacancies.VacancyKind;
import nl.werkpad.vacancies.VacancyNotFound;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** Open vacancies for everyone: a list by labour-market region and kind, and each vacancy's skill profile. */
@Controller
class VacancyPages {

    private final Vacancies vacancies;
    private final Regions regions;

    VacancyPages(Vacancies vacancies, Regions regions) {
        this.vacancies = vacancies;
        this.regions = regions;
    }

    @Bean
    static PublicPath vacancyPagesArePublic() {
        return PublicPath.get("/vacatures/**");
    }


    @GetMapping("/vacatures")
    String list(@RequestParam(defaultValue = "") String region, @RequestParam(required = false) VacancyKind kind, Model model) {
        model.addAttribute("regions", regions.labourMarketRegions());
        model.addAttribute("region", region);
        model.addAttribute("kind", kind);
        model.addAttribute("kinds", VacancyKind.values());
        model.addAttribute("vacancies", vacancies.search(new VacancyFilter(null, region.isBlank() ? null : region, null,
                null, null, kind, 50, 0), SignedInUser.current()));
        return "vacancies/list";
    }

    @GetMapping("/vacatures/{id}")
    String one(@PathVariable UUID id, Model model) {
        model.addAttribute("v", vacancies.byId(id, SignedInUser.current()).orElseThrow(() -> VacancyNotFound.byId(id)));
        return "vacancies/vacancy";
    }
}
