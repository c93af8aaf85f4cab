package nl.werkpad.matching.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.werkpad.fund.domain.FundingRule;
import nl.werkpad.fund.domain.SourceMode;
import nl.werkpad.fund.domain.Split;
import nl.werkpad.shared.RuleCheck;
import org.junit.jupiter.api.Test;

class PlanFundingTests {

    static final UUID ALLOWANCE = UUID.randomUUID();
    static final UUID PROVINCE = UUID.randomUUID();
    static final UUID SCHOOL = UUID.randomUUID();

    private static RuleCheck limit(String rule, long cents) {
        return RuleCheck.of(rule, cents > 0, "at most", FundingRule.Money.euros(cents));
    }

    /** What the fund quotes for one course alone: the allowance (€1,500 left) first, then the province (50%, €2,000 a year). */
    private static Split quoteAlone(long cost) {
        long fromAllowance = Math.min(cost, 150_000);
        long fromProvince = Math.min(Math.min(cost - fromAllowance, cost / 2), 200_000);
        return new Split(
                cost,
                List.of(
                        new Split.Part(
                                ALLOWANCE,
                                "Ontwikkelbudget",
                                SourceMode.ALLOWANCE,
                                true,
                                fromAllowance,
                                List.of(RuleCheck.of("validity", true, "open"), limit("budget", 150_000)),
                                fromAllowance < cost ? "budget" : "cost"),
                        new Split.Part(
                                PROVINCE,
                                "Provincie",
                                SourceMode.PER_VOUCHER,
                                true,
                                fromProvince,
                                List.of(
                                        RuleCheck.of("validity", true, "open"),
                                                RuleCheck.of(
                                                        "max-share",
                                                        true,
                                                        "50%",
                                                        50,
                                                        FundingRule.Money.euros(cost / 2)),
                                        limit("max-per-person-year", 200_000), limit("budget", 10_000_000)),
                                "max-share")),
                cost - fromAllowance - fromProvince,
                Optional.empty());
    }

    @Test
    void laterStepsFindWhatEarlierStepsOfThePlanAlreadyUse() {
        var steps = PlanFunding.together(List.of(
                new PlanFunding.Quoted(SCHOOL, quoteAlone(100_000)),
                new PlanFunding.Quoted(SCHOOL, quoteAlone(100_000)),
                new PlanFunding.Quoted(SCHOOL, quoteAlone(400_000))));
        // alone, each course would get €1,000 from the allowance; together the allowance has €1,500 for all of them
        assertThat(steps.get(0).shares()).extracting(PlanFunding.Share::amount).containsExactly(100_000L, 0L);
        assertThat(steps.get(1).shares()).extracting(PlanFunding.Share::amount).containsExactly(50_000L, 50_000L);
        assertThat(steps.get(1).shares().getFirst().reducedByPlan()).isTrue();
        assertThat(steps.get(1).own()).isZero();
        // the province pays at most half of a course and €2,000 a year per person, of which step two used €500
        assertThat(steps.get(2).shares()).extracting(PlanFunding.Share::amount).containsExactly(0L, 150_000L);
        assertThat(steps.get(2).shares().get(1).limitBy()).isEqualTo("max-per-person-year");
        assertThat(steps.get(2).own()).isEqualTo(250_000L);
        long fundTotal = steps.stream()
                .flatMap(s -> s.shares().stream())
                .mapToLong(PlanFunding.Share::amount)
                .sum();
        assertThat(fundTotal)
                .as("never more than the allowance plus the province's yearly cap")
                .isEqualTo(150_000 + 200_000);
    }

    @Test
    void aStepTheFundPaysAloneButNotAfterTheOthersSaysWhy() {
        var steps = PlanFunding.together(List.of(
                new PlanFunding.Quoted(SCHOOL, singleSource(150_000)),
                new PlanFunding.Quoted(SCHOOL, singleSource(50_000))));
        assertThat(steps.get(0).own()).isZero();
        assertThat(steps.get(1).own()).isEqualTo(50_000L);
        assertThat(steps.get(1).refusal()).isEqualTo(PlanFunding.USED_BY_EARLIER_STEPS);
    }

    private static Split singleSource(long cost) {
        return new Split(
                cost,
                List.of(new Split.Part(
                        ALLOWANCE,
                        "Ontwikkelbudget",
                        SourceMode.ALLOWANCE,
                        true,
                        cost,
                        List.of(limit("budget", 150_000)),
                        "cost")),
                0,
                Optional.empty());
    }
}
