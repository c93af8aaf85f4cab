package nl.werkpad.vacancies.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Set;
import nl.werkpad.vacancies.VacancyStatus;
import org.junit.jupiter.api.Test;

/** The employer's choices on their list and the transition rule: one set of moves, the rule allowing a few more. */
class VacancyTransitionsTests {

    @Test
    void everyChoiceOnTheEmployersListIsAllowedByTheRule() {
        for (VacancyStatus from : VacancyStatus.values()) {
            for (VacancyStatus to : from.choices()) {
                assertThat(VacancyRules.transition(from, to).isAllowed())
                        .as(from + " -> " + to)
                        .isTrue();
            }
        }
    }

    @Test
    void theRuleAllowsExactlyTheseMoves() {
        assertThat(allowedFrom(VacancyStatus.DRAFT))
                .containsExactlyInAnyOrder(VacancyStatus.DRAFT, VacancyStatus.OPEN, VacancyStatus.CLOSED);
        assertThat(allowedFrom(VacancyStatus.OPEN))
                .containsExactlyInAnyOrder(
                        VacancyStatus.OPEN, VacancyStatus.FILLED, VacancyStatus.CLOSED, VacancyStatus.EXPIRED);
        assertThat(allowedFrom(VacancyStatus.EXPIRED))
                .containsExactlyInAnyOrder(VacancyStatus.OPEN, VacancyStatus.CLOSED);
        assertThat(allowedFrom(VacancyStatus.FILLED)).isEmpty();
        assertThat(allowedFrom(VacancyStatus.CLOSED)).isEmpty();
    }

    @Test
    void anEmployerOpensOrDropsADraftAndFillsOrClosesAnOpenVacancy() {
        assertThat(VacancyStatus.DRAFT.choices()).containsExactly(VacancyStatus.OPEN, VacancyStatus.CLOSED);
        assertThat(VacancyStatus.OPEN.choices()).containsExactly(VacancyStatus.FILLED, VacancyStatus.CLOSED);
        assertThat(VacancyStatus.EXPIRED.choices()).isEmpty();
    }

    private static Set<VacancyStatus> allowedFrom(VacancyStatus from) {
        Set<VacancyStatus> allowed = EnumSet.noneOf(VacancyStatus.class);
        for (VacancyStatus to : VacancyStatus.values()) {
            if (VacancyRules.transition(from, to).isAllowed()) {
                allowed.add(to);
            }
        }
        return allowed;
    }
}
