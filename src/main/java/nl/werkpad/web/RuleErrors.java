package nl.werkpad.web;

import java.util.Map;
import nl.werkpad.shared.InvalidInput;
import nl.werkpad.shared.RuleViolation;
import org.springframework.beans.NotReadablePropertyException;
import org.springframework.validation.BindingResult;

/** Puts a broken business rule next to the form field it is about (its message key is the rule's name). */
public final class RuleErrors {

    private RuleErrors() {}

    public static void reject(
            BindingResult errors, RuleViolation violation, Map<String, String> fieldOfRule, String otherwise) {
        if (violation instanceof InvalidInput invalid) {
            for (InvalidInput.FieldError error : invalid.errors()) {
                Object[] args = error.limit() == null ? null : new Object[] {error.limit()};
                String field = fieldOfRule.getOrDefault(error.field(), error.field());
                try {
                    errors.rejectValue(field, error.rule(), args, error.message());
                } catch (NotReadablePropertyException notOnThisForm) {
                    errors.rejectValue(otherwise, error.rule(), args, error.message());
                }
            }
            return;
        }
        errors.rejectValue(
                fieldOfRule.getOrDefault(violation.rule(), otherwise), violation.rule(), violation.getMessage());
    }
}
