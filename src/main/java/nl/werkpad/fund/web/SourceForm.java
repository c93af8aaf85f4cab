package nl.werkpad.fund.web;

import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import nl.werkpad.fund.FundingSource;
import nl.werkpad.fund.FundingSourceInput;
import nl.werkpad.fund.domain.FundingRule;
import nl.werkpad.fund.domain.SourceMode;
import nl.werkpad.shared.Limits;
import nl.werkpad.shared.Money;

/**
 * A funding source as the fund manager fills it in: one optional field per rule type, amounts in euros (read by {@link Money}).
 * Municipalities are typed by name and comma-separated, regions, provinces and sectors are chosen by name,
 * ISCO groups are comma-separated codes (fund managers know them); the rules keep the codes.
 */
record SourceForm(
        @Size(max = Limits.CODE) String code,
        @Size(max = Limits.NAME) String name,
        FundingSource.SourceKind kind,
        SourceMode mode,
        Money allowance,
        Integer allowanceExpiryMonths,
        LocalDate validFrom,
        LocalDate validUntil,
        Integer priority,
        Integer voucherValidDays,
        @Size(max = Limits.NOTE) String municipalities,
        List<String> regions,
        List<String> provinces,
        Integer ageMin,
        Integer ageMax,
        List<String> statuses,
        List<String> targetGroups,
        List<String> employerSectors,
        boolean onRegister,
        @Size(max = Limits.SHORT) String shortageIsco,
        String skillCollection,
        Integer maxShare,
        Money maxPerVoucher,
        Money maxPerPersonYear,
        Money maxPerProviderYear,
        Money ownMin,
        Integer ownPercent,
        @Size(max = Limits.NOTE) String provenance) {

    static SourceForm empty(Clock clock) {
        int year = LocalDate.now(clock).getYear();
        return new SourceForm(
                "",
                "",
                FundingSource.SourceKind.REGIO,
                SourceMode.PER_VOUCHER,
                null,
                12,
                LocalDate.of(year, 1, 1),
                LocalDate.of(year, 12, 31),
                10,
                180,
                "",
                List.of(),
                List.of("PV27"),
                null,
                null,
                List.of(),
                List.of(),
                List.of(),
                true,
                "",
                "",
                null,
                null,
                null,
                null,
                null,
                null,
                "");
    }

    /** The source with its rules, the municipalities typed here given as their codes. */
    FundingSourceInput input(List<String> municipalityCodes) {
        List<FundingRule> rules = new ArrayList<>();
        if (!municipalityCodes.isEmpty() || !none(regions) || !none(provinces)) {
            rules.add(new FundingRule.Residence(municipalityCodes, orEmpty(regions), orEmpty(provinces)));
        }
        if (ageMin != null || ageMax != null) {
            rules.add(new FundingRule.Age(ageMin, ageMax));
        }
        if (statuses != null && !statuses.isEmpty()) {
            rules.add(new FundingRule.Status(new LinkedHashSet<>(statuses)));
        }
        if (targetGroups != null && !targetGroups.isEmpty()) {
            rules.add(new FundingRule.TargetGroup(new LinkedHashSet<>(targetGroups)));
        }
        if (!none(employerSectors)) {
            rules.add(new FundingRule.EmployerSector(Set.copyOf(employerSectors)));
        }
        if (onRegister) {
            rules.add(new FundingRule.OnRegister());
        }
        if (!list(shortageIsco).isEmpty()) {
            rules.add(new FundingRule.ShortageOccupation(list(shortageIsco)));
        }
        if (skillCollection != null && !skillCollection.isBlank()) {
            rules.add(new FundingRule.SkillCollection(skillCollection));
        }
        if (maxShare != null) {
            rules.add(new FundingRule.MaxShare(maxShare));
        }
        if (maxPerVoucher != null) {
            rules.add(new FundingRule.MaxPerVoucher(maxPerVoucher.cents()));
        }
        if (maxPerPersonYear != null) {
            rules.add(new FundingRule.MaxPerPersonYear(maxPerPersonYear.cents()));
        }
        if (maxPerProviderYear != null) {
            rules.add(new FundingRule.MaxPerProviderYear(maxPerProviderYear.cents()));
        }
        if (ownMin != null || ownPercent != null) {
            rules.add(new FundingRule.OwnContribution(
                    ownMin == null ? 0 : ownMin.cents(), ownPercent == null ? 0 : ownPercent));
        }
        return new FundingSourceInput(
                code,
                name,
                kind,
                mode,
                allowance == null ? null : allowance.cents(),
                allowanceExpiryMonths,
                validFrom,
                validUntil,
                priority,
                voucherValidDays,
                rules,
                provenance);
    }

    /** The municipalities as typed, one name (or code) each. */
    List<String> municipalityNames() {
        return list(municipalities);
    }

    private static boolean none(List<String> values) {
        return values == null || values.isEmpty();
    }

    private static List<String> orEmpty(List<String> values) {
        return values == null ? List.of() : values;
    }

    private static List<String> list(String text) {
        return text == null
                ? List.of()
                : Arrays.stream(text.split(","))
                        .map(String::strip)
                        .filter(s -> !s.isEmpty())
                        .toList();
    }
}
