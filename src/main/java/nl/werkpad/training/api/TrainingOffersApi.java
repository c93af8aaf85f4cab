package nl.werkpad.training.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.io.StringReader;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import nl.werkpad.access.PublicPath;
import nl.werkpad.access.SignedInUser;
import nl.werkpad.shared.api.TotalCount;
import nl.werkpad.training.OfferFilter;
import nl.werkpad.training.OfferNotFound;
import nl.werkpad.training.OfferStatus;
import nl.werkpad.training.TrainingMode;
import nl.werkpad.training.TrainingOffer;
import nl.werkpad.training.TrainingOfferInput;
import nl.werkpad.training.TrainingOffers;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Training offers: public to read when published; providers (members of the organisation) write. */
@RestController
@RequestMapping("/api/v1/training-offers")
class TrainingOffersApi {

    /** @param total how many offers match in all (also in the X-Total-Count header), for paging */
    record Results(List<TrainingOffer> results, int offset, int limit, long total) {}

    record StatusChange(@NotNull OfferStatus status) {}

    record Imported(int created, List<UUID> ids) {}

    private final TrainingOffers offers;
    private final OfferCsv csv;

    TrainingOffersApi(TrainingOffers offers, OfferCsv csv) {
        this.offers = offers;
        this.csv = csv;
    }

    @Bean
    static PublicPath offerListIsPublic() {
        return new PublicPath(HttpMethod.GET, "/api/v1/training-offers");
    }

    @Bean
    static PublicPath offersArePublic() {
        return new PublicPath(HttpMethod.GET, "/api/v1/training-offers/{id:[0-9a-f-]{36}}");
    }

    @PostMapping
    @PreAuthorize("hasAnyRole('OPLEIDER', 'BEHEERDER')")
    @Operation(
            summary = "Opleiding aanbieden met de vaardigheden die ze leert / publish a training offer",
            description =
                    "Publiceert een opleiding of bewaart haar als concept, met de ESCO-vaardigheden die ze leert, prijs, duur, vorm en startdata. Opleiders (lid van de organisatie) en beheerders. / Creates a training offer; providers and administrators.")
    @ApiResponse(responseCode = "201", description = "Aangemaakt / created")
    ResponseEntity<TrainingOffer> create(@RequestBody TrainingOfferInput input, SignedInUser user) {
        TrainingOffer created = offers.create(input, user);
        return ResponseEntity.created(URI.create("/api/v1/training-offers/" + created.id()))
                .body(created);
    }

    @GetMapping
    @Operation(
            summary = "Opleidingen met filters (standaard alleen gepubliceerde; online telt overal) / offers",
            description =
                    "Opleidingen te filteren op gemeente, regio, vaardigheid, vorm, opleider en status; standaard alleen gepubliceerde, online opleidingen tellen overal mee. Openbaar voor gepubliceerde. q zoekt in titel en omschrijving (PostgreSQL-volledige tekst, Nederlandse stamvormen); total en de header "
                            + "X-Total-Count geven het aantal gevonden opleidingen. / q searches title and description (full text, Dutch "
                            + "stemming); total and the X-Total-Count header give the number found.")
    @TotalCount.Documented
    ResponseEntity<Results> search(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) String municipality,
            @RequestParam(required = false) String region,
            @RequestParam(required = false) String skill,
            @RequestParam(required = false) TrainingMode mode,
            @RequestParam(required = false) UUID provider,
            @RequestParam(required = false) OfferStatus status,
            @RequestParam(defaultValue = "20") @Min(1) @Max(200) int limit,
            @RequestParam(defaultValue = "0") @Min(0) int offset) {
        TrainingOffers.Found found = offers.find(
                new OfferFilter(
                        municipality, region, skill, mode, provider, status, limit, offset, q, OfferFilter.Sort.NEWEST),
                SignedInUser.current());
        return TotalCount.ok(found.total(), new Results(found.items(), offset, limit, found.total()));
    }

    @GetMapping("/{id}")
    @Operation(
            summary = "Eén opleiding / one training offer",
            description =
                    "Eén opleiding met vaardigheden en startdata; een concept alleen voor de eigen opleider. / One training offer; drafts only for their provider.")
    TrainingOffer one(@PathVariable UUID id) {
        return offers.byId(id, SignedInUser.current()).orElseThrow(() -> OfferNotFound.byId(id));
    }

    @PutMapping("/{id}")
    @PreAuthorize("hasAnyRole('OPLEIDER', 'BEHEERDER')")
    @Operation(
            summary = "Opleiding wijzigen / replace a training offer",
            description =
                    "Vervangt de gegevens van een opleiding; de status verandert via /status. Opleiders van de organisatie en beheerders. / Replaces an offer; providers and administrators.")
    TrainingOffer update(@PathVariable UUID id, @RequestBody TrainingOfferInput input, SignedInUser user) {
        return offers.update(id, input, user);
    }

    @PostMapping("/{id}/status")
    @PreAuthorize("hasAnyRole('OPLEIDER', 'BEHEERDER')")
    @Operation(
            summary = "Publiceren of terugtrekken / publish or withdraw",
            description =
                    "Publiceert een opleiding of trekt haar terug. Opleiders van de organisatie en beheerders. / Publishes or withdraws an offer.")
    TrainingOffer changeStatus(@PathVariable UUID id, @Valid @RequestBody StatusChange change, SignedInUser user) {
        return offers.changeStatus(id, change.status(), user);
    }

    @PostMapping(
            value = "/import",
            consumes = {"text/csv", "text/plain"})
    @PreAuthorize("hasAnyRole('OPLEIDER', 'BEHEERDER')")
    @Operation(
            summary = "Opleidingen in bulk uit CSV: alles of niets, fouten per regel / bulk import",
            description =
                    "Leest opleidingen uit CSV (kolommen in OfferCsv); alles of niets, elke foute regel genoemd. Opleiders en beheerders. / Bulk import from CSV, all or nothing.")
    @ApiResponse(responseCode = "201", description = "Ingelezen / imported")
    ResponseEntity<Imported> importCsv(
            @RequestBody String body, @RequestParam(required = false) UUID provider, SignedInUser user) {
        List<TrainingOffer> created = csv.importCsv("training-offers.csv", new StringReader(body), provider, user);
        return ResponseEntity.status(201)
                .body(new Imported(
                        created.size(), created.stream().map(TrainingOffer::id).toList()));
    }

    @GetMapping(value = "/export", produces = "text/csv")
    @PreAuthorize("hasAnyRole('OPLEIDER', 'BEHEERDER')")
    @Operation(
            summary = "De opleidingen van een opleider als CSV / export as CSV",
            description =
                    "De opleidingen van een opleider als CSV met dezelfde kolommen als de import. Opleiders van die organisatie en beheerders. / A provider's offers as CSV.")
    ResponseEntity<String> export(@RequestParam UUID provider) {
        List<TrainingOffer> all = offers.search(
                new OfferFilter(null, null, null, null, provider, null, 100_000, 0), SignedInUser.current());
        return ResponseEntity.ok()
                .header("Content-Disposition", "attachment; filename=opleidingen.csv")
                .body(csv.export(all));
    }
}
