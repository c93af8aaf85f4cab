package nl.werkpad.vacancies.web;

import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.werkpad.shared.Limits;
import nl.werkpad.shared.Money;
import nl.werkpad.vacancies.ContractType;
import nl.werkpad.vacancies.VacancyInput;
import nl.werkpad.vacancies.VacancyKind;
import nl.werkpad.vacancies.VacancyStatus;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The "new vacancy" form. Salaries are typed in euros (read by {@link Money}) and stored in cents. {@code templateFrom} is the
 * occupation whose skills were last put in the form, so choosing another occupation loads its skills.
 */
record VacancyForm(
        UUID organisation,
        @Size(max = Limits.TITLE) String title,
        @Size(max = Limits.DESCRIPTION) String description,
        String occupation,
        String occupationQuery,
        String templateFrom,
        String municipality,
        String municipalityQuery,
        VacancyKind kind,
        Integer hoursPerWeek,
        ContractType contractType,
        String sector,
        Money salaryMin,
        Money salaryMax,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate closingDate,
        Integer positions,
        @Size(max = Limits.SHORT) String requiredCertificate,
        VacancyStatus status,
        List<String> essentialSkills,
        String essentialSkillsQuery,
        List<String> optionalSkills,
        String optionalSkillsQuery) {

    static VacancyForm empty(String municipality) {
        return new VacancyForm(
                null,
                "",
                "",
                null,
                "",
                null,
                municipality,
                "",
                VacancyKind.JOB,
                null,
                null,
                null,
                null,
                null,
                null,
                1,
                "",
                VacancyStatus.OPEN,
                List.of(),
                "",
                List.of(),
                "");
    }

    VacancyForm withTemplate(String occupationId, String label, List<String> essential, List<String> optional) {
        return new VacancyForm(
                organisation,
                title == null || title.isBlank() ? label : title,
                description,
                occupationId,
                occupationQuery,
                occupationId,
                municipality,
                municipalityQuery,
                kind,
                hoursPerWeek,
                contractType,
                sector,
                salaryMin,
                salaryMax,
                closingDate,
                positions,
                requiredCertificate,
                status,
                essential,
                essentialSkillsQuery,
                optional,
                optionalSkillsQuery);
    }

    VacancyInput input() {
        return new VacancyInput(
                organisation,
                title,
                blank(description),
                occupation,
                municipality,
                kind,
                hoursPerWeek,
                contractType,
                blank(sector),
                cents(salaryMin),
                cents(salaryMax),
                closingDate,
                positions,
                blank(requiredCertificate),
                status,
                essentialSkills == null ? List.of() : essentialSkills,
                optionalSkills == null ? List.of() : optionalSkills);
    }

    private static Long cents(Money money) {
        return money == null ? null : money.cents();
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
