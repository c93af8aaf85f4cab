package nl.werkpad.fund.domain;

import java.util.List;

/**
 * One rule of a funding source applied to a request: its name (also the message key of its Dutch text),
 * whether it passed, an English explanation for API clients and the arguments of the message.
 */
public record RuleCheck(String rule, boolean passed, String explanation, List<Object> args) {

    public static RuleCheck of(String rule, boolean passed, String explanation, Object... args) {
        return new RuleCheck(rule, passed, explanation, List.of(args));
    }
}
