package nl.werkpad.shared.csv;

import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import nl.werkpad.shared.InvalidInput;
import nl.werkpad.shared.RuleViolation;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * An import that is all or nothing: every row is created in one transaction; a row that breaks a rule
 * or has a value that cannot be read is recorded with its line, the rest are still checked, and if
 * any failed everything is rolled back and {@link CsvProblems} lists them all.
 */
public final class CsvImport {

    private CsvImport() {}

    public static <T> List<T> allOrNothing(
            TransactionTemplate transactions,
            String file,
            Reader csv,
            List<String> requiredColumns,
            Function<CsvRows.Row, T> create) {
        return transactions.execute(tx -> {
            List<CsvError> errors = new ArrayList<>();
            List<T> created = new ArrayList<>();
            CsvRows.read(file, csv, requiredColumns, row -> {
                try {
                    created.add(create.apply(row));
                } catch (RuleViolation e) {
                    errors.add(row.error(columnOf(e, row), e.rule() + ": " + e.getMessage()));
                } catch (CsvRows.CellProblem e) {
                    errors.add(row.error(e.column(), e.getMessage()));
                } catch (IllegalArgumentException e) {
                    // a value some parser refused; its message may name a Java type, so say it in our words
                    errors.add(row.error("a value in this line cannot be read"));
                }
            });
            if (!errors.isEmpty()) {
                tx.setRollbackOnly();
                throw new CsvProblems(errors);
            }
            return created;
        });
    }

    /** The column a broken field rule is about, when the file has it (as {@code hoursPerWeek} or {@code hours_per_week}). */
    private static String columnOf(RuleViolation violation, CsvRows.Row row) {
        if (!(violation instanceof InvalidInput invalid)) {
            return null;
        }
        String field = invalid.field();
        String snake = field.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
        return row.fields().containsKey(field) ? field : row.fields().containsKey(snake) ? snake : null;
    }
}
