package nl.werkpad.vacancies.web;

import java.util.UUID;
import nl.werkpad.access.PublicPath;
import nl.werkpad.access.Role;
import nl.werkpad.access.SignedInUser;
import nl.werkpad.regions.MunicipalityPicker;
import nl.werkpad.regions.Regions;
import nl.werkpad.shared.Languages;
import nl.werkpad.taxonomy.Taxonomy;
import nl.werkpad.vacancies.Vacancies;
import nl.werkpad.vacancies.VacancyFilter;
import nl.werkpad.vacancies.VacancyKind;
import nl.werkpad.vacancies.VacancyNotFound;
import nl.werkpad.vacancies.VacancyStatus;
import nl.werkpad.vacancies.formats.JobPostingJsonLd;
import nl.werkpad.vacancies.formats.JobPostings;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** Open vacancies for everyone: a list by labour-market region and kind, and each vacancy's skill profile. */
@Controller
class VacancyPages {

    private final Vacancies vacancies;
    private final Regions regions;
    private final Taxonomy taxonomy;
    private final JobPostings postings;

    VacancyPages(Vacancies vacancies, Regions regions, Taxonomy taxonomy, JobPostings postings) {
        this.taxonomy = taxonomy;
        this.postings = postings;
        this.vacancies = vacancies;
        this.regions = regions;
    }

    @Bean
    static PublicPath vacancyPagesArePublic() {
        return PublicPath.get("/vacatures/**");
    }

    static final int PAGE_SIZE = 20;

    @GetMapping("/vacatures")
    String list(
            @RequestParam(defaultValue = "") String q,
            @RequestParam(defaultValue = "") String region,
            @RequestParam(required = false) VacancyKind kind,
            @RequestParam(defaultValue = "") String beroep,
            @RequestParam(defaultValue = "nieuwste") String sorteer,
            @RequestParam(required = false) String bij,
            @RequestParam(defaultValue = "") String bijQuery,
            @RequestParam(defaultValue = "1") int pagina,
            Model model) {
        int page = Math.max(1, pagina);
        VacancyFilter.Sort sort =
                switch (sorteer) {
                    case "dichtstbij" -> VacancyFilter.Sort.CLOSEST;
                    case "sluitdatum" -> VacancyFilter.Sort.CLOSING;
                    default -> VacancyFilter.Sort.NEWEST;
                };
        MunicipalityPicker near = MunicipalityPicker.of("bij", bij, bijQuery, regions);
        Vacancies.Found found = vacancies.find(
                new VacancyFilter(
                        null,
                        region.isBlank() ? null : region,
                        beroep.isBlank() ? null : beroep,
                        null,
                        null,
                        kind,
                        PAGE_SIZE,
                        (page - 1) * PAGE_SIZE,
                        q,
                        sort,
                        near.selected() == null ? null : near.selected().code()),
                SignedInUser.current());
        model.addAttribute("regionsByProvince", regions.labourMarketRegionsByProvince());
        model.addAttribute("region", region);
        model.addAttribute(
                "regionName",
                regions.labourMarketRegions().stream()
                        .filter(r -> r.code().equals(region))
                        .map(r -> r.name())
                        .findFirst()
                        .orElse(null));
        model.addAttribute("kind", kind);
        model.addAttribute("kinds", VacancyKind.values());
        model.addAttribute("q", q);
        model.addAttribute("beroep", beroep);
        model.addAttribute(
                "occupation",
                beroep.isBlank()
                        ? null
                        : taxonomy.occupationRef(beroep, Languages.current()).orElse(null));
        model.addAttribute(
                "sorteer",
                sort == VacancyFilter.Sort.CLOSEST
                        ? "dichtstbij"
                        : sort == VacancyFilter.Sort.CLOSING ? "sluitdatum" : "nieuwste");
        model.addAttribute("nearPicker", near);
        model.addAttribute("closestWithoutPlace", sort == VacancyFilter.Sort.CLOSEST && near.selected() == null);
        model.addAttribute("vacancies", found.items());
        model.addAttribute("total", found.total());
        model.addAttribute("page", page);
        model.addAttribute("pages", Math.max(1, (found.total() + PAGE_SIZE - 1) / PAGE_SIZE));
        model.addAttribute(
                "resident", SignedInUser.current().map(u -> u.has(Role.INWONER)).orElse(false));
        return "vacancies/list";
    }

    @GetMapping("/vacatures/{id}")
    String one(@PathVariable UUID id, Model model) {
        var vacancy = vacancies.byId(id, SignedInUser.current()).orElseThrow(() -> VacancyNotFound.byId(id));
        model.addAttribute("v", vacancy);
        if (vacancy.status() == VacancyStatus.OPEN) {
            // search engines read the open vacancy as schema.org JobPosting; closed ones are no longer on offer
            String base = ServletUriComponentsBuilder.fromCurrentContextPath().toUriString();
            model.addAttribute("jobPosting", JobPostingJsonLd.forScript(postings.of(vacancy, base)));
        }
        return "vacancies/vacancy";
    }
}
