package nl.werkpad.fund.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import nl.werkpad.fund.Fund;
import nl.werkpad.fund.persistence.HolderStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
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
    private final AccountService accounts;
    private final HolderStore holders;
    private final Clock clock;

    FundSchedule(Fund fund, AccountService accounts, HolderStore holders, Clock clock) {
        this.fund = fund;
        this.accounts = accounts;
        this.holders = holders;
        this.clock = clock;
    }

    @Scheduled(cron = "${werkpad.fund.nightly:0 10 1 * * *}", zone = "Europe/Amsterdam")
    @SchedulerLock(name = "fund-nightly", lockAtLeastFor = "PT1M")
    void nightly() {
        LocalDate today = LocalDate.now(clock);
        int expired = fund.expireDue(today);
        int granted = 0;
        for (UUID person : holders.persons()) {
            try {
                granted += accounts.grant(person, today, null);
            } catch (RuntimeException e) {
                LOG.warn("No allowances granted to {}: {}", person, e.getMessage());
            }
        }
        LOG.info("Fund nightly run: {} vouchers and allowances expired, {} allowances granted", expired, granted);
    }
}
