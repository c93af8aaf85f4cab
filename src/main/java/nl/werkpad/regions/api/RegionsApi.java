package nl.werkpad.regions.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.List;
import nl.werkpad.access.PublicPath;
import nl.werkpad.regions.LabourMarketRegion;
import nl.werkpad.regions.Municipality;
import nl.werkpad.regions.Province;
import nl.werkpad.regions.Regions;
import nl.werkpad.shared.NotFound;
import org.springframework.context.annotation.Bean;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Public reference data: municipalities, labour-market regions, provinces, distances and shapes. */
@RestController
@RequestMapping("/api/v1/regions")
@Tag(name = "Regio's / regions")
class RegionsApi {

    record Results<T>(List<T> results, int total) {
        static <T> Results<T> of(List<T> results) {
            return new Results<>(results, results.size());
        }
    }

    record RegionSummary(String code, String name, List<Province> provinces, List<MunicipalityRef> municipalities) {
        static RegionSummary of(LabourMarketRegion region) {
            return new RegionSummary(region.code(), region.name(), region.provinces(),
                    region.municipalities().stream().map(m -> new MunicipalityRef(m.code(), m.name())).toList());
        }
    }

    record MunicipalityRef(String code, String name) {
    }

    record Distance(MunicipalityRef from, MunicipalityRef to, double distanceKm) {
    }

    private final Regions regions;

    RegionsApi(Regions regions) {
        this.regions = regions;
    }

    @Bean
    static PublicPath regionsApiIsPublic() {
        return PublicPath.get("/api/v1/regions/**");
    }

    @GetMapping("/municipalities")
    @Operation(summary = "Gemeenten, optioneel gezocht op naam / municipalities, optionally searched by name")
    Results<Municipality> municipalities(@RequestParam(defaultValue = "") String q,
                                         @RequestParam(defaultValue = "400") @Min(1) @Max(400) int limit) {
        return Results.of(q.isBlank() ? regions.municipalities().stream().limit(limit).toList()
                : regions.searchMunicipalities(q, limit));
    }

    @GetMapping("/municipalities/{code}")
    @Operation(summary = "Eén gemeente met provincie, arbeidsmarktregio en punt / one municipality")
    Municipality municipality(@PathVariable String code) {
        return regions.requireMunicipality(code);
    }

    @GetMapping("/labour-market-regions")
    @Operation(summary = "De 35 arbeidsmarktregio's met hun gemeenten / the 35 labour-market regions")
    Results<RegionSummary> labourMarketRegions() {
        return Results.of(regions.labourMarketRegions().stream().map(RegionSummary::of).toList());
    }

    @GetMapping(value = "/labour-market-regions/shapes", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Grenzen van de arbeidsmarktregio's als TopoJSON / region boundaries as TopoJSON (CBS/PDOK, CC BY 4.0)")
    String shapes() {
        return regions.labourMarketRegionShapes();
    }

    @GetMapping("/labour-market-regions/{code}")
    @Operation(summary = "Eén arbeidsmarktregio / one labour-market region")
    RegionSummary labourMarketRegion(@PathVariable String code) {
        return regions.labourMarketRegion(code).map(RegionSummary::of)
                .orElseThrow(() -> NotFound.of("Arbeidsmarktregio", code));
    }

    @GetMapping("/provinces")
    @Operation(summary = "De 12 provincies / the 12 provinces")
    Results<Province> provinces() {
        return Results.of(regions.provinces());
    }

    @GetMapping("/distance")
    @Operation(summary = "Afstand in km tussen twee gemeenten (hemelsbreed) / straight-line distance in km")
    Distance distance(@RequestParam String from, @RequestParam String to) {
        Municipality a = regions.requireMunicipality(from);
        Municipality b = regions.requireMunicipality(to);
        double km = Math.round(regions.distanceKm(a.code(), b.code()) * 10) / 10.0;
        return new Distance(new MunicipalityRef(a.code(), a.name()), new MunicipalityRef(b.code(), b.name()), km);
    }
}
