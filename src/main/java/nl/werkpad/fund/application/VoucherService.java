package nl.werkpad.fund.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import nl.werkpad.access.SignedInUser;
import nl.werkpad.fund.Fund.Moved;
import nl.werkpad.fund.FundRefused;
import nl.werkpad.fund.FundingSource;
import nl.werkpad.fund.Quote;
import nl.werkpad.fund.Voucher;
import nl.werkpad.fund.VoucherMoved;
import nl.werkpad.fund.VoucherNotFound;
import nl.werkpad.fund.VoucherRequest;
import nl.werkpad.fund.domain.FundingRule;
import nl.werkpad.fund.domain.SourceMode;
import nl.werkpad.fund.domain.Split;
import nl.werkpad.fund.domain.SplitPolicy;
import nl.werkpad.fund.domain.SubAccounts;
import nl.werkpad.fund.domain.VoucherRules;
import nl.werkpad.fund.domain.VoucherStatus;
import nl.werkpad.fund.persistence.CapStore.Cap;
import nl.werkpad.fund.persistence.LedgerStore;
import nl.werkpad.fund.persistence.LedgerStore.AccountKind;
import nl.werkpad.fund.persistence.LedgerStore.Booking;
import nl.werkpad.fund.persistence.LedgerStore.Pot;
import nl.werkpad.fund.persistence.VoucherStore;
import nl.werkpad.shared.InputCheck;
import nl.werkpad.shared.Limits;
import nl.werkpad.shared.NotFound;
import nl.werkpad.shared.db.RoundTrip;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issues, redeems, cancels and expires vouchers. Each move is one transaction: claim the idempotency key,
 * decide with the pure rules, then write voucher, ledger transfers and the event, and last the rows that concurrent
 * moves share, in a fixed order — the monitor's flow rows (its listener of the event), the caps' usage rows, then
 * budget and allowance accounts by id — so that moves queue on row locks only until each other's commit, and never
 * deadlock.
 */
@Component
class VoucherService {

    private static final int ATTEMPTS = 4;

    private final FundFacts facts;
    private final FundAccess access;
    private final VoucherStore vouchers;
    private final Caps caps;
    private final LedgerStore ledger;
    private final Idempotency idempotency;
    private final TransactionTemplate tx;
    private final RoundTrip.Start trips;
    private final ApplicationEventPublisher events;
    private final JsonMapper json;
    private final Clock clock;

    VoucherService(
            FundFacts facts,
            FundAccess access,
            VoucherStore vouchers,
            Caps caps,
            LedgerStore ledger,
            Idempotency idempotency,
            TransactionTemplate tx,
            RoundTrip.Start trips,
            ApplicationEventPublisher events,
            JsonMapper json,
            Clock clock) {
        this.facts = facts;
        this.access = access;
        this.vouchers = vouchers;
        this.caps = caps;
        this.ledger = ledger;
        this.idempotency = idempotency;
        this.tx = tx;
        this.trips = trips;
        this.events = events;
        this.json = json;
        this.clock = clock;
    }

    Quote quote(VoucherRequest request, SignedInUser actor) {
        InputCheck.of()
                .required("person", request.person())
                .required("offer", request.offer())
                .orThrow();
        access.toAct(request.person(), actor, request.employer());
        LocalDate today = LocalDate.now(clock);
        FundFacts.Situation s = facts.situation(request, today);
        Split split = SplitPolicy.split(s.applicant(), s.offerFacts(), s.terms());
        return new Quote(
                request.person(),
                s.offer().id(),
                s.offer().title(),
                s.offer().provider(),
                s.providerName(),
                request.employer(),
                split,
                today.plusDays(validDays(split, s.sources())));
    }

