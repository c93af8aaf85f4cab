package nl.werkpad.vacancies;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import nl.werkpad.access.SignedInUser;

/**
 * Vacancies for every module. Only members of the organisation (and administrators) write its
 * vacancies or see its drafts; to everyone else another organisation's draft does not exist.
 * Labels come in the language of the current request.
 */
public interface Vacancies {

    /** @throws nl.werkpad.shared.RuleViolation naming the first broken rule, e.g. {@code vacancy.skill-unknown} */
    Vacancy create(VacancyInput input, SignedInUser actor);

    /** Replaces what the employer wrote (not the status: see {@link #changeStatus}). */
    Vacancy update(UUID id, VacancyInput input, SignedInUser actor);

    Vacancy changeStatus(UUID id, VacancyStatus status, SignedInUser actor);

    Optional<Vacancy> byId(UUID id, Optional<SignedInUser> viewer);

    List<Vacancy> search(VacancyFilter filter, Optional<SignedInUser> viewer);

    /** One page of the search and how many vacancies match in all. */
    Found find(VacancyFilter filter, Optional<SignedInUser> viewer);

    record Found(List<Vacancy> items, long total) {}

    /**
     * Many open vacancies at once, written with COPY for generated markets. The caller gives valid ids
     * (ESCO, GM, organisation); no events are published: read models rebuild from the tables at start.
     */
    int publishAll(List<BulkVacancy> vacancies);

    record BulkVacancy(
            UUID organisation,
            String title,
            String occupation,
            String municipality,
            VacancyKind kind,
            Integer hoursPerWeek,
            String sector,
            LocalDate closingDate,
            List<String> essential,
            List<String> optional) {}

    /**
     * Profiles for read models, streamed: the given vacancies in any status, or (ids null) every open one.
     * No viewer check: read models decide what they show.
     */
    void profiles(Collection<UUID> ids, Consumer<VacancyProfile> each);

    /** Open vacancies whose closing date has passed become EXPIRED; returns how many. */
    int expireOverdue(LocalDate today);
}
