package nl.werkpad.vacancies.domain;

import java.util.List;
import nl.werkpad.extraction.Extraction;

/**
 * Which skills a vacancy text asks for, when the employer gave none: the skills the text states itself, ranked by
 * the extraction's score. The engine scores every skill a text states at least 0.5 and a skill that only comes with
 * an occupation the text names below 0.45. Essential are the stated skills scoring at least {@value #ESSENTIAL_AT}
 * (the upper part of the stated range: a whole label, in a text whose other findings fit it), at most
 * {@value #MAX_ESSENTIAL}, because a vacancy's "must have" list is short; when none reaches that, the best
 * {@value #MIN_ESSENTIAL} stated skills, because a vacancy needs at least one. Optional are the other stated skills
 * (at least {@value #OPTIONAL_AT}), at most {@value #MAX_OPTIONAL}. Skills that only come with an occupation are left
 * out: the vacancy's occupation already brings those when nothing is derived.
 */
public final class SkillsFromDescription {

    public static final double ESSENTIAL_AT = 0.7;
    public static final int MAX_ESSENTIAL = 8;
    public static final int MIN_ESSENTIAL = 3;
    public static final double OPTIONAL_AT = 0.5;
    public static final int MAX_OPTIONAL = 12;

    public record Derived(List<Extraction.FoundSkill> essential, List<Extraction.FoundSkill> optional) {

        public boolean isEmpty() {
            return essential.isEmpty() && optional.isEmpty();
        }
    }

    private SkillsFromDescription() {}

    public static Derived of(Extraction extraction) {
        List<Extraction.FoundSkill> stated = extraction.skills().stream()
                .filter(s -> !s.onlyFromOccupation() && s.score() >= OPTIONAL_AT)
                .sorted((a, b) -> Double.compare(b.score(), a.score()))
                .toList();
        List<Extraction.FoundSkill> clear = stated.stream()
                .filter(s -> s.score() >= ESSENTIAL_AT)
                .limit(MAX_ESSENTIAL)
                .toList();
        List<Extraction.FoundSkill> essential =
                clear.isEmpty() ? stated.stream().limit(MIN_ESSENTIAL).toList() : clear;
        List<Extraction.FoundSkill> optional = stated.stream()
                .filter(s -> !essential.contains(s))
                .limit(MAX_OPTIONAL)
                .toList();
        return new Derived(essential, optional);
    }
}
