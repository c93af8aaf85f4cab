package nl.werkpad.fund.domain;

/**
 * Where a voucher stands. ISSUED holds money reserved; REDEEMED has spent it (the person started);
 * CANCELLED and EXPIRED released it. Only ISSUED moves on.
 */
public enum VoucherStatus {
    ISSUED,
    REDEEMED,
    CANCELLED,
    EXPIRED;

    public boolean live() {
        return this == ISSUED || this == REDEEMED;
    }
}
