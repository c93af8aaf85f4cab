package nl.werkpad.fund.persistence;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import nl.werkpad.fund.domain.SubAccounts;
import nl.werkpad.shared.db.AfterTransaction;
import nl.werkpad.shared.db.RoundTrip;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The ledger's writes. Every method runs inside the caller's transaction and appends transfers; limited
 * accounts (budgets, allowances) have their balance columns moved by conditional updates that take the
 * row lock, so two transactions can never both reserve the last euro (docs/fund.md). A conditional update that
 * moved nothing is reported to the caller, which decides what it means.
 */
@Component
public class LedgerStore {

    public enum AccountKind {
        FUNDING,
        BUDGET,
        ALLOWANCE,
        PAYABLE
    }

    /** Who and which request moved money, and on which business date. */
    public record Booking(LocalDate businessDate, UUID actor, String requestId, UUID voucher) {}

    private final JdbcClient jdbc;
    private final RoundTrip.Start trips;

    LedgerStore(JdbcClient jdbc, RoundTrip.Start trips) {
        this.jdbc = jdbc;
        this.trips = trips;
    }

    private record Identity(AccountKind kind, UUID source, Integer year, UUID owner) {}

    /**
     * Account ids this node has seen committed. An account is never removed and its id never changes, so they are
     * kept for good; a voucher looks up the provider's payable account on every issue.
     */
    private final Map<Identity, Long> known = new ConcurrentHashMap<>();

    /** The account's id, creating it on first use; never locks an existing account row. */
    public long account(AccountKind kind, UUID source, Integer year, UUID owner, LocalDate expiresOn) {
        Identity identity = new Identity(kind, source, year, owner);
        Long id = known.get(identity);
        if (id != null) {
            return id;
        }
        var find = jdbc.sql("""
                select id from fund.ledger_account
                where kind = :kind and source_id = :source and year is not distinct from :year
                  and owner_id is not distinct from :owner and slot = 0""")
                .param("kind", kind.name())
                .param("source", source)
                .param("year", year)
                .param("owner", owner);
        long found = find.query(Long.class)
                .optional()
                .or(() -> jdbc.sql("""
                        insert into fund.ledger_account (kind, source_id, year, owner_id, expires_on, limited)
                        values (:kind, :source, :year, :owner, :expires, :limited)
                        on conflict on constraint ledger_account_identity do nothing returning id""")
                        .param("kind", kind.name())
                        .param("source", source)
                        .param("year", year)
                        .param("owner", owner)
                        .param("expires", expiresOn)
                        .param("limited", kind == AccountKind.BUDGET || kind == AccountKind.ALLOWANCE)
                        .query(Long.class)
                        .optional())
                .orElseGet(() -> find.query(Long.class).single());
        // kept once the transaction that saw it commits: an account opened by one that rolls back never existed
        AfterTransaction.committed(() -> known.put(identity, found));
        return found;
    }

    /**
     * The sub-accounts of a source's budget of a year, in slot order, opened on first use (docs/fund.md, "Budgets on
     * sub-accounts"); never locks an existing account row.
     */
    public List<Long> budget(UUID source, int year) {
        var find = jdbc.sql("""
                select id from fund.ledger_account
                where kind = 'BUDGET' and source_id = :source and year = :year and owner_id is null order by slot""").param("source", source).param("year", year);
        List<Long> found = find.query(Long.class).list();
        if (found.size() >= SubAccounts.COUNT) {
            return found;
        }
        jdbc.sql("""
                insert into fund.ledger_account (kind, source_id, year, limited, slot)
                select 'BUDGET', :source, :year, true, slot from generate_series(0, :count - 1) slot
                on conflict on constraint ledger_account_identity do nothing""")
                .param("source", source)
                .param("year", year)
                .param("count", SubAccounts.COUNT)
                .update();
        return find.query(Long.class).list();
    }

    /**
     * A posted transfer into a limited account (FUND into a budget, GRANT into an allowance, RETURN back); false when
     * the debit account had too little free money (the transaction must then be rolled back: the transfer is written).
     */
    public boolean posted(String kind, long debit, long credit, long cents, Booking booking) {
        append(kind, debit, credit, cents, null, booking);
        jdbc.sql("update fund.ledger_account set credits_posted = credits_posted + :cents where id = :id and limited")
                .param("cents", cents)
                .param("id", credit)
                .update();
        int debited = jdbc.sql("""
                update fund.ledger_account set debits_posted = debits_posted + case when limited then :cents else 0 end
                where id = :id and (not limited or credits_posted - debits_posted - debits_pending >= :cents)""").param("cents", cents).param("id", debit).update();
        return debited == 1;
    }

