package nl.werkpad.matching;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.werkpad.access.SignedInUser;
import nl.werkpad.shared.InvalidInput;
import nl.werkpad.taxonomy.OccupationRef;
import nl.werkpad.vacancies.VacancyKind;
import org.jspecify.annotations.Nullable;

/**
 * Skills-based matching for every module and page: vacancies for a person or a set of skills, consented
 * candidates for a vacancy, training plans that close a gap, and routes to other occupations. Every
 * answer explains itself. Labels come in the language of the current request.
 */
public interface Matching {

    /** Anyone may try: skills (ESCO ids or URIs) and a place; nothing is stored. */
    List<Match> matchSkills(
            Collection<String> skills, String municipality, int radiusKm, Set<VacancyKind> kinds, int limit);

    /** The person's matches within their own travel radius (or {@code radiusKm}); the person or their advisor. */
    List<Match> matchesFor(UUID personId, SignedInUser viewer, Integer radiusKm, Set<VacancyKind> kinds, int limit);

    /**
     * For the vacancy's employer: residents within reach who consented to be found by employers,
     * anonymous until they accept a contact request. For an advisor: the residents who share their passport
     * with them. Every candidate shown is a read in the processing log.
     */
    List<Candidate> candidates(UUID vacancyId, SignedInUser viewer, int limit);

    /**
     * A plan towards a vacancy or an occupation: the offers within reach or online chosen to make as many vacancies
     * within the person's reach good matches as possible (and cover the target's missing skills), within a budget
     * (cents; null for none) and a time (weeks, the courses one after another; null for none), with who pays what for
     * the plan as a whole.
     */
    TrainingPlan trainingPlan(
            UUID personId,
            SignedInUser viewer,
            String vacancyId,
            String occupationId,
            Optimise optimise,
            @Nullable Long budgetCents,
            @Nullable Integer maxWeeks);

    default TrainingPlan trainingPlan(
            UUID personId, SignedInUser viewer, String vacancyId, String occupationId, Optimise optimise) {
        return trainingPlan(personId, viewer, vacancyId, occupationId, optimise, null, null);
    }

    enum Optimise {
        COST,
        TIME
    }

    /** Months as whole weeks (a month is 52/12 weeks), so "6 months" allows a 26-week course. */
    static @Nullable Integer weeksOf(@Nullable Integer months) {
        if (months == null) {
            return null;
        }
        if (months < 1 || months > 120) {
            throw InvalidInput.of("maxMonths", "matching.weeks-out-of-range", "between 1 and 120 months", 120);
        }
        return (int) Math.round(months * 52 / 12.0);
    }

    /** Occupations the person could move to, by skill overlap and demand within their reach. */
    List<Route> routesFor(UUID personId, SignedInUser viewer, int limit);

    /** Occupations someone in this occupation could move to, with demand around the municipality (if given). */
    List<Route> routesFrom(String occupationId, String municipality, int limit);

    /** Occupations from which people could move into this one: someone with all their skills, scored against it. */
    List<RouteInto> routesInto(String occupationId, int limit);

    /** An occupation to move into another from, with its closeness (0-100) to the other. */
    record RouteInto(OccupationRef occupation, int closeness) {}

    /**
     * An employer asks a consenting candidate for contact about the vacancy (nothing about them is revealed). The
     * candidate is named by the pseudonym ({@link Candidate#reference()}) they have for this vacancy only.
     */
    ContactRequest requestContact(UUID vacancyId, String candidate, SignedInUser viewer, String message);

    /** The contact requests a resident received, newest first. */
    List<ContactRequest> contactRequestsFor(SignedInUser resident);

    /** The resident accepts (sharing the name and contact details they give) or declines. */
    ContactRequest answerContact(UUID requestId, SignedInUser resident, boolean accept, String name, String contact);

    record ContactRequest(
            UUID id,
            UUID vacancyId,
            String vacancyTitle,
            String organisation,
            String message,
            String status,
            Instant createdAt) {}

    /** What the index holds now. */
    IndexStatus status();

    record IndexStatus(int vacancies, int persons, int offers, long feedPosition, boolean ready) {}
}
