package nl.werkpad.matching.engine;

import nl.werkpad.passport.PassportChanged;
import nl.werkpad.privacy.ConsentChanged;
import nl.werkpad.privacy.Purpose;
import nl.werkpad.shared.db.BeforeCommit;
import nl.werkpad.training.OfferChanged;
import nl.werkpad.vacancies.VacancyChanged;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Feeds the ordered change feed: changes of vacancies, offers, passports and consents are appended in the transaction
 * that makes them — collected and appended once, just before it commits, with one lock and one statement for all of
 * them (an import of 200 vacancies in one transaction appends 200 rows at once) — and after the commit this node
 * applies them at once, once per transaction; other nodes poll.
 */
@Component
class ChangeFeed {

    private final BeforeCommit<FeedStore.Entry> changes;

    ChangeFeed(FeedStore store, ChangeFeedFollower follower) {
        this.changes = new BeforeCommit<>(store::appendAll, follower::catchUp);
    }

    @EventListener
    void vacancy(VacancyChanged event) {
        changes.add(new FeedStore.Entry(FeedStore.Kind.VACANCY, event.vacancyId()));
    }

    @EventListener
    void offer(OfferChanged event) {
        changes.add(new FeedStore.Entry(FeedStore.Kind.OFFER, event.offerId()));
    }

    @EventListener
    void passport(PassportChanged event) {
        changes.add(new FeedStore.Entry(FeedStore.Kind.PERSON, event.personId()));
    }

    @EventListener
    void consent(ConsentChanged event) {
        if (event.purpose() != Purpose.ANONYMOUS_STATISTICS) {
            changes.add(new FeedStore.Entry(FeedStore.Kind.PERSON, event.subjectId()));
        }
    }
}
