package nl.werkpad.fund.persistence;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import nl.werkpad.fund.Fund;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Every night: vouchers past their last day expire and release their money, allowances past their expiry return
 * to their budget, and holders get the new year's allowances they qualify for.
 */
@Component
class FundSchedule {

    private static final Logger LOG = LoggerFactory.getLogger(FundSchedule.class);

    private final Fund fund;
    private final AccountDesk accounts;
    private final JdbcClient jdbc;
    private final Clock clock;

    FundSchedule(Fund fund, AccountDesk accounts, JdbcClient jdbc, Clock clock) {
        this.fund = fund;
        this.accounts = accounts;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Scheduled(cron = "${werkpad.fund.nightly:0 10 1 * * *}", zone = "Europe/Amsterdam")
    @SchedulerLock(name = "fund-nightly", lockAtLeastFor = "PT1M")
    void nightly() {
        LocalDate today = LocalDate.now(clock);
        int expired = fund.expireDue(today);
        int granted = 0;
        for (UUID person : jdbc.sql("select person_id from fund.account_holder")
                .query(UUID.class)
                .list()) {
            try {
                granted += accounts.grant(person, today, null);
            } catch (RuntimeException e) {
                LOG.warn("No allowances granted to {}: {}", person, e.getMessage());
            }
        }
        LOG.info("Fund nightly run: {} vouchers and allowances expired, {} allowances granted", expired, granted);
    }
}
