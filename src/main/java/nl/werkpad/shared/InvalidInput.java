package nl.werkpad.shared;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An input broke one or more field rules (range, length, characters, money bounds). A {@link RuleViolation},
 * so the API answers 422 with the rule and the field, and a page puts the message next to that field.
 */
public final class InvalidInput extends RuleViolation {

    /**
     * @param field the field as the client names it, e.g. {@code workHistory[0].fromYear}
     * @param rule  a stable rule name that is also a message key, e.g. {@code input.too-long}
     * @param limit the bound that was broken (shown in the message), or null
     */
    public record FieldError(String field, String rule, String message, Object limit) {}

    private final List<FieldError> errors;

    InvalidInput(List<FieldError> errors) {
        super(errors.getFirst().rule(), errors.getFirst().message());
        this.errors = List.copyOf(errors);
    }

    public static InvalidInput of(String field, String rule, String message, Object limit) {
        return new InvalidInput(List.of(new FieldError(field, rule, message, limit)));
    }

    /** Several fields at once, as a check that is not an {@link InputCheck} found them. */
    public static InvalidInput of(List<FieldError> errors) {
        return new InvalidInput(errors);
    }

    public List<FieldError> errors() {
        return errors;
    }

    /** The first field that is wrong. */
    public String field() {
        return errors.getFirst().field();
    }

    @Override
    public Map<String, Object> details() {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("field", field());
        details.put(
                "errors",
                errors.stream()
                        .map(e -> {
                            Map<String, Object> error = new LinkedHashMap<>();
                            error.put("field", e.field());
                            error.put("rule", e.rule());
                            error.put("message", e.message());
                            if (e.limit() != null) {
                                error.put("limit", e.limit());
                            }
                            return error;
                        })
                        .toList());
        return details;
    }
}
