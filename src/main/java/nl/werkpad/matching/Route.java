package nl.werkpad.matching;

import java.util.List;
import nl.werkpad.taxonomy.OccupationRef;
import nl.werkpad.taxonomy.SkillRef;

/**
 * An occupation to move to: how close it is (closeness: the share, 0-100, of its essential skills the person brings,
 * partial credit included, as a match shows it), how many open vacancies there are
 * within reach now, the essential skills still to learn, the cheapest training plan for them, and whether the region
 * is short of such work (the monitor's tension for the occupation's group; null when unknown or not in shortage), and
 * whether it is energy-transition work (at least three essential skills in ESCO's green collection).
 */
public record Route(
        OccupationRef occupation,
        int closeness,
        int openVacancies,
        double rank,
        List<SkillRef> toLearn,
        TrainingPlan plan,
        RegionalTension.Shortage shortage,
        boolean energyTransition) {

    /** Work the region asks for: in shortage, or part of the energy transition. */
    public boolean regionWants() {
        return shortage != null || energyTransition;
    }
}
