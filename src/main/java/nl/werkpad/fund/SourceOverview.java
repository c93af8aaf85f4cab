package nl.werkpad.fund;

import java.util.Map;
import java.util.UUID;
import nl.werkpad.fund.domain.VoucherStatus;

/**
 * A source's money in a year, from the ledger: budget put in, granted to allowances, reserved by issued
 * vouchers, spent on redeemed ones, returned by expired allowances, and what remains free.
 */
public record SourceOverview(UUID source, String name, int year, long budget, long granted, long reserved, long spent,
                             long returned, long remaining, Map<VoucherStatus, Long> vouchers) {
}
