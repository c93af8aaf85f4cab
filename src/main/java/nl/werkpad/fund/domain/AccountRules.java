package nl.werkpad.fund.domain;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import nl.werkpad.shared.Decision;

/** What opening a development account needs, and what a per-voucher source could still pay its holder. */
public final class AccountRules {

    /** The youngest and oldest age, in years, of a holder on the day the account opens. */
    private static final int YOUNGEST = 15;

    private static final int OLDEST = 100;

    private AccountRules() {}

    /** A birth date between 15 and 100 years ago, and only target groups the fund knows. */
    public static Decision holder(
            LocalDate birthDate, Set<String> targetGroups, Collection<String> knownGroups, LocalDate today) {
        if (birthDate == null
                || birthDate.isAfter(today.minusYears(YOUNGEST))
                || birthDate.isBefore(today.minusYears(OLDEST))) {
            return Decision.rejected(
                    "account.birth-date-invalid", "a birth date between 15 and 100 years ago is required");
        }
        List<String> unknown =
                targetGroups.stream().filter(g -> !knownGroups.contains(g)).toList();
        if (!unknown.isEmpty()) {
            return Decision.rejected("account.target-group-unknown", "unknown target groups " + unknown);
        }
        return Decision.allowed();
    }

    /**
     * What a per-voucher source could still pay a person this year under its per-person and per-voucher caps.
     *
     * @param usedThisYear what the person's live vouchers of this year drew from the source
     */
    public static long perPersonRoom(List<FundingRule> rules, long usedThisYear) {
        long room = Long.MAX_VALUE;
        for (FundingRule rule : rules) {
            if (rule instanceof FundingRule.MaxPerPersonYear cap) {
                room = Math.min(room, cap.cents() - usedThisYear);
            } else if (rule instanceof FundingRule.MaxPerVoucher cap) {
                room = Math.min(room, cap.cents());
            }
        }
        return Math.max(0, room);
    }
}
