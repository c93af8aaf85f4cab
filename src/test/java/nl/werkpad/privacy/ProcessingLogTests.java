package nl.werkpad.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import nl.werkpad.support.WerkpadTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionTemplate;

@WerkpadTest
class ProcessingLogTests {

    @Autowired
    ProcessingLog log;

    @Autowired
    TransactionTemplate transactions;

    private static Processing readBy(UUID actor, UUID subject) {
        return new Processing(actor, "adviseur (test)", subject, Processing.Action.READ, "paspoort", "begeleiding");
    }

    @Test
    void keepsAProcessingThatIsCommittedWithTheRead() {
        UUID subject = UUID.randomUUID();
        transactions.executeWithoutResult(tx -> log.record(readBy(UUID.randomUUID(), subject)));
        assertThat(log.forSubject(subject, 10)).singleElement().satisfies(entry -> {
            assertThat(entry.processing().action()).isEqualTo(Processing.Action.READ);
            assertThat(entry.processing().purpose()).isEqualTo("begeleiding");
        });
    }

    @Test
    void forgetsAProcessingWhenTheReadIsRolledBack() {
        UUID subject = UUID.randomUUID();
        transactions.executeWithoutResult(tx -> {
            log.record(readBy(UUID.randomUUID(), subject));
            tx.setRollbackOnly();
        });
        assertThat(log.forSubject(subject, 10)).isEmpty();
    }

    @Test
    void refusesToLogOutsideATransaction() {
        assertThatThrownBy(() -> log.record(readBy(UUID.randomUUID(), UUID.randomUUID())))
                .isInstanceOf(IllegalTransactionStateException.class);
    }

    @Test
    void listsNewestFirst() {
        UUID subject = UUID.randomUUID();
        UUID first = UUID.randomUUID();
        UUID second = UUID.randomUUID();
        transactions.executeWithoutResult(tx -> log.record(readBy(first, subject)));
        transactions.executeWithoutResult(tx -> log.record(readBy(second, subject)));
        assertThat(log.forSubject(subject, 10))
                .extracting(e -> e.processing().actorId())
                .containsExactly(second, first);
    }
}
