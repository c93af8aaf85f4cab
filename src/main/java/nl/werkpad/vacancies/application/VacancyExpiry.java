package nl.werkpad.vacancies.application;

import java.time.Clock;
import java.time.LocalDate;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import nl.werkpad.vacancies.Vacancies;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Open vacancies expire automatically after their closing date: checked at start and every hour, by one node of a cluster. */
@Component
class VacancyExpiry {

    private final Vacancies vacancies;
    private final Clock clock;

    VacancyExpiry(Vacancies vacancies, Clock clock) {
        this.vacancies = vacancies;
        this.clock = clock;
    }

    @Scheduled(initialDelayString = "PT5S", fixedDelayString = "${werkpad.vacancies.expiry-interval:PT1H}")
    // lockAtMostFor: a node stopped or killed while expiring would otherwise hold every node off for the default 30
    // minutes; expiring is one conditional UPDATE that another node may safely repeat, so 30 s is enough
    @SchedulerLock(name = "vacancy-expiry", lockAtLeastFor = "PT4S", lockAtMostFor = "PT30S")
    void expire() {
        vacancies.expireOverdue(LocalDate.now(clock));
    }
}
