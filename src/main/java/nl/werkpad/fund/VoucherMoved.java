package nl.werkpad.fund;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.werkpad.fund.domain.VoucherStatus;

/**
 * A voucher was issued, redeemed, cancelled or expired (published after the money moved, in the same
 * transaction): for the monitor's flows.
 *
 * @param municipality where the person lives, for flows per area
 */
public record VoucherMoved(
        UUID voucher,
        VoucherStatus status,
        UUID provider,
        String municipality,
        List<Voucher.Part> parts,
        LocalDate on) {}
