package nl.werkpad.regions.web;

import jakarta.servlet.http.HttpServletRequest;
import nl.werkpad.access.PublicPath;
import nl.werkpad.regions.MunicipalityPicker;
import nl.werkpad.regions.Regions;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The regions overview, the distance page, and the suggestions behind the municipality picker
 * ({@code regions/picker :: municipality}) that forms of other modules include.
 */
@Controller
class RegionPages {

    private final Regions regions;

    RegionPages(Regions regions) {
        this.regions = regions;
    }

    @Bean
    static PublicPath regionPagesArePublic() {
        return PublicPath.get("/regios/**");
    }

    @GetMapping("/regios")
    String overview(Model model) {
        model.addAttribute("regions", regions.labourMarketRegions());
        return "regions/overview";
    }

    @GetMapping("/regios/afstand")
    String distance(
            @RequestParam(required = false) String from,
            @RequestParam(defaultValue = "") String fromQuery,
            @RequestParam(required = false) String to,
            @RequestParam(defaultValue = "") String toQuery,
            Model model) {
        MunicipalityPicker fromPicker = MunicipalityPicker.of("from", from, fromQuery, regions);
        MunicipalityPicker toPicker = MunicipalityPicker.of("to", to, toQuery, regions);
        model.addAttribute("fromPicker", fromPicker);
        model.addAttribute("toPicker", toPicker);
        if (fromPicker.selected() != null && toPicker.selected() != null) {
            model.addAttribute(
                    "distanceKm",
                    Math.round(regions.distanceKm(
                                            fromPicker.selected().code(),
                                            toPicker.selected().code())
                                    * 10)
                            / 10.0);
        }
        return "regions/distance";
    }

    /** htmx: the options of a municipality picker for what has been typed so far. */
    @GetMapping("/regios/gemeenten/suggesties")
    String suggestions(@RequestParam String field, HttpServletRequest request, Model model) {
        model.addAttribute(
                "picker", MunicipalityPicker.of(field, null, request.getParameter(field + "Query"), regions));
        return "regions/picker :: options";
    }
}
