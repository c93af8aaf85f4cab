package nl.werkpad.fund.persistence;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.werkpad.fund.domain.SubAccounts;
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

    LedgerStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The account's id, creating it on first use; never locks an existing account row. */
    public long account(AccountKind kind, UUID source, Integer year, UUID owner, LocalDate expiresOn) {
        var find = jdbc.sql("""
                select id from fund.ledger_account
                where kind = :kind and source_id = :source and year is not distinct from :year
                  and owner_id is not distinct from :owner and slot = 0""")
                .param("kind", kind.name())
                .param("source", source)
                .param("year", year)
                .param("owner", owner);
        return find.query(Long.class)
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

    /**
     * Books a reservation (pending) of a voucher's part from one account and the part itself, in one statement; the
     * money is held by {@link #hold} at the end of the transaction. Returns the reservation's id.
     */
    public long reserve(long debit, long credit, long cents, UUID source, Booking booking) {
        return jdbc.sql("""
                with reserve as (
                  insert into fund.transfer (kind, debit_account, credit_account, amount_cents, voucher_id, business_date,
                                             actor, request_id)
                  values ('RESERVE', :debit, :credit, :cents, :voucher, :date, :actor, :request) returning id)
                insert into fund.voucher_part (voucher_id, account_id, source_id, amount_cents, reserve_id)
                select :voucher, :debit, :source, :cents, id from reserve returning reserve_id""")
                .param("debit", debit)
                .param("credit", credit)
                .param("cents", cents)
                .param("voucher", booking.voucher())
                .param("date", booking.businessDate())
                .param("actor", booking.actor())
                .param("request", booking.requestId())
                .param("source", source)
                .query(Long.class)
                .single();
    }

    /**
     * Holds reserved money on a limited account; false, with nothing written, when it has too little free. Called
     * last in a transaction, so the account row's lock is held only until the commit.
     */
    public boolean hold(long account, long cents) {
        return jdbc.sql("""
                update fund.ledger_account set debits_pending = debits_pending + :cents
                where id = :id and credits_posted - debits_posted - debits_pending >= :cents""").param("cents", cents).param("id", account).update() == 1;
    }

    /**
     * Books the settlement of a reservation (POST spends, VOID releases), copying its accounts and amount in the same
     * statement; returns the account and amount to move.
     */
    public long[] settle(long reserveId, boolean post, Booking booking) {
        return jdbc.sql("""
                insert into fund.transfer (kind, debit_account, credit_account, amount_cents, pending_id, voucher_id,
                                           business_date, actor, request_id)
                select :kind, r.debit_account, r.credit_account, r.amount_cents, r.id, :voucher, :date, :actor, :request
                from fund.transfer r where r.id = :reserve and r.kind = 'RESERVE'
                returning debit_account, amount_cents""")
                .param("kind", post ? "POST" : "VOID")
                .param("reserve", reserveId)
                .param("voucher", booking.voucher())
                .param("date", booking.businessDate())
                .param("actor", booking.actor())
                .param("request", booking.requestId())
                .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)})
                .single();
    }

    /** Moves a settled reservation on its account: out of pending, and into posted when spent. Called last. */
    public void release(long account, long cents, boolean post) {
        jdbc.sql("""
                update fund.ledger_account set debits_pending = debits_pending - :cents,
                    debits_posted = debits_posted + case when :post then :cents else 0 end
                where id = :id and limited""")
                .param("cents", cents)
                .param("post", post)
                .param("id", account)
                .update();
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
        Map<UUID, List<Pot>> pots = new HashMap<>();
        sources.forEach(s -> pots.put(s, new ArrayList<>()));
        jdbc.sql("""
                select a.source_id, a.id, a.credits_posted - a.debits_posted - a.debits_pending
                from fund.ledger_account a join fund.funding_source s on s.id = a.source_id
                where (a.kind = 'BUDGET' and a.year = :year and s.mode = 'PER_VOUCHER')
                   or (a.kind = 'ALLOWANCE' and a.owner_id = :person and a.expires_on >= :today)
                order by a.year, a.slot, a.id""")
                .param("year", today.getYear())
                .param("person", person)
                .param("today", today)
                .query(rs -> {
                    List<Pot> list = pots.get(rs.getObject(1, UUID.class));
                    if (list != null) {
                        list.add(new Pot(rs.getLong(2), rs.getLong(3)));
                    }
                });
        return pots;
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
