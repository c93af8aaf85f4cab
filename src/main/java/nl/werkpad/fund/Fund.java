package nl.werkpad.fund;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import nl.werkpad.access.SignedInUser;

/**
 * The development fund. Every call that moves money takes an idempotency key: the same key (from the same
 * account) with the same request returns the first result instead of moving money again.
 */
public interface Fund {

    List<FundingSource> sources();

    FundingSource source(UUID id);

    FundingSource register(FundingSourceInput input, SignedInUser actor);

    /** Puts money in a source's budget for a year (a posted transfer from the source's funding account). */
    Moved<FundingSource> addBudget(UUID source, int year, long cents, String key, SignedInUser actor);

    DevelopmentAccount account(UUID person, SignedInUser viewer);

    /** Opens (or updates the facts of) a person's account and grants the yearly allowances they are eligible for. */
    DevelopmentAccount openAccount(UUID person, AccountHolder holder, SignedInUser actor);

    /** The person lets an employer organisation ask for vouchers for them (or withdraws that); only the person can. */
    void allowEmployer(UUID person, UUID employer, boolean allowed, SignedInUser actor);

    /** The people who let one of the actor's employer organisations ask for vouchers, with an open account. */
    List<Employee> employees(SignedInUser employer);

    /** The employer organisations the person lets ask for vouchers (id → name). */
    Map<UUID, String> employersAllowedBy(UUID person, SignedInUser viewer);

    record Employee(UUID person, String name, UUID employer, String employerName) {}

    /** The split for a voucher, with every rule that decided it; nothing is reserved. */
    Quote quote(VoucherRequest request, SignedInUser actor);

    Moved<Voucher> issue(VoucherRequest request, String key, SignedInUser actor);

    Moved<Voucher> redeem(UUID voucher, String key, SignedInUser actor);

    Moved<Voucher> cancel(UUID voucher, String key, SignedInUser actor);

    Voucher voucher(UUID id, SignedInUser viewer);

    List<Voucher> vouchers(VoucherFilter filter, SignedInUser viewer);

    /** Expires the voucher when, on the given date, it is still issued and past its last valid day; true when it did. */
    boolean expire(UUID voucher, LocalDate today);

    /** Expires vouchers past their last valid day and allowances past their expiry; returns how many moved. */
    int expireDue(LocalDate today);

    LedgerReport checkLedger();

    /** Every voucher move so far, oldest first, as the events it published (a read model for the monitor's rebuild). */
    void voucherHistory(Consumer<VoucherMoved> each);

    List<SourceOverview> overview(int year);

    Statement statement(UUID provider, LocalDate from, LocalDate to, SignedInUser viewer);

    /** The providers that have vouchers (id → name), for statements. */
    Map<UUID, String> providers();

    /** A result of a money move, and whether it is the stored result of an earlier request with the same key. */
    record Moved<T>(T result, boolean replayed) {}
}
