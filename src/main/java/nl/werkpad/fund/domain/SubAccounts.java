package nl.werkpad.fund.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * How a source's budget of a year is spread over sub-accounts, and which of them pays a draw. One budget row per
 * source would be a hot row: every reservation updates it and keeps its lock until the commit is on disk, so all
 * vouchers of a source would queue on one disk flush after another (docs/fund.md). With the budget on several
 * rows, concurrent vouchers start at different rows and commit side by side.
 */
public final class SubAccounts {

    /** Sub-accounts per source and year: enough that 64 concurrent clients rarely meet on one row. */
    public static final int COUNT = 16;

    /** What one sub-account gives to a draw. */
    public record Take(int index, long cents) {}

    private SubAccounts() {}

    /** Splits an amount over {@code count} sub-accounts: equal shares, the remainder cent by cent from the first. */
    public static long[] spread(long cents, int count) {
        if (cents < 0 || count < 1) {
            throw new IllegalArgumentException("a positive amount over at least one sub-account");
        }
        long[] shares = new long[count];
        for (int i = 0; i < count; i++) {
            shares[i] = cents / count + (i < cents % count ? 1 : 0);
        }
        return shares;
    }

    /**
     * Draws an amount from sub-accounts with the given free money, starting at {@code start} (a hash of the voucher,
     * so concurrent draws spread): the first sub-account from there that can pay it all pays it alone (one row
     * locked); when none can, they pay in turn from the start until the amount is covered. Returns nothing when
     * their free money together is less than the amount.
     */
    public static List<Take> draw(long[] free, long cents, int start) {
        int n = free.length;
        if (cents <= 0 || n == 0) {
            return List.of();
        }
        int first = Math.floorMod(start, n);
        for (int k = 0; k < n; k++) {
            int i = (first + k) % n;
            if (free[i] >= cents) {
                return List.of(new Take(i, cents));
            }
        }
        List<Take> takes = new ArrayList<>();
        long left = cents;
        for (int k = 0; k < n && left > 0; k++) {
            int i = (first + k) % n;
            long take = Math.min(left, Math.max(0, free[i]));
            if (take > 0) {
                takes.add(new Take(i, take));
                left -= take;
            }
        }
        return left > 0 ? List.of() : List.copyOf(takes);
    }

    /** A sum of free money that saturates at {@link Long#MAX_VALUE} instead of wrapping round (more than any draw). */
    public static long total(long... free) {
        long sum = 0;
        for (long f : free) {
            sum = f > 0 && sum > Long.MAX_VALUE - f ? Long.MAX_VALUE : sum + Math.max(0, f);
        }
        return sum;
    }
}
