package nl.werkpad.taxonomy;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Which ESCO is loaded and how much of it.
 *
 * @param version the version of the newest import that brought skills or occupations
 * @param parts   per part of a release (SKILLS, OCCUPATION_SKILLS, SKILL_RELATIONS, ...) the version it
 *                comes from: a package that lacked a part left the earlier version's part in place
 */
public record TaxonomyInfo(
        String version,
        List<String> languages,
        Instant importedAt,
        long skills,
        long skillsKnownByLabelOnly,
        long skillGroups,
        long occupations,
        long occupationSkillRelations,
        long skillSkillRelations,
        long iscoGroups,
        Map<String, String> parts) {

    /** True when every part comes from {@link #version}. */
    public boolean consistent() {
        return parts.values().stream().allMatch(v -> v.equals(version));
    }
}
