package nl.werkpad.fund.domain;

import java.time.LocalDate;
import java.util.Collection;
import java.util.UUID;
import java.util.function.ToIntFunction;
import nl.werkpad.shared.Decision;

/**
 * The moves a voucher allows: issued within the own contribution the requester accepted and valid as long as its
 * strictest source allows, redeemed by its own provider while valid, cancelled before the start.
 */
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

    /** How long a voucher stays valid when no source says: days. */
    static final int DEFAULT_VALID_DAYS = 180;

    /** A voucher is valid as long as its strictest paying source allows. */
    public static int validDays(Split split, ToIntFunction<UUID> validDaysOfSource) {
        return split.paying().stream()
                .mapToInt(p -> validDaysOfSource.applyAsInt(p.source()))
                .min()
                .orElse(DEFAULT_VALID_DAYS);
    }

    /** The own contribution may not have risen above what the requester accepted when they saw the quote. */
    public static Decision ownWithinAccepted(long own, Long maxOwnCents) {
        if (maxOwnCents != null && own > maxOwnCents) {
            return Decision.rejected(
                    "voucher.own-above-accepted",
                    "the own contribution is now " + own + " cents, more than the accepted " + maxOwnCents);
        }
        return Decision.allowed();
    }

    /** A statement covers a period with 'to' not before 'from'. */
    public static Decision statementPeriod(LocalDate from, LocalDate to) {
        if (from == null || to == null || to.isBefore(from)) {
            return Decision.rejected(
                    "statement.period-invalid", "a statement needs a period with 'to' not before 'from'");
        }
        return Decision.allowed();
    }
}
