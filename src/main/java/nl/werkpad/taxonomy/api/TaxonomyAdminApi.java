package nl.werkpad.taxonomy.api;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.constraints.Pattern;
import nl.werkpad.taxonomy.LanguageCoverage;
import nl.werkpad.taxonomy.Taxonomy;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** For administrators: how complete the loaded ESCO is in a language. */
@RestController
@RequestMapping("/api/v1")
@PreAuthorize("hasRole('BEHEERDER')")
class TaxonomyAdminApi {

    private final Taxonomy taxonomy;

    TaxonomyAdminApi(Taxonomy taxonomy) {
        this.taxonomy = taxonomy;
    }

    /** How much of ESCO has labels in a language, and how to import the official package that completes it. */
    record Coverage(LanguageCoverage coverage, String importCommand, String attribution) {}

    @GetMapping("/taxonomy/languages/{language}")
    @Operation(
            summary =
                    "Hoeveel vaardigheden een label in een taal hebben (beheer) / label coverage per language (administrators)",
            description =
                    "Per taal: hoeveel vaardigheden, beroepen en vaardigheidsgroepen een label hebben, uit welke ESCO-versie, en hoe het "
                            + "officiële pakket van die taal te importeren is. Alleen voor beheerders. / Label coverage of the loaded ESCO in a "
                            + "language and how to import the official package; administrators only.")
    Coverage coverage(@PathVariable @Pattern(regexp = "nl|en") String language) {
        return new Coverage(
                taxonomy.languageCoverage(language),
                "./werkpad import-esco \"ESCO dataset - <version> - classification - " + language + " - csv.zip\"",
                TaxonomyApi.ATTRIBUTION);
    }
}
