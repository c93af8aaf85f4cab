package nl.werkpad.shared.db;

import java.sql.SQLException;
import java.util.Optional;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

/**
 * What the database refused, when a constraint or a value check still fires after the code's own checks:
 * SQLState class 23 (integrity: unique and foreign keys are a conflict, 409; not-null and CHECK are a rule, 422)
 * and class 22 (data: a value the column cannot hold, 422). Never a 500, and never the SQL text or a class name.
 *
 * @param status 409 or 422
 * @param rule   {@code db.<constraint>} or {@code db.<condition>}, stable enough for a client to tell them apart
 * @param field  the column in the API's camelCase when the database names it, else null
 */
public record DatabaseRefusal(int status, String rule, String field, String message) {

    public static Optional<DatabaseRefusal> of(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null) {
                return classify(sql);
            }
        }
        return Optional.empty();
    }

    private static Optional<DatabaseRefusal> classify(SQLException sql) {
        String state = sql.getSQLState();
        ServerErrorMessage server = sql instanceof PSQLException p ? p.getServerErrorMessage() : null;
        String constraint = server == null ? null : server.getConstraint();
        String field = server == null ? null : camel(server.getColumn());
        if (field == null
                && constraint != null
                && server.getTable() != null
                && constraint.startsWith(server.getTable() + "_")
                && constraint.endsWith("_check")) {
            // PostgreSQL names an unnamed column CHECK <table>_<column>_check
            field = camel(
                    constraint.substring(server.getTable().length() + 1, constraint.length() - "_check".length()));
        }
        return switch (state) {
            case "23505" ->
                Optional.of(
                        new DatabaseRefusal(409, "db.duplicate" + suffix(constraint), field, "This already exists."));
            case "23503" ->
                Optional.of(new DatabaseRefusal(
                        409,
                        "db.reference" + suffix(constraint),
                        field,
                        "This refers to something that does not exist (any more), or is still referred to."));
            case "23502" -> Optional.of(new DatabaseRefusal(422, "db.required", field, "A required value is missing."));
            case "23514" ->
                Optional.of(new DatabaseRefusal(
                        422, "db.check" + suffix(constraint), field, "A value is outside what is allowed."));
            default ->
                state.startsWith("23")
                        ? Optional.of(new DatabaseRefusal(
                                409, "db.integrity" + suffix(constraint), field, "This conflicts with existing data."))
                        : state.startsWith("22")
                                ? Optional.of(new DatabaseRefusal(
                                        422,
                                        "db.value",
                                        field,
                                        "A value cannot be stored (too large, or characters text cannot hold)."))
                                : Optional.empty();
        };
    }

    private static String suffix(String constraint) {
        return constraint == null ? "" : "." + constraint;
    }

    static String camel(String column) {
        if (column == null) {
            return null;
        }
        StringBuilder out = new StringBuilder();
        boolean upper = false;
        for (char c : column.toCharArray()) {
            if (c == '_') {
                upper = true;
            } else {
                out.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return out.toString();
    }
}
