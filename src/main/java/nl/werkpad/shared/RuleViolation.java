package nl.werkpad.shared;

/**
 * A request broke a named business rule. Translated to 422 (API) or a message on the page, with the
 * rule's name so that a client can tell which rule refused it.
 */
public class RuleViolation extends RuntimeException {

    private final String rule;

    protected RuleViolation(String rule, String message) {
        super(message);
        this.rule = rule;
    }

    public static RuleViolation of(String rule, String message) {
        return new RuleViolation(rule, message);
    }

    public String rule() {
        return rule;
    }

    /** More about the refusal for API clients (e.g. every rule that was checked); empty by default. */
    public java.util.Map<String, Object> details() {
        return java.util.Map.of();
    }
}
