package nl.werkpad.vacancies.domain;

import java.util.List;
import nl.werkpad.extraction.Extraction;

/**
 * Which skills a vacancy text asks for, when the employer gave none: the skills the text states itself, ranked by
 * the extraction's score. Essential are the best {@value #MAX_ESSENTIAL} with a score of at least {@value #ESSENTIAL_AT}:
 * a vacancy's "must have" list is short, and a skill named in passing (score below half) is not a requirement.
 * Optional are the next {@value #MAX_OPTIONAL} stated skills with at least {@value #OPTIONAL_AT}. Skills that only come
 * with an occupation the text names are left out: the vacancy's occupation already brings those when nothing is
 * derived. When nothing reaches the thresholds the vacancy keeps its occupation's skills.
 */
public final class SkillsFromDescription {

    public static final double ESSENTIAL_AT = 0.5;
    public static final int MAX_ESSENTIAL = 8;
    public static final double OPTIONAL_AT = 0.25;
    public static final int MAX_OPTIONAL = 12;

    public record Derived(List<Extraction.FoundSkill> essential, List<Extraction.FoundSkill> optional) {

        public boolean isEmpty() {
            return essential.isEmpty() && optional.isEmpty();
        }
    }

    private SkillsFromDescription() {
    }

    public static Derived of(Extraction extraction) {
        List<Extraction.FoundSkill> stated = extraction.skills().stream().filter(s -> !s.onlyFromOccupation())
                .sorted((a, b) -> Double.compare(b.score(), a.score())).toList();
        List<Extraction.FoundSkill> essential = stated.stream().filter(s -> s.score() >= ESSENTIAL_AT).limit(MAX_ESSENTIAL).toList();
        List<Extraction.FoundSkill> optional = stated.stream().filter(s -> !essential.contains(s) && s.score() >= OPTIONAL_AT)
                .limit(MAX_OPTIONAL).toList();
        return new Derived(essential, optional);
    }
}
