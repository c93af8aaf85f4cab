package nl.werkpad.shared;

import java.time.Clock;
import java.time.ZoneId;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Time for every module: one {@link Clock} in Dutch time (tests can replace it), and periodic work
 * (e.g. expiring vacancies) in the application, every such job idempotent. A job that must run once per cluster,
 * not once per node, carries {@code @SchedulerLock} (lock rows in PostgreSQL, see {@code shared.db.ClusterLocks}):
 * the node that takes the lock runs it, the others skip that turn.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@EnableSchedulerLock(defaultLockAtMostFor = "PT30M")
class SchedulingConfiguration {

    @Bean
    Clock clock() {
        return Clock.system(ZoneId.of("Europe/Amsterdam"));
    }
}
