package nl.werkpad.vacancies.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.io.StringReader;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nl.werkpad.access.PublicPath;
import nl.werkpad.access.SignedInUser;
import nl.werkpad.shared.api.TotalCount;
import nl.werkpad.vacancies.Vacancies;
import nl.werkpad.vacancies.Vacancy;
import nl.werkpad.vacancies.VacancyFilter;
import nl.werkpad.vacancies.VacancyInput;
import nl.werkpad.vacancies.VacancyKind;
import nl.werkpad.vacancies.VacancyNotFound;
import nl.werkpad.vacancies.VacancyStatus;
import nl.werkpad.vacancies.text.VacancySkills;
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

/**
 * Vacancies as skill profiles. Reading open vacancies is public; employers (members of the
 * organisation) write, change the status, import and export; their drafts stay theirs.
 */
@RestController
@RequestMapping("/api/v1/vacancies")
class VacanciesApi {

    /** @param total how many vacancies match in all (also in the X-Total-Count header), for paging */
    record Results(List<Vacancy> results, int offset, int limit, long total) {}

    record StatusChange(@NotNull VacancyStatus status) {}

    /** @param derivedSkills the vacancies whose skills were read from their description (no skills given) */
    record Imported(int created, List<UUID> ids, List<UUID> derivedSkills) {}

    /**
     * A new vacancy, and when its skills were read from its description (it gave none) those skills with the words
     * they came from; {@code derivedSkills} is null when the skills were given or came from the occupation.
     */
    record Created(
            @com.fasterxml.jackson.annotation.JsonUnwrapped Vacancy vacancy,

            @io.swagger.v3.oas.annotations.media.Schema(
                    description = "Vaardigheden die uit de omschrijving zijn "
                            + "gelezen omdat er geen waren opgegeven (essential: de duidelijkst genoemde, score ten minste 0,7; "
                            + "optional: de overige genoemde), elk met de woorden; leeg (null) als de "
                            + "vaardigheden opgegeven waren of van het beroep komen / skills read from the description")
            List<VacancySkills.Derived> derivedSkills) {}

    private final Vacancies vacancies;
    private final VacancyCsv csv;
    private final VacancySkills skills;

    VacanciesApi(Vacancies vacancies, VacancyCsv csv, VacancySkills skills) {
        this.vacancies = vacancies;
        this.csv = csv;
        this.skills = skills;
    }

    @Bean
    static PublicPath vacancyListIsPublic() {
        return new PublicPath(HttpMethod.GET, "/api/v1/vacancies");
    }

    @Bean
    static PublicPath vacanciesArePublic() {
        return new PublicPath(HttpMethod.GET, "/api/v1/vacancies/{id:[0-9a-f-]{36}}");
    }

    @PostMapping
    @PreAuthorize("hasAnyRole('WERKGEVER', 'BEHEERDER')")
    @Operation(
            summary = "Vacature plaatsen; zonder vaardigheden komen die van het beroep / publish a vacancy",
            description =
                    "Plaatst een vacature als vaardighedenprofiel vanuit een ESCO-beroep. Zonder opgegeven vaardigheden "
                            + "maar met een omschrijving worden de vaardigheden uit de omschrijving gelezen (derivedSkills noemt ze, "
                            + "met de woorden); anders komen ze van het beroep. Werkgevers (lid van de organisatie) en beheerders. "
                            + "/ Creates a vacancy; without skills but with a description, skills are read from it (derivedSkills).")
    @ApiResponse(responseCode = "201", description = "Aangemaakt / created")
    ResponseEntity<Created> create(@RequestBody VacancyInput input, SignedInUser user) {
        List<VacancySkills.Derived> derived =
                VacancySkills.asksForDerivation(input) ? skills.fromDescription(input.description()) : List.of();
        Vacancy created =
                vacancies.create(skills.withDerivedSkills(input, derived).orElse(input), user);
        return ResponseEntity.created(URI.create("/api/v1/vacancies/" + created.id()))
                .body(new Created(created, derived.isEmpty() ? null : derived));
    }

