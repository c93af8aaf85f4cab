package nl.werkpad.vacancies;

import static org.assertj.core.api.Assertions.assertThat;

import nl.werkpad.shared.PublishedState;
import nl.werkpad.shared.PublishedState.Listed;
import nl.werkpad.training.OfferStatus;
import org.junit.jupiter.api.Test;

/**
 * Who may read a draft: the one rule per module that both the read by id and the search ask, and the one rule of what a
 * list shows that both modules' searches use.
 */
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

    @Test
    void aListShowsTheOrganisationsOwnPeopleEveryStateAndOthersWhatIsPublic() {
        assertThat(PublishedState.listed(null, true, VacancyStatus.OPEN))
                .isEqualTo(new Listed<VacancyStatus>(null, false));
        assertThat(PublishedState.listed(null, false, VacancyStatus.OPEN))
                .isEqualTo(new Listed<>(VacancyStatus.OPEN, false));
        assertThat(PublishedState.listed(VacancyStatus.FILLED, false, VacancyStatus.OPEN)
                        .onlyName())
                .isEqualTo("FILLED");
        // asking for drafts one may not see lists nothing, without asking the database
        assertThat(PublishedState.listed(VacancyStatus.DRAFT, false, VacancyStatus.OPEN)
                        .nothing())
                .isTrue();
        assertThat(PublishedState.listed(OfferStatus.WITHDRAWN, false, OfferStatus.PUBLISHED)
                        .nothing())
                .isTrue();
        assertThat(PublishedState.listed(OfferStatus.DRAFT, true, OfferStatus.PUBLISHED))
                .isEqualTo(new Listed<>(OfferStatus.DRAFT, false));
    }
}
