package nl.werkpad.taxonomy;

import java.util.List;

/** A skill with its place in ESCO: broader and narrower concepts, related skills and the occupations that need it. */
public record SkillDetails(
        Skill skill,
        String skillType,
        String reuseLevel,
        String description,
        String descriptionLanguage,
        List<SkillRef> broader,
        List<SkillRef> narrower,
        List<Related> related,
        List<Use> occupations,
        List<String> collections) {

    /** A skill→skill relation of ESCO. */
    public record Related(SkillRef skill, String relationType) {}

    /** An occupation that needs this skill, essentially or optionally. */
    public record Use(OccupationRef occupation, String relationType) {}
}
