package nl.werkpad.shared.csv;

/**
 * A bad row in an imported file: which file, which line, which column (when one cell is at fault), what is wrong.
 * The message is for people and API clients: it never names a Java class.
 */
public record CsvError(String file, long line, String column, String message) {

    public CsvError(String file, long line, String message) {
        this(file, line, null, message);
    }

    @Override
    public String toString() {
        return file + ", line " + line + (column == null ? "" : ", column " + column) + ": " + message;
    }
}
