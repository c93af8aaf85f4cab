package nl.werkpad.shared.csv;

import java.util.List;
import java.util.stream.Collectors;

/**
 * An import was refused because of bad rows; nothing was written. The API shows it as a 422 problem
 * with the errors listed, the command line prints them.
 */
public class CsvProblems extends RuntimeException {

    private static final int SHOWN = 20;
    private final transient List<CsvError> errors;

    public CsvProblems(List<CsvError> errors) {
        super(errors.stream().limit(SHOWN).map(CsvError::toString).collect(Collectors.joining("; "))
                + (errors.size() > SHOWN ? " (and " + (errors.size() - SHOWN) + " more)" : ""));
        this.errors = List.copyOf(errors);
    }

    public List<CsvError> errors() {
        return errors;
    }
}
