package nl.werkpad.shared;

/**
 * The outcome of a business rule (a policy function): allowed, or rejected with the rule's name
 * and a reason a person can read. Callers switch over it exhaustively.
 */
public sealed interface Decision {

    Allowed ALLOWED = new Allowed();

    static Decision allowed() {
        return ALLOWED;
    }

    static Decision rejected(String rule, String reason) {
        return new Rejected(rule, reason);
    }

    default boolean isAllowed() {
        return this instanceof Allowed;
    }

    /** Goes on when allowed; a rejection becomes the {@link RuleViolation} the API and pages show by the rule's name. */
    default void orThrow() {
        if (this instanceof Rejected(String rule, String reason)) {
            throw RuleViolation.of(rule, reason);
        }
    }

    record Allowed() implements Decision {}

    /**
     * @param rule   a stable name of the rule, e.g. {@code password.too-short}; also a message key
     * @param reason an explanation for logs and API clients
     */
    record Rejected(String rule, String reason) implements Decision {}
}
