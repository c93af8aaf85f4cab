package nl.werkpad.fund.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.werkpad.shared.RuleCheck;

/**
 * How a voucher's cost is paid: a part per funding source with the checks that decided it, and what the
 * resident (or their employer) pays. The explanation shown to people is these checks, so it cannot differ
 * from the computation.
 *
 * @param own     what the resident or employer pays
 * @param refusal when no source pays anything: the rule that stopped the first source in priority order
 */
public record Split(long cost, List<Part> parts, long own, Optional<RuleCheck> refusal) {

    public long funded() {
        return parts.stream().mapToLong(Part::amount).sum();
    }

    public List<Part> paying() {
        return parts.stream().filter(p -> p.amount() > 0).toList();
    }

    /**
     * One source's share.
     *
     * @param eligible whether it is open and every condition passed
     * @param amount  what it pays (zero when a condition failed or a limit left nothing)
     * @param checks  every rule it applied, in order, ending with its available money
     * @param limitBy the rule that set the amount (the lowest limit), or the first failed condition
     */
    public record Part(
            UUID source,
            String name,
            SourceMode mode,
            boolean eligible,
            long amount,
            List<RuleCheck> checks,
            String limitBy) {}
}
