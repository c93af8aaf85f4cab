package nl.werkpad.matching.engine;

import java.util.List;
import java.util.UUID;
import nl.werkpad.passport.PassportChanged;
import nl.werkpad.privacy.ConsentChanged;
import nl.werkpad.privacy.Purpose;
import nl.werkpad.training.OfferChanged;
import nl.werkpad.vacancies.VacancyChanged;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The ordered change feed (table matching.change_feed). Changes of vacancies, offers, passports and
 * consents are appended in the transaction that makes them, under a transaction-level advisory lock, so
 * positions are handed out in commit order and a follower reading "after position p" never skips a row
 * that commits later. After the commit this node applies the change at once; other nodes poll.
 */
@Component
class ChangeFeed {

    /** Arbitrary key of the advisory lock that orders appends. */
    private static final long APPEND_LOCK = 0x57_65_72_6B_70_61_64L;

    enum Kind { VACANCY, OFFER, PERSON }

    record Change(long position, Kind kind, UUID entityId) {
    }

    private final JdbcClient jdbc;
    private final ChangeFeedFollower follower;

    ChangeFeed(JdbcClient jdbc, ChangeFeedFollower follower) {
        this.jdbc = jdbc;
        this.follower = follower;
    }

    @EventListener
    void vacancy(VacancyChanged event) {
        append(Kind.VACANCY, event.vacancyId());
    }

    @EventListener
    void offer(OfferChanged event) {
        append(Kind.OFFER, event.offerId());
    }

    @EventListener
    void passport(PassportChanged event) {
        append(Kind.PERSON, event.personId());
    }

    @EventListener
    void consent(ConsentChanged event) {
        if (event.purpose() != Purpose.ANONYMOUS_STATISTICS) {
            append(Kind.PERSON, event.subjectId());
        }
    }

    private void append(Kind kind, UUID id) {
        jdbc.sql("select pg_advisory_xact_lock(?)").param(APPEND_LOCK).query((rs, n) -> 1).list();
        jdbc.sql("insert into matching.change_feed (kind, entity_id) values (?, ?)").params(kind.name(), id).update();
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void committed(Object event) {
        if (event instanceof VacancyChanged || event instanceof OfferChanged || event instanceof PassportChanged
                || event instanceof ConsentChanged) {
            follower.catchUp();
        }
    }

    List<Change> after(long position, int limit) {
        return jdbc.sql("select position, kind, entity_id from matching.change_feed where position > ? order by position limit ?")
                .params(position, limit)
                .query((rs, n) -> new Change(rs.getLong(1), Kind.valueOf(rs.getString(2)), rs.getObject(3, UUID.class))).list();
    }

    long head() {
        return jdbc.sql("select coalesce(max(position), 0) from matching.change_feed").query(Long.class).single();
    }

    /** Entries older than a week are of no use to a follower (a node that was away longer rebuilds). */
    int prune() {
        return jdbc.sql("delete from matching.change_feed where recorded_at < now() - interval '7 days'").update();
    }
}
