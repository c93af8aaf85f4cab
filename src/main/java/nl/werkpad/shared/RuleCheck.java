package nl.werkpad.shared;

import java.io.Serializable;
import java.util.List;

/**
 * One rule applied to the facts — a funding source's rule to a request, a coalition's financing rule, a grant rule:
 * its name (also the message key of its Dutch text), whether it passed, whether failing it blocks (a preference
 * does not), an English explanation for API clients and the arguments of the message. Serializable because a
 * refusal travels to the next page as a flash attribute, inside the session in PostgreSQL.
 */
public record RuleCheck(String rule, boolean passed, boolean blocking, String explanation, List<Object> args)
        implements Serializable {

    /** A rule that blocks when it fails. */
    public static RuleCheck of(String rule, boolean passed, String explanation, Object... args) {
        return new RuleCheck(rule, passed, true, explanation, List.of(args));
    }

    public static RuleCheck of(String rule, boolean passed, boolean blocking, String explanation, Object... args) {
        return new RuleCheck(rule, passed, blocking, explanation, List.of(args));
    }

    /** True when nothing blocking failed. */
    public static boolean allPass(List<RuleCheck> checks) {
        return checks.stream().noneMatch(c -> c.blocking() && !c.passed());
    }
}
