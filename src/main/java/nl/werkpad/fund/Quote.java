package nl.werkpad.fund;

import java.time.LocalDate;
import java.util.UUID;
import nl.werkpad.fund.domain.Split;

/** A voucher's split before it is asked for: who pays what and why, and until when the voucher would be valid. */
public record Quote(
        UUID person,
        UUID offer,
        String offerTitle,
        UUID provider,
        String providerName,
        UUID employer,
        Split split,
        LocalDate validUntil) {

    /** Who pays the part no source pays: the resident, or the employer on the mkb-route. */
    public String ownPayer() {
        return employer == null ? "RESIDENT" : "EMPLOYER";
    }
}
