package nl.werkpad.fund;

import java.math.BigInteger;
import java.util.List;
import java.util.Map;

/**
 * The trial balance and every invariant of the ledger.
 *
 * @param postedByKind per account kind: credits minus debits of posted transfers (they sum to zero)
 * @param violations  every broken invariant, readable; empty when the ledger is sound
 * Amounts are BigIntegers: summed as SQL numeric, so the check answers for any content the ledger can hold
 * (rows are append-only; a sum beyond a long must be reported, not crash the check).
 */
public record LedgerReport(
        long transfers,
        BigInteger postedDebits,
        BigInteger postedCredits,
        BigInteger pending,
        Map<String, BigInteger> postedByKind,
        List<String> invariantsChecked,
        List<String> violations) {

    public boolean sound() {
        return violations.isEmpty() && postedDebits.equals(postedCredits);
    }
}
