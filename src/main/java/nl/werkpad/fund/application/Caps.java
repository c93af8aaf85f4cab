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

    Caps(CapStore store) {
        this.store = store;
    }

    /** The key of a cap in the facts' map of shards ({@link CapStore#shards}). */
    static String key(Cap cap) {
        return cap.source() + "/" + cap.kind();
    }

    /**
     * Adds every use to its cap. Usually one update of one shard that the facts showed with room for it all (picked
     * from {@code start}, a hash of the voucher, so concurrent moves spread), guarded by its share. Exactly otherwise —
     * when no single shard showed room, the cap's shards are not open or not spread for this cap, or {@code exact} is
     * set because an earlier attempt lost the race for a shard: every shard of the cap locked in order and drawn from
     * in turn, so a cap with room in total never refuses.
     *
     * @throws LostRace when a cap has too little room, or the picked shard was taken meanwhile (then {@code exact} is
     *     set for the next attempt): the move is decided again on fresh facts
     */
    void use(List<Use> uses, Map<String, List<Shard>> seen, int start, AtomicBoolean exact) {
        List<Use> ordered = new ArrayList<>(uses);
        ordered.sort(Comparator.comparing((Use u) -> u.cap().source())
                .thenComparing(u -> u.cap().kind()));
        for (Use use : ordered) {
            List<Shard> shards = seen.getOrDefault(key(use.cap()), List.of());
            if (!exact.get() && CapShares.spreadFor(shards, use.capCents())) {
                List<SubAccounts.Take> takes = CapShares.draw(shards, use.cents(), start);
                if (takes.size() == 1) {
                    int shard = shards.get(takes.getFirst().index()).shard();
                    if (!store.add(use.cap(), shard, use.cents(), use.capCents())) {
                        exact.set(true);
                        throw lost(use);
                    }
                    continue;
                }
            }
            useExactly(use, start);
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
