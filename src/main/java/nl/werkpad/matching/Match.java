package nl.werkpad.matching;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.werkpad.taxonomy.OccupationRef;
import nl.werkpad.taxonomy.SkillRef;

/**
 * A vacancy for a person, with the score out of 100 and why: skills matched (essential or optional),
 * essential skills missing, missing ones that earned partial credit from a close skill of the person,
 * the distance, and whether the match lies outside the fields the person worked in.
 *
 * @param score the ranking score (skills both ways, experience and distance; docs/matching.md)
 * @param fit   the share of the vacancy's essential skills the person brings, which is what pages show first
 */
public record Match(
        VacancySummary vacancy,
        int score,
        double distanceKm,
        List<Matched> matched,
        List<SkillRef> missingEssential,
        List<PartialCredit> partial,
        boolean unexpected,
        EssentialFit fit) {

    /**
     * How many of the essential skills the person has ({@code have}), how many more count partly through a close
     * skill ({@code partly}), of {@code total}; {@code percent} = (have + the partial credits) / total.
     */
    public record EssentialFit(int total, int have, int partly, int percent) {}

    /** The essential skills missing that no close skill of the person counts for (the others are in {@code partial}). */
    public List<SkillRef> missingWithoutCredit() {
        return withoutCredit(missingEssential, partial);
    }

    static List<SkillRef> withoutCredit(List<SkillRef> missing, List<PartialCredit> partial) {
        Set<String> credited = new HashSet<>();
        partial.forEach(p -> credited.add(p.skill().id()));
        return missing.stream().filter(s -> !credited.contains(s.id())).toList();
    }

    public record VacancySummary(
            UUID id, String title, OccupationRef occupation, Place municipality, String kind, UUID organisation) {}

    public record Place(String code, String name) {}

    public record Matched(SkillRef skill, boolean essential) {}

    /** A requirement met partly: {@code earnedBy} is the person's own skill that earned {@code creditPercent}. */
    public record PartialCredit(SkillRef skill, SkillRef earnedBy, int creditPercent, String why, boolean essential) {}
}
