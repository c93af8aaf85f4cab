package nl.werkpad.vacancies;

/** A paid job, an internship for students (stage, BOL) or a work-based learning place (BBL leerwerkplek). */
public enum VacancyKind {
    JOB,
    INTERNSHIP,
    LEARNING_PLACE
}