    /** A voucher's part drawn from one limited account, to be paid to another. */
    public record Draw(long debit, long credit, long cents, UUID source) {}

    /**
     * Books the reservations (pending) of a voucher's parts, one per draw, and the parts themselves, in one statement;
     * the money is held by {@link #hold} at the end of the transaction. The draws' debit accounts are distinct.
     */
    public void reserve(RoundTrip trip, List<Draw> draws, Booking booking) {
        trip.update(
                """
                with draw as (
                  select * from unnest(:debits::bigint[], :credits::bigint[], :cents::bigint[], :sources::uuid[])
                    with ordinality as d (debit, credit, cents, source, i)),
                reserve as (
                  insert into fund.transfer (kind, debit_account, credit_account, amount_cents, voucher_id, business_date,
                                             actor, request_id)
                  select 'RESERVE', debit, credit, cents, :voucher, :date, :actor, :request from draw order by i
                  returning id, debit_account)
                insert into fund.voucher_part (voucher_id, account_id, source_id, amount_cents, reserve_id)
                select :voucher, d.debit, d.source, d.cents, r.id from reserve r join draw d on d.debit = r.debit_account""",
                booked(booking)
                        .addValue("debits", draws.stream().map(Draw::debit).toArray(Long[]::new))
                        .addValue("credits", draws.stream().map(Draw::credit).toArray(Long[]::new))
                        .addValue("cents", draws.stream().map(Draw::cents).toArray(Long[]::new))
                        .addValue("sources", draws.stream().map(Draw::source).toArray(UUID[]::new)));
    }

    private static MapSqlParameterSource booked(Booking booking) {
        return new MapSqlParameterSource("voucher", booking.voucher())
                .addValue("date", booking.businessDate())
                .addValue("actor", booking.actor())
                .addValue("request", booking.requestId());
    }

    /**
     * Holds reserved money on a limited account, with the trip's other statements; its answer is 0, with nothing
     * written, when the account has too little free. Sent last in a transaction, so the account row's lock is held only
     * until the commit.
     */
    public RoundTrip.Result<Integer> hold(RoundTrip trip, long account, long cents) {
        return trip.update("""
                update fund.ledger_account set debits_pending = debits_pending + :cents
                where id = :id and credits_posted - debits_posted - debits_pending >= :cents""", new MapSqlParameterSource("cents", cents).addValue("id", account));
    }

    /** What a settled reservation moves on its account ({@link #release}). */
    public record Settled(long account, long cents) {}

    /**
     * Books the settlement of a voucher's reservations (POST spends, VOID releases), copying their accounts and
     * amounts, in one statement with the trip's other statements; the answer is what to move, in account order (the
     * lock order of {@link #release}), and checks that all of the voucher's {@code parts} reservations were open.
     */
    public Supplier<List<Settled>> settle(RoundTrip trip, int parts, boolean post, Booking booking) {
        RoundTrip.Result<List<Settled>> rows = trip.query(
                """
                insert into fund.transfer (kind, debit_account, credit_account, amount_cents, pending_id, voucher_id,
                                           business_date, actor, request_id)
                select :kind, r.debit_account, r.credit_account, r.amount_cents, r.id, :voucher, :date, :actor, :request
                from fund.transfer r where r.voucher_id = :voucher and r.kind = 'RESERVE' order by r.id
                returning debit_account, amount_cents""",
                booked(booking).addValue("kind", post ? "POST" : "VOID"),
                (rs, n) -> new Settled(rs.getLong(1), rs.getLong(2)));
        return () -> {
            List<Settled> settled = new ArrayList<>(rows.get());
            if (settled.size() != parts) {
                throw new IllegalStateException(
                        "voucher " + booking.voucher() + " has " + settled.size() + " reservations, not " + parts);
            }
            settled.sort(Comparator.comparingLong(Settled::account));
            return settled;
        };
    }

    /** Moves a settled reservation on its account, with the trip's other statements: out of pending, and into posted when spent. Sent last. */
    public void release(RoundTrip trip, Settled settled, boolean post) {
        trip.update(
                """
                update fund.ledger_account set debits_pending = debits_pending - :cents,
                    debits_posted = debits_posted + case when :post then :cents else 0 end
                where id = :id and limited""",
                new MapSqlParameterSource("cents", settled.cents())
                        .addValue("post", post)
                        .addValue("id", settled.account()));
    }

