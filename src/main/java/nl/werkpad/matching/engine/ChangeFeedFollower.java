package nl.werkpad.matching.engine;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import nl.werkpad.shared.startup.StartupTask;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Keeps this node's index current: builds it at start (remembering the feed's head first, so nothing that
 * changes during the build is missed), then applies the feed from that position on: at once after a local
 * commit, as soon as another node's commit is announced (LISTEN/NOTIFY), and every second in any case.
 */
@Component
class ChangeFeedFollower implements StartupTask {

    private static final int BATCH = 2000;
    private static final java.time.Duration LISTEN_TIMEOUT = java.time.Duration.ofSeconds(5);

    private final MatchingEngine engine;
    private final FeedStore feed;
    private volatile long position = -1;

    ChangeFeedFollower(MatchingEngine engine, FeedStore feed) {
        this.engine = engine;
        this.feed = feed;
    }

    @Override
    public Phase phase() {
        return Phase.INDEXES;
    }

    @Override
    public void run() {
        long head = feed.head();
        engine.rebuild();
        synchronized (this) {
            position = head;
        }
        catchUp();
        Thread.ofPlatform().daemon().name("change-feed-listener").start(this::listen);
    }

    /** Applies other nodes' changes as soon as their commit is announced; the poll below stays the guarantee. */
    private void listen() {
        while (!closing) {
            try {
                if (feed.awaitAppend(LISTEN_TIMEOUT) && !closing) {
                    catchUp();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                // the database is away for a moment: the poll catches up when it is back
            }
        }
    }

    long position() {
        return position;
    }

    @Scheduled(fixedDelay = 1000, initialDelay = 1000)
    void poll() {
        if (!closing) {
            catchUp();
        }
    }

    private volatile boolean closing;

    /** No more polling once the application shuts down (the database may be going away). */
    @org.springframework.context.event.EventListener
    void closing(org.springframework.context.event.ContextClosedEvent event) {
        closing = true;
    }

    @Scheduled(cron = "0 17 * * * *")
    @SchedulerLock(name = "change-feed-prune", lockAtLeastFor = "PT1M")
    void prune() {
        feed.prune();
    }

    synchronized void catchUp() {
        if (position < 0) {
            return; // the start-up build has not run yet
        }
        List<FeedStore.Change> changes;
        do {
            changes = feed.after(position, BATCH);
            if (changes.isEmpty()) {
                return;
            }
            Set<UUID> vacancies = new LinkedHashSet<>();
            Set<UUID> offers = new LinkedHashSet<>();
            Set<UUID> persons = new LinkedHashSet<>();
            for (FeedStore.Change c : changes) {
                (switch (c.kind()) {
                            case VACANCY -> vacancies;
                            case OFFER -> offers;
                            case PERSON -> persons;
                        })
                        .add(c.entityId());
            }
            engine.reload(new ArrayList<>(vacancies), new ArrayList<>(offers), new ArrayList<>(persons));
            position = changes.getLast().position();
        } while (changes.size() == BATCH);
    }
}