    Moved<Voucher> issue(VoucherRequest request, String key, SignedInUser actor) {
        InputCheck.of()
                .required("person", request.person())
                .required("offer", request.offer())
                .cents("maxOwnCents", request.maxOwnCents())
                .line("targetOccupation", request.targetOccupation(), Limits.CODE)
                .orThrow();
        String text = "issue " + json.writeValueAsString(request);
        // set when an attempt lost the race for a cap's shard: the next one draws from the cap's shards exactly
        AtomicBoolean exactCaps = new AtomicBoolean();
        Runnable mayAct = () -> access.toAct(request.person(), actor, request.employer());
        return once(actor, key, text, mayAct, () -> {
            LocalDate today = LocalDate.now(clock);
            FundFacts.Situation s = facts.situation(request, today);
            Split split = SplitPolicy.split(s.applicant(), s.offerFacts(), s.terms());
            split.refusal().ifPresent(rule -> {
                throw FundRefused.by(
                        rule.rule(), "no funding source pays for this voucher: " + rule.explanation(), split);
            });
            Refusals.unless(VoucherRules.ownWithinAccepted(split.own(), request.maxOwnCents()), split);
            UUID id = UUID.randomUUID();
            Booking booking = new Booking(today, actor.accountId(), key, id);
            LocalDate validUntil = today.plusDays(validDays(split, s.sources()));
            Voucher voucher = new Voucher(
                    id,
                    request.person(),
                    s.holder().name(),
                    s.offer().id(),
                    s.offer().title(),
                    s.offer().provider(),
                    s.providerName(),
                    request.employer(),
                    split.cost(),
                    split.funded(),
                    split.own(),
                    VoucherStatus.ISSUED,
                    today,
                    validUntil,
                    null,
                    split.paying().stream()
                            .map(p -> new Voucher.Part(p.source(), p.name(), p.amount()))
                            .toList());
            // the voucher, its reservations and the idempotent answer in one round trip
            RoundTrip writes = trips.trip();
            vouchers.insert(
                    writes,
                    new VoucherStore.NewVoucher(
                            id,
                            request.person(),
                            s.offer().id(),
                            s.offer().title(),
                            s.offer().provider(),
                            s.providerName(),
                            request.employer(),
                            s.person().municipality(),
                            split.cost(),
                            split.funded(),
                            split.own(),
                            today,
                            validUntil,
                            actor.accountId(),
                            json.writeValueAsString(split.parts())),
                    key);
            List<long[]> holds = reserve(writes, id, split, s, booking);
            idempotency.remember(writes, actor.accountId(), key, voucher);
            run(writes);
            events.publishEvent(moved(voucher, s.person().municipality(), today));
            // the contended rows last, in one round trip, so their locks are held only until the commit: caps, then
            // accounts by id
            RoundTrip last = trips.trip();
            Runnable capsUsed = useCaps(last, id, split, s, today.getYear(), exactCaps);
            List<RoundTrip.Result<Integer>> held = holds.stream()
                    .map(hold -> ledger.hold(last, hold[0], hold[1]))
                    .toList();
            last.run();
            capsUsed.run();
            if (held.stream().anyMatch(h -> h.get() != 1)) {
                throw new LostRace(
                        FundRefused.by("budget", "the source's budget ran out while the voucher was being issued"));
            }
            return new Moved<>(voucher, false);
        });
    }

    /** Sends the voucher's writes; a second live voucher for the same training is refused by its unique index. */
    private static void run(RoundTrip writes) {
        try {
            writes.run();
        } catch (DuplicateKeyException e) {
            if (VoucherStore.liveVoucherTaken(e)) {
                throw FundRefused.by(
                        "voucher.one-live-per-offer", "the person already holds a live voucher for this training");
            }
            throw e;
        }
    }

    /** Counts the voucher's parts under their sources' yearly caps per person and per provider ({@link Caps}). */
    private Runnable useCaps(
            RoundTrip trip, UUID voucher, Split split, FundFacts.Situation s, int year, AtomicBoolean exact) {
        List<Caps.Use> uses = new ArrayList<>();
        for (Split.Part part : split.paying()) {
            for (FundingRule rule : source(s, part.source()).rules()) {
                switch (rule) {
                    case FundingRule.MaxPerPersonYear(long cap) ->
                        uses.add(use(part, year, "PERSON", s.holder().person(), cap, rule));
                    case FundingRule.MaxPerProviderYear(long cap) ->
                        uses.add(use(part, year, "PROVIDER", s.offer().provider(), cap, rule));
                    default -> {}
                }
            }
        }
        return caps.use(trip, uses, s.caps(), voucher.hashCode(), exact);
    }