    private long append(String kind, long debit, long credit, long cents, Long pending, Booking booking) {
        return jdbc.sql("""
                insert into fund.transfer (kind, debit_account, credit_account, amount_cents, pending_id, voucher_id,
                                           business_date, actor, request_id)
                values (:kind, :debit, :credit, :cents, :pending, :voucher, :date, :actor, :request) returning id""")
                .param("kind", kind)
                .param("debit", debit)
                .param("credit", credit)
                .param("cents", cents)
                .param("pending", pending)
                .param("voucher", booking.voucher())
                .param("date", booking.businessDate())
                .param("actor", booking.actor())
                .param("request", booking.requestId())
                .query(Long.class)
                .single();
    }

    /** What is free in a limited account now (without locking it). */
    public long free(long account) {
        return jdbc.sql("select credits_posted - debits_posted - debits_pending from fund.ledger_account where id = ?")
                .param(account)
                .query(Long.class)
                .single();
    }

    /** Where a source's money for a person comes from, in the order it is drawn, with what is free in each. */
    public record Pot(long account, long free) {}

    /**
     * Per source: the budget of this year (its sub-accounts in slot order), or the person's unexpired allowances,
     * oldest first; every given source has a list, empty when it has nothing.
     */
    public Map<UUID, List<Pot>> pots(List<UUID> sources, UUID person, LocalDate today) {
        RoundTrip trip = trips.trip();
        Supplier<Map<UUID, List<Pot>>> pots = pots(trip, sources, person, today);
        trip.run();
        return pots.get();
    }

    /** The pots, read with the trip's other statements. */
    public Supplier<Map<UUID, List<Pot>>> pots(RoundTrip trip, List<UUID> sources, UUID person, LocalDate today) {
        record Row(UUID source, Pot pot) {}
        // two branches, each on its index: one condition with "or" scanned every account
        var rows = trip.query(
                """
                select a.source_id, a.id, a.credits_posted - a.debits_posted - a.debits_pending, a.year, a.slot
                from fund.ledger_account a join fund.funding_source s on s.id = a.source_id
                where a.kind = 'BUDGET' and a.source_id = any(:sources::uuid[]) and a.year = :year and a.owner_id is null
                  and s.mode = 'PER_VOUCHER'
                union all
                select a.source_id, a.id, a.credits_posted - a.debits_posted - a.debits_pending, a.year, a.slot
                from fund.ledger_account a
                where a.kind = 'ALLOWANCE' and a.owner_id = :person and a.expires_on >= :today
                order by 4, 5, 2""",
                new MapSqlParameterSource("sources", sources.toArray(UUID[]::new))
                        .addValue("year", today.getYear())
                        .addValue("person", person)
                        .addValue("today", today),
                (rs, n) -> new Row(rs.getObject(1, UUID.class), new Pot(rs.getLong(2), rs.getLong(3))));
        return () -> {
            Map<UUID, List<Pot>> pots = new HashMap<>();
            sources.forEach(s -> pots.put(s, new ArrayList<>()));
            rows.get().forEach(row -> {
                List<Pot> list = pots.get(row.source());
                if (list != null) {
                    list.add(row.pot());
                }
            });
            return pots;
        };
    }

    /** Whether the person has an allowance of the source for the year (granted before). */
    public boolean hasAllowance(UUID source, int year, UUID person) {
        return jdbc.sql(
                        "select count(*) > 0 from fund.ledger_account where kind = 'ALLOWANCE' and source_id = ? and year = ? and owner_id = ?")
                .params(source, year, person)
                .query(Boolean.class)
                .single();
    }

    /** Per source: the earliest expiry of the person's unexpired allowances with money left. */
    public Map<UUID, LocalDate> earliestAllowanceExpiry(UUID person, LocalDate today) {
        Map<UUID, LocalDate> earliest = new HashMap<>();
        jdbc.sql("""
                select source_id, min(expires_on) from fund.ledger_account
                where kind = 'ALLOWANCE' and owner_id = :person and expires_on >= :today
                  and credits_posted - debits_posted - debits_pending > 0 group by source_id""").param("person", person).param("today", today).query(rs -> {
            earliest.put(rs.getObject(1, UUID.class), rs.getObject(2, LocalDate.class));
        });
        return earliest;
    }

    /** An allowance past its expiry with money left, and the budget sub-account (slot 0) it returns to. */
    public record ExpiredAllowance(long allowance, long budget) {}

    public List<ExpiredAllowance> expiredAllowances(LocalDate today) {
        return jdbc.sql("""
                select a.id, b.id from fund.ledger_account a
                join fund.ledger_account b on b.kind = 'BUDGET' and b.source_id = a.source_id and b.year = a.year and b.slot = 0
                where a.kind = 'ALLOWANCE' and a.expires_on < :today and a.credits_posted - a.debits_posted - a.debits_pending > 0""")
                .param("today", today)
                .query((rs, n) -> new ExpiredAllowance(rs.getLong(1), rs.getLong(2)))
                .list();
    }
}
