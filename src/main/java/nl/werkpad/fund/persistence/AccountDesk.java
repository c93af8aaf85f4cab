package nl.werkpad.fund.persistence;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.werkpad.access.SignedInUser;
import nl.werkpad.fund.AccountHolder;
import nl.werkpad.fund.DevelopmentAccount;
import nl.werkpad.fund.FundRefused;
import nl.werkpad.fund.FundingSource;
import nl.werkpad.fund.VoucherFilter;
import nl.werkpad.fund.domain.Applicant;
import nl.werkpad.fund.domain.Eligibility;
import nl.werkpad.fund.domain.FundingRule;
import nl.werkpad.fund.domain.SourceMode;
import nl.werkpad.fund.domain.SubAccounts;
import nl.werkpad.fund.persistence.LedgerStore.AccountKind;
import nl.werkpad.fund.persistence.LedgerStore.Booking;
import nl.werkpad.passport.Passports;
import nl.werkpad.shared.RuleCheck;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Development accounts: opening one (the holder's facts, and the yearly allowances they qualify for, granted
 * from the sources' budgets), the account as its holder sees it, and allowances that expire unused.
 */
@Component
class AccountDesk {

    private final JdbcClient jdbc;
    private final FundFacts facts;
    private final FundAccess access;
    private final SourceStore sources;
    private final LedgerStore ledger;
    private final VoucherStore vouchers;
    private final Passports passports;
    private final TransactionTemplate tx;
    private final Clock clock;

    AccountDesk(
            JdbcClient jdbc,
            FundFacts facts,
            FundAccess access,
            SourceStore sources,
            LedgerStore ledger,
            VoucherStore vouchers,
            Passports passports,
            TransactionTemplate tx,
            Clock clock) {
        this.jdbc = jdbc;
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
        if (holder == null
                || holder.birthDate() == null
                || holder.birthDate().isAfter(today.minusYears(15))
                || holder.birthDate().isBefore(today.minusYears(100))) {
            throw FundRefused.by("account.birth-date-invalid", "a birth date between 15 and 100 years ago is required");
        }
        var unknown = holder.targetGroups().stream()
                .filter(g -> !AccountHolder.TARGET_GROUPS.contains(g))
                .toList();
        if (!unknown.isEmpty()) {
            throw FundRefused.by("account.target-group-unknown", "unknown target groups " + unknown);
        }
        String read = passports.read(person, actor, "ontwikkelrekening openen").name();
        // a passport made without a name (generated, or kept anonymous) still needs a handle the provider can check
        String name = read == null || read.isBlank()
                ? "Deelnemer " + person.toString().substring(0, 8)
                : read;
        tx.executeWithoutResult(status -> {
            jdbc.sql("""
                    insert into fund.account_holder (person_id, name, birth_date, target_groups, opened_by)
                    values (:person, :name, :birth, :groups, :actor)
                    on conflict (person_id) do update set name = excluded.name, birth_date = excluded.birth_date,
                        target_groups = excluded.target_groups""")
                    .param("person", person)
                    .param("name", name)
                    .param("birth", holder.birthDate())
                    .param("groups", holder.targetGroups().stream().sorted().toArray(String[]::new))
                    .param("actor", actor.accountId())
                    .update();
            grant(person, today, actor.accountId());
        });
        return view(person, actor, relation);
    }

    /** Grants this year's allowance of every allowance source the person qualifies for and has not had yet. */
    int grant(UUID person, LocalDate today, UUID actor) {
        return tx.execute(status -> grantInTransaction(person, today, actor));
    }

    private int grantInTransaction(UUID person, LocalDate today, UUID actor) {
        FundFacts.Holder holder = facts.holder(person).orElseThrow();
        Applicant who = facts.applicant(holder, facts.profile(person), null, today);
        int granted = 0;
        for (FundingSource source : sources.all()) {
            if (source.mode() != SourceMode.ALLOWANCE
                    || !Eligibility.passes(Eligibility.personChecks(who, source.rules(), source.openOn(today)))) {
                continue;
            }
            int year = today.getYear();
            boolean had = jdbc.sql(
                            "select count(*) > 0 from fund.ledger_account where kind = 'ALLOWANCE' and source_id = ? and year = ? and owner_id = ?")
                    .params(source.id(), year, person)
                    .query(Boolean.class)
                    .single();
            if (had) {
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
                    .sorted(java.util.Comparator.comparingLong(t -> budget.get(t.index())))
                    .forEach(t -> ledger.posted("GRANT", budget.get(t.index()), allowance, t.cents(), booking));
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
        Map<UUID, List<FundFacts.Pot>> pots = facts.pots(all, person, today);
        Map<UUID, long[]> used = used(person);
        List<DevelopmentAccount.Line> lines = new ArrayList<>();
        for (FundingSource source : all) {
            List<RuleCheck> checks = Eligibility.personChecks(who, source.rules(), source.openOn(today));
            boolean eligible = Eligibility.passes(checks);
            long free = FundFacts.free(pots.get(source.id()));
            long available = eligible
                    ? source.mode() == SourceMode.ALLOWANCE ? free : Math.min(free, perPersonRoom(source, used, today))
                    : 0;
            long[] u = used.getOrDefault(source.id(), new long[4]);
            lines.add(new DevelopmentAccount.Line(
                    source.id(),
                    source.name(),
                    source.mode(),
                    eligible,
                    available,
                    u[0],
                    u[1],
                    source.mode() == SourceMode.ALLOWANCE ? free : 0,
                    u[2] == 0 ? null : LocalDate.ofEpochDay(u[2]),
                    checks));
        }
        var own = vouchers.search(new VoucherFilter(null, person, null, null, 200), "true", Map.of());
        return new DevelopmentAccount(person, holder.get().name(), holder.get().facts(), lines, own);
    }

    /** What a per-voucher source could still pay this person this year under its per-person and per-voucher caps. */
    private static long perPersonRoom(FundingSource source, Map<UUID, long[]> used, LocalDate today) {
        long room = Long.MAX_VALUE;
        for (FundingRule rule : source.rules()) {
            if (rule instanceof FundingRule.MaxPerPersonYear cap) {
                room = Math.min(room, cap.cents() - used.getOrDefault(source.id(), new long[4])[3]);
            } else if (rule instanceof FundingRule.MaxPerVoucher cap) {
                room = Math.min(room, cap.cents());
            }
        }
        return Math.max(0, room);
    }

    /** Per source: reserved, spent, the earliest expiry of an unexpired allowance (epoch day), and this year's use. */
    private Map<UUID, long[]> used(UUID person) {
        Map<UUID, long[]> used = new java.util.HashMap<>();
        int year = LocalDate.now(clock).getYear();
        jdbc.sql("""
                select p.source_id,
                       least(sum(p.amount_cents) filter (where v.status = 'ISSUED'), :most),
                       least(sum(p.amount_cents) filter (where v.status = 'REDEEMED'), :most),
                       least(sum(p.amount_cents) filter (where v.status in ('ISSUED', 'REDEEMED') and extract(year from v.issued_on) = :year), :most)
                from fund.voucher v join fund.voucher_part p on p.voucher_id = v.id
                where v.person_id = :person group by p.source_id""")
                .param("person", person)
                .param("year", year)
                // summed as numeric; a sum past a long reads as the most a long holds: no room left either way
                .param("most", Long.MAX_VALUE)
                .query(rs -> {
                    used.computeIfAbsent(rs.getObject(1, UUID.class), k -> new long[4])[0] = rs.getLong(2);
                    used.get(rs.getObject(1, UUID.class))[1] = rs.getLong(3);
                    used.get(rs.getObject(1, UUID.class))[3] = rs.getLong(4);
                });
        jdbc.sql("""
                select source_id, min(expires_on) from fund.ledger_account
                where kind = 'ALLOWANCE' and owner_id = :person and expires_on >= :today
                  and credits_posted - debits_posted - debits_pending > 0 group by source_id""")
                .param("person", person)
                .param("today", LocalDate.now(clock))
                .query(rs -> {
                    used.computeIfAbsent(rs.getObject(1, UUID.class), k -> new long[4])[2] =
                            rs.getObject(2, LocalDate.class).toEpochDay();
                });
        return used;
    }

    /** Returns what is left of allowances past their expiry to their source's budget; how many expired. */
    int expireAllowances(LocalDate today) {
        List<long[]> due = jdbc.sql("""
                select a.id, b.id from fund.ledger_account a
                join fund.ledger_account b on b.kind = 'BUDGET' and b.source_id = a.source_id and b.year = a.year and b.slot = 0
                where a.kind = 'ALLOWANCE' and a.expires_on < :today and a.credits_posted - a.debits_posted - a.debits_pending > 0""")
                .param("today", today)
                .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)})
                .list();
        int expired = 0;
        for (long[] row : due) {
            try {
                tx.executeWithoutResult(status -> {
                    long free = ledger.free(row[0]);
                    if (free > 0) {
                        ledger.posted(
                                "RETURN",
                                row[0],
                                row[1],
                                free,
                                new Booking(today, null, "allowance expiry " + today, null));
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
