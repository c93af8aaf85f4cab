package nl.werkpad.matching;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.werkpad.taxonomy.SkillRef;

/**
 * Training offers that together cover a person's missing essential skills for a target (a vacancy or an
 * occupation), chosen for the lowest cost or the shortest time; what no offer within reach teaches; and
 * how many more vacancies within the person's radius become good matches once the plan is done.
 *
 * @param goodMatchThreshold the share (%) of a vacancy's essential skills a person brings for a good match
 * @param budgetCents        the most the person wants the plan to cost (null: no limit); skills it cannot afford
 *                           are in {@code uncovered}
 */
public record TrainingPlan(String targetTitle, List<SkillRef> missing, List<Step> steps, List<SkillRef> uncovered,
                           long totalCostCents, int totalHours, Matching.Optimise optimise, int goodMatchesNow,
                           int goodMatchesAfter, int goodMatchThreshold, Long budgetCents) {

    public record Step(UUID offerId, String title, UUID provider, String mode, Match.Place municipality, List<SkillRef> covers,
                       long costCents, int durationHours, int durationWeeks, LocalDate nextStart, boolean onRegister) {
    }

    public int unlocks() {
        return Math.max(0, goodMatchesAfter - goodMatchesNow);
    }
}
