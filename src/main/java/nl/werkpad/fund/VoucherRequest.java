package nl.werkpad.fund;

import jakarta.validation.constraints.Size;
import java.util.UUID;
import nl.werkpad.shared.Limits;

/**
 * A request for a voucher.
 *
 * @param targetOccupation the ESCO occupation the training leads to (from a plan or route); optional
 * @param employer         the employer organisation asking for its employee (the mkb-route); null otherwise
 * @param maxOwnCents      the most the payer accepts to pay themselves (as shown in the quote); refused when the
 *                         split changed for the worse in between; optional
 */
public record VoucherRequest(
        UUID person, UUID offer, @Size(max = Limits.CODE) String targetOccupation, UUID employer, Long maxOwnCents) {}
