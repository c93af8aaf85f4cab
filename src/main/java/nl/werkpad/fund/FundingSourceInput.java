package nl.werkpad.fund;

import java.time.LocalDate;
import java.util.List;
import nl.werkpad.fund.domain.FundingRule;
import nl.werkpad.fund.domain.SourceMode;

/** A new funding source as a fund manager registers it. */
public record FundingSourceInput(
        String code,
        String name,
        FundingSource.SourceKind kind,
        SourceMode mode,
        Long allowanceCents,
        Integer allowanceExpiryMonths,
        LocalDate validFrom,
        LocalDate validUntil,
        Integer priority,
        Integer voucherValidDays,
        List<FundingRule> rules,
        String provenance) {}
