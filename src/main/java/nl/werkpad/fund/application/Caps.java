package nl.werkpad.fund.application;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import nl.werkpad.fund.FundRefused;
import nl.werkpad.fund.domain.CapShares;
import nl.werkpad.fund.domain.CapShares.Shard;
import nl.werkpad.fund.domain.SubAccounts;
import nl.werkpad.fund.persistence.CapStore;
import nl.werkpad.fund.persistence.CapStore.Cap;
import nl.werkpad.shared.db.RoundTrip;
import org.springframework.stereotype.Component;

/**
 * Counts a voucher's parts under its sources' yearly caps and gives them back when it is released; the caps' use lies
 * on shard rows with shares of the cap ({@link CapShares}). Runs inside the move's transaction, caps in (source, kind)
 * order and a cap's shards in shard order: the lock order of every move.
 */
@Component
class Caps {

    /** A part of a voucher counted under one cap of its source. */
    record Use(Cap cap, long cents, long capCents, String rule) {}

    private final CapStore store;
    private final RoundTrip.Start trips;

    Caps(CapStore store, RoundTrip.Start trips) {
        this.store = store;
        this.trips = trips;
    }

    /** The key of a cap in the facts' map of shards ({@link CapStore#shards}). */
    static String key(Cap cap) {
        return cap.source() + "/" + cap.kind();
    }

    /**
     * Adds every use to its cap. Usually one update of one shard per cap that the facts showed with room for it all
     * (picked from {@code start}, a hash of the voucher, so concurrent moves spread), guarded by its share: these are
     * added to the trip, to be sent with the move's last statements, and the answer checks them after the trip. Exactly
     * otherwise, at once — when no single shard showed room for a use, the cap's shards are not open or not spread for
     * this cap, or {@code exact} is set because an earlier attempt lost the race for a shard: every shard of the cap
     * locked in order and drawn from in turn, so a cap with room in total never refuses.
     *
     * @return a check to run after the trip; it throws {@link LostRace} when a shard was taken meanwhile (then
     *     {@code exact} is set for the next attempt), and the move is decided again on fresh facts
     * @throws LostRace when a cap has too little room
     */
    Runnable use(RoundTrip trip, List<Use> uses, Map<String, List<Shard>> seen, int start, AtomicBoolean exact) {
        List<Use> ordered = new ArrayList<>(uses);
        ordered.sort(Comparator.comparing((Use u) -> u.cap().source())
                .thenComparing(u -> u.cap().kind()));
        List<Integer> shards =
                ordered.stream().map(use -> shard(use, seen, start, exact)).toList();
        if (shards.contains(null)) {
            // in the caps' order, exactly where needed: the rows are locked now, before the trip's
            for (int i = 0; i < ordered.size(); i++) {
                Use use = ordered.get(i);
                if (shards.get(i) == null) {
                    useExactly(use, start);
                } else {
                    RoundTrip now = trips.trip();
                    var added = store.add(now, use.cap(), shards.get(i), use.cents(), use.capCents());
                    now.run();
                    check(added, use, exact);
                }
            }
            return () -> {};
        }
        List<RoundTrip.Result<Integer>> added = new ArrayList<>();
        for (int i = 0; i < ordered.size(); i++) {
            Use use = ordered.get(i);
            added.add(store.add(trip, use.cap(), shards.get(i), use.cents(), use.capCents()));
        }
        return () -> {
            for (int i = 0; i < ordered.size(); i++) {
                check(added.get(i), ordered.get(i), exact);
            }
        };
    }

    /** The one shard the facts showed with room for the whole use, or null when it must be drawn exactly. */
    private static Integer shard(Use use, Map<String, List<Shard>> seen, int start, AtomicBoolean exact) {
        List<Shard> shards = seen.getOrDefault(key(use.cap()), List.of());
        if (exact.get() || !CapShares.spreadFor(shards, use.capCents())) {
            return null;
        }
        List<SubAccounts.Take> takes = CapShares.draw(shards, use.cents(), start);
        return takes.size() == 1 ? shards.get(takes.getFirst().index()).shard() : null;
    }

    private static void check(RoundTrip.Result<Integer> added, Use use, AtomicBoolean exact) {
        if (added.get() != 1) {
            exact.set(true);
            throw lost(use);
        }
    }

    private void useExactly(Use use, int start) {
        List<Shard> shards = store.lock(use.cap());
        if (shards.isEmpty()) {
            long[] nothingUsed = new long[CapShares.shards(use.cap().kind())];
            store.open(use.cap(), CapShares.shares(nothingUsed, use.capCents()), use.capCents());
            shards = store.lock(use.cap());
        }
        boolean respread = !CapShares.spreadFor(shards, use.capCents());
        if (respread) {
            shards = CapShares.respread(shards, use.capCents());
        }
        List<SubAccounts.Take> takes = CapShares.draw(shards, use.cents(), start);
        if (takes.isEmpty()) {
            throw lost(use);
        }
        List<Shard> taken = CapShares.taken(shards, takes);
        if (respread) {
            List<Shard> all = new ArrayList<>(shards);
            taken.forEach(t -> all.replaceAll(s -> s.shard() == t.shard() ? t : s));
            taken = all;
        }
        store.put(use.cap(), taken);
    }

    /** Gives back what a released voucher counted under a cap (nothing when the cap has no shards). */
    void release(Cap cap, long cents) {
        store.put(cap, CapShares.release(store.lock(cap), cents));
    }

    private static LostRace lost(Use use) {
        return new LostRace(
                FundRefused.by(use.rule(), "the cap of this source was reached while the voucher was being issued"));
    }
}