    private static Caps.Use use(Split.Part part, int year, String kind, UUID subject, long cap, FundingRule rule) {
        return new Caps.Use(new Cap(part.source(), year, kind, subject), part.amount(), cap, rule.name());
    }

    /**
     * Draws each part from its pots (budget, or allowances oldest first) and books the reservations; returns the
     * account holds (account, cents) in account order, for the end of the transaction.
     */
    private List<long[]> reserve(RoundTrip trip, UUID voucher, Split split, FundFacts.Situation s, Booking booking) {
        record Draw(long account, UUID source, long amount) {}
        List<Draw> draws = new ArrayList<>();
        for (Split.Part part : split.paying()) {
            List<Pot> pots = s.pots().get(part.source());
            long left = part.amount();
            if (source(s, part.source()).mode() == SourceMode.PER_VOUCHER) {
                // the budget's sub-accounts, from one picked by the voucher: concurrent vouchers lock different rows
                long[] free = pots.stream().mapToLong(Pot::free).toArray();
                for (SubAccounts.Take take : SubAccounts.draw(free, left, voucher.hashCode())) {
                    draws.add(new Draw(pots.get(take.index()).account(), part.source(), take.cents()));
                    left -= take.cents();
                }
            } else {
                for (Pot pot : pots) {
                    long take = Math.min(left, pot.free());
                    if (take > 0) {
                        draws.add(new Draw(pot.account(), part.source(), take));
                        left -= take;
                    }
                }
            }
            if (left > 0) {
                throw new LostRace(
                        FundRefused.by("budget", "the source's money ran out while the voucher was being issued"));
            }
        }
        draws.sort(Comparator.comparingLong(Draw::account));
        List<LedgerStore.Draw> booked = new ArrayList<>();
        List<long[]> holds = new ArrayList<>();
        for (Draw draw : draws) {
            long payable = ledger.account(
                    AccountKind.PAYABLE, draw.source(), null, s.offer().provider(), null);
            booked.add(new LedgerStore.Draw(draw.account(), payable, draw.amount(), draw.source()));
            holds.add(new long[] {draw.account(), draw.amount()});
        }
        ledger.reserve(trip, booked, booking);
        return holds;
    }

    Moved<Voucher> redeem(UUID id, String key, SignedInUser actor) {
        return once(actor, key, "redeem " + id, () -> {}, () -> {
            // read in the move's transaction (not one of its own): a replay returns the stored result without it
            List<UUID> own = access.organisationsOf(actor);
            LocalDate today = LocalDate.now(clock);
            VoucherStore.Locked locked = vouchers.lock(id).orElseThrow(() -> VoucherNotFound.byId(id));
            Voucher voucher = locked.voucher();
            Refusals.unless(
                    VoucherRules.redeem(voucher.status(), voucher.provider(), voucher.validUntil(), own, today));
            return settle(locked, VoucherStatus.REDEEMED, today, actor.accountId(), key);
        });
    }

    Moved<Voucher> cancel(UUID id, String key, SignedInUser actor) {
        return once(actor, key, "cancel " + id, () -> {}, () -> {
            VoucherStore.Locked locked = vouchers.lock(id).orElseThrow(() -> VoucherNotFound.byId(id));
            if (!mayCancel(locked.voucher(), actor)) {
                throw VoucherNotFound.byId(id);
            }
            Refusals.unless(VoucherRules.cancel(locked.voucher().status()));
            return settle(locked, VoucherStatus.CANCELLED, LocalDate.now(clock), actor.accountId(), key);
        });
    }

    /** Expires one voucher when it is still issued and past its last day; true when it did. */
    boolean expire(UUID id, LocalDate today) {
        return Boolean.TRUE.equals(tx.execute(status -> {
            VoucherStore.Locked locked = vouchers.lock(id).orElseThrow(() -> VoucherNotFound.byId(id));
            if (!VoucherRules.expires(
                    locked.voucher().status(), locked.voucher().validUntil(), today)) {
                return false;
            }
            settle(locked, VoucherStatus.EXPIRED, today, null, "expiry " + today);
            return true;
        }));
    }

