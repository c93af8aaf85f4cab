package nl.werkpad.fund.persistence;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
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
import nl.werkpad.fund.VoucherNotFound;
import nl.werkpad.fund.VoucherRequest;
import nl.werkpad.fund.domain.SubAccounts;
import nl.werkpad.fund.persistence.LedgerStore.AccountKind;
import nl.werkpad.fund.persistence.LedgerStore.Booking;
import nl.werkpad.privacy.Consents;
import nl.werkpad.privacy.Purpose;
import nl.werkpad.shared.NotFound;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/** The fund's facade: sources and budgets here, accounts and vouchers in their desks, figures in the reports. */
@Service
class JdbcFund implements Fund {

    private final SourceStore sources;
    private final LedgerStore ledger;
    private final IdempotencyStore idempotency;
    private final AccountDesk accounts;
    private final VoucherDesk desk;
    private final VoucherStore vouchers;
    private final FundAccess access;
    private final FundReports reports;
    private final LedgerCheck check;
    private final Consents consents;
    private final JdbcClient jdbc;
    private final TransactionTemplate tx;
    private final Clock clock;

    JdbcFund(
            SourceStore sources,
            LedgerStore ledger,
            IdempotencyStore idempotency,
            AccountDesk accounts,
            VoucherDesk desk,
            VoucherStore vouchers,
            FundAccess access,
            FundReports reports,
            LedgerCheck check,
            Consents consents,
            JdbcClient jdbc,
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
        this.consents = consents;
        this.jdbc = jdbc;
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
        UUID id = tx.execute(status -> {
            UUID created = sources.insert(input, actor.accountId());
            ledger.account(AccountKind.FUNDING, created, null, null, null);
            return created;
        });
        return source(id);
    }

    @Override
    public Moved<FundingSource> addBudget(UUID source, int year, long cents, String key, SignedInUser actor) {
        requireFundManager(actor);
        nl.werkpad.shared.InputCheck.of().cents("amountCents", cents).orThrow();
        FundingSource found = source(source);
        if (cents <= 0
                || year < found.validFrom().getYear()
                || year > found.validUntil().getYear()) {
            throw FundRefused.by(
                    "budget.invalid",
                    "a budget is a positive amount for a year within the source's validity "
                            + found.validFrom().getYear() + "–"
                            + found.validUntil().getYear());
        }
        return tx.execute(status -> {
            var replay = idempotency.claimOrReplay(
                    actor.accountId(), key, "budget " + source + " " + year + " " + cents, UUID.class);
            if (replay.isPresent()) {
                return new Moved<>(source(source), true);
            }
            long funding = ledger.account(AccountKind.FUNDING, source, null, null, null);
            // one FUND transfer per sub-account, so that vouchers can reserve side by side (docs/fund.md)
            List<Long> budget = ledger.budget(source, year);
            long[] shares = SubAccounts.spread(cents, budget.size());
            Booking booking = new Booking(LocalDate.now(clock), actor.accountId(), key, null);
            for (int i = 0; i < shares.length; i++) {
                if (shares[i] > 0) {
                    ledger.posted("FUND", funding, budget.get(i), shares[i], booking);
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
                jdbc.sql("select name from fund.account_holder where person_id = ?")
                        .param(person)
                        .query(String.class)
                        .optional()
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
        return vouchers(new VoucherFilter(null, null, null, null, 1), viewer, "v.id = :id", Map.of("id", id)).stream()
                .findFirst()
                .orElseThrow(() -> VoucherNotFound.byId(id));
    }

    @Override
    public List<Voucher> vouchers(VoucherFilter filter, SignedInUser viewer) {
        return vouchers(filter, viewer, "true", Map.of());
    }

    /**
     * Fund managers see every voucher; everyone else the vouchers of the persons they may act for, the providers
     * they belong to and the vouchers their employer asked for.
     */
    private List<Voucher> vouchers(
            VoucherFilter filter, SignedInUser viewer, String where, Map<String, Object> params) {
        if (access.managesFund(viewer)) {
            return vouchers.search(filter, where, params);
        }
        Map<String, Object> all = new java.util.HashMap<>(params);
        all.put("orgs", access.organisationsOf(viewer).toArray(UUID[]::new));
        all.put("me", access.ownPerson(viewer).map(UUID::toString).orElse(""));
        all.put(
                "clients",
                viewer.has(Role.ADVISEUR)
                        ? consents.subjectsWith(Purpose.ADVISOR, viewer.accountId())
                                .toArray(UUID[]::new)
                        : new UUID[0]);
        return vouchers.search(filter, where + " " + """
                 and (v.provider_id = any(:orgs) or v.employer_id = any(:orgs) or v.person_id = any(:clients)
                      or v.person_id::text = :me)""", all);
    }

    @Override
    public boolean expire(UUID voucher, LocalDate today) {
        return desk.expire(voucher, today);
    }

    @Override
    public int expireDue(LocalDate today) {
        List<UUID> due = jdbc.sql("select id from fund.voucher where status = 'ISSUED' and valid_until < ?")
                .param(today)
                .query(UUID.class)
                .list();
        int moved = (int) due.stream().filter(id -> desk.expire(id, today)).count();
        return moved + accounts.expireAllowances(today);
    }

    @Override
    public void voucherHistory(java.util.function.Consumer<nl.werkpad.fund.VoucherMoved> each) {
        Map<UUID, List<Voucher.Part>> parts = new java.util.HashMap<>();
        jdbc.sql(
                        "select p.voucher_id, p.source_id, s.name, sum(p.amount_cents) from fund.voucher_part p "
                                + "join fund.funding_source s on s.id = p.source_id group by p.voucher_id, p.source_id, s.name, s.priority order by s.priority")
                .query(rs -> {
                    parts.computeIfAbsent(rs.getObject(1, UUID.class), k -> new java.util.ArrayList<>())
                            .add(new Voucher.Part(rs.getObject(2, UUID.class), rs.getString(3), rs.getLong(4)));
                });
        jdbc.sql("""
                select h.voucher_id, h.status, v.provider_id, v.municipality, coalesce(case when h.status = 'ISSUED' then v.issued_on else v.settled_on end, v.issued_on)
                from fund.voucher_history h join fund.voucher v on v.id = h.voucher_id order by h.at""").query(rs -> {
            UUID voucher = rs.getObject(1, UUID.class);
            each.accept(new nl.werkpad.fund.VoucherMoved(
                    voucher,
                    nl.werkpad.fund.domain.VoucherStatus.valueOf(rs.getString(2)),
                    rs.getObject(3, UUID.class),
                    rs.getString(4),
                    parts.getOrDefault(voucher, List.of()),
                    rs.getObject(5, LocalDate.class)));
        });
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
        if (from == null || to == null || to.isBefore(from)) {
            throw FundRefused.by("statement.period-invalid", "a statement needs a period with 'to' not before 'from'");
        }
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
