package nl.werkpad.shared;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * The field rules every input passes before it reaches the database, as pure checks collected per input:
 * {@code InputCheck.of().text("name", in.name(), Limits.NAME).cents("costCents", in.costCents()).orThrow()}.
 * One place per rule, so a length, a year or an amount is refused the same way in every module.
 */
public final class InputCheck {

    public static final String TOO_LONG = "input.too-long";
    public static final String CONTROL_CHARACTER = "input.control-character";
    public static final String OUT_OF_RANGE = "input.out-of-range";
    public static final String MONEY_OUT_OF_RANGE = "input.money-out-of-range";
    public static final String NULL_IN_LIST = "input.null-in-list";
    public static final String REQUIRED = "input.required";

    private final List<InvalidInput.FieldError> errors = new ArrayList<>();

    private InputCheck() {}

    public static InputCheck of() {
        return new InputCheck();
    }

    /** A line of text: at most {@code max} characters, no control characters (no tab or line break either). */
    public InputCheck line(String field, String value, int max) {
        return text(field, value, max, false);
    }

    /** Free text: at most {@code max} characters; tab and line breaks are fine, other control characters not. */
    public InputCheck text(String field, String value, int max) {
        return text(field, value, max, true);
    }

    private InputCheck text(String field, String value, int max, boolean multiLine) {
        if (value == null) {
            return this;
        }
        if (value.length() > max) {
            errors.add(new InvalidInput.FieldError(field, TOO_LONG, field + " is at most " + max + " characters", max));
        } else if (hasControlCharacter(value, multiLine)) {
            errors.add(new InvalidInput.FieldError(
                    field,
                    CONTROL_CHARACTER,
                    field + " contains a control character (such as NUL) that text cannot hold",
                    null));
        }
        return this;
    }

    public InputCheck range(String field, Integer value, int min, int max) {
        if (value != null && (value < min || value > max)) {
            errors.add(new InvalidInput.FieldError(
                    field, OUT_OF_RANGE, field + " is between " + min + " and " + max, min + ".." + max));
        }
        return this;
    }

    /** An upper bound only, where the module's own rule already names the lower one (e.g. "at least 1"). */
    public InputCheck atMost(String field, Integer value, int max) {
        if (value != null && value > max) {
            errors.add(new InvalidInput.FieldError(field, OUT_OF_RANGE, field + " is at most " + max, "≤ " + max));
        }
        return this;
    }

    /**
     * An amount of money: at most {@link Limits#MAX_CENTS} (and no less than its negative), so no sum of a few
     * amounts can overflow. Whether an amount may be zero or negative is each module's own, named rule.
     */
    public InputCheck cents(String field, Long cents) {
        if (cents != null && (cents > Limits.MAX_CENTS || cents < -Limits.MAX_CENTS)) {
            errors.add(new InvalidInput.FieldError(
                    field,
                    MONEY_OUT_OF_RANGE,
                    field + " is at most " + Limits.MAX_CENTS + " cents (EUR 100 million)",
                    Limits.MAX_CENTS));
        }
        return this;
    }

    /** A value the request cannot do without (a missing id would otherwise surface as a 500). */
    public InputCheck required(String field, Object value) {
        if (value == null) {
            errors.add(new InvalidInput.FieldError(field, REQUIRED, field + " is required", null));
        }
        return this;
    }

    /** A list holds no nulls (a JSON {@code [null]} is a client mistake, not an empty entry). */
    public InputCheck noNulls(String field, Collection<?> values) {
        if (values != null && values.stream().anyMatch(Objects::isNull)) {
            errors.add(new InvalidInput.FieldError(field, NULL_IN_LIST, field + " holds an empty (null) entry", null));
        }
        return this;
    }

    /** Runs a check on each element, naming the field {@code field[i].…}. */
    public <T> InputCheck each(String field, List<T> values, ElementCheck<T> check) {
        noNulls(field, values);
        if (values != null) {
            for (int i = 0; i < values.size(); i++) {
                if (values.get(i) != null) {
                    check.apply(this, field + "[" + i + "].", values.get(i));
                }
            }
        }
        return this;
    }

    @FunctionalInterface
    public interface ElementCheck<T> {
        void apply(InputCheck check, String prefix, T value);
    }

    public boolean ok() {
        return errors.isEmpty();
    }

    public void orThrow() {
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
    }

    /** Control characters of Unicode category Cc (NUL, escape, …) and the line/paragraph separators. */
    public static boolean hasControlCharacter(String value, boolean multiLine) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (multiLine && (c == '\n' || c == '\r' || c == '\t')) {
                continue;
            }
            if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029') {
                return true;
            }
        }
        return false;
    }
}
