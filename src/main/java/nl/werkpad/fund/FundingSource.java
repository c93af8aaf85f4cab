package nl.werkpad.fund;

import java.math.BigInteger;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.werkpad.fund.domain.FundingRule;
import nl.werkpad.fund.domain.SourceMode;

/**
 * A funding source with its rules and its budget per year.
 *
 * @param allowanceCents        for ALLOWANCE sources: what each eligible resident gets per year
 * @param allowanceExpiryMonths for ALLOWANCE sources: months after the end of the year an allowance stays usable
 * @param voucherValidDays      days a voucher of this source stays redeemable after it is issued (the shortest counts)
 */
public record FundingSource(
        UUID id,
        String code,
        String name,
        SourceKind kind,
        SourceMode mode,
        Long allowanceCents,
        int allowanceExpiryMonths,
        LocalDate validFrom,
        LocalDate validUntil,
        int priority,
        int voucherValidDays,
        List<FundingRule> rules,
        String provenance,
        List<Budget> budgets) {

    public enum SourceKind {
        RIJK,
        PROVINCIE,
        GEMEENTE,
        REGIO,
        SECTORFONDS,
        WERKGEVER
    }

    /**
     * A year's budget: what was put in, and what is still free (not granted, reserved or spent), summed over its
     * sub-accounts (docs/fund.md) — as SQL numeric, so a sum beyond a long is shown, not wrapped round.
     */
    public record Budget(int year, BigInteger amount, BigInteger available) {}

    public boolean openOn(LocalDate date) {
        return !date.isBefore(validFrom) && !date.isAfter(validUntil);
    }
}
