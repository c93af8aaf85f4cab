package nl.werkpad.taxonomy;

import java.util.Map;

/**
 * How much of ESCO has labels in one language: what an administrator checks before deciding to import
 * the official package of that language.
 *
 * @param skillsBySource skills with a label in the language, per ESCO version the label comes from
 */
public record LanguageCoverage(
        String language,
        long skills,
        long skillsWithLabel,
        long skillsWithoutLabel,
        Map<String, Long> skillsBySource,
        long skillGroups,
        long skillGroupsWithLabel,
        long occupations,
        long occupationsWithLabel,
        long iscoGroups,
        long iscoGroupsWithLabel) {

    /** Share of skills with a label in this language, in whole percent (rounded down). */
    public long skillsPercent() {
        return skills == 0 ? 0 : 100 * skillsWithLabel / skills;
    }
}
