package nl.werkpad.vacancies.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.werkpad.shared.Decision;
import nl.werkpad.vacancies.VacancyInput;
import nl.werkpad.vacancies.VacancyStatus;

/** The rules a vacancy follows, as pure functions: what a valid vacancy is and which status changes are allowed. */
public final class VacancyRules {

    private VacancyRules() {}

    /** Every broken rule of the input (empty when it may be saved); the rule names are message keys too. */
    public static List<Decision.Rejected> check(VacancyInput v, LocalDate today) {
        List<Decision.Rejected> problems = new ArrayList<>();
        if (v.title() == null || v.title().isBlank() || v.title().length() > 200) {
            problems.add(rejected("vacancy.title-required", "A title of 1 to 200 characters is required"));
        }
        if (v.occupation() == null || v.occupation().isBlank()) {
            problems.add(rejected("vacancy.occupation-required", "An ESCO occupation is required"));
        }
        if (v.municipality() == null || v.municipality().isBlank()) {
            problems.add(rejected("vacancy.municipality-required", "A municipality (GMxxxx) is required"));
        }
        if (v.hoursPerWeek() != null && (v.hoursPerWeek() < 1 || v.hoursPerWeek() > 60)) {
            problems.add(rejected("vacancy.hours-out-of-range", "Hours per week are between 1 and 60"));
        }
        if (v.positions() != null && v.positions() < 1) {
            problems.add(rejected("vacancy.positions-too-few", "At least one position"));
        }
        if (v.sector() != null && !v.sector().isBlank() && !v.sector().matches("[A-U]")) {
            problems.add(rejected("vacancy.sector-invalid", "The sector is an SBI section letter A to U"));
        }
        if ((v.salaryMinCents() != null && v.salaryMinCents() < 0)
                || (v.salaryMaxCents() != null && v.salaryMaxCents() < 0)
                || (v.salaryMinCents() != null
                        && v.salaryMaxCents() != null
                        && v.salaryMinCents() > v.salaryMaxCents())) {
            problems.add(rejected(
                    "vacancy.salary-range", "The salary range runs from a minimum up to a maximum of at least 0"));
        }
        VacancyStatus status = v.status() == null ? VacancyStatus.DRAFT : v.status();
        if (status != VacancyStatus.DRAFT && status != VacancyStatus.OPEN) {
            problems.add(rejected(
                    "vacancy.status-on-create", "A vacancy is written as DRAFT or OPEN; it is filled or closed later"));
        }
        if (status == VacancyStatus.OPEN
                && v.closingDate() != null
                && v.closingDate().isBefore(today)) {
            problems.add(rejected("vacancy.closing-date-past", "An open vacancy cannot close in the past"));
        }
        return problems;
    }

    /** Which status changes are allowed: a draft opens or is dropped; an open vacancy is filled, closed or expires. */
    public static Decision transition(VacancyStatus from, VacancyStatus to) {
        // beyond the employer's choices: a draft or open vacancy staying so, expiry after the closing date, and an
        // expired vacancy reopened (a feed posts it again) or closed
        boolean allowed = from.choices().contains(to)
                || (to == from && (from == VacancyStatus.DRAFT || from == VacancyStatus.OPEN))
                || (from == VacancyStatus.OPEN && to == VacancyStatus.EXPIRED)
                || (from == VacancyStatus.EXPIRED && (to == VacancyStatus.OPEN || to == VacancyStatus.CLOSED));
        return allowed
                ? Decision.allowed()
                : Decision.rejected("vacancy.status-transition", "A " + from + " vacancy cannot become " + to);
    }

    private static Decision.Rejected rejected(String rule, String reason) {
        return new Decision.Rejected(rule, reason);
    }
}
