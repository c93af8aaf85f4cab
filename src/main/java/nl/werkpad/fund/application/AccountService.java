package nl.werkpad.fund.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.werkpad.access.SignedInUser;
import nl.werkpad.fund.AccountHolder;
import nl.werkpad.fund.DevelopmentAccount;
import nl.werkpad.fund.FundingSource;
import nl.werkpad.fund.VoucherFilter;
import nl.werkpad.fund.domain.AccountRules;
import nl.werkpad.fund.domain.Applicant;
import nl.werkpad.fund.domain.Eligibility;
import nl.werkpad.fund.domain.SourceMode;
import nl.werkpad.fund.domain.SubAccounts;
import nl.werkpad.fund.persistence.HolderStore;
import nl.werkpad.fund.persistence.HolderStore.Holder;
import nl.werkpad.fund.persistence.LedgerStore;
import nl.werkpad.fund.persistence.LedgerStore.AccountKind;
import nl.werkpad.fund.persistence.LedgerStore.Booking;
import nl.werkpad.fund.persistence.LedgerStore.ExpiredAllowance;
import nl.werkpad.fund.persistence.LedgerStore.Pot;
import nl.werkpad.fund.persistence.SourceStore;
import nl.werkpad.fund.persistence.VoucherStore;
import nl.werkpad.fund.persistence.VoucherStore.PersonUse;
import nl.werkpad.passport.Passports;
import nl.werkpad.shared.RuleCheck;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Development accounts: opening one (the holder's facts, and the yearly allowances they qualify for, granted
 * from the sources' budgets), the account as its holder sees it, and allowances that expire unused.
 */
@Component
class AccountService {

    private final HolderStore holders;
    private final FundFacts facts;
    private final FundAccess access;
    private final SourceStore sources;
    private final LedgerStore ledger;
    private final VoucherStore vouchers;
    private final Passports passports;
    private final TransactionTemplate tx;
    private final Clock clock;

    AccountService(
            HolderStore holders,
            FundFacts facts,
            FundAccess access,
            SourceStore sources,
            LedgerStore ledger,
            VoucherStore vouchers,
            Passports passports,
            TransactionTemplate tx,
            Clock clock) {
        this.holders = holders;
        this.facts = facts;
        this.access = access;
        this.sources = sources;
        this.ledger = ledger;
        this.vouchers = vouchers;
        this.passports = passports;
        this.tx = tx;
        this.clock = clock;
    }

    DevelopmentAccount open(UUID person, AccountHolder holder, SignedInUser actor) {
        FundAccess.Relation relation = access.toAct(person, actor, null);
        LocalDate today = LocalDate.now(clock);
        Refusals.unless(
                holder == null
                        ? AccountRules.holder(null, Set.of(), AccountHolder.TARGET_GROUPS, today)
                        : AccountRules.holder(
                                holder.birthDate(), holder.targetGroups(), AccountHolder.TARGET_GROUPS, today));
        String read = passports.read(person, actor, "ontwikkelrekening openen").name();
        // a passport made without a name (generated, or kept anonymous) still needs a handle the provider can check
        String name = read == null || read.isBlank()
                ? "Deelnemer " + person.toString().substring(0, 8)
                : read;
        tx.executeWithoutResult(status -> {
            holders.save(person, name, holder, actor.accountId());
            grant(person, today, actor.accountId());
        });
        return view(person, actor, relation);
    }

    /** Grants this year's allowance of every allowance source the person qualifies for and has not had yet. */
    int grant(UUID person, LocalDate today, UUID actor) {
        return tx.execute(status -> grantInTransaction(person, today, actor));
    }

    private int grantInTransaction(UUID person, LocalDate today, UUID actor) {
        Holder holder = facts.holder(person).orElseThrow();
        Applicant who = facts.applicant(holder, facts.profile(person), null, today);
        int granted = 0;
        for (FundingSource source : sources.all()) {
            if (source.mode() != SourceMode.ALLOWANCE
                    || !Eligibility.passes(Eligibility.personChecks(who, source.rules(), source.openOn(today)))) {
                continue;
            }
            int year = today.getYear();
            if (ledger.hasAllowance(source.id(), year, person)) {
                continue;
            }
            // granted from the budget's sub-accounts, starting at one picked by the person (docs/fund.md)
            List<Long> budget = ledger.budget(source.id(), year);
            long[] free = budget.stream().mapToLong(ledger::free).toArray();
            List<SubAccounts.Take> takes = SubAccounts.draw(free, source.allowanceCents(), person.hashCode());
            if (takes.isEmpty()) {
                continue;
            }
            LocalDate expires = LocalDate.of(year, 12, 31).plusMonths(source.allowanceExpiryMonths());
            long allowance = ledger.account(AccountKind.ALLOWANCE, source.id(), year, person, expires);
            Booking booking = new Booking(today, actor, "grant " + year, null);
            // in account order, like every move that locks more than one account (no deadlocks)
            takes.stream()
                    .sorted(Comparator.comparingLong(t -> budget.get(t.index())))
                    .forEach(t -> Refusals.unlessPosted(
                            ledger.posted("GRANT", budget.get(t.index()), allowance, t.cents(), booking), t.cents()));
            granted++;
        }
        return granted;
    }

    DevelopmentAccount account(UUID person, SignedInUser viewer) {
        return view(person, viewer, access.toRead(person, viewer, "ontwikkelrekening"));
    }

    private DevelopmentAccount view(UUID person, SignedInUser viewer, FundAccess.Relation relation) {
        LocalDate today = LocalDate.now(clock);
        var holder = facts.holder(person);
        if (holder.isEmpty()) {
            return new DevelopmentAccount(person, null, null, List.of(), List.of());
        }
        Applicant who = facts.applicant(holder.get(), facts.profile(person), null, today);
        List<FundingSource> all = sources.all();
        Map<UUID, List<Pot>> pots = facts.pots(all, person, today);
        Map<UUID, PersonUse> used = vouchers.personUse(person, today.getYear());
        Map<UUID, LocalDate> expiry = ledger.earliestAllowanceExpiry(person, today);
        List<DevelopmentAccount.Line> lines = new ArrayList<>();
        for (FundingSource source : all) {
            List<RuleCheck> checks = Eligibility.personChecks(who, source.rules(), source.openOn(today));
            boolean eligible = Eligibility.passes(checks);
            long free = FundFacts.free(pots.get(source.id()));
            PersonUse u = used.getOrDefault(source.id(), new PersonUse(0, 0, 0));
            long available = eligible
                    ? source.mode() == SourceMode.ALLOWANCE
                            ? free
                            : Math.min(free, AccountRules.perPersonRoom(source.rules(), u.thisYear()))
                    : 0;
            lines.add(new DevelopmentAccount.Line(
                    source.id(),
                    source.name(),
                    source.mode(),
                    eligible,
                    available,
                    u.reserved(),
                    u.spent(),
                    source.mode() == SourceMode.ALLOWANCE ? free : 0,
                    expiry.get(source.id()),
                    checks));
        }
        var own = vouchers.search(new VoucherFilter(null, person, null, null, 200), Optional.empty(), Optional.empty());
        return new DevelopmentAccount(person, holder.get().name(), holder.get().facts(), lines, own);
    }

    /** Returns what is left of allowances past their expiry to their source's budget; how many expired. */
    int expireAllowances(LocalDate today) {
        int expired = 0;
        for (ExpiredAllowance row : ledger.expiredAllowances(today)) {
            try {
                tx.executeWithoutResult(status -> {
                    long free = ledger.free(row.allowance());
                    if (free > 0) {
                        Booking booking = new Booking(today, null, "allowance expiry " + today, null);
                        Refusals.unlessPosted(
                                ledger.posted("RETURN", row.allowance(), row.budget(), free, booking), free);
                    }
                });
                expired++;
            } catch (LostRace e) {
                // a voucher reserved from it at this very moment: the next run returns what is left
            }
        }
        return expired;
    }
}
