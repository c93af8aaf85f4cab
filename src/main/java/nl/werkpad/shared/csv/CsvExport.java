package nl.werkpad.shared.csv;

import java.io.Closeable;
import java.io.IOException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Every CSV that Werkpad hands out is written here (RFC 4180), so that no cell can act as a spreadsheet formula
 * (OWASP "CSV Injection"): a text cell that starts with {@code = + - @}, a tab or a carriage return (or their
 * full-width forms) gets a leading single quote; a cell with a separator, a double quote or a line break is quoted
 * (RFC 4180), so no cell can end early and start another. Numbers and booleans are written as they are (a
 * negative number is data, not a formula). An import reads such a cell back with its leading quote, as text.
 */
public final class CsvExport implements Closeable {

    private final CSVPrinter printer;

    private CsvExport(CSVPrinter printer) {
        this.printer = printer;
    }

    /** A CSV with the header row, if any is given. */
    public static CsvExport to(Appendable out, String... header) throws IOException {
        CSVFormat.Builder format = CSVFormat.RFC4180.builder();
        if (header.length > 0) {
            format.setHeader(header);
        }
        return new CsvExport(new CSVPrinter(out, format.get()));
    }

    public void printRecord(Object... values) throws IOException {
        Object[] cells = new Object[values.length];
        for (int i = 0; i < values.length; i++) {
            cells[i] = cell(values[i]);
        }
        printer.printRecord(cells);
    }

    /** The OWASP rule for one cell: text that a spreadsheet would run as a formula is made plain text. */
    public static Object cell(Object value) {
        if (value == null || value instanceof Number || value instanceof Boolean) {
            return value;
        }
        String text = value.toString();
        if (!text.isEmpty() && "=+-@\t\r\uFF1D\uFF0B\uFF0D\uFF20".indexOf(text.charAt(0)) >= 0) {
            return "'" + text;
        }
        return text;
    }

    @Override
    public void close() throws IOException {
        printer.close();
    }
}
