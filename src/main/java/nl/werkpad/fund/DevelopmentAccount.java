package nl.werkpad.fund;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.werkpad.fund.domain.SourceMode;
import nl.werkpad.shared.RuleCheck;

/**
 * A resident's development account: per source what it makes available to them now, what is reserved,
 * spent and expiring, and why.
 *
 * @param holder null while the account is not open yet
 */
public record DevelopmentAccount(
        UUID person, String name, AccountHolder holder, List<Line> lines, List<Voucher> vouchers) {

    /**
     * @param available what the source would pay now at most (allowance left, or the least of its caps and budget)
     * @param expiring  allowance that expires on {@code expiresOn} if not used
     * @param checks    the person's conditions (residence, age, status, target group); training conditions
     *                  (register, shortage, collection) are checked per voucher
     */
    public record Line(
            UUID source,
            String name,
            SourceMode mode,
            boolean eligible,
            long available,
            long reserved,
            long spent,
            long expiring,
            LocalDate expiresOn,
            List<RuleCheck> checks) {}

    public boolean open() {
        return holder != null;
    }

    public long totalAvailable() {
        return lines.stream().filter(Line::eligible).mapToLong(Line::available).sum();
    }
}
