package nl.werkpad.shared.startup;

import java.util.Comparator;
import java.util.List;
import nl.werkpad.shared.db.ClusterLocks;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/**
 * Runs every {@link StartupTask} once all beans exist but before the web server starts listening,
 * so that nobody sees a half-imported Werkpad.
 *
 * <p>Nodes of a cluster may start at the same moment on one database. The tasks that write shared data (every phase
 * before {@link StartupTask.Phase#INDEXES}) run under a cluster lock, so one node imports and seeds while the others
 * wait and then find nothing left to do; each node builds its own in-memory indexes outside the lock.
 */
@Component
class StartupTasks implements SmartInitializingSingleton {

    /** The advisory lock's key: a number no other part of Werkpad uses ("WERKPAD" in ASCII codes). */
    static final long SHARED_DATA_LOCK = 87_69_82_75_80_65_68L;

    private static final Logger log = LoggerFactory.getLogger(StartupTasks.class);
    private final ObjectProvider<StartupTask> tasks;
    private final ClusterLocks locks;

    StartupTasks(ObjectProvider<StartupTask> tasks, ClusterLocks locks) {
        this.tasks = tasks;
        this.locks = locks;
    }

    @Override
    public void afterSingletonsInstantiated() {
        List<StartupTask> ordered = tasks.orderedStream()
                .sorted(Comparator.comparing(StartupTask::phase))
                .toList();
        locks.exclusively(SHARED_DATA_LOCK, () -> ordered.stream()
                .filter(task -> task.phase() != StartupTask.Phase.INDEXES)
                .forEach(StartupTasks::run));
        ordered.stream()
                .filter(task -> task.phase() == StartupTask.Phase.INDEXES)
                .forEach(StartupTasks::run);
    }

    private static void run(StartupTask task) {
        long started = System.nanoTime();
        task.run();
        log.debug(
                "Start-up task {} took {} ms",
                task.getClass().getSimpleName(),
                (System.nanoTime() - started) / 1_000_000);
    }
}
