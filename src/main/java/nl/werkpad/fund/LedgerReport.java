package nl.werkpad.fund;

import java.util.List;
import java.util.Map;

/**
 * The trial balance and every invariant of the ledger.
 *
 * @param postedByKind per account kind: credits minus debits of posted transfers (they sum to zero)
 * @param violations  every broken invariant, readable; empty when the ledger is sound
 */
public record LedgerReport(long transfers, long postedDebits, long postedCredits, long pending,
                           Map<String, Long> postedByKind, List<String> invariantsChecked, List<String> violations) {

    public boolean sound() {
        return violations.isEmpty() && postedDebits == postedCredits;
    }
}
