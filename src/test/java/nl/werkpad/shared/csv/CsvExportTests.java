package nl.werkpad.shared.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class CsvExportTests {

    @Test
    void cellsAThatSpreadsheetWouldRunAsAFormulaBecomePlainText() throws Exception {
        StringWriter out = new StringWriter();
        try (CsvExport csv = CsvExport.to(out, "name", "amount")) {
            csv.printRecord("=HYPERLINK(\"http://evil\",\"klik\")", -5);
            csv.printRecord("+31 6 1234", "-1+2");
            csv.printRecord("@SUM(A1)", "\tTAB");
            csv.printRecord("\rCR", "\uFF1D1+1");
            csv.printRecord("Gewoon, met komma", "a=b");
        }
        assertThat(out.toString().split("\r\n"))
                .containsExactly(
                        "name,amount",
                        "\"'=HYPERLINK(\"\"http://evil\"\",\"\"klik\"\")\",-5",
                        "'+31 6 1234,'-1+2",
                        "'@SUM(A1),'\tTAB",
                        "\"'\rCR\",'\uFF1D1+1",
                        "\"Gewoon, met komma\",a=b");
    }
}
