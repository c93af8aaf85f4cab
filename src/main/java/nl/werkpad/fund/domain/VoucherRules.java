package nl.werkpad.fund.domain;

import java.time.LocalDate;
import java.util.Collection;
import java.util.UUID;
import nl.werkpad.shared.Decision;

/** The moves a voucher allows: redemption by its own provider while valid, cancellation before the start. */
public final class VoucherRules {

    private VoucherRules() {}

    /**
     * @param actorProviders the organisations the redeeming account belongs to
     */
    public static Decision redeem(
            VoucherStatus status,
            UUID provider,
            LocalDate validUntil,
            Collection<UUID> actorProviders,
            LocalDate today) {
        if (!actorProviders.contains(provider)) {
            return Decision.rejected(
                    "voucher.other-provider", "only the provider of the voucher's training can redeem it");
        }
        return switch (status) {
            case ISSUED ->
                today.isAfter(validUntil)
                        ? Decision.rejected("voucher.expired", "the voucher was valid until " + validUntil)
                        : Decision.allowed();
            case REDEEMED -> Decision.rejected("voucher.already-redeemed", "the voucher was redeemed already");
            case CANCELLED, EXPIRED ->
                Decision.rejected(
                        "voucher.released",
                        "the voucher was " + status.name().toLowerCase() + " and its money released");
        };
    }

    /** Cancelling releases the money; once the person started (redeemed) there is nothing to cancel. */
    public static Decision cancel(VoucherStatus status) {
        return switch (status) {
            case ISSUED -> Decision.allowed();
            case REDEEMED ->
                Decision.rejected(
                        "voucher.already-redeemed", "the training started; a redeemed voucher cannot be cancelled");
            case CANCELLED, EXPIRED ->
                Decision.rejected(
                        "voucher.released", "the voucher was " + status.name().toLowerCase() + " already");
        };
    }

    /** A voucher not redeemed by the end of its last valid day expires. */
    public static boolean expires(VoucherStatus status, LocalDate validUntil, LocalDate today) {
        return status == VoucherStatus.ISSUED && today.isAfter(validUntil);
    }
}