    private boolean mayCancel(Voucher voucher, SignedInUser actor) {
        if (access.managesFund(actor)) {
            return true;
        }
        List<UUID> own = access.organisationsOf(actor);
        if (own.contains(voucher.provider()) || voucher.employer() != null && own.contains(voucher.employer())) {
            return true;
        }
        try {
            access.toAct(voucher.person(), actor, null);
            return true;
        } catch (NotFound e) {
            return false;
        }
    }

    /** Posts (redeemed) or voids (cancelled, expired) every reservation of the voucher; voiding gives caps back. */
    private Moved<Voucher> settle(
            VoucherStore.Locked locked, VoucherStatus to, LocalDate today, UUID actor, String key) {
        Voucher before = locked.voucher();
        UUID id = before.id();
        List<VoucherStore.StoredPart> parts = locked.parts();
        Booking booking = new Booking(today, actor, key, id);
        boolean post = to == VoucherStatus.REDEEMED;
        Voucher voucher = before.settled(to, today);
        RoundTrip writes = trips.trip();
        Supplier<List<LedgerStore.Settled>> moves = ledger.settle(writes, parts.size(), post, booking);
        Runnable moved = vouchers.settle(writes, id, to, today, actor, key);
        if (actor != null) {
            idempotency.remember(writes, actor, key, voucher);
        }
        writes.run();
        moved.run();
        events.publishEvent(moved(voucher, locked.municipality(), today));
        if (!post) {
            releaseCaps(parts, before);
        }
        RoundTrip last = trips.trip();
        moves.get().forEach(move -> ledger.release(last, move, post));
        last.run();
        return new Moved<>(voucher, false);
    }

    /** Gives back what a released voucher counted under its sources' caps, per source in source order. */
    private void releaseCaps(List<VoucherStore.StoredPart> parts, Voucher before) {
        int year = before.issuedOn().getYear();
        parts.stream().map(VoucherStore.StoredPart::source).distinct().sorted().forEach(source -> {
            long amount = parts.stream()
                    .filter(p -> p.source().equals(source))
                    .mapToLong(VoucherStore.StoredPart::amount)
                    .sum();
            caps.release(new Cap(source, year, "PERSON", before.person()), amount);
            caps.release(new Cap(source, year, "PROVIDER", before.provider()), amount);
        });
    }

    private static VoucherMoved moved(Voucher voucher, String municipality, LocalDate on) {
        return new VoucherMoved(voucher.id(), voucher.status(), voucher.provider(), municipality, voucher.parts(), on);
    }

    private static FundingSource source(FundFacts.Situation s, UUID id) {
        return s.sources().stream().filter(x -> x.id().equals(id)).findFirst().orElseThrow();
    }

    private static int validDays(Split split, List<FundingSource> sources) {
        return VoucherRules.validDays(split, id -> sources.stream()
                .filter(s -> s.id().equals(id))
                .findFirst()
                .orElseThrow()
                .voucherValidDays());
    }

    /**
     * Runs a voucher move once per idempotency key ({@link Idempotency}); tried again on a lost race. The access check
     * runs first in the same transaction (a replay is checked too): in transactions of their own, its reads cost each
     * move two more commits.
     */
    private Moved<Voucher> once(
            SignedInUser actor, String key, String request, Runnable access, Supplier<Moved<Voucher>> move) {
        return retrying(() -> tx.execute(status -> {
            access.run();
            return idempotency.once(actor.accountId(), key, request, Voucher.class, v -> v, move);
        }));
    }

    /** Runs a move again (a fresh transaction, fresh facts) when it lost a race on a budget, a cap or a lock. */
    private <T> T retrying(Supplier<T> move) {
        for (int attempt = 1; ; attempt++) {
            try {
                return move.get();
            } catch (LostRace e) {
                if (attempt == ATTEMPTS) {
                    throw e.refusal();
                }
            } catch (PessimisticLockingFailureException e) {
                if (attempt == ATTEMPTS) {
                    throw e;
                }
            }
        }
    }
}
