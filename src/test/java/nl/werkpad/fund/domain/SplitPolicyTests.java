package nl.werkpad.fund.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.werkpad.shared.RuleCheck;
import org.junit.jupiter.api.Test;

/** How a cost is split among sources in priority order, with the resident paying what is left. */
class SplitPolicyTests {

    static final Applicant ADULT = FundingRuleTests.ADULT;
    static final OfferFacts COURSE = new OfferFacts(200_000, true, Set.of(), null);

    static SourceTerms source(String name, int priority, long available, FundingRule... rules) {
        return new SourceTerms(
                UUID.nameUUIDFromBytes(name.getBytes()),
                name,
                priority,
                SourceMode.PER_VOUCHER,
                List.of(rules),
                available,
                0,
                0,
                true);
    }

    @Test
    void sourcesPayInPriorityOrderUnderTheirCapsAndTheProvinceAtMostHalf() {
        var region = source("regio", 1, 1_000_000, new FundingRule.MaxPerVoucher(60_000));
        var province = source("provincie", 2, 1_000_000, new FundingRule.MaxShare(50));
        var state = source("rijk", 3, 1_000_000);
        Split split = SplitPolicy.split(ADULT, COURSE, List.of(state, province, region));
        assertThat(split.parts()).extracting(Split.Part::name).containsExactly("regio", "provincie", "rijk");
        assertThat(split.parts()).extracting(Split.Part::amount).containsExactly(60_000L, 100_000L, 40_000L);
        assertThat(split.own()).isZero();
        assertThat(split.parts().get(1).limitBy()).isEqualTo("max-share");
    }

    @Test
    void theHighestOwnContributionOfTheTakingPartSourcesIsKeptForTheResident() {
        var region = source("regio", 1, 1_000_000, new FundingRule.OwnContribution(0, 10));
        var sector = source("sector", 2, 1_000_000, new FundingRule.OwnContribution(30_000, 0));
        Split split = SplitPolicy.split(ADULT, COURSE, List.of(region, sector));
        assertThat(split.own()).isEqualTo(30_000);
        assertThat(split.funded()).isEqualTo(170_000);
    }

    @Test
    void aSourcePaysNoMoreThanItHasFree() {
        Split split = SplitPolicy.split(ADULT, COURSE, List.of(source("regio", 1, 12_345)));
        assertThat(split.funded()).isEqualTo(12_345);
        assertThat(split.parts().getFirst().limitBy()).isEqualTo("budget");
        assertThat(split.refusal()).isEmpty();
    }

    @Test
    void whenNobodyPaysTheRefusalNamesTheRuleOfTheMostRelevantSource() {
        var elsewhere = source("elders", 1, 1_000_000, new FundingRule.Residence(List.of("GM0363"), null, null));
        var tooYoung = source(
                "jongeren",
                2,
                1_000_000,
                new FundingRule.Residence(List.of("GM0432"), null, null),
                new FundingRule.Age(null, 27));
        Split split = SplitPolicy.split(ADULT, COURSE, List.of(elsewhere, tooYoung));
        assertThat(split.refusal()).map(RuleCheck::rule).contains("age");
        var empty = source("leeg", 3, 0);
        assertThat(SplitPolicy.split(ADULT, COURSE, List.of(elsewhere, tooYoung, empty))
                        .refusal())
                .map(RuleCheck::rule)
                .contains("budget");
        assertThat(SplitPolicy.split(ADULT, COURSE, List.of()).refusal())
                .map(RuleCheck::rule)
                .contains("no-source");
    }

    @Test
    void aClosedSourceDoesNotPay() {
        var closed =
                new SourceTerms(UUID.randomUUID(), "oud", 1, SourceMode.PER_VOUCHER, List.of(), 1_000_000, 0, 0, false);
        Split split = SplitPolicy.split(ADULT, COURSE, List.of(closed));
        assertThat(split.funded()).isZero();
        assertThat(split.refusal()).map(RuleCheck::rule).contains("validity");
    }

    @Test
    void theExplanationListsEveryRuleTheSourceApplied() {
        var province = source(
                "provincie",
                1,
                1_000_000,
                new FundingRule.Residence(null, null, List.of("PV27")),
                new FundingRule.OnRegister(),
                new FundingRule.MaxShare(50));
        Split split = SplitPolicy.split(ADULT, COURSE, List.of(province));
        assertThat(split.parts().getFirst().checks())
                .extracting(RuleCheck::rule)
                .containsExactly("validity", "residence", "on-register", "max-share", "budget");
        assertThat(split.parts().getFirst().checks()).allMatch(RuleCheck::passed);
    }
}
