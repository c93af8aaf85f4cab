package nl.werkpad.web;

import java.util.Map;
import nl.werkpad.shared.RuleViolation;
import org.springframework.validation.BindingResult;

/** Puts a broken business rule next to the form field it is about (its message key is the rule's name). */
public final class RuleErrors {

    private RuleErrors() {
    }

    public static void reject(BindingResult errors, RuleViolation violation, Map<String, String> fieldOfRule, String otherwise) {
        errors.rejectValue(fieldOfRule.getOrDefault(violation.rule(), otherwise), violation.rule(), violation.getMessage());
    }
}
