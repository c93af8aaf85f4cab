package nl.werkpad.shared.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;

/** A malformed CSV file is refused naming the line and the column by its header name, never a character position. */
class CsvRowsTests {

    private static CsvError firstError(String csv) {
        var problems = Assertions.assertThrows(
                CsvProblems.class,
                () -> CsvRows.read("offers.csv", new StringReader(csv), List.of("title"), row -> {}));
        return problems.errors().getFirst();
    }

    @Test
    void textAfterAClosingQuoteNamesItsLineAndColumn() {
        CsvError error = firstError("title,provider,description\nLassen,ROC,Goed\nBuigen,\"ROC\"x,Ook goed\n");
        assertThat(error.line()).isEqualTo(3);
        assertThat(error.column()).isEqualTo("provider");
        assertThat(error.message())
                .contains("closing quote")
                .doesNotContain("position", "character", "Exception", "java.");
    }

    @Test
    void anUnclosedQuoteNamesTheLineWhereTheValueOpens() {
        CsvError error = firstError("title,provider,description\nLassen,ROC,\"Goed\nen lang\n");
        assertThat(error.line()).isEqualTo(2);
        assertThat(error.column()).isEqualTo("description");
        assertThat(error.message()).contains("not closed");
        assertThat(error.toString()).isEqualTo("offers.csv, line 2, column description: " + error.message());
    }

    @Test
    void aQuotedValueSpanningLinesCountsItsLines() {
        CsvError error = firstError("title,description\r\n\"A\",\"een\r\ntwee\"\r\n\"B\" x,drie\r\n");
        assertThat(error.line()).isEqualTo(4);
        assertThat(error.column()).isEqualTo("title");
    }

    @Test
    void aRowWithTooFewOrTooManyFieldsNamesTheColumn() {
        CsvError few = firstError("title,provider,description\nLassen,ROC\n");
        assertThat(few.line()).isEqualTo(2);
        assertThat(few.column()).isEqualTo("description");
        CsvError many = firstError("title,provider\nLassen,ROC,extra\n");
        assertThat(many.column()).isEqualTo("provider");
        assertThat(many.message()).contains("expected 2 fields, found 3");
    }

    @Test
    void wellFormedQuotingIsRead() {
        List<String> titles = new ArrayList<>();
        CsvRows.read(
                "offers.csv",
                new StringReader("title,description\n\"Las \"\"TIG\"\"\" ,\"a,b\"\n\n\"C\",\"d\ne\"\n"),
                List.of("title"),
                row -> titles.add(row.get("title")));
        assertThat(titles).containsExactly("Las \"TIG\"", "C");
    }
}
