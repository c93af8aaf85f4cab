package nl.werkpad.vacancies;

/** Where a vacancy is in its life. Only OPEN vacancies are matched and shown in searches. */
public enum VacancyStatus {
    DRAFT,
    OPEN,
    FILLED,
    CLOSED,
    EXPIRED;

    /**
     * Whether anyone may read a vacancy in this state: a draft is only for those who write for its organisation,
     * whether it is asked for by id or in a search. The one place of this rule (the SQL does not repeat it).
     */
    public boolean visibleTo(boolean writesForOrganisation) {
        return this != DRAFT || writesForOrganisation;
    }
}
