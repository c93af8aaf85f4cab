package nl.werkpad.fund.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.werkpad.access.Role;
import nl.werkpad.access.SignedInUser;
import nl.werkpad.fund.AccountHolder;
import nl.werkpad.fund.DevelopmentAccount;
import nl.werkpad.fund.Fund;
import nl.werkpad.fund.FundRefused;
import nl.werkpad.fund.FundingSource;
import nl.werkpad.fund.FundingSourceInput;
import nl.werkpad.fund.FundingSourceNotFound;
import nl.werkpad.fund.LedgerReport;
import nl.werkpad.fund.Quote;
import nl.werkpad.fund.SourceOverview;
import nl.werkpad.fund.Statement;
import nl.werkpad.fund.Voucher;
import nl.werkpad.fund.VoucherFilter;
import nl.werkpad.fund.VoucherMoved;
import nl.werkpad.fund.VoucherNotFound;
import nl.werkpad.fund.VoucherRequest;
import nl.werkpad.fund.domain.SourceRules;
import nl.werkpad.fund.domain.SubAccounts;
import nl.werkpad.fund.domain.VoucherRules;
import nl.werkpad.fund.persistence.FundReports;
import nl.werkpad.fund.persistence.HolderStore;
import nl.werkpad.fund.persistence.LedgerCheck;
import nl.werkpad.fund.persistence.LedgerStore;
import nl.werkpad.fund.persistence.LedgerStore.AccountKind;
import nl.werkpad.fund.persistence.LedgerStore.Booking;
import nl.werkpad.fund.persistence.SourceStore;
import nl.werkpad.fund.persistence.VoucherStore;
import nl.werkpad.privacy.Consents;
import nl.werkpad.privacy.Purpose;
import nl.werkpad.shared.InputCheck;
import nl.werkpad.shared.Limits;
import nl.werkpad.shared.NotFound;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The fund's facade: sources and budgets here, accounts in {@link AccountService}, vouchers in {@link
 * VoucherService}; who may do what ({@link FundAccess}), in which transaction, under which rule of {@code domain}.
 * The stores of {@code persistence} only read and write.
 */
@Service
class FundService implements Fund {

    private final SourceStore sources;
    private final LedgerStore ledger;
    private final Idempotency idempotency;
    private final AccountService accounts;
    private final VoucherService desk;
    private final VoucherStore vouchers;
    private final FundAccess access;
    private final FundReports reports;
    private final LedgerCheck check;
    private final HolderStore holders;
    private final Consents consents;
    private final TransactionTemplate tx;
    private final Clock clock;

    FundService(
            SourceStore sources,
            LedgerStore ledger,
            Idempotency idempotency,
            AccountService accounts,
            VoucherService desk,
            VoucherStore vouchers,
            FundAccess access,
            FundReports reports,
            LedgerCheck check,
            HolderStore holders,
            Consents consents,
            TransactionTemplate tx,
            Clock clock) {
        this.sources = sources;
        this.ledger = ledger;
        this.idempotency = idempotency;
        this.accounts = accounts;
        this.desk = desk;
        this.vouchers = vouchers;
        this.access = access;
        this.reports = reports;
        this.check = check;
        this.holders = holders;
        this.consents = consents;
        this.tx = tx;
        this.clock = clock;
    }

    @Override
    public List<FundingSource> sources() {
        return sources.all();
    }

    @Override
    public FundingSource source(UUID id) {
        return sources.byId(id).orElseThrow(() -> FundingSourceNotFound.byId(id));
    }

    @Override
    public FundingSource register(FundingSourceInput input, SignedInUser actor) {
        requireFundManager(actor);
        InputCheck.of()
                .line("code", input.code(), Limits.CODE)
                .line("name", input.name(), Limits.NAME)
                .cents("allowanceCents", input.allowanceCents())
                .range("allowanceExpiryMonths", input.allowanceExpiryMonths(), 0, 1200)
                .atMost("voucherValidDays", input.voucherValidDays(), 3660)
                .text("provenance", input.provenance(), Limits.NOTE)
                .noNulls("rules", input.rules())
                .orThrow();
        Refusals.unless(SourceRules.registration(
                input.code(),
                input.name(),
                input.kind() != null && input.mode() != null,
                input.mode(),
                input.validFrom(),
                input.validUntil(),
                input.allowanceCents(),
                input.voucherValidDays(),
                input.rules()));
        UUID id = tx.execute(status -> {
            UUID created = sources.insert(input, actor.accountId())
                    .orElseThrow(() -> FundRefused.by(
                            "source.code-taken", "a funding source with code '" + input.code() + "' exists already"));
            ledger.account(AccountKind.FUNDING, created, null, null, null);
            return created;
        });
        return source(id);
    }

    @Override
    public Moved<FundingSource> addBudget(UUID source, int year, long cents, String key, SignedInUser actor) {
        requireFundManager(actor);
        InputCheck.of().cents("amountCents", cents).orThrow();
        FundingSource found = source(source);
        Refusals.unless(SourceRules.budget(cents, year, found.validFrom(), found.validUntil()));
        String request = "budget " + source + " " + year + " " + cents;
        return idempotency.once(actor.accountId(), key, request, UUID.class, earlier -> source(source), () -> {
            long funding = ledger.account(AccountKind.FUNDING, source, null, null, null);
            // one FUND transfer per sub-account, so that vouchers can reserve side by side (docs/fund.md)
            List<Long> budget = ledger.budget(source, year);
            long[] shares = SubAccounts.spread(cents, budget.size());
            Booking booking = new Booking(LocalDate.now(clock), actor.accountId(), key, null);
            for (int i = 0; i < shares.length; i++) {
                if (shares[i] > 0) {
                    Refusals.unlessPosted(ledger.posted("FUND", funding, budget.get(i), shares[i], booking), shares[i]);
                }
            }
            idempotency.remember(actor.accountId(), key, source);
            return new Moved<>(source(source), false);
        });
    }

