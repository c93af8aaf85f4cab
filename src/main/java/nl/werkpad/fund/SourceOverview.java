package nl.werkpad.fund;

import java.math.BigInteger;
import java.util.Map;
import java.util.UUID;
import nl.werkpad.fund.domain.VoucherStatus;

/**
 * A source's money in a year, from the ledger: budget put in, granted to allowances, reserved by issued
 * vouchers, spent on redeemed ones, returned by expired allowances, and what remains free. Summed over the budget's
 * sub-accounts as SQL numeric, so BigIntegers: such a sum may exceed a long and must not wrap round.
 */
public record SourceOverview(
        UUID source,
        String name,
        int year,
        BigInteger budget,
        BigInteger granted,
        BigInteger reserved,
        BigInteger spent,
        BigInteger returned,
        BigInteger remaining,
        Map<VoucherStatus, Long> vouchers) {}
