package nl.werkpad.vacancies;

import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.werkpad.shared.Limits;

/**
 * A vacancy as an employer writes it. The smallest one is a title, an occupation (ESCO URI or id), a
 * municipality and a status; its skills then come from the occupation (essential and optional), and
 * {@code essentialSkills} / {@code optionalSkills} (ESCO URIs or ids) replace them when given.
 *
 * @param organisation the organisation it is for; may be left out by someone who acts for exactly one
 */
public record VacancyInput(
        UUID organisation,
        @Size(max = Limits.TITLE) String title,
        @Size(max = Limits.DESCRIPTION) String description,
        @Size(max = Limits.CODE) String occupation,
        @Size(max = Limits.CODE) String municipality,
        VacancyKind kind,
        Integer hoursPerWeek,
        ContractType contractType,
        @Size(max = Limits.CODE) String sector,
        Long salaryMinCents,
        Long salaryMaxCents,
        LocalDate closingDate,
        Integer positions,
        @Size(max = Limits.SHORT) String requiredCertificate,
        VacancyStatus status,
        List<@Size(max = Limits.CODE) String> essentialSkills,
        List<@Size(max = Limits.CODE) String> optionalSkills) {}
