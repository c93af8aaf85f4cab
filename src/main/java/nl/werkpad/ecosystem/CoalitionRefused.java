package nl.werkpad.ecosystem;

import java.util.List;
import nl.werkpad.shared.RuleCheck;
import nl.werkpad.shared.RuleViolation;

/** A coalition cannot move to the phase asked: the first blocking rule that failed, and every check. */
public class CoalitionRefused extends RuleViolation {

    private final List<RuleCheck> checks;

    public CoalitionRefused(RuleCheck failed, List<RuleCheck> checks) {
        super(failed.rule(), failed.explanation());
        this.checks = List.copyOf(checks);
    }

    public List<RuleCheck> checks() {
        return checks;
    }

    @Override
    public java.util.Map<String, Object> details() {
        return java.util.Map.of("checks", checks);
    }
}
