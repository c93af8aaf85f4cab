package nl.werkpad.shared.startup;

import java.util.Comparator;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/**
 * Runs every {@link StartupTask} once all beans exist but before the web server starts listening,
 * so that nobody sees a half-imported Werkpad.
 */
@Component
class StartupTasks implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(StartupTasks.class);
    private final ObjectProvider<StartupTask> tasks;

    StartupTasks(ObjectProvider<StartupTask> tasks) {
        this.tasks = tasks;
    }

    @Override
    public void afterSingletonsInstantiated() {
        List<StartupTask> ordered = tasks.orderedStream()
                .sorted(Comparator.comparing(StartupTask::phase))
                .toList();
        for (StartupTask task : ordered) {
            long started = System.nanoTime();
            task.run();
            log.debug("Start-up task {} took {} ms", task.getClass().getSimpleName(),
                    (System.nanoTime() - started) / 1_000_000);
        }
    }
}
