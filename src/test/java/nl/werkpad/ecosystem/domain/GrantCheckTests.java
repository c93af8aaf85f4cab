package nl.werkpad.ecosystem.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import nl.werkpad.shared.RuleCheck;
import org.junit.jupiter.api.Test;

/** The province's campus-grant rules applied to an application's facts, without a database. */
class GrantCheckTests {

    @Test
    void aRegionalTripleHelixProjectWithAManifestAndAConditionIsEligible() {
        List<RuleCheck> checks = GrantCheck.check(facts(
                true,
                GrantCheck.Scale.REGIONAL,
                false,
                EnumSet.of(GrantCheck.CampusCondition.COMBINED_PRACTORATE_LECTORATE)));
        assertThat(RuleCheck.allPass(checks)).isTrue();
        assertThat(checks)
                .extracting(RuleCheck::rule)
                .contains("grant.triple-helix", "grant.scale", "grant.campus-condition");
    }

    @Test
    void eachMissingFactFailsItsOwnRule() {
        List<RuleCheck> checks = GrantCheck.check(
                facts(false, GrantCheck.Scale.LOCAL, true, EnumSet.noneOf(GrantCheck.CampusCondition.class)));
        assertThat(RuleCheck.allPass(checks)).isFalse();
        assertThat(checks.stream().filter(c -> !c.passed()).map(RuleCheck::rule))
                .containsExactlyInAnyOrder(
                        "grant.triple-helix", "grant.scale", "grant.no-regular-funding", "grant.campus-condition");
    }

    private static GrantCheck.Facts facts(
            boolean government,
            GrantCheck.Scale scale,
            boolean regularFunding,
            EnumSet<GrantCheck.CampusCondition> conditions) {
        return new GrantCheck.Facts(
                true, true, government, scale, regularFunding, false, false, true, true, conditions);
    }
}
