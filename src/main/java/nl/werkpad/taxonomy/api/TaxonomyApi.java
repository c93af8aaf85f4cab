package nl.werkpad.taxonomy.api;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import java.util.List;
import java.util.Locale;
import nl.werkpad.access.PublicPath;
import nl.werkpad.taxonomy.Occupation;
import nl.werkpad.taxonomy.OccupationDetails;
import nl.werkpad.taxonomy.OccupationNotFound;
import nl.werkpad.taxonomy.Skill;
import nl.werkpad.taxonomy.SkillDetails;
import nl.werkpad.taxonomy.SkillNotFound;
import nl.werkpad.taxonomy.Taxonomy;
import nl.werkpad.taxonomy.TaxonomyInfo;
import org.springframework.context.annotation.Bean;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * ESCO skills and occupations (public data): suggestions for type-ahead and details. Every label
 * says its language. This service uses the ESCO classification of the European Commission.
 */
@RestController
@RequestMapping("/api/v1")
class TaxonomyApi {

    static final String ATTRIBUTION = "This service uses the ESCO classification of the European Commission.";

    /** One page of suggestions, best first; ask for the next with {@code offset + limit}. */
    record Results<T>(List<T> results, int offset, int limit, String attribution) {
        static <T> Results<T> page(List<T> ranked, int offset, int limit) {
            List<T> page = ranked.size() <= offset
                    ? List.of()
                    : ranked.subList(offset, Math.min(ranked.size(), offset + limit));
            return new Results<>(page, offset, limit, ATTRIBUTION);
        }
    }

    record Info(TaxonomyInfo taxonomy, String attribution) {}

    private static final List<Locale> LABEL_LANGUAGES = List.of(Locale.of("nl"), Locale.of("en"));
    private final Taxonomy taxonomy;

    TaxonomyApi(Taxonomy taxonomy) {
        this.taxonomy = taxonomy;
    }

    /**
     * The label language: {@code ?lang=} when given, else the best of Dutch and English in the
     * request's Accept-Language, else Dutch. The answer says it in Content-Language.
     */
    private String language(String lang) {
        // the current request from Spring's holder, not an injected one: Werkpad's commands run without a web server
        ServletRequestAttributes current = (ServletRequestAttributes) RequestContextHolder.currentRequestAttributes();
        HttpServletRequest request = current.getRequest();
        HttpServletResponse response = current.getResponse();
        String chosen = lang;
        String header = request.getHeader("Accept-Language");
        if (chosen == null && header != null && !header.isBlank()) {
            try {
                Locale best = Locale.lookup(Locale.LanguageRange.parse(header), LABEL_LANGUAGES);
                chosen = best == null ? null : best.getLanguage();
            } catch (IllegalArgumentException unreadable) {
                chosen = null; // a malformed header is not the caller's request for a language
            }
        }
        chosen = chosen == null ? "nl" : chosen;
        if (response != null) {
            response.setHeader("Content-Language", chosen);
        }
        return chosen;
    }

    @Bean
    static PublicPath skillsApiIsPublic() {
        return PublicPath.get("/api/v1/skills/**");
    }

    @Bean
    static PublicPath occupationsApiIsPublic() {
        return PublicPath.get("/api/v1/occupations/**");
    }

    @Bean
    static PublicPath taxonomyApiIsPublic() {
        return PublicPath.get("/api/v1/taxonomy");
    }

    @GetMapping("/skills")
    @Operation(
            summary =
                    "Vaardigheden voorstellen bij getypte tekst (Nederlands of Engels, typefouten vergeven) / skill suggestions",
            description =
                    "Vaardigheden bij getypte tekst: Nederlands en Engels, woordbegin, typefouten en alternatieve namen. Openbaar. / Skill suggestions for typed text; public.")
    Results<Skill> skills(
            @RequestParam @NotBlank String q,
            @RequestParam(required = false) @Pattern(regexp = "nl|en") String lang,
            @RequestParam(required = false) @Pattern(regexp = "knowledge|skill|language|transversal") String type,
            @RequestParam(defaultValue = "10") @Min(1) @Max(100) int limit,
            @RequestParam(defaultValue = "0") @Min(0) @Max(900) int offset) {
        return Results.page(taxonomy.suggestSkills(q, language(lang), type, offset + limit), offset, limit);
    }

    @GetMapping("/skills/{id}")
    @Operation(
            summary = "Eén vaardigheid met bredere, smallere en verwante vaardigheden en de beroepen die haar vragen",
            description =
                    "Eén ESCO-vaardigheid met bredere, smallere en verwante vaardigheden en de beroepen die haar vragen. Openbaar. / One skill with its relations and occupations; public.")
    SkillDetails skill(
            @PathVariable String id, @RequestParam(required = false) @Pattern(regexp = "nl|en") String lang) {
        return taxonomy.skill(id, language(lang)).orElseThrow(() -> SkillNotFound.byId(id));
    }

    @GetMapping("/occupations")
    @Operation(
            summary = "Beroepen voorstellen bij getypte tekst / occupation suggestions",
            description =
                    "Beroepen bij getypte tekst, met Nederlandse beroepsnamen. Openbaar. / Occupation suggestions for typed text; public.")
    Results<Occupation> occupations(
            @RequestParam @NotBlank String q,
            @RequestParam(required = false) @Pattern(regexp = "nl|en") String lang,
            @RequestParam(defaultValue = "10") @Min(1) @Max(100) int limit,
            @RequestParam(defaultValue = "0") @Min(0) @Max(900) int offset) {
        return Results.page(taxonomy.suggestOccupations(q, language(lang), offset + limit), offset, limit);
    }

    @GetMapping("/occupations/{id}")
    @Operation(
            summary = "Eén beroep met ISCO-groep en essentiële en optionele vaardigheden",
            description =
                    "Eén ESCO-beroep met ISCO-groep en essentiële en optionele vaardigheden. Openbaar. / One occupation with its ISCO group and skills; public.")
    OccupationDetails occupation(
            @PathVariable String id, @RequestParam(required = false) @Pattern(regexp = "nl|en") String lang) {
        return taxonomy.occupation(id, language(lang)).orElseThrow(() -> OccupationNotFound.byId(id));
    }

    @GetMapping("/taxonomy")
    @Operation(
            summary = "Welke ESCO-versie en talen geladen zijn, met aantallen / version, languages and counts",
            description =
                    "Welke ESCO-versie en talen geladen zijn, met aantallen vaardigheden, beroepen en relaties. Openbaar. / The loaded ESCO version, languages and counts; public.")
    Info info() {
        return new Info(taxonomy.info(), ATTRIBUTION);
    }
}
