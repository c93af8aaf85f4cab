package nl.werkpad.vacancies.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.List;
import nl.werkpad.access.PublicPath;
import nl.werkpad.access.SignedInUser;
import nl.werkpad.vacancies.Vacancies;
import nl.werkpad.vacancies.VacancyFilter;
import nl.werkpad.vacancies.VacancyStatus;
import nl.werkpad.vacancies.formats.JobPostingJsonLd;
import nl.werkpad.vacancies.formats.JobPostings;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import tools.jackson.databind.node.ObjectNode;

/** Werkpad's open vacancies as schema.org JobPosting JSON-LD, so other platforms read Werkpad as it reads them. */
@RestController
class JobPostingApi {

    static final String LD_JSON = "application/ld+json";

    private final Vacancies vacancies;
    private final JobPostings postings;

    JobPostingApi(Vacancies vacancies, JobPostings postings) {
        this.vacancies = vacancies;
        this.postings = postings;
    }

    @Bean
    static PublicPath jobPostingFeedIsPublic() {
        return new PublicPath(HttpMethod.GET, "/api/v1/vacancies/job-postings");
    }

    @GetMapping(value = "/api/v1/vacancies/job-postings", produces = LD_JSON)
    @Operation(
            summary =
                    "Open vacatures als schema.org JobPosting (ItemList, in pagina's) / open vacancies as JobPosting JSON-LD",
            description =
                    "De open vacatures, nieuwste eerst, als schema.org ItemList van JobPostings (JSON-LD), zoals zoekmachines en "
                            + "vacaturesites ze lezen; numberOfItems is het totaal, nextItem de URL van de volgende pagina. Openbaar. / "
                            + "Open vacancies as a schema.org ItemList of JobPostings, paged with offset and limit; nextItem links the next page.")
    @ApiResponse(
            responseCode = "200",
            description = "ItemList",
            content =
                    @Content(
                            mediaType = LD_JSON,
                            schema =
                                    @Schema(
                                            type = "object",
                                            requiredProperties = {"@type", "itemListElement", "numberOfItems"})))
    ResponseEntity<String> list(
            @RequestParam(defaultValue = "100") @Min(1) @Max(500) int limit,
            @RequestParam(defaultValue = "0") @Min(0) int offset) {
        Vacancies.Found found = vacancies.find(
                new VacancyFilter(
                        null,
                        null,
                        null,
                        VacancyStatus.OPEN,
                        null,
                        null,
                        limit,
                        offset,
                        null,
                        VacancyFilter.Sort.NEWEST,
                        null),
                SignedInUser.current());
        String base = ServletUriComponentsBuilder.fromCurrentContextPath().toUriString();
        String next = offset + limit < found.total()
                ? base + "/api/v1/vacancies/job-postings?offset=" + (offset + limit) + "&limit=" + limit
                : null;
        List<ObjectNode> items = postings.of(found.items(), base);
        return ResponseEntity.ok()
                .header("Content-Type", LD_JSON + ";charset=UTF-8")
                .header("X-Total-Count", String.valueOf(found.total()))
                .body(JobPostingJsonLd.text(JobPostingJsonLd.itemList(items, found.total(), offset, next)));
    }
}
