package nl.werkpad.passport.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.werkpad.passport.LabourMarketStatus;
import nl.werkpad.passport.PassportInput;
import nl.werkpad.passport.SkillSource;
import nl.werkpad.shared.Decision;

/** What a passport must be, as a pure function; the rule names are message keys too. */
public final class PassportRules {

    private PassportRules() {}

    /**
     * @param byAdvisor whether an advisor writes it: only an advisor may mark a skill as validated
     */
    public static List<Decision.Rejected> check(PassportInput p, boolean byAdvisor, LocalDate today) {
        List<Decision.Rejected> problems = new ArrayList<>();
        if (p.municipality() == null || p.municipality().isBlank()) {
            problems.add(new Decision.Rejected(
                    "passport.municipality-required", "The municipality where the person lives is required"));
        }
        if (p.travelKm() != null && (p.travelKm() < 0 || p.travelKm() > 300)) {
            problems.add(new Decision.Rejected("passport.travel-out-of-range", "Travel distance is 0 to 300 km"));
        }
        if (p.hoursPerWeek() != null && (p.hoursPerWeek() < 1 || p.hoursPerWeek() > 60)) {
            problems.add(new Decision.Rejected("passport.hours-out-of-range", "Hours per week are between 1 and 60"));
        }
        if (p.wwStart() != null
                && (p.status() != LabourMarketStatus.JOB_SEEKER || p.wwStart().isAfter(today))) {
            problems.add(new Decision.Rejected(
                    "passport.ww-start-invalid", "A WW start date belongs to a job seeker and is not in the future"));
        }
        if (p.skills() != null) {
            for (PassportInput.SkillEntry skill : p.skills()) {
                if (skill.skill() == null || skill.source() == null) {
                    problems.add(new Decision.Rejected(
                            "passport.skill-incomplete", "Each skill has an ESCO skill and a source"));
                } else if (skill.level() != null && (skill.level() < 1 || skill.level() > 5)) {
                    problems.add(new Decision.Rejected("passport.level-out-of-range", "A level is 1 to 5"));
                } else if (skill.source() == SkillSource.VALIDATED && !byAdvisor) {
                    problems.add(new Decision.Rejected(
                            "passport.validation-by-advisor", "Only an advisor validates a skill"));
                }
            }
        }
        if (p.workHistory() != null
                && p.workHistory().stream()
                        .anyMatch(w -> w.occupation() == null
                                || (w.fromYear() != null && w.toYear() != null && w.fromYear() > w.toYear()))) {
            problems.add(new Decision.Rejected(
                    "passport.work-invalid", "Each job has an occupation and does not end before it starts"));
        }
        if (p.education() != null
                && p.education().stream()
                        .anyMatch(e -> e.kind() == null
                                || e.title() == null
                                || e.title().isBlank())) {
            problems.add(new Decision.Rejected(
                    "passport.education-invalid", "Each diploma or certificate has a kind and a title"));
        }
        return problems;
    }
}
