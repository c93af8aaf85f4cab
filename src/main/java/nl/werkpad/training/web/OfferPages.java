package nl.werkpad.training.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import nl.werkpad.access.PublicPath;
import nl.werkpad.access.SignedInUser;
import nl.werkpad.regions.Regions;
import nl.werkpad.training.OfferFilter;
import nl.werkpad.training.OfferNotFound;
import nl.werkpad.training.TrainingMode;
import nl.werkpad.training.TrainingOffers;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** Published training offers for everyone: a list by region and mode, and each offer with its skills and starts. */
@Controller
class OfferPages {

    private final TrainingOffers offers;
    private final Regions regions;

    private final Clock clock;

    OfferPages(TrainingOffers offers, Regions regions, Clock clock) {
        this.clock = clock;
        this.offers = offers;
        this.regions = regions;
    }

    @Bean
    static PublicPath offerPagesArePublic() {
        return PublicPath.get("/opleidingen/**");
    }

    static final int PAGE_SIZE = 20;

    @GetMapping("/opleidingen")
    String list(
            @RequestParam(defaultValue = "") String q,
            @RequestParam(defaultValue = "") String region,
            @RequestParam(required = false) TrainingMode mode,
            @RequestParam(defaultValue = "nieuwste") String sorteer,
            @RequestParam(defaultValue = "1") int pagina,
            Model model) {
        int page = Math.max(1, pagina);
        OfferFilter.Sort sort =
                switch (sorteer) {
                    case "goedkoopste" -> OfferFilter.Sort.CHEAPEST;
                    case "start" -> OfferFilter.Sort.STARTING;
                    default -> OfferFilter.Sort.NEWEST;
                };
        TrainingOffers.Found found = offers.find(
                new OfferFilter(
                        null,
                        region.isBlank() ? null : region,
                        null,
                        mode,
                        null,
                        null,
                        PAGE_SIZE,
                        (page - 1) * PAGE_SIZE,
                        q,
                        sort),
                SignedInUser.current());
        model.addAttribute("regionsByProvince", regions.labourMarketRegionsByProvince());
        model.addAttribute("region", region);
        model.addAttribute("mode", mode);
        model.addAttribute("modes", TrainingMode.values());
        model.addAttribute("q", q);
        model.addAttribute(
                "sorteer",
                sort == OfferFilter.Sort.CHEAPEST
                        ? "goedkoopste"
                        : sort == OfferFilter.Sort.STARTING ? "start" : "nieuwste");
        model.addAttribute("offers", found.items());
        model.addAttribute("total", found.total());
        model.addAttribute("page", page);
        model.addAttribute("pages", Math.max(1, (found.total() + PAGE_SIZE - 1) / PAGE_SIZE));
        return "training/list";
    }

    @GetMapping("/opleidingen/{id}")
    String one(@PathVariable UUID id, Model model) {
        model.addAttribute("o", offers.byId(id, SignedInUser.current()).orElseThrow(() -> OfferNotFound.byId(id)));
        model.addAttribute("today", LocalDate.now(clock));
        return "training/offer";
    }
}
