package nl.werkpad.fund;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.werkpad.fund.domain.VoucherStatus;

/** A voucher: a training paid for by sources (the parts) and by the resident or employer (own). */
public record Voucher(
        UUID id,
        UUID person,
        String holderName,
        UUID offer,
        String offerTitle,
        UUID provider,
        String providerName,
        UUID employer,
        long cost,
        long funded,
        long own,
        VoucherStatus status,
        LocalDate issuedOn,
        LocalDate validUntil,
        LocalDate settledOn,
        List<Part> parts) {

    public record Part(UUID source, String sourceName, long amount) {}

    /** This voucher moved to a final status on a day. */
    public Voucher settled(VoucherStatus to, LocalDate on) {
        return new Voucher(
                id,
                person,
                holderName,
                offer,
                offerTitle,
                provider,
                providerName,
                employer,
                cost,
                funded,
                own,
                to,
                issuedOn,
                validUntil,
                on,
                parts);
    }
}
