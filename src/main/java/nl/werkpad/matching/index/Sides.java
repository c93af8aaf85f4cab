package nl.werkpad.matching.index;

import java.util.Set;
import nl.werkpad.matching.domain.MatchScorer;
import nl.werkpad.matching.domain.ProfileQuery;
import nl.werkpad.matching.domain.SkillQuery;
import nl.werkpad.matching.domain.SkillSpace;

/** The two directions of a search as {@link SearchSide}s: the same score as the engine's scorer, with its bounds. */
final class Sides {

    private Sides() {}

    /** The smallest skill score s with withContext(s, at distance 0, experienced?) ≥ θ: the context is monotone in s. */
    static double skillFloor(double theta, boolean experienced) {
        return experienced
                ? Math.max(0, (theta - MatchScorer.EXPERIENCE_BONUS) / (1 - MatchScorer.EXPERIENCE_BONUS))
                : theta;
    }

    /** Open vacancies for one person: the vacancy's weight sum Σ f·w is the slot's norm, essential skills are flagged. */
    static final class Vacancies extends SearchSide<MatchIndex.VacancyEntry> {
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
            super(table, true);
            this.query = query;
            this.area = area;
            this.kinds = kinds;
            this.worked = worked;
            SkillSpace space = query.space();
            int[] credited = query.creditedSkills();
            // the groups are the person's skills: each adds to use once, with the best credit it earns
            skills(credited, query.skillCount());
            for (int i = 0; i < credited.length; i++) {
                float c = query.credit(credited[i]);
                float w = space.weight(credited[i]);
                massPlain[i] = w;
                massFlagged[i] = w * MatchScorer.ESSENTIAL_FACTOR;
                plain[i] = w * c;
                flagged[i] = massFlagged[i] * c;
                use[i] = query.giverWeight(credited[i]) * c;
                credit[i] = c;
                groups[i] = new int[] {query.giver(credited[i])};
                amounts[i] = new float[] {use[i]};
            }
            totalWeight = query.totalWeight();
            placesFrom(area.lat(), area.lon(), cell -> area.radiusKm());
        }

        @Override
        double queryNorm() {
            return totalWeight;
        }

        @Override
        boolean accept(int slot) {
            return km(slot) <= area.radiusKm()
                    && (kinds.isEmpty() || kinds.contains(table.entry(slot).kind()));
        }

        @Override
        double bound(int slot, double coverage, double use, double theta) {
            double skill = MatchScorer.combine(coverage, use);
            double km = km(slot);
            double best = MatchScorer.withContext(skill, km, area.radiusKm(), !worked.isEmpty());
            return best < theta || worked.isEmpty()
                    ? best
                    : MatchScorer.withContext(
                            skill,
                            km,
                            area.radiusKm(),
                            worked.contains(table.entry(slot).occupation()));
        }

        @Override
        double boundUnseen(double coverage, double use) {
            return MatchScorer.withContext(MatchScorer.combine(coverage, use), 0, area.radiusKm(), !worked.isEmpty());
        }

        @Override
        double estimate(int slot, double have, double used) {
            double c = have / table.norm(slot);
            return c * c * c * used * used;
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
    static final class Persons extends SearchSide<MatchIndex.PersonEntry> {
        private final ProfileQuery query;
        private final String occupation;

        Persons(
                InvertedTable<MatchIndex.PersonEntry> table,
                ProfileQuery query,
                SkillSpace space,
                double lat,
                double lon,
                String occupation) {
            super(table, false);
            this.query = query;
            this.occupation = occupation;
            int[] credited = query.creditedSkills();
            // the groups are the vacancy's requirements: each counts once, with the best credit a skill earns for it
            skills(credited, query.requirementCount());
            for (int i = 0; i < credited.length; i++) {
                float w = space.weight(credited[i]);
                groups[i] = query.creditedRequirements(credited[i]);
                amounts[i] = query.coverageParts(credited[i]);
                float cover = 0;
                for (float a : amounts[i]) {
                    cover += a;
                }
                // persons carry no flag per skill: what a skill adds (essential or not) is in the vacancy's parts
                flagged[i] = cover;
                plain[i] = cover;
                credit[i] = query.maxCredit(credited[i]);
                use[i] = w * credit[i];
                massFlagged[i] = w;
                massPlain[i] = w;
            }
            placesFrom(lat, lon, table::cellReach);
        }

        @Override
        double queryNorm() {
            return query.need();
        }

        @Override
        boolean accept(int slot) {
            return table.flag(slot) && km(slot) <= table.reach(slot);
        }

        @Override
        double bound(int slot, double coverage, double use, double theta) {
            double skill = MatchScorer.combine(coverage, use);
            double km = km(slot);
            int reach = table.reach(slot);
            double best = MatchScorer.withContext(skill, km, reach, true);
            return best < theta
                    ? best
                    : MatchScorer.withContext(
                            skill, km, reach, table.entry(slot).occupations().contains(occupation));
        }

        @Override
        double boundUnseen(double coverage, double use) {
            return MatchScorer.withContext(MatchScorer.combine(coverage, use), 0, 1, true);
        }

        @Override
        double estimate(int slot, double have, double used) {
            double u = used / table.norm(slot);
            return have * have * have * u * u;
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
