package nl.werkpad.shared.csv;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads an RFC 4180 CSV file with a header row (quoted fields may span lines) and hands out each row
 * with the line it starts on, so that an import can name the bad line exactly.
 */
public final class CsvRows {

    /** One data row: its fields by header name and the 1-based line it starts on (the header is line 1). */
    public record Row(String file, long line, Map<String, String> fields) {

        public String get(String column) {
            String value = fields.get(column);
            return value == null ? "" : value.strip();
        }

        /** The field, or null when it is empty. */
        public String text(String column) {
            String value = get(column);
            return value.isEmpty() ? null : value;
        }

        /** The field parsed, null when empty; a value the parser refuses names its column. */
        public <T> T parsed(String column, Function<String, T> parser) {
            String value = get(column);
            if (value.isEmpty()) {
                return null;
            }
            try {
                return parser.apply(value);
            } catch (RuntimeException e) {
                throw new CellProblem(column, column + ": '" + value + "' is not valid");
            }
        }

        /** A list field ({@code a;b;c}), null when empty. */
        public List<String> list(String column) {
            String value = get(column);
            return value.isEmpty()
                    ? null
                    : Arrays.stream(value.split(";"))
                            .map(String::strip)
                            .filter(part -> !part.isEmpty())
                            .toList();
        }

        public CsvError error(String message) {
            return new CsvError(file, line, message);
        }

        public CsvError error(String column, String message) {
            return new CsvError(file, line, column, message);
        }
    }

    /** One cell that cannot be read, by its column. */
    public static final class CellProblem extends IllegalArgumentException {

        private final String column;

        public CellProblem(String column, String message) {
            super(message);
            this.column = column;
        }

        public String column() {
            return column;
        }
    }

    private CsvRows() {}

    /**
     * Reads every row; fails with a {@link CsvProblems} naming the file, the line and the column (by its header
     * name) of malformed CSV.
     */
    public static void read(String file, Reader reader, List<String> requiredColumns, Consumer<Row> rows) {
        CSVFormat format = CSVFormat.RFC4180
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true)
                .setTrim(false)
                .get();
        String text = whole(reader);
        long nextLine = 2;
        List<String> header;
        try (CSVParser parser = CSVParser.builder()
                .setReader(new StringReader(text))
                .setFormat(format)
                .get()) {
            header = parser.getHeaderNames();
            List<String> missing = new ArrayList<>(requiredColumns);
            missing.removeAll(header);
            if (!missing.isEmpty()) {
                throw new CsvProblems(List.of(new CsvError(file, 1, "missing column(s) " + missing)));
            }
            for (CSVRecord record : parser) {
                if (!record.isConsistent()) {
                    throw new CsvProblems(List.of(inconsistent(file, nextLine, header, record.size())));
                }
                rows.accept(new Row(file, nextLine, record.toMap()));
                nextLine = parser.getCurrentLineNumber() + 1;
            }
        } catch (IOException | UncheckedIOException e) {
            long line = nextLine;
            throw new CsvProblems(List.of(CsvSyntax.firstFault(text)
                    .map(fault -> fault.error(file))
                    .orElseGet(() -> new CsvError(file, line, malformed(e)))));
        }
    }

    private static String whole(Reader reader) {
        try (reader) {
            StringWriter text = new StringWriter();
            reader.transferTo(text);
            return text.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A row with fewer or more fields than the header: the first column it lacks, or the last one it overruns. */
    private static CsvError inconsistent(String file, long line, List<String> header, int found) {
        String expected = "expected " + header.size() + " fields, found " + found;
        if (found < header.size()) {
            return new CsvError(file, line, header.get(found), expected + ": no value from this column on");
        }
        return new CsvError(file, line, header.getLast(), expected + ": more values than columns after this one");
    }

    /** What the CSV parser found wrong, in its own words but without the Java exception's class name. */
    static String malformed(Exception e) {
        Throwable cause =
                e instanceof UncheckedIOException unchecked && unchecked.getCause() != null ? unchecked.getCause() : e;
        String message = cause.getMessage() == null ? "" : cause.getMessage().replaceFirst("^\\(line \\d+\\)\\s*", "");
        Matcher at = Pattern.compile("at line: (\\d+), position: (\\d+)").matcher(message);
        String where = at.find() ? " (line " + at.group(1) + ", character " + at.group(2) + " of the file)" : "";
        String what =
                message.replaceFirst("\\s*at line: \\d+, position: \\d+.*$", "").strip();
        return "malformed CSV" + where + (what.isEmpty() ? "" : ": " + what);
    }
}
