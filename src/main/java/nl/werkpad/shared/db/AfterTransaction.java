package nl.werkpad.shared.db;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** What to do when the current transaction ends: for memories of the database that must not get ahead of it. */
public final class AfterTransaction {

    private AfterTransaction() {}

    /** Runs the action once the current transaction has committed (never when it rolls back); at once outside one. */
    public static void committed(Runnable action) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            action.run();
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                action.run();
            }
        });
    }

    /** Runs the action once the current transaction has ended, committed or rolled back; at once outside one. */
    public static void ended(Runnable action) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            action.run();
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                action.run();
            }
        });
    }
}