    @GetMapping
    @Operation(
            summary = "Vacatures met filters (standaard alleen open) / vacancies, open ones unless asked otherwise",
            description =
                    "Vacatures te filteren op gemeente, regio, beroep, status, organisatie en soort, in pagina's; standaard alleen open vacatures. Openbaar voor open vacatures. q zoekt in titel en omschrijving (PostgreSQL-volledige tekst, Nederlandse stamvormen); total en de header "
                            + "X-Total-Count geven het aantal gevonden vacatures. / q searches title and description (full text, Dutch "
                            + "stemming); total and the X-Total-Count header give the number found.")
    @TotalCount.Documented
    ResponseEntity<Results> search(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) String municipality,
            @RequestParam(required = false) String region,
            @RequestParam(required = false) String occupation,
            @RequestParam(required = false) VacancyStatus status,
            @RequestParam(required = false) UUID organisation,
            @RequestParam(required = false) VacancyKind kind,
            @RequestParam(defaultValue = "20") @Min(1) @Max(200) int limit,
            @RequestParam(defaultValue = "0") @Min(0) int offset) {
        Vacancies.Found found = vacancies.find(
                new VacancyFilter(
                        municipality,
                        region,
                        occupation,
                        status,
                        organisation,
                        kind,
                        limit,
                        offset,
                        q,
                        VacancyFilter.Sort.NEWEST,
                        null),
                SignedInUser.current());
        return TotalCount.ok(found.total(), new Results(found.items(), offset, limit, found.total()));
    }

    @GetMapping("/{id}")
    @Operation(
            summary = "Eén vacature / one vacancy",
            description =
                    "Eén vacature met vaardigheden; een concept alleen voor de eigen werkgever. / One vacancy; drafts only for their employer.")
    Vacancy one(@PathVariable UUID id) {
        return vacancies.byId(id, SignedInUser.current()).orElseThrow(() -> VacancyNotFound.byId(id));
    }

    @PutMapping("/{id}")
    @PreAuthorize("hasAnyRole('WERKGEVER', 'BEHEERDER')")
    @Operation(
            summary = "Vacature wijzigen (de status verandert via /status) / replace a vacancy",
            description =
                    "Vervangt de gegevens van een vacature; de status verandert via /status. Werkgevers van de organisatie en beheerders. / Replaces a vacancy.")
    Vacancy update(@PathVariable UUID id, @RequestBody VacancyInput input, SignedInUser user) {
        return vacancies.update(id, input, user);
    }

    @PostMapping("/{id}/status")
    @PreAuthorize("hasAnyRole('WERKGEVER', 'BEHEERDER')")
    @Operation(
            summary = "Status wijzigen: openen, vervuld, sluiten / open, fill or close a vacancy",
            description =
                    "Opent, vervult of sluit een vacature. Werkgevers van de organisatie en beheerders. / Opens, fills or closes a vacancy.")
    Vacancy changeStatus(@PathVariable UUID id, @Valid @RequestBody StatusChange change, SignedInUser user) {
        return vacancies.changeStatus(id, change.status(), user);
    }

    @PostMapping(
            value = "/import",
            consumes = {"text/csv", "text/plain"})
    @PreAuthorize("hasAnyRole('WERKGEVER', 'BEHEERDER')")
    @Operation(
            summary = "Vacatures in bulk uit CSV: alles of niets, fouten per regel / bulk import, all or nothing",
            description =
                    "Leest vacatures uit CSV (kolommen in VacancyCsv); alles of niets, elke foute regel genoemd. Een regel "
                            + "met een omschrijving en zonder vaardigheden krijgt de vaardigheden uit de omschrijving (derivedSkills "
                            + "noemt die vacatures). Werkgevers en beheerders. / Bulk import, all or nothing; skills derived from the "
                            + "description where none are given (listed in derivedSkills).")
    @ApiResponse(responseCode = "201", description = "Ingelezen / imported")
    ResponseEntity<Imported> importCsv(
            @RequestBody String body, @RequestParam(required = false) UUID organisation, SignedInUser user) {
        List<UUID> derived = new ArrayList<>();
        List<Vacancy> created =
                csv.importCsv("vacancies.csv", new StringReader(body), organisation, user, derived::add);
        return ResponseEntity.status(201)
                .body(new Imported(
                        created.size(), created.stream().map(Vacancy::id).toList(), derived));
    }

    @GetMapping(value = "/export", produces = "text/csv")
    @PreAuthorize("hasAnyRole('WERKGEVER', 'BEHEERDER')")
    @Operation(
            summary = "De vacatures van een organisatie als CSV (zelfde kolommen als de import) / export",
            description =
                    "De vacatures van een organisatie als CSV met dezelfde kolommen als de import. Werkgevers van die organisatie en beheerders. / A organisation's vacancies as CSV.")
    ResponseEntity<String> export(@RequestParam UUID organisation) {
        List<Vacancy> all = vacancies.search(
                new VacancyFilter(null, null, null, null, organisation, null, 100_000, 0), SignedInUser.current());
        return ResponseEntity.ok()
                .header("Content-Disposition", "attachment; filename=vacatures.csv")
                .body(csv.export(all));
    }
}
