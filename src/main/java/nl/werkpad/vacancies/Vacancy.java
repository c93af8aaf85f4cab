package nl.werkpad.vacancies;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.werkpad.taxonomy.OccupationRef;
import nl.werkpad.taxonomy.SkillRef;

/** A vacancy as everyone reads it, with labels for its occupation, place and skills. */
public record Vacancy(
        UUID id,
        Party organisation,
        String title,
        String description,
        OccupationRef occupation,
        Place municipality,
        VacancyKind kind,
        Integer hoursPerWeek,
        ContractType contractType,
        String sector,
        Long salaryMinCents,
        Long salaryMaxCents,
        LocalDate closingDate,
        int positions,
        String requiredCertificate,
        VacancyStatus status,
        List<SkillRef> essentialSkills,
        List<SkillRef> optionalSkills,
        Instant createdAt,
        Instant updatedAt) {

    public record Party(UUID id, String name) {}

    public record Place(String code, String name) {}
}
