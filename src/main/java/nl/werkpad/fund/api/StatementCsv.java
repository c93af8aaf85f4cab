package nl.werkpad.fund.api;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import nl.werkpad.fund.Statement;
import nl.werkpad.shared.csv.CsvExport;

/** A provider's statement as CSV for payment: one row per voucher part, amounts in euros with a dot. */
public final class StatementCsv {

    private StatementCsv() {}

    public static String of(Statement statement) {
        StringWriter out = new StringWriter();
        try (CsvExport csv = CsvExport.to(
                out,
                "provider_id",
                "provider",
                "voucher",
                "redeemed_on",
                "training",
                "participant",
                "source",
                "amount_eur")) {
            for (Statement.Line line : statement.lines()) {
                csv.printRecord(
                        statement.provider(),
                        statement.providerName(),
                        line.voucher(),
                        line.redeemedOn(),
                        line.offerTitle(),
                        line.holderName(),
                        line.source(),
                        BigDecimal.valueOf(line.amount(), 2));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
