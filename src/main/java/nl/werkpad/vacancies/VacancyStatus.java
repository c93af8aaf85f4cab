package nl.werkpad.vacancies;

/** Where a vacancy is in its life. Only OPEN vacancies are matched and shown in searches. */
public enum VacancyStatus { DRAFT, OPEN, FILLED, CLOSED, EXPIRED }
