package nl.werkpad.passport;

import java.util.List;
import nl.werkpad.taxonomy.OccupationRef;
import nl.werkpad.taxonomy.SkillRef;
import org.jspecify.annotations.Nullable;

/**
 * What a text (a CV, what someone tells, a Europass CV) proposes for a passport: occupations with the years and
 * employer the text gives them, and skills, each with the words it came from. A proposal is never stored and never
 * in the passport: the person (or their advisor) confirms what is right through {@link PassportProposals#confirm}.
 *
 * @param text      the text the words are in (character positions refer to it)
 * @param language  the language it was read in ("nl" or "en")
 * @param education diplomas and courses a structured CV (Europass) names; empty for a text
 * @param unmatched what a structured CV names that could not be mapped to ESCO (shown, never added)
 */
public record PassportProposal(
        String text,
        String language,
        List<ProposedWork> work,
        List<ProposedSkill> skills,
        List<PassportInput.EducationEntry> education,
        List<String> unmatched) {

    public PassportProposal {
        education = education == null ? List.of() : List.copyOf(education);
        unmatched = unmatched == null ? List.of() : List.copyOf(unmatched);
    }

    /** A proposal from a text: occupations and skills only. */
    public PassportProposal(String text, String language, List<ProposedWork> work, List<ProposedSkill> skills) {
        this(text, language, work, skills, List.of(), List.of());
    }

    /**
     * Words in the text: characters {@code start} (inclusive) to {@code end} (exclusive), and how they led to the
     * proposal (preferred-label, alternative-label, hidden-label, occupation-skill, similar-meaning).
     */
    public record Words(int start, int end, String text, String how) {

        public static final String OCCUPATION_SKILL = "occupation-skill";
    }

    /** An occupation the text names; the years and employer when the line says so, else null. */
    public record ProposedWork(
            OccupationRef occupation,
            Integer fromYear,
            Integer toYear,
            String employer,
            double score,
            List<Words> words) {}

    /**
     * A skill; {@code fromOccupation} when the text does not state it and it only belongs to an occupation it names
     * (then {@code words} are that occupation's).
     */
    public record ProposedSkill(
            SkillRef skill,
            double score,
            boolean fromOccupation,
            List<Words> words,
            @Nullable Integer level) {

        /** A skill without a level: the person's passport gives it one later, or none. */
        public ProposedSkill(SkillRef skill, double score, boolean fromOccupation, List<Words> words) {
            this(skill, score, fromOccupation, words, null);
        }
    }

    /** The skills the text states itself. */
    public List<ProposedSkill> statedSkills() {
        return skills.stream().filter(s -> !s.fromOccupation()).toList();
    }

    /** The skills that only come with an occupation the text names. */
    public List<ProposedSkill> occupationSkills() {
        return skills.stream().filter(ProposedSkill::fromOccupation).toList();
    }
}
