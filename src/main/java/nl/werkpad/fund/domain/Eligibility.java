package nl.werkpad.fund.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import nl.werkpad.shared.RuleCheck;

/** Whether a person qualifies for a source on who they are (for allowances and the account page). */
public final class Eligibility {

    private Eligibility() {}

    /** The source's validity and its conditions about the person, applied. */
    public static List<RuleCheck> personChecks(Applicant who, List<FundingRule> rules, boolean open) {
        List<RuleCheck> checks = new ArrayList<>();
        checks.add(RuleCheck.of("validity", open, open ? "open on this date" : "closed on this date"));
        OfferFacts none = new OfferFacts(0, false, Set.of(), null);
        for (FundingRule rule : rules) {
            if (rule instanceof FundingRule.Condition condition && condition.aboutPerson()) {
                checks.add(condition.check(who, none));
            }
        }
        return checks;
    }

    public static boolean passes(List<RuleCheck> checks) {
        return RuleCheck.allPass(checks);
    }
}
