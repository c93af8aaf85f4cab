package nl.werkpad.vacancies;

import java.util.List;
import nl.werkpad.shared.PublishedState;

/** Where a vacancy is in its life. Only OPEN vacancies are matched and shown in searches. */
public enum VacancyStatus implements PublishedState {
    DRAFT,
    OPEN,
    FILLED,
    CLOSED,
    EXPIRED;

    /**
     * Whether anyone may read a vacancy in this state: a draft is only for those who write for its organisation,
     * whether it is asked for by id or in a search. The one place of this rule (the SQL does not repeat it).
     */
    @Override
    public boolean visibleTo(boolean writesForOrganisation) {
        return this != DRAFT || writesForOrganisation;
    }

    /**
     * The states an employer may move a vacancy in this state to (the buttons on their list); {@code
     * domain.VacancyRules.transition} allows these and, beyond them, only what no one chooses on a page.
     */
    public List<VacancyStatus> choices() {
        return switch (this) {
            case DRAFT -> List.of(OPEN, CLOSED);
            case OPEN -> List.of(FILLED, CLOSED);
            case FILLED, CLOSED, EXPIRED -> List.of();
        };
    }
}
