package nl.werkpad.taxonomy;

import java.time.Instant;
import java.util.List;

/** Which ESCO is loaded and how much of it. */
public record TaxonomyInfo(String version, List<String> languages, Instant importedAt, long skills,
                           long skillsKnownByLabelOnly, long skillGroups, long occupations,
                           long occupationSkillRelations, long skillSkillRelations, long iscoGroups) {
}
