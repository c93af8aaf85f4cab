package nl.werkpad.shared.db;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Collects what a transaction changed (ids, say) and handles it once, just before the transaction commits: an import
 * that creates 200 vacancies in one transaction then updates the change feed and the monitor with a few statements
 * for all 200 instead of a dozen per vacancy. Each item once per transaction, in the order first added. The handling
 * runs inside the transaction (it commits or rolls back with it) and sees its final state: what a rolled-back
 * savepoint undid is simply no longer there. Outside a transaction the item is handled at once.
 *
 * <p>The collection lives in a synchronization of the current transaction, so a transaction started inside another
 * (REQUIRES_NEW) collects its own.
 */
public final class BeforeCommit<T> {

    private final Consumer<List<T>> handle;
    private final Runnable afterCommit;

    /**
     * @param handle what to do with the collected items, inside the transaction just before it commits
     * @param afterCommit what to do once it committed (nothing: {@code () -> {}})
     */
    public BeforeCommit(Consumer<List<T>> handle, Runnable afterCommit) {
        this.handle = handle;
        this.afterCommit = afterCommit;
    }

    public void add(T item) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()
                || !TransactionSynchronizationManager.isActualTransactionActive()) {
            handle.accept(List.of(item));
            afterCommit.run();
            return;
        }
        Collected collected = null;
        for (TransactionSynchronization s : TransactionSynchronizationManager.getSynchronizations()) {
            if (s instanceof BeforeCommit<?>.Collected c && c.owner() == this) {
                @SuppressWarnings("unchecked")
                Collected mine = (Collected) c;
                collected = mine;
                break;
            }
        }
        if (collected == null) {
            collected = new Collected();
            TransactionSynchronizationManager.registerSynchronization(collected);
        }
        collected.items.add(item);
    }

    private final class Collected implements TransactionSynchronization {

        private final Set<T> items = new LinkedHashSet<>();

        BeforeCommit<T> owner() {
            return BeforeCommit.this;
        }

        @Override
        public void beforeCommit(boolean readOnly) {
            if (!items.isEmpty()) {
                handle.accept(new ArrayList<>(items));
            }
        }

        @Override
        public void afterCommit() {
            afterCommit.run();
        }
    }
}
