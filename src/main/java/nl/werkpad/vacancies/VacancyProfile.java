package nl.werkpad.vacancies;

import java.util.List;
import java.util.UUID;

/** A vacancy as read models (the matching index) keep it: ids only, no labels. */
public record VacancyProfile(
        UUID id,
        UUID organisation,
        String title,
        String occupation,
        String municipality,
        VacancyKind kind,
        String sector,
        VacancyStatus status,
        List<String> essential,
        List<String> optional) {}
