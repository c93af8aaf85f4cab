package nl.werkpad.matching.engine;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

/** Where the change feed is kept (matching.change_feed): appended in the writer's transaction, read by position. */
public interface FeedStore {

    enum Kind {
        VACANCY,
        OFFER,
        PERSON
    }

    record Change(long position, Kind kind, UUID entityId) {}

    /** Appends in the current transaction, in commit order (see docs/matching.md). */
    void append(Kind kind, UUID id);

    /** Appends all of them in the current transaction with one lock and one statement, in this order. */
    default void appendAll(List<Entry> entries) {
        entries.forEach(e -> append(e.kind(), e.entityId()));
    }

    /** What to append: a kind of entity and its id. */
    record Entry(Kind kind, UUID entityId) {}

    List<Change> after(long position, int limit);

    long head();

    /**
     * Waits until a node may have appended (PostgreSQL LISTEN/NOTIFY, sent at the writer's commit), at most the
     * timeout; true when told so. Polling remains the guarantee: a lost connection only means waiting out the time.
     */
    boolean awaitAppend(Duration timeout) throws InterruptedException;

    /** Forgets entries older than a week; returns how many. */
    int prune();
}
