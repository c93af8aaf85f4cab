package nl.werkpad.shared.csv;

/** A bad row in an imported file: which file, which line, what is wrong. */
public record CsvError(String file, long line, String message) {

    @Override
    public String toString() {
        return file + ", line " + line + ": " + message;
    }
}