    @Override
    public DevelopmentAccount account(UUID person, SignedInUser viewer) {
        return tx.execute(
                status -> accounts.account(person, viewer)); // a read by someone else is logged, in a transaction
    }

    @Override
    public DevelopmentAccount openAccount(UUID person, AccountHolder holder, SignedInUser actor) {
        return accounts.open(person, holder, actor);
    }

    @Override
    public void allowEmployer(UUID person, UUID employer, boolean allowed, SignedInUser actor) {
        if (access.toAct(person, actor, null) != FundAccess.Relation.SELF) {
            throw FundRefused.by(
                    "account.only-holder", "only the person themselves can let an employer ask for vouchers");
        }
        if (!access.isEmployer(employer)) {
            throw FundRefused.by("account.employer-unknown", "that organisation is not a registered employer");
        }
        if (allowed) {
            consents.give(person, Purpose.EMPLOYER_VOUCHERS, employer, actor.accountId());
        } else {
            consents.withdraw(person, Purpose.EMPLOYER_VOUCHERS, employer, actor.accountId());
        }
    }

    @Override
    public List<Employee> employees(SignedInUser employer) {
        List<Employee> employees = new java.util.ArrayList<>();
        for (var organisation : access.organisationsOf(employer)) {
            String name = access.organisationName(organisation);
            for (UUID person : consents.subjectsWith(Purpose.EMPLOYER_VOUCHERS, organisation)) {
                holders.name(person)
                        .ifPresent(holder -> employees.add(new Employee(person, holder, organisation, name)));
            }
        }
        employees.sort(java.util.Comparator.comparing(Employee::name));
        return employees;
    }

    @Override
    public Map<UUID, String> employersAllowedBy(UUID person, SignedInUser viewer) {
        tx.executeWithoutResult(status -> access.toRead(person, viewer, "toestemmingen werkgever"));
        Map<UUID, String> employers = new java.util.LinkedHashMap<>();
        consents.current(person).stream()
                .filter(c -> c.purpose() == Purpose.EMPLOYER_VOUCHERS)
                .forEach(c -> employers.put(c.grantee(), access.organisationName(c.grantee())));
        return employers;
    }

    @Override
    public Quote quote(VoucherRequest request, SignedInUser actor) {
        return desk.quote(request, actor);
    }

    @Override
    public Moved<Voucher> issue(VoucherRequest request, String key, SignedInUser actor) {
        return desk.issue(request, key, actor);
    }

    @Override
    public Moved<Voucher> redeem(UUID voucher, String key, SignedInUser actor) {
        return desk.redeem(voucher, key, actor);
    }

    @Override
    public Moved<Voucher> cancel(UUID voucher, String key, SignedInUser actor) {
        return desk.cancel(voucher, key, actor);
    }

    @Override
    public Voucher voucher(UUID id, SignedInUser viewer) {
        return vouchers
                .search(new VoucherFilter(null, null, null, null, 1), Optional.of(id), visibleTo(viewer))
                .stream()
                .findFirst()
                .orElseThrow(() -> VoucherNotFound.byId(id));
    }

    @Override
    public List<Voucher> vouchers(VoucherFilter filter, SignedInUser viewer) {
        return vouchers.search(filter, Optional.empty(), visibleTo(viewer));
    }

    /**
     * Fund managers see every voucher; everyone else the vouchers of the persons they may act for, the providers
     * they belong to and the vouchers their employer asked for.
     */
    private Optional<VoucherStore.Visibility> visibleTo(SignedInUser viewer) {
        if (access.managesFund(viewer)) {
            return Optional.empty();
        }
        return Optional.of(new VoucherStore.Visibility(
                access.organisationsOf(viewer),
                viewer.has(Role.ADVISEUR) ? consents.subjectsWith(Purpose.ADVISOR, viewer.accountId()) : List.of(),
                access.ownPerson(viewer)));
    }

    @Override
    public boolean expire(UUID voucher, LocalDate today) {
        return desk.expire(voucher, today);
    }

    @Override
    public int expireDue(LocalDate today) {
        List<UUID> due = vouchers.dueForExpiry(today);
        int moved = (int) due.stream().filter(id -> desk.expire(id, today)).count();
        return moved + accounts.expireAllowances(today);
    }

    @Override
    public void voucherHistory(java.util.function.Consumer<VoucherMoved> each) {
        vouchers.history(each);
    }

    @Override
    public LedgerReport checkLedger() {
        return check.run();
    }

    @Override
    public List<SourceOverview> overview(int year) {
        return reports.overview(year);
    }

    @Override
    public Statement statement(UUID provider, LocalDate from, LocalDate to, SignedInUser viewer) {
        if (!access.managesFund(viewer) && !access.organisationsOf(viewer).contains(provider)) {
            throw NotFound.of("provider", provider);
        }
        Refusals.unless(VoucherRules.statementPeriod(from, to));
        return reports.statement(provider, reports.providers().getOrDefault(provider, ""), from, to);
    }

    @Override
    public Map<UUID, String> providers() {
        return reports.providers();
    }

    private void requireFundManager(SignedInUser actor) {
        if (!access.managesFund(actor)) {
            throw FundRefused.by("fund.managers-only", "only fund managers register sources and budgets");
        }
    }
}
