package nl.werkpad.monitor.application;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import nl.werkpad.monitor.persistence.MonitorStore;
import nl.werkpad.passport.PassportChanged;
import nl.werkpad.privacy.ConsentChanged;
import nl.werkpad.privacy.Purpose;
import nl.werkpad.shared.BulkDataLoaded;
import nl.werkpad.shared.startup.StartupTask;
import nl.werkpad.vacancies.VacancyChanged;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.core.io.ClassPathResource;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Keeps the monitor current: every vacancy, passport or statistics-consent change updates the aggregates in
 * the same transaction (vacancies all at once, just before it commits); bulk loads rebuild them; a weekly snapshot (Monday night) keeps the trend. At start a
 * monitor that was never built is built, the bundled official statistics are loaded into a fresh instance,
 * and this week's snapshot is taken if it is missing.
 */
@Component
class MonitorFeed implements StartupTask {

    private static final Logger LOG = LoggerFactory.getLogger(MonitorFeed.class);

    private final MonitorContributions contributions;
    private final MonitorService monitor;
    private final MonitorStore store;
    private final Clock clock;

    MonitorFeed(MonitorContributions contributions, MonitorService monitor, MonitorStore store, Clock clock) {
        this.contributions = contributions;
        this.monitor = monitor;
        this.store = store;
        this.clock = clock;
        this.vacancies = new nl.werkpad.shared.db.BeforeCommit<>(contributions::vacanciesChanged, () -> {});
    }

    /** A transaction's changed vacancies, counted once, just before it commits (an import changes hundreds). */
    private final nl.werkpad.shared.db.BeforeCommit<java.util.UUID> vacancies;

    @EventListener
    void vacancy(VacancyChanged event) {
        vacancies.add(event.vacancyId());
    }

    @EventListener
    void passport(PassportChanged event) {
        contributions.personChanged(event.personId());
    }

    @EventListener
    void consent(ConsentChanged event) {
        if (event.purpose() == Purpose.ANONYMOUS_STATISTICS) {
            contributions.personChanged(event.subjectId());
        }
    }

    @EventListener
    void bulk(BulkDataLoaded event) {
        long start = System.nanoTime();
        monitor.rebuild();
        LOG.info("Monitor rebuilt after {} in {} ms", event.what(), (System.nanoTime() - start) / 1_000_000);
    }

    @Override
    public Phase phase() {
        return Phase.INDEXES;
    }

    @Override
    public void run() {
        contributions.buildIfMissing();
        if (!store.hasStatistics()) {
            try (Reader reader = new InputStreamReader(
                    new ClassPathResource("data/ecosystem/labour_statistics.csv").getInputStream(),
                    StandardCharsets.UTF_8)) {
                LOG.info(
                        "Monitor: {} official figures imported",
                        monitor.importStatistics("labour_statistics.csv", reader));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        LocalDate today = LocalDate.now(clock);
        if (!monitor.snapshotWeeks().contains(today.with(DayOfWeek.MONDAY))) {
            monitor.snapshot(today);
        }
    }

    @Scheduled(cron = "0 30 1 * * MON", zone = "Europe/Amsterdam")
    @SchedulerLock(name = "monitor-weekly-snapshot", lockAtLeastFor = "PT1M")
    void weekly() {
        monitor.snapshot(LocalDate.now(clock));
    }
}
