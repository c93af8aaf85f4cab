package nl.werkpad.fund.domain;

import static nl.werkpad.fund.domain.VoucherRulesTests.rule;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The rules the fund's application service applies around sources, accounts and keys, without Spring. */
class FundRulesTests {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 26);
    static final LocalDate START = LocalDate.of(2026, 1, 1);
    static final LocalDate END = LocalDate.of(2027, 12, 31);

    private static String registration(String code, SourceMode mode, Long allowance, List<FundingRule> rules) {
        return rule(SourceRules.registration(code, "Bron", true, mode, START, END, allowance, 90, rules));
    }

    @Test
    void aSourceNeedsAValidCodeAndAnAllowanceWhenItGrantsOne() {
        assertThat(registration("regio-2026", SourceMode.PER_VOUCHER, null, List.of()))
                .isEqualTo("allowed");
        assertThat(registration("Regio 2026", SourceMode.PER_VOUCHER, null, List.of()))
                .isEqualTo("source.code-invalid");
        assertThat(registration("regio", SourceMode.ALLOWANCE, 0L, List.of())).isEqualTo("source.allowance-required");
        assertThat(rule(SourceRules.registration(
                        "regio", "Bron", true, SourceMode.PER_VOUCHER, END, START, null, 90, List.of())))
                .isEqualTo("source.validity-invalid");
        assertThat(registration("regio", SourceMode.PER_VOUCHER, null, Arrays.asList((FundingRule) null)))
                .isEqualTo("source.rule-invalid");
    }

    @Test
    void aBudgetIsPositiveAndForAYearOfTheSourcesValidity() {
        assertThat(rule(SourceRules.budget(100, 2027, START, END))).isEqualTo("allowed");
        assertThat(rule(SourceRules.budget(0, 2026, START, END))).isEqualTo("budget.invalid");
        assertThat(rule(SourceRules.budget(100, 2028, START, END))).isEqualTo("budget.invalid");
    }

    @Test
    void anAccountHolderIsBetween15And100AndDeclaresOnlyKnownGroups() {
        List<String> known = List.of("benefit", "over-45");
        assertThat(rule(AccountRules.holder(TODAY.minusYears(40), Set.of("benefit"), known, TODAY)))
                .isEqualTo("allowed");
        assertThat(rule(AccountRules.holder(TODAY.minusYears(14), Set.of(), known, TODAY)))
                .isEqualTo("account.birth-date-invalid");
        assertThat(rule(AccountRules.holder(null, Set.of(), known, TODAY))).isEqualTo("account.birth-date-invalid");
        assertThat(rule(AccountRules.holder(TODAY.minusYears(40), Set.of("astronaut"), known, TODAY)))
                .isEqualTo("account.target-group-unknown");
    }

    @Test
    void whatASourceCanStillPayAPersonIsTheLowestOfItsCaps() {
        List<FundingRule> caps =
                List.of(new FundingRule.MaxPerPersonYear(100_000), new FundingRule.MaxPerVoucher(60_000));
        assertThat(AccountRules.perPersonRoom(caps, 0)).isEqualTo(60_000);
        assertThat(AccountRules.perPersonRoom(caps, 70_000)).isEqualTo(30_000);
        assertThat(AccountRules.perPersonRoom(caps, 120_000)).isZero();
        assertThat(AccountRules.perPersonRoom(List.of(), 0)).isEqualTo(Long.MAX_VALUE);
    }

    @Test
    void aKeyIsShortAndNeverReusedForAnotherRequest() {
        assertThat(rule(IdempotencyRules.key("k-1"))).isEqualTo("allowed");
        assertThat(rule(IdempotencyRules.key(" "))).isEqualTo("idempotency.key-required");
        assertThat(rule(IdempotencyRules.key("k".repeat(201)))).isEqualTo("idempotency.key-required");
        assertThat(rule(IdempotencyRules.replay("abc", "abc"))).isEqualTo("allowed");
        assertThat(rule(IdempotencyRules.replay("abc", "abd"))).isEqualTo("idempotency.key-reused");
    }

    @Test
    void theOwnContributionMayNotRiseAboveWhatWasAcceptedAndAStatementNeedsAPeriod() {
        assertThat(rule(VoucherRules.ownWithinAccepted(5_000, null))).isEqualTo("allowed");
        assertThat(rule(VoucherRules.ownWithinAccepted(5_000, 5_000L))).isEqualTo("allowed");
        assertThat(rule(VoucherRules.ownWithinAccepted(5_001, 5_000L))).isEqualTo("voucher.own-above-accepted");
        assertThat(rule(VoucherRules.statementPeriod(TODAY, TODAY))).isEqualTo("allowed");
        assertThat(rule(VoucherRules.statementPeriod(TODAY, TODAY.minusDays(1))))
                .isEqualTo("statement.period-invalid");
    }
}
