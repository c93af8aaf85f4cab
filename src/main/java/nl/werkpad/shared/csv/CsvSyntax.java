package nl.werkpad.shared.csv;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Where RFC 4180 text breaks, said so that a person can fix it: the line and the column by its header name.
 * The CSV parser only knows a character position in the file; this walks the text with the parser's own rules
 * (a quote opens a quoted value only at the start of a field; after the closing quote only spaces, a separator
 * or a line break may follow; a quoted value must be closed) to find the field at fault.
 */
final class CsvSyntax {

    /** The first fault: the line it is on, the column's header name (null in the header itself), what is wrong. */
    record Fault(long line, String column, String message) {

        CsvError error(String file) {
            return new CsvError(file, line, column, message);
        }
    }

    private final String text;
    private final List<String> header = new ArrayList<>();
    private final StringBuilder cell = new StringBuilder();
    private boolean inHeader = true;
    private long line = 1;
    private int field;
    private int at;

    private CsvSyntax(String text) {
        this.text = text;
    }

    static Optional<Fault> firstFault(String text) {
        return Optional.ofNullable(new CsvSyntax(text).walk());
    }

    private Fault walk() {
        boolean fieldStart = true;
        while (at < text.length()) {
            char c = text.charAt(at);
            if (c == '"' && fieldStart) {
                Fault fault = quoted();
                if (fault != null) {
                    return fault;
                }
                fieldStart = false;
            } else if (c == ',') {
                endField();
                at++;
                fieldStart = true;
            } else if (c == '\r' || c == '\n') {
                endField();
                if (inHeader && !header.isEmpty()) {
                    inHeader = false;
                }
                field = 0;
                at += c == '\r' && next() == '\n' ? 2 : 1;
                line++;
                fieldStart = true;
            } else {
                cell.append(c);
                at++;
                fieldStart = false;
            }
        }
        return null;
    }

    /** A quoted value from its opening quote; a fault if it is not closed or text follows its closing quote. */
    private Fault quoted() {
        long opened = line;
        at++;
        while (at < text.length()) {
            char q = text.charAt(at);
            if (q == '"' && next() == '"') {
                cell.append('"');
                at += 2;
            } else if (q == '"') {
                at++;
                while (at < text.length() && isBlank(text.charAt(at))) {
                    at++;
                }
                if (at < text.length() && !isBreak(text.charAt(at))) {
                    return fault(
                            line,
                            "text after the closing quote of a quoted value"
                                    + " (a quote inside a value is written twice: \"\")");
                }
                return null;
            } else {
                if (q == '\n' || (q == '\r' && next() != '\n')) {
                    line++;
                }
                cell.append(q);
                at++;
            }
        }
        return fault(opened, "a quoted value is not closed (its closing \" is missing)");
    }

    private Fault fault(long where, String what) {
        String column = inHeader ? null : field < header.size() ? header.get(field) : null;
        String place = column != null
                ? ""
                : inHeader
                        ? " (in the header, field " + (field + 1) + ")"
                        : " (field " + (field + 1) + ", past the last column)";
        return new Fault(where, column, "malformed CSV: " + what + place);
    }

    private void endField() {
        if (inHeader) {
            header.add(cell.toString());
        }
        cell.setLength(0);
        field++;
    }

    private char next() {
        return at + 1 < text.length() ? text.charAt(at + 1) : '\0';
    }

    private static boolean isBreak(char c) {
        return c == ',' || c == '\r' || c == '\n';
    }

    private static boolean isBlank(char c) {
        return !isBreak(c) && Character.isWhitespace(c);
    }
}
