package nl.werkpad.matching.index;

import java.util.Set;
import nl.werkpad.matching.domain.MatchScorer;
import nl.werkpad.matching.domain.ProfileQuery;
import nl.werkpad.matching.domain.SkillQuery;
import nl.werkpad.matching.domain.SkillSpace;

/** The two directions of a search as {@link TopK.Side}s: the same score as the engine's scorer, with its bounds. */
final class Sides {

    private Sides() {}

    /** The smallest skill score s with withContext(s, at distance 0, experienced?) ≥ θ: the context is monotone in s. */
    static double skillFloor(double theta, boolean experienced) {
        return experienced
                ? Math.max(0, (theta - MatchScorer.EXPERIENCE_BONUS) / (1 - MatchScorer.EXPERIENCE_BONUS))
                : theta;
    }

    /** Open vacancies for one person: the vacancy's weight sum Σ f·w is the slot's norm, essential skills are flagged. */
    static final class Vacancies extends TopK.Side<MatchIndex.VacancyEntry> {
        private final SkillQuery query;
        private final MatchIndex.Area area;
        private final Set<String> kinds;
        private final Set<String> worked;
        private final double totalWeight;

        Vacancies(
                InvertedTable<MatchIndex.VacancyEntry> table,
                SkillQuery query,
                MatchIndex.Area area,
                Set<String> kinds,
                Set<String> worked) {
            super(table);
            this.query = query;
            this.area = area;
            this.kinds = kinds;
            this.worked = worked;
            SkillSpace space = query.space();
            int[] skills = query.creditedSkills();
            float[] flagged = new float[skills.length];
            float[] plain = new float[skills.length];
            float[] use = new float[skills.length];
            for (int i = 0; i < skills.length; i++) {
                float c = query.credit(skills[i]);
                plain[i] = space.weight(skills[i]) * c;
                flagged[i] = plain[i] * MatchScorer.ESSENTIAL_FACTOR;
                use[i] = query.giverWeight(skills[i]) * c;
            }
            gains(skills, flagged, plain, use);
            totalWeight = query.totalWeight();
            placesFrom(area.lat(), area.lon(), cell -> area.radiusKm());
        }

        @Override
        boolean accept(int slot) {
            return km(slot) <= area.radiusKm()
                    && (kinds.isEmpty() || kinds.contains(table.entry(slot).kind()));
        }

        @Override
        double bound(int slot, double have, double used) {
            double skill = MatchScorer.combine(Math.min(1, have / table.norm(slot)), Math.min(1, used / totalWeight));
            return MatchScorer.withContext(
                    skill,
                    km(slot),
                    area.radiusKm(),
                    worked.contains(table.entry(slot).occupation()));
        }

        @Override
        double boundUnseen(double have, double used, float minNorm) {
            double skill = MatchScorer.combine(Math.min(1, have / minNorm), Math.min(1, used / totalWeight));
            return MatchScorer.withContext(skill, 0, area.radiusKm(), !worked.isEmpty());
        }

        @Override
        double estimate(int slot, double have, double used) {
            double c = have / table.norm(slot);
            return c * c * c * used * used;
        }

        @Override
        boolean mayReach(int slot, double have, double used, double coverageFloor, double useFloor) {
            return used >= useFloor * totalWeight && have >= coverageFloor * table.norm(slot);
        }

        @Override
        double skillFloor(double theta) {
            return Sides.skillFloor(theta, !worked.isEmpty());
        }

        @Override
        double exact(int slot) {
            MatchIndex.VacancyEntry v = table.entry(slot);
            double skill = MatchScorer.score(query, v.essential(), v.optional());
            return skill <= 0
                    ? 0
                    : MatchScorer.withContext(skill, km(slot), area.radiusKm(), worked.contains(v.occupation()));
        }
    }

    /**
     * Persons for one vacancy: only those flagged (consent to be found by employers) whose own radius reaches it;
     * the person's weight sum is the slot's norm, the reach its travel radius.
     */
    static final class Persons extends TopK.Side<MatchIndex.PersonEntry> {
        private final ProfileQuery query;
        private final String occupation;

        Persons(
                InvertedTable<MatchIndex.PersonEntry> table,
                ProfileQuery query,
                SkillSpace space,
                double lat,
                double lon,
                String occupation) {
            super(table);
            this.query = query;
            this.occupation = occupation;
            int[] skills = query.creditedSkills();
            float[] cover = new float[skills.length];
            float[] use = new float[skills.length];
            for (int i = 0; i < skills.length; i++) {
                cover[i] = query.coverageGain(skills[i]);
                use[i] = space.weight(skills[i]) * query.maxCredit(skills[i]);
            }
            // persons carry no flag per skill: what a skill adds (essential or not) is in the vacancy's coverage gain
            gains(skills, cover, cover, use);
            placesFrom(lat, lon, table::cellReach);
        }

        @Override
        boolean accept(int slot) {
            return table.flag(slot) && km(slot) <= table.reach(slot);
        }

        @Override
        double bound(int slot, double have, double used) {
            double skill = MatchScorer.combine(Math.min(1, have / query.need()), Math.min(1, used / table.norm(slot)));
            return MatchScorer.withContext(
                    skill,
                    km(slot),
                    table.reach(slot),
                    table.entry(slot).occupations().contains(occupation));
        }

        @Override
        double boundUnseen(double have, double used, float minNorm) {
            double skill = MatchScorer.combine(Math.min(1, have / query.need()), Math.min(1, used / minNorm));
            return MatchScorer.withContext(skill, 0, 1, true);
        }

        @Override
        double estimate(int slot, double have, double used) {
            double u = used / table.norm(slot);
            return have * have * have * u * u;
        }

        @Override
        boolean mayReach(int slot, double have, double used, double coverageFloor, double useFloor) {
            return have >= coverageFloor * query.need() && used >= useFloor * table.norm(slot);
        }

        @Override
        double skillFloor(double theta) {
            return Sides.skillFloor(theta, true);
        }

        @Override
        double exact(int slot) {
            MatchIndex.PersonEntry p = table.entry(slot);
            double skill = query.score(p.skills(), p.weights(), p.totalWeight());
            return skill <= 0
                    ? 0
                    : MatchScorer.withContext(
                            skill, km(slot), p.travelKm(), p.occupations().contains(occupation));
        }
    }
}
