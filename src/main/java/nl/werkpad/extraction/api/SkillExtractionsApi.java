package nl.werkpad.extraction.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Locale;
import nl.werkpad.access.PublicPath;
import nl.werkpad.access.SignedInUser;
import nl.werkpad.extraction.Extraction;
import nl.werkpad.extraction.SkillExtraction;
import nl.werkpad.extraction.TextInput;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpMethod;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.deser.jdk.StringDeserializer;

/**
 * Skills from text: anyone may send a CV, a vacancy text or a course description and read which ESCO skills and
 * occupations it names, with the words that led to each. Nothing is stored. Without an account a client address
 * has {@value ExtractionLimiter#PER_MINUTE} calls a minute; signed-in roles are not limited (an import may send
 * thousands).
 */
@RestController
class SkillExtractionsApi {

    /**
     * The text may be up to 100,000 characters, beyond the API's general 20,000 for a string, so it is read
     * plainly and checked by {@link TextInput} (which also refuses control characters and binary junk).
     */
    record ExtractionBody(
            @Schema(
                    description =
                            "De tekst: een cv, vacaturetekst of opleidingsbeschrijving, ten hoogste 100.000 tekens "
                                    + "/ the text, at most 100,000 characters",
                    maxLength = SkillExtraction.MAX_TEXT_CHARS,
                    requiredMode = Schema.RequiredMode.REQUIRED)
            @JsonDeserialize(using = StringDeserializer.class)
            String text,

            @Schema(
                    description = "nl of en; zonder: herkend uit de tekst / nl or en; detected when absent",
                    maxLength = 2,
                    pattern = "^(nl|en)$")
            @Nullable
            String language,

            @Schema(
                    description = "Hoeveel vaardigheden en hoeveel beroepen ten hoogste (1..100, standaard 20) "
                            + "/ how many skills and occupations at most",
                    minimum = "1",
                    maximum = "100",
                    defaultValue = "20")
            @Nullable
            Integer limit) {}

    record SkillOut(String id, @Nullable String uri, String label, String language) {}

    record OccupationOut(String id, @Nullable String uri, String label) {}

    record EvidenceOut(
            @Schema(description = "Eerste teken (vanaf 0, Java-stringindex) / first character, 0-based")
            int start,

            @Schema(description = "Teken na het laatste / the character after the last")
            int end,

            @Schema(description = "De woorden op die plek / the words there")
            String text,

            @Schema(
                    description =
                            "Hoe de woorden tot het begrip leidden, in kleine letters met koppeltekens: "
                                    + "preferred-label (voorkeursterm), alternative-label, hidden-label (verborgen zoekterm), "
                                    + "translated-label (de term in de andere taal), occupation-skill (essentiële vaardigheid van een "
                                    + "genoemd beroep) of similar-meaning (zelfde betekenis) / how the words led to the concept, kebab-case",
                    pattern = "^[a-z]+(-[a-z]+)*$")
            String how) {}

    /** The API speaks kebab-case for this value, like its paths: {@code OCCUPATION_SKILL} is "occupation-skill". */
    static String how(Extraction.How how) {
        return how.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    record FoundSkillOut(
            SkillOut skill,

            @Schema(description = "0..1, hoger is zekerder / higher is surer")
            double score,

            List<EvidenceOut> evidence) {}

    record FoundOccupationOut(
            OccupationOut occupation,

            @Schema(description = "0..1, hoger is zekerder / higher is surer")
            double score,

            List<EvidenceOut> evidence) {}

    record ExtractionOut(
            @Schema(
                    description = "De taal waarin de tekst gelezen is: nl of en / the language the text was read in",
                    pattern = "^(nl|en)$")
            String language,

            List<FoundSkillOut> skills,
            List<FoundOccupationOut> occupations) {}

    private final SkillExtraction extraction;
    private final ExtractionLimiter limiter;

    SkillExtractionsApi(SkillExtraction extraction, ExtractionLimiter limiter) {
        this.extraction = extraction;
        this.limiter = limiter;
    }

    @Bean
    static PublicPath skillExtractionIsPublic() {
        return new PublicPath(HttpMethod.POST, "/api/v1/skill-extractions");
    }

    @PostMapping("/api/v1/skill-extractions")
    @Operation(
            summary = "Vaardigheden en beroepen uit een tekst / skills and occupations from a text",
            description = "Leest een cv, vacaturetekst of opleidingsbeschrijving (Nederlands of Engels) en geeft de "
                    + "ESCO-vaardigheden en -beroepen die erin staan, gerangschikt, elk met de woorden die ertoe leidden "
                    + "(begin en eind als tekenpositie) en hoe ('how': preferred-label, alternative-label, hidden-label, "
                    + "occupation-skill of similar-meaning). Vaardigheden die de tekst zelf noemt staan boven die welke "
                    + "alleen van een genoemd beroep komen. Slaat niets op. Openbaar; zonder account per adres beperkt "
                    + "(429 met Retry-After), ingelogd niet. Lege tekst, meer dan 100.000 tekens, stuurtekens of "
                    + "binaire data, een andere taal dan nl/en of een limiet buiten 1..100 geven 400/422 met de regel en "
                    + "het veld. / Reads a text and returns the ESCO skills and occupations it names, each with its "
                    + "evidence; stores nothing; public, rate-limited per address without an account.")
    ExtractionOut extract(@RequestBody ExtractionBody body, HttpServletRequest http) {
        if (SignedInUser.current().isEmpty()) {
            limiter.check(http.getRemoteAddr());
        }
        Extraction found = extraction.extract(TextInput.checked("text", body.text(), body.language(), body.limit()));
        return new ExtractionOut(
                found.language(),
                found.skills().stream()
                        .map(s -> new FoundSkillOut(
                                new SkillOut(
                                        s.skill().id(),
                                        s.skill().uri(),
                                        s.skill().label(),
                                        s.skill().language()),
                                s.score(),
                                evidence(s.evidence())))
                        .toList(),
                found.occupations().stream()
                        .map(o -> new FoundOccupationOut(
                                new OccupationOut(
                                        o.occupation().id(),
                                        o.occupation().uri(),
                                        o.occupation().label()),
                                o.score(),
                                evidence(o.evidence())))
                        .toList());
    }

    private static List<EvidenceOut> evidence(List<Extraction.Evidence> evidence) {
        return evidence.stream()
                .map(e -> new EvidenceOut(e.start(), e.end(), e.text(), how(e.how())))
                .toList();
    }
}
