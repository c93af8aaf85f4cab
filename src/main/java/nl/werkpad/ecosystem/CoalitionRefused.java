package nl.werkpad.ecosystem;

import java.util.List;
import nl.werkpad.ecosystem.domain.Check;
import nl.werkpad.shared.RuleViolation;

/** A coalition cannot move to the phase asked: the first blocking rule that failed, and every check. */
public class CoalitionRefused extends RuleViolation {

    private final List<Check> checks;

    public CoalitionRefused(Check failed, List<Check> checks) {
        super(failed.rule(), failed.explanation());
        this.checks = List.copyOf(checks);
    }

    public List<Check> checks() {
        return checks;
    }

    @Override
    public java.util.Map<String, Object> details() {
        return java.util.Map.of("checks", checks);
    }
}
