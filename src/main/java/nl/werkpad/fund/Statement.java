package nl.werkpad.fund;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** What the fund owes a provider for the vouchers redeemed in a period, per voucher and source. */
public record Statement(UUID provider, String providerName, LocalDate from, LocalDate to, List<Line> lines) {

    public record Line(
            UUID voucher, LocalDate redeemedOn, String offerTitle, String holderName, String source, long amount) {}

    public long total() {
        return lines.stream().mapToLong(Line::amount).sum();
    }
}
