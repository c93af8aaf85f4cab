package nl.werkpad.training.domain;

import java.util.List;
import nl.werkpad.extraction.Extraction;

/**
 * The skills a course description says it teaches, as proposals for the provider: the skills the text states itself
 * with a score of at least {@value #AT}, best first, at most {@value #MAX}. Skills that only come with an occupation
 * the text names (a course "voor lassers") are left out: a course does not teach a whole occupation.
 */
public final class SkillsTaught {

    public static final double AT = 0.3;
    public static final int MAX = 15;

    private SkillsTaught() {}

    public static List<Extraction.FoundSkill> of(Extraction extraction) {
        return extraction.skills().stream()
                .filter(s -> !s.onlyFromOccupation() && s.score() >= AT)
                .sorted((a, b) -> Double.compare(b.score(), a.score()))
                .limit(MAX)
                .toList();
    }
}
