package nl.werkpad.passport;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import nl.werkpad.shared.Limits;
import org.jspecify.annotations.Nullable;

/**
 * A whole passport as written by the resident or their advisor (replaces what was there).
 *
 * @param wwStart     the start of unemployment benefit (WW), for job seekers on benefit
 * @param skills      ESCO skills (URI or id) with source and optional level 1–5
 * @param workHistory occupations (ESCO URI or id) with employer and years
 */
public record PassportInput(
        @Size(max = Limits.NAME) String name,
        @Size(max = Limits.CODE) @Nullable String municipality,
        Integer travelKm,
        LabourMarketStatus status,
        LocalDate wwStart,
        Integer hoursPerWeek,
        List<@Size(max = Limits.CODE) String> sectors,
        Boolean willingToRetrain,
        List<@Valid SkillEntry> skills,
        List<@Valid WorkEntry> workHistory,
        List<@Valid EducationEntry> education) {

    /** The same passport with these skills. */
    public PassportInput withSkills(List<SkillEntry> skills) {
        return withLists(skills, workHistory, education);
    }

    /** The same passport with this work history. */
    public PassportInput withWorkHistory(List<WorkEntry> workHistory) {
        return withLists(skills, workHistory, education);
    }

    /** The same passport with these diplomas and certificates. */
    public PassportInput withEducation(List<EducationEntry> education) {
        return withLists(skills, workHistory, education);
    }

    /** The same passport with these skills, work history and diplomas. */
    public PassportInput withLists(
            List<SkillEntry> skills, List<WorkEntry> workHistory, List<EducationEntry> education) {
        return new PassportInput(
                name,
                municipality,
                travelKm,
                status,
                wwStart,
                hoursPerWeek,
                sectors,
                willingToRetrain,
                skills,
                workHistory,
                education);
    }

    public record SkillEntry(@Size(max = Limits.CODE) String skill, SkillSource source, Integer level) {}

    public record WorkEntry(
            @Size(max = Limits.CODE) String occupation,
            @Size(max = Limits.SHORT) String employer,
            Integer fromYear,
            Integer toYear) {}

    public record EducationEntry(
            EducationKind kind,
            @Size(max = Limits.TITLE) String title,
            @Size(max = Limits.SHORT) String institution,
            Integer year) {}

    public enum EducationKind {
        DIPLOMA,
        CERTIFICATE
    }
}
