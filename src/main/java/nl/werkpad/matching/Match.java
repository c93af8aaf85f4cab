package nl.werkpad.matching;

import java.util.List;
import java.util.UUID;
import nl.werkpad.taxonomy.OccupationRef;
import nl.werkpad.taxonomy.SkillRef;

/**
 * A vacancy for a person, with the score out of 100 and why: skills matched (essential or optional),
 * essential skills missing, missing ones that earned partial credit from a close skill of the person,
 * the distance, and whether the match lies outside the fields the person worked in.
 */
public record Match(VacancySummary vacancy, int score, double distanceKm, List<Matched> matched,
                    List<SkillRef> missingEssential, List<PartialCredit> partial, boolean unexpected) {

    public record VacancySummary(UUID id, String title, OccupationRef occupation, Place municipality, String kind,
                                 UUID organisation) {
    }

    public record Place(String code, String name) {
    }

    public record Matched(SkillRef skill, boolean essential) {
    }

    /** A requirement met partly: {@code earnedBy} is the person's own skill that earned {@code creditPercent}. */
    public record PartialCredit(SkillRef skill, SkillRef earnedBy, int creditPercent, String why, boolean essential) {
    }
}
