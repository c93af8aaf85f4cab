package nl.werkpad.europass;

import java.util.List;
import nl.werkpad.passport.PassportInput;
import nl.werkpad.taxonomy.OccupationRef;
import nl.werkpad.taxonomy.SkillRef;

/**
 * What a Europass CV proposes for a passport, mapped to ESCO; nothing of it is in the passport until the person
 * confirms it. {@code unmatched} names what was read but could not be mapped (a position without an ESCO occupation,
 * a language without an ESCO language skill), so the person sees it.
 */
public record EuropassProposal(
        EuropassCv cv,
        List<Work> work,
        List<PassportInput.EducationEntry> education,
        List<Language> languages,
        List<Skill> skills,
        List<String> unmatched) {

    /** A position as an ESCO occupation, with the years and employer the CV gives. */
    public record Work(String position, OccupationRef occupation, String employer, Integer fromYear, Integer toYear) {}

    /** A language as an ESCO language skill, with the passport level (1–5) its CEFR levels give. */
    public record Language(String label, SkillRef skill, Integer level, List<String> cefr) {}

    /** A skill found in the CV's texts, with the words it was found by. */
    public record Skill(SkillRef skill, double score, List<String> words) {}
}
