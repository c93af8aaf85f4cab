package nl.werkpad.ecosystem.domain;

import java.io.Serializable;
import java.util.List;

/**
 * One rule applied to the facts: whether it passed, whether failing it blocks (a preference does not),
 * and why, in English for the API; pages show the Dutch text of the rule key with the same arguments.
 * Serializable because a refusal travels to the next page as a flash attribute, inside the session in PostgreSQL.
 */
public record Check(String rule, boolean passed, boolean blocking, String explanation, List<Object> args) implements Serializable {

    public static Check of(String rule, boolean passed, boolean blocking, String explanation, Object... args) {
        return new Check(rule, passed, blocking, explanation, List.of(args));
    }

    /** True when nothing blocking failed. */
    public static boolean allPass(List<Check> checks) {
        return checks.stream().noneMatch(c -> c.blocking() && !c.passed());
    }
}
