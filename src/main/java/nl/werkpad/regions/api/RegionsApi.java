package nl.werkpad.regions.api;

import io.swagger.v3.oas.annotations.Operation;
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
class RegionsApi {

    record Results<T>(List<T> results, int total) {
        static <T> Results<T> of(List<T> results) {
            return new Results<>(results, results.size());
        }
    }

    record RegionSummary(String code, String name, List<Province> provinces, List<MunicipalityRef> municipalities) {
        static RegionSummary of(LabourMarketRegion region) {
            return new RegionSummary(
                    region.code(),
                    region.name(),
                    region.provinces(),
                    region.municipalities().stream()
                            .map(m -> new MunicipalityRef(m.code(), m.name()))
                            .toList());
        }
    }

    record MunicipalityRef(String code, String name) {}

    record Distance(MunicipalityRef from, MunicipalityRef to, double distanceKm) {}

    private final Regions regions;

    RegionsApi(Regions regions) {
        this.regions = regions;
    }

    @Bean
    static PublicPath regionsApiIsPublic() {
        return PublicPath.get("/api/v1/regions/**");
    }

    @GetMapping("/municipalities")
    @Operation(
            summary = "Gemeenten, optioneel gezocht op naam / municipalities, optionally searched by name",
            description =
                    "De gemeenten van Nederland (CBS 2024), optioneel gezocht op naam. Openbaar. / Municipalities, optionally by name; public.")
    Results<Municipality> municipalities(
            @RequestParam(defaultValue = "") String q,
            @RequestParam(defaultValue = "400") @Min(1) @Max(400) int limit) {
        return Results.of(
                q.isBlank()
                        ? regions.municipalities().stream().limit(limit).toList()
                        : regions.searchMunicipalities(q, limit));
    }

    @GetMapping("/municipalities/{code}")
    @Operation(
            summary = "Eén gemeente met provincie, arbeidsmarktregio en punt / one municipality",
            description =
                    "Eén gemeente (GMxxxx) met provincie, arbeidsmarktregio en middelpunt. Openbaar. / One municipality; public.")
    Municipality municipality(@PathVariable String code) {
        return regions.requireMunicipality(code);
    }

    @GetMapping("/labour-market-regions")
    @Operation(
            summary = "De 35 arbeidsmarktregio's met hun gemeenten / the 35 labour-market regions",
            description =
                    "De 35 arbeidsmarktregio's met hun gemeenten. Openbaar. / The 35 labour-market regions; public.")
    Results<RegionSummary> labourMarketRegions() {
        return Results.of(
                regions.labourMarketRegions().stream().map(RegionSummary::of).toList());
    }

    @GetMapping(value = "/labour-market-regions/shapes", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary =
                    "Grenzen van de arbeidsmarktregio's als TopoJSON / region boundaries as TopoJSON (CBS/PDOK, CC BY 4.0)",
            description =
                    "De grenzen van de arbeidsmarktregio's als TopoJSON voor kaarten (CBS/PDOK, CC BY 4.0). Openbaar. / Region boundaries as TopoJSON; public.")
    // the TopoJSON is kept as text and sent as is: the document says it is a JSON object, not a string
    @io.swagger.v3.oas.annotations.responses.ApiResponse(
            responseCode = "200",
            description = "TopoJSON Topology",
            content =
                    @io.swagger.v3.oas.annotations.media.Content(
                            mediaType = MediaType.APPLICATION_JSON_VALUE,
                            schema = @io.swagger.v3.oas.annotations.media.Schema(type = "object")))
    String shapes() {
        return regions.labourMarketRegionShapes();
    }

    @GetMapping("/labour-market-regions/{code}")
    @Operation(
            summary = "Eén arbeidsmarktregio / one labour-market region",
            description = "Eén arbeidsmarktregio (AMxx) met gemeenten. Openbaar. / One labour-market region; public.")
    RegionSummary labourMarketRegion(@PathVariable String code) {
        return regions.labourMarketRegion(code)
                .map(RegionSummary::of)
                .orElseThrow(() -> NotFound.of("Arbeidsmarktregio", code));
    }

    @GetMapping("/provinces")
    @Operation(
            summary = "De 12 provincies / the 12 provinces",
            description = "De 12 provincies met hun code (PVxx). Openbaar. / The 12 provinces; public.")
    Results<Province> provinces() {
        return Results.of(regions.provinces());
    }

    @GetMapping("/distance")
    @Operation(
            summary = "Afstand in km tussen twee gemeenten (hemelsbreed) / straight-line distance in km",
            description =
                    "De afstand in kilometers hemelsbreed tussen de middelpunten van twee gemeenten. Openbaar. / Straight-line distance between two municipalities; public.")
    Distance distance(@RequestParam String from, @RequestParam String to) {
        Municipality a = regions.requireMunicipality(from);
        Municipality b = regions.requireMunicipality(to);
        double km = Math.round(regions.distanceKm(a.code(), b.code()) * 10) / 10.0;
        return new Distance(new MunicipalityRef(a.code(), a.name()), new MunicipalityRef(b.code(), b.name()), km);
    }
}
