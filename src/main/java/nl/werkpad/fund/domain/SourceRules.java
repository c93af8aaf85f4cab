package nl.werkpad.fund.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import nl.werkpad.shared.Decision;

/** What a funding source must state to be registered, and which budgets it can be given. */
public final class SourceRules {

    private static final String CODE = "[a-z0-9-]{2,40}";

    private SourceRules() {}

    /** A new source: a code, a name, kind and mode, a validity window, an allowance when it grants one, valid rules. */
    public static Decision registration(
            String code,
            String name,
            boolean kindAndModeGiven,
            SourceMode mode,
            LocalDate validFrom,
            LocalDate validUntil,
            Long allowanceCents,
            Integer voucherValidDays,
            List<FundingRule> rules) {
        if (code == null || !code.strip().matches(CODE)) {
            return Decision.rejected("source.code-invalid", "code: 2–40 lowercase letters, digits or dashes");
        }
        if (name == null || name.isBlank()) {
            return Decision.rejected("source.name-required", "a funding source needs a name");
        }
        if (!kindAndModeGiven) {
            return Decision.rejected("source.kind-required", "kind and mode are required");
        }
        if (validFrom == null || validUntil == null || validUntil.isBefore(validFrom)) {
            return Decision.rejected(
                    "source.validity-invalid",
                    "validFrom and validUntil are required, validUntil not before validFrom");
        }
        if (mode == SourceMode.ALLOWANCE && (allowanceCents == null || allowanceCents <= 0)) {
            return Decision.rejected(
                    "source.allowance-required", "an allowance source needs a positive yearly allowance");
        }
        if (voucherValidDays != null && voucherValidDays < 1) {
            return Decision.rejected("source.validity-invalid", "voucherValidDays must be at least 1");
        }
        for (FundingRule rule : rules == null ? List.<FundingRule>of() : rules) {
            if (rule == null) {
                return Decision.rejected("source.rule-invalid", "a rule is empty");
            }
            Optional<String> why = rule.invalidBecause();
            if (why.isPresent()) {
                return Decision.rejected("source.rule-invalid", "rule " + rule.name() + ": " + why.get());
            }
        }
        return Decision.allowed();
    }

    /** A budget is a positive amount for a year within the source's validity. */
    public static Decision budget(long cents, int year, LocalDate validFrom, LocalDate validUntil) {
        if (cents <= 0 || year < validFrom.getYear() || year > validUntil.getYear()) {
            return Decision.rejected(
                    "budget.invalid",
                    "a budget is a positive amount for a year within the source's validity " + validFrom.getYear() + "–"
                            + validUntil.getYear());
        }
        return Decision.allowed();
    }
}
