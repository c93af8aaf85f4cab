package nl.werkpad.matching.engine;

import nl.werkpad.passport.PassportChanged;
import nl.werkpad.privacy.ConsentChanged;
import nl.werkpad.privacy.Purpose;
import nl.werkpad.training.OfferChanged;
import nl.werkpad.vacancies.VacancyChanged;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Feeds the ordered change feed: changes of vacancies, offers, passports and consents are appended in
 * the transaction that makes them; after the commit this node applies them at once, other nodes poll.
 */
@Component
class ChangeFeed {

    private final FeedStore store;
    private final ChangeFeedFollower follower;

    ChangeFeed(FeedStore store, ChangeFeedFollower follower) {
        this.store = store;
        this.follower = follower;
    }

    @EventListener
    void vacancy(VacancyChanged event) {
        store.append(FeedStore.Kind.VACANCY, event.vacancyId());
    }

    @EventListener
    void offer(OfferChanged event) {
        store.append(FeedStore.Kind.OFFER, event.offerId());
    }

    @EventListener
    void passport(PassportChanged event) {
        store.append(FeedStore.Kind.PERSON, event.personId());
    }

    @EventListener
    void consent(ConsentChanged event) {
        if (event.purpose() != Purpose.ANONYMOUS_STATISTICS) {
            store.append(FeedStore.Kind.PERSON, event.subjectId());
        }
    }

    @TransactionalEventListener(
            phase = TransactionPhase.AFTER_COMMIT,
            fallbackExecution = true,
            classes = {VacancyChanged.class, OfferChanged.class, PassportChanged.class, ConsentChanged.class})
    void committed() {
        follower.catchUp();
    }
}
