package nl.werkpad.fund;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import nl.werkpad.fund.domain.FundingRule;
import nl.werkpad.fund.domain.SourceMode;
import nl.werkpad.shared.Limits;

/** A new funding source as a fund manager registers it. */
public record FundingSourceInput(
        @Size(max = Limits.CODE) String code,
        @Size(max = Limits.NAME) String name,
        FundingSource.SourceKind kind,
        SourceMode mode,
        Long allowanceCents,
        Integer allowanceExpiryMonths,
        LocalDate validFrom,
        LocalDate validUntil,
        Integer priority,
        Integer voucherValidDays,
        List<@Valid FundingRule> rules,
        @Size(max = Limits.NOTE) String provenance) {}
