package nl.werkpad.vacancies;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A vacancy as an employer writes it. The smallest one is a title, an occupation (ESCO URI or id), a
 * municipality and a status; its skills then come from the occupation (essential and optional), and
 * {@code essentialSkills} / {@code optionalSkills} (ESCO URIs or ids) replace them when given.
 *
 * @param organisation the organisation it is for; may be left out by someone who acts for exactly one
 */
public record VacancyInput(
        UUID organisation,
        String title,
        String description,
        String occupation,
        String municipality,
        VacancyKind kind,
        Integer hoursPerWeek,
        ContractType contractType,
        String sector,
        Long salaryMinCents,
        Long salaryMaxCents,
        LocalDate closingDate,
        Integer positions,
        String requiredCertificate,
        VacancyStatus status,
        List<String> essentialSkills,
        List<String> optionalSkills) {}
