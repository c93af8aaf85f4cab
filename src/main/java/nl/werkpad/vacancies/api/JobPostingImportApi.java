package nl.werkpad.vacancies.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import nl.werkpad.access.SignedInUser;
import nl.werkpad.shared.RuleViolation;
import nl.werkpad.vacancies.JobPostingImports;
import nl.werkpad.vacancies.formats.JobPostingReader;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** Vacancies from schema.org JobPosting JSON-LD, posting by posting (docs/formats.md). */
@RestController
class JobPostingImportApi {

    private final JobPostingImports imports;

    JobPostingImportApi(JobPostingImports imports) {
        this.imports = imports;
    }

    @PostMapping(
            value = "/api/v1/vacancies/imports",
            consumes = {"application/ld+json", "application/json", "application/x-ndjson", "text/html"})
    @PreAuthorize("hasAnyRole('WERKGEVER', 'BEHEERDER')")
    @Operation(
            summary = "Vacatures uit schema.org JobPosting (JSON-LD) / import JobPostings",
            description =
                    "Leest JobPostings: één object, een array, een ItemList, NDJSON (application/x-ndjson) of de JSON-LD-blokken "
                            + "van een HTML-pagina (text/html), ten hoogste 50 MB en 20.000 vacatures. Elke vacature wordt in zijn geheel ingelezen "
                            + "of niet; het verslag noemt per vacature (item, het volgnummer) wat er gebeurde en wat er mis is (veld, regel). "
                            + "Een werkgever leest alleen voor de eigen organisatie in; een beheerder voor elke organisatie (onbekende worden "
                            + "aangemaakt, nog niet geverifieerd). Dezelfde vacature uit een andere bron wordt samengevoegd (MERGED). / "
                            + "Imports JobPostings one by one, all or nothing per posting, with a report per item.")
    @RequestBody(
            content = {
                @Content(mediaType = "application/ld+json", schema = @Schema(type = "object")),
                @Content(mediaType = "application/x-ndjson", schema = @Schema(type = "string")),
                @Content(mediaType = "text/html", schema = @Schema(type = "string"))
            })
    @ApiResponse(responseCode = "200", description = "Verslag per vacature / report per posting")
    ResponseEntity<JobPostingImports.ImportReport> importPostings(HttpServletRequest request, SignedInUser user)
            throws IOException {
        byte[] body;
        try (InputStream in = request.getInputStream()) {
            body = in.readNBytes(JobPostingReader.MAX_BYTES + 1);
        }
        if (body.length > JobPostingReader.MAX_BYTES) {
            throw RuleViolation.of(
                    "vacancy.import.too-large",
                    "The input is larger than " + JobPostingReader.MAX_BYTES / 1024 / 1024 + " MB");
        }
        JobPostingImports.ImportReport report = imports.importPostings(body, JobPostingImports.Source.api(), user);
        if (report.items().isEmpty() && !report.problems().isEmpty()) {
            throw RuleViolation.of(
                    report.problems().getFirst().rule(),
                    report.problems().getFirst().reason());
        }
        return ResponseEntity.ok(report);
    }
}
