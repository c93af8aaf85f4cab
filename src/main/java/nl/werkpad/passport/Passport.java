package nl.werkpad.passport;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.werkpad.taxonomy.OccupationRef;
import nl.werkpad.taxonomy.SkillRef;

/** A resident's skills passport as it is shown, with labels for skills and occupations. */
public record Passport(UUID personId, String name, Place municipality, Integer travelKm, LabourMarketStatus status,
                       LocalDate wwStart, Integer hoursPerWeek, List<String> sectors, boolean willingToRetrain,
                       List<Skill> skills, List<Work> workHistory, List<PassportInput.EducationEntry> education,
                       Instant updatedAt) {

    public record Place(String code, String name) {
    }

    public record Skill(SkillRef skill, SkillSource source, Integer level) {
    }

    public record Work(OccupationRef occupation, String employer, Integer fromYear, Integer toYear) {
    }
}
