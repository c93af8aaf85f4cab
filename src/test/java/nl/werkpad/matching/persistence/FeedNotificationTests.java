package nl.werkpad.matching.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import nl.werkpad.matching.engine.FeedStore;
import nl.werkpad.support.WerkpadTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** Another node learns of an append when it commits (LISTEN/NOTIFY), not only at its next poll. */
@WerkpadTest
class FeedNotificationTests {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DataSource dataSource;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void anAppendIsAnnouncedToAListeningNodeAtItsCommit() throws Exception {
        JdbcFeedStore writer = new JdbcFeedStore(jdbc, dataSource);
        JdbcFeedStore otherNode = new JdbcFeedStore(jdbc, dataSource);
        try {
            otherNode.awaitAppend(Duration.ofMillis(1)); // starts listening; forgets what came before
            while (otherNode.awaitAppend(Duration.ofMillis(1))) {
                // drain announcements of other tests' writes
            }
            CompletableFuture<Boolean> told = CompletableFuture.supplyAsync(() -> {
                try {
                    return otherNode.awaitAppend(Duration.ofSeconds(60));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return false;
                }
            });
            transactions.executeWithoutResult(status -> writer.append(FeedStore.Kind.VACANCY, UUID.randomUUID()));
            assertThat(told.get(90, TimeUnit.SECONDS))
                    .as("the listening node was told")
                    .isTrue();
        } finally {
            otherNode.closeQuietly();
        }
    }
}
