package nl.werkpad.matching;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.werkpad.taxonomy.SkillRef;

/**
 * A training plan towards a target (a vacancy or an occupation): the offers chosen so that as many vacancies within
 * the person's reach as possible become good matches ("unlocks") within the budget and time the person set, covering
 * the target's missing essential skills as far as that allows; what no chosen offer teaches; and who pays what.
 *
 * @param missing            the target's essential skills the person lacks, the most telling first
 * @param general            those of {@code missing} that many occupations ask for (transversal): never the reason
 *                           for a step on their own
 * @param goodMatchThreshold the share (%) of a vacancy's essential skills a person brings for a good match
 * @param budgetCents        the most the person wants the plan to cost in total (null: no limit)
 * @param maxWeeks           the most weeks the courses may take one after another (null: no limit)
 * @param unlocked           the vacancies within reach that become good matches because of the plan (the first 20)
 * @param ownCents           what the person pays for the whole plan, after the fund (null when not asked)
 */
public record TrainingPlan(
        String targetTitle,
        List<SkillRef> missing,
        List<SkillRef> general,
        List<Step> steps,
        List<SkillRef> uncovered,
        long totalCostCents,
        int totalHours,
        int totalWeeks,
        Matching.Optimise optimise,
        int goodMatchesNow,
        int goodMatchesAfter,
        int goodMatchThreshold,
        Long budgetCents,
        Integer maxWeeks,
        List<Unlocked> unlocked,
        Long ownCents) {

    /**
     * One offer of the plan.
     *
     * @param neededBy how many open vacancies within the person's reach need at least one of the skills it covers
     * @param funding  who pays what, quoted for the plan as a whole (earlier steps use the caps first); null when not asked
     */
    public record Step(
            UUID offerId,
            String title,
            UUID provider,
            String mode,
            Match.Place municipality,
            List<SkillRef> covers,
            long costCents,
            int durationHours,
            int durationWeeks,
            LocalDate nextStart,
            boolean onRegister,
            int neededBy,
            Funding funding) {}

    /** A vacancy the plan makes a good match. */
    public record Unlocked(UUID id, String title, Match.Place municipality) {}

    /**
     * A step's cost split from the fund's own rules and the person's account.
     *
     * @param refusal the fund's rule (message key suffix) when no source pays anything; null otherwise
     */
    public record Funding(List<Part> parts, long ownCents, String refusal) {}

    /**
     * What one funding source pays for a step.
     *
     * @param limitBy the rule that set the amount ("cost" when it pays the rest in full; "budget" or a cap rule otherwise)
     * @param reducedByPlan whether earlier steps of this plan left the source less to pay
     */
    public record Part(UUID source, String name, long amountCents, String limitBy, boolean reducedByPlan) {}

    /** The uncovered skills that are not transversal: what no offer within reach (or the limits) teaches. */
    public List<SkillRef> uncoveredSpecific() {
        return uncovered.stream().filter(s -> !general.contains(s)).toList();
    }

    /** The uncovered transversal skills, usually learned at work. */
    public List<SkillRef> uncoveredGeneral() {
        return uncovered.stream().filter(general::contains).toList();
    }

    public int unlocks() {
        return Math.max(0, goodMatchesAfter - goodMatchesNow);
    }
}
