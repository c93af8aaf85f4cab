package nl.werkpad.taxonomy;

import java.util.List;

/** An occupation with its ISCO groups (broadest first), hierarchy and its essential and optional skills. */
public record OccupationDetails(
        Occupation occupation,
        String description,
        String descriptionLanguage,
        List<IscoGroup> iscoPath,
        List<OccupationRef> broader,
        List<OccupationRef> narrower,
        List<SkillRef> essentialSkills,
        List<SkillRef> optionalSkills) {

    public record IscoGroup(String code, String label, String language) {}
}
