package nl.werkpad.fund.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * How the use of a yearly cap (max per person, max per provider) is spread over shard rows, each with its own share of
 * the cap. One row per provider and year was a hot row: every voucher at a provider added to it and kept its lock until
 * the commit was on disk (docs/fund.md, "Caps on shards"). With shares, concurrent vouchers add to different rows; the
 * shares add up to the cap, every row's CHECK keeps its use within its share, so the cap is never exceeded, and a move
 * that finds no single shard with room draws from several, so it is not refused while the cap has room in total.
 */
public final class CapShares {

    /** Shards of a provider's cap: as many as a budget's sub-accounts; a person's cap is one row (not contended). */
    public static final int PROVIDER_SHARDS = SubAccounts.COUNT;

    /** One shard row of a cap: what it has used, its share, and the cap the shares were spread for. */
    public record Shard(int shard, long used, long share, long cap) {
        public long room() {
            return Math.max(0, share - used);
        }
    }

    private CapShares() {}

    /** How many shard rows a cap of this kind ("PERSON" or "PROVIDER") opens with. */
    public static int shards(String kind) {
        return kind.equals("PROVIDER") ? PROVIDER_SHARDS : 1;
    }

    /**
     * The shares of a cap over shards that have used what they used: each keeps its use and gets an equal part of the
     * room left (the remainder cent by cent from the first). When more was used than the (lowered) cap, every share is
     * its use: no room anywhere, and the shares add up to what was used.
     */
    public static long[] shares(long[] used, long cap) {
        long total = 0;
        for (long u : used) {
            total += u;
        }
        long[] room = SubAccounts.spread(Math.max(0, cap - total), used.length);
        long[] shares = new long[used.length];
        for (int i = 0; i < used.length; i++) {
            shares[i] = used[i] + room[i];
        }
        return shares;
    }

    /** Whether a cap's shards exist and were spread for this cap (a source's rules may have changed it since). */
    public static boolean spreadFor(List<Shard> shards, long cap) {
        return !shards.isEmpty() && shards.stream().allMatch(s -> s.cap() == cap);
    }

    /** The shards spread again for a (changed) cap, each keeping its use. */
    public static List<Shard> respread(List<Shard> shards, long cap) {
        long[] shares = shares(shards.stream().mapToLong(Shard::used).toArray(), cap);
        List<Shard> spread = new ArrayList<>();
        for (int i = 0; i < shares.length; i++) {
            Shard s = shards.get(i);
            spread.add(new Shard(s.shard(), s.used(), shares[i], cap));
        }
        return spread;
    }

    /**
     * Which shards a use draws from: the first one with room for all of it from {@code start} (a hash of the voucher,
     * so concurrent moves spread), else several in turn; empty when the shards' room together is less than the amount.
     */
    public static List<SubAccounts.Take> draw(List<Shard> shards, long cents, int start) {
        return SubAccounts.draw(shards.stream().mapToLong(Shard::room).toArray(), cents, start);
    }

    /** The shards a draw takes from, with the draw added to their use. */
    public static List<Shard> taken(List<Shard> shards, List<SubAccounts.Take> takes) {
        return takes.stream()
                .map(t -> {
                    Shard s = shards.get(t.index());
                    return new Shard(s.shard(), s.used() + t.cents(), s.share(), s.cap());
                })
                .toList();
    }

    /**
     * What a released voucher gives back: its use, taken from the shards that used most first (a release need not
     * find the shard it was drawn from: the cap is the sum). When the shares hold more than the cap (it was lowered
     * below what was used), they shrink with the use, so a release never makes room past the cap. Gives back at most
     * what was used. Returns only the shards that change.
     */
    public static List<Shard> release(List<Shard> shards, long cents) {
        long cap = shards.isEmpty() ? 0 : shards.getFirst().cap();
        long[] used = shards.stream().mapToLong(Shard::used).toArray();
        long left = cents;
        while (left > 0) {
            int most = 0;
            for (int i = 1; i < used.length; i++) {
                most = used[i] > used[most] ? i : most;
            }
            if (used.length == 0 || used[most] == 0) {
                break;
            }
            long take = Math.min(left, used[most]);
            used[most] -= take;
            left -= take;
        }
        long shareSum = shards.stream().mapToLong(Shard::share).sum();
        long usedSum = 0;
        for (long u : used) {
            usedSum += u;
        }
        long[] shares = shareSum > Math.max(cap, usedSum)
                ? shares(used, cap)
                : shards.stream().mapToLong(Shard::share).toArray();
        List<Shard> changed = new ArrayList<>();
        for (int i = 0; i < used.length; i++) {
            Shard s = shards.get(i);
            if (used[i] != s.used() || shares[i] != s.share()) {
                changed.add(new Shard(s.shard(), used[i], shares[i], cap));
            }
        }
        return changed;
    }
}
