package nl.werkpad.vacancies;

import java.util.UUID;

/** A vacancy was created, changed or closed; read models such as the matching index follow these. */
public record VacancyChanged(UUID vacancyId, VacancyStatus status) {}
