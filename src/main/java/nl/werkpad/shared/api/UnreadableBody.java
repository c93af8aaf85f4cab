package nl.werkpad.shared.api;

import java.math.BigInteger;
import java.time.temporal.Temporal;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.InvalidNullException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * Why a request body could not be read, told in the client's terms: the field path ({@code skills[0]}), the JSON
 * type that was expected, the line and column of broken JSON; never a Java class name.
 */
record UnreadableBody(String rule, String field, String message, Integer line, Integer column) {

    static UnreadableBody of(Throwable error) {
        JacksonException jackson = null;
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof JacksonException j) {
                jackson = j;
                break;
            }
        }
        if (jackson == null) {
            return new UnreadableBody(
                    "json.unreadable", null, "The request body is missing or is not JSON.", null, null);
        }
        String field = path(jackson.getPath());
        return switch (jackson) {
            case StrictJson.TextRefused refused ->
                new UnreadableBody(
                        refused.rule(), field, where(field) + refused.getOriginalMessage() + ".", null, null);
            case UnrecognizedPropertyException unknown ->
                new UnreadableBody(
                        "json.unknown-field",
                        field,
                        "Unknown field '" + field + "'; this operation does not take it.",
                        null,
                        null);
            case InvalidNullException nul ->
                new UnreadableBody(
                        "input.null-in-list",
                        field,
                        where(field) + "an empty (null) value is not allowed here.",
                        null,
                        null);
            case MismatchedInputException mismatch ->
                new UnreadableBody(
                        "json.wrong-type",
                        field,
                        where(field) + "expects " + jsonType(mismatch.getTargetType()) + ".",
                        null,
                        null);
            case StreamReadException broken -> located(broken.getLocation());
            default ->
                new UnreadableBody("json.unreadable", field, where(field) + "the value cannot be read.", null, null);
        };
    }

    private static UnreadableBody located(TokenStreamLocation at) {
        if (at == null || at.getLineNr() < 0) {
            return new UnreadableBody("json.malformed", null, "The request body is not well-formed JSON.", null, null);
        }
        return new UnreadableBody(
                "json.malformed",
                null,
                "The request body is not well-formed JSON (line " + at.getLineNr() + ", column " + at.getColumnNr()
                        + ").",
                at.getLineNr(),
                at.getColumnNr());
    }

    private static String where(String field) {
        return field == null || field.isEmpty() ? "The body: " : "Field '" + field + "': ";
    }

    static String path(List<JacksonException.Reference> references) {
        StringBuilder out = new StringBuilder();
        for (JacksonException.Reference reference : references) {
            if (reference.getPropertyName() != null) {
                out.append(out.isEmpty() ? "" : ".").append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                out.append('[').append(reference.getIndex()).append(']');
            }
        }
        return out.toString();
    }

    /** The JSON word for what was expected (the client never sees our class names). */
    static String jsonType(Class<?> type) {
        if (type == null) {
            return "another kind of value";
        }
        if (type == String.class || type.isEnum() || type == UUID.class || Temporal.class.isAssignableFrom(type)) {
            return type.isEnum() ? "one of the listed values (a string)" : "a string";
        }
        if (type == Integer.class
                || type == int.class
                || type == Long.class
                || type == long.class
                || type == Short.class
                || type == short.class
                || type == BigInteger.class) {
            return "a whole number";
        }
        if (Number.class.isAssignableFrom(type) || type == double.class || type == float.class) {
            return "a number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "a list";
        }
        return "an object";
    }
}
