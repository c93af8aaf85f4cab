package nl.werkpad.vacancies;

import static org.assertj.core.api.Assertions.assertThat;

import nl.werkpad.training.OfferStatus;
import org.junit.jupiter.api.Test;

/** Who may read a draft: the one rule per module that both the read by id and the search ask. */
class DraftVisibilityTests {

    @Test
    void aDraftVacancyIsOnlyForItsOrganisationTheRestForEveryone() {
        assertThat(VacancyStatus.DRAFT.visibleTo(false)).isFalse();
        assertThat(VacancyStatus.DRAFT.visibleTo(true)).isTrue();
        for (VacancyStatus status : VacancyStatus.values()) {
            assertThat(status.visibleTo(true)).isTrue();
            assertThat(status.visibleTo(false)).isEqualTo(status != VacancyStatus.DRAFT);
        }
    }

    @Test
    void onlyAPublishedOfferIsForEveryone() {
        assertThat(OfferStatus.PUBLISHED.visibleTo(false)).isTrue();
        assertThat(OfferStatus.DRAFT.visibleTo(false)).isFalse();
        assertThat(OfferStatus.WITHDRAWN.visibleTo(false)).isFalse();
        assertThat(OfferStatus.WITHDRAWN.visibleTo(true)).isTrue();
    }
}
