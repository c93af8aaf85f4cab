package nl.werkpad.vacancies.formats;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import nl.werkpad.extraction.Extraction;
import nl.werkpad.extraction.ExtractionRequest;
import nl.werkpad.extraction.SkillExtraction;
import nl.werkpad.taxonomy.Taxonomy;
import nl.werkpad.vacancies.domain.JobPostingFields;
import nl.werkpad.vacancies.domain.NearDuplicates;

/**
 * The occupation and skills a posting's words name, through the extraction capability. Writes nothing, so an import
 * runs it on several threads before its writer needs the result. One instance per import: thousands of postings carry
 * a few hundred titles, and a title names the same occupation every time (under one ESCO version), so each title is
 * read once, and remembered across imports ({@link TitleOccupations}).
 */
final class PostingReading {

    /** Skills from a description with at least this score are the vacancy's essential skills. */
    static final double SKILL_SCORE = 0.5;

    static final int MAX_SKILLS = 20;

    /** The occupation and skills found; {@code skills} and {@code evidence} null when the text states none. */
    record Found(String occupation, List<String> skills, String evidence) {}

    private final Taxonomy taxonomy;
    private final SkillExtraction extraction;
    private final Map<String, Optional<String>> occupationOfTitle;

    PostingReading(Taxonomy taxonomy, SkillExtraction extraction) {
        this(taxonomy, extraction, new ConcurrentHashMap<>());
    }

    /** With the titles read before (a map several threads may fill at once). */
    PostingReading(Taxonomy taxonomy, SkillExtraction extraction, Map<String, Optional<String>> titles) {
        this.taxonomy = taxonomy;
        this.extraction = extraction;
        this.occupationOfTitle = titles;
    }

    Found read(JobPostingFields.Fields f) {
        String occupation = f.occupationUri() == null
                ? null
                : taxonomy.occupationRef(f.occupationUri(), "en")
                        .map(o -> o.id())
                        .orElse(null);
        if (occupation == null) {
            occupation = occupationOfTitle
                    .computeIfAbsent(f.title(), this::occupationOf)
                    .orElse(null);
        }
        if (occupation == null || f.description() == null || f.description().isBlank()) {
            // without an occupation the posting is refused: its skills would not be used
            return new Found(occupation, null, null);
        }
        String text = f.description().length() > SkillExtraction.MAX_TEXT_CHARS
                ? f.description().substring(0, SkillExtraction.MAX_TEXT_CHARS)
                : f.description();
        Extraction found = extraction.extract(new ExtractionRequest(text, null, MAX_SKILLS));
        List<Extraction.FoundSkill> stated = found.skills().stream()
                .filter(s -> !s.onlyFromOccupation() && s.score() >= SKILL_SCORE)
                .toList();
        if (stated.isEmpty()) {
            return new Found(occupation, null, null);
        }
        return new Found(
                occupation,
                stated.stream().map(s -> s.skill().id()).toList(),
                JobPostingJsonLd.JSON.writeValueAsString(stated.stream()
                        .map(s -> Map.of(
                                "skill",
                                s.skill().uri() == null
                                        ? s.skill().id()
                                        : s.skill().uri(),
                                "score",
                                s.score(),
                                "evidence",
                                s.evidence()))
                        .toList()));
    }

    private Optional<String> occupationOf(String title) {
        Optional<String> named = extraction.extract(new ExtractionRequest(title, null, 3)).occupations().stream()
                .findFirst()
                .map(o -> o.occupation().id());
        if (named.isPresent()) {
            return named;
        }
        // the search forgives typos; the title must share a word with the occupation's names (compounds count)
        return taxonomy.suggestOccupations(title, "nl", 1).stream()
                .filter(o -> NearDuplicates.sharesAWord(title, o.label(), o.altLabels()))
                .findFirst()
                .map(o -> o.id());
    }
}
