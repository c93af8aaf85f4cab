package nl.werkpad.demo;

import java.time.Clock;
import java.time.LocalDate;
import nl.werkpad.monitor.Monitor;
import nl.werkpad.shared.WerkpadProperties;
import nl.werkpad.shared.startup.StartupTask;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The demo region's monitor history: snapshots of the twelve weeks before today, each with the WW window
 * as of that week (the residents' WW start dates are the generated ones; the vacancies are today's, as a
 * demo has no vacancy history), so the trend has something to show from the first start.
 */
@Component
@Order(5)
class DemoMonitor implements StartupTask {

    private static final int WEEKS = 12;

    private final Monitor monitor;
    private final WerkpadProperties werkpad;
    private final Clock clock;

    DemoMonitor(Monitor monitor, WerkpadProperties werkpad, Clock clock) {
        this.monitor = monitor;
        this.werkpad = werkpad;
        this.clock = clock;
    }

    @Override
    public Phase phase() {
        return Phase.DEMO;
    }

    @Override
    public void run() {
        if (!werkpad.isDemo() || !monitor.snapshotWeeks().isEmpty()) {
            return;
        }
        LocalDate today = LocalDate.now(clock);
        for (int w = WEEKS; w >= 1; w--) {
            monitor.snapshot(today.minusWeeks(w));
        }
    }
}
