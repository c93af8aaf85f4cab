package nl.werkpad.passport;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.werkpad.taxonomy.OccupationRef;
import nl.werkpad.taxonomy.SkillRef;

/** A resident's skills passport as it is shown, with labels for skills and occupations. */
public record Passport(
        UUID personId,
        String name,
        Place municipality,
        Integer travelKm,
        LabourMarketStatus status,
        LocalDate wwStart,
        Integer hoursPerWeek,
        List<String> sectors,
        boolean willingToRetrain,
        List<Skill> skills,
        List<Work> workHistory,
        List<PassportInput.EducationEntry> education,
        Instant updatedAt) {

    public record Place(String code, String name) {}

    /** The passport as input again, for changing one part of it and writing it back. */
    public PassportInput toInput() {
        return new PassportInput(
                name,
                municipality == null ? null : municipality.code(),
                travelKm,
                status,
                wwStart,
                hoursPerWeek,
                sectors,
                willingToRetrain,
                skills.stream()
                        .map(s -> new PassportInput.SkillEntry(s.skill().id(), s.source(), s.level()))
                        .toList(),
                workHistory.stream()
                        .filter(w -> w.occupation() != null)
                        .map(w -> new PassportInput.WorkEntry(
                                w.occupation().id(), w.employer(), w.fromYear(), w.toYear()))
                        .toList(),
                education);
    }

    public record Skill(SkillRef skill, SkillSource source, Integer level) {}

    public record Work(OccupationRef occupation, String employer, Integer fromYear, Integer toYear) {}
}
