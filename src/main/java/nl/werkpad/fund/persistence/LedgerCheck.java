package nl.werkpad.fund.persistence;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.werkpad.fund.LedgerReport;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The trial balance and every invariant of the ledger, recomputed from the transfers (the source of truth)
 * in one repeatable-read snapshot. Each invariant is a query that lists what breaks it.
 */
@Component
public class LedgerCheck {

    private static final String POSTED = "('FUND', 'GRANT', 'RETURN', 'POST', 'REVERSAL', 'SPLIT')";

    /** Name → query returning one readable line per violation. */
    private static final Map<String, String> INVARIANTS = new LinkedHashMap<>();

    static {
        INVARIANTS.put("limited accounts' kept balances equal the sums of their transfers", """
                with sums as (
                  select a.id, a.credits_posted, a.debits_posted, a.debits_pending,
                    (select coalesce(sum(amount_cents), 0) from fund.transfer t where t.credit_account = a.id and t.kind in %1$s) as cp,
                    (select coalesce(sum(amount_cents), 0) from fund.transfer t where t.debit_account = a.id and t.kind in %1$s) as dp,
                    (select coalesce(sum(amount_cents), 0) from fund.transfer t where t.debit_account = a.id and t.kind = 'RESERVE'
                       and not exists (select 1 from fund.transfer s where s.pending_id = t.id)) as pend
                  from fund.ledger_account a where a.limited)
                select 'account ' || id || ': kept ' || credits_posted || '/' || debits_posted || '/' || debits_pending
                       || ', transfers ' || cp || '/' || dp || '/' || pend
                from sums where (credits_posted, debits_posted, debits_pending) <> (cp, dp, pend)""".formatted(POSTED));
        // a budget lies on sub-accounts (docs/fund.md): each is a limited account checked above, one by one; summed,
        // they must hold what the source was given, less what it granted and what its live vouchers drew from it
        INVARIANTS.put(
                "every budget, summed over its sub-accounts, equals its funding less grants and live vouchers", """
                with budget as (
                  select source_id, year, sum(credits_posted::numeric - debits_posted - debits_pending) as free, count(*) as sub_accounts
                  from fund.ledger_account where kind = 'BUDGET' group by source_id, year),
                flows as (
                  select a.source_id, a.year, sum(case when t.kind = 'GRANT' then -t.amount_cents::numeric else t.amount_cents end) as net
                  from fund.ledger_account a join fund.transfer t
                    on t.kind in ('FUND', 'RETURN') and t.credit_account = a.id or t.kind = 'GRANT' and t.debit_account = a.id
                  where a.kind = 'BUDGET' group by a.source_id, a.year),
                live as (
                  select a.source_id, a.year, sum(p.amount_cents) as drawn
                  from fund.ledger_account a join fund.voucher_part p on p.account_id = a.id
                  join fund.voucher v on v.id = p.voucher_id and v.status in ('ISSUED', 'REDEEMED')
                  where a.kind = 'BUDGET' group by a.source_id, a.year)
                select 'budget of source ' || b.source_id || ' ' || b.year || ' over ' || b.sub_accounts || ' sub-accounts: '
                       || b.free || ' free, its transfers and live vouchers say ' || (coalesce(f.net, 0) - coalesce(l.drawn, 0))
                from budget b left join flows f using (source_id, year) left join live l using (source_id, year)
                where b.free <> coalesce(f.net, 0) - coalesce(l.drawn, 0)""");
        INVARIANTS.put("money moves between sub-accounts only within one budget", """
                select 'transfer ' || t.id || ' (SPLIT) leaves its budget'
                from fund.transfer t join fund.ledger_account d on d.id = t.debit_account join fund.ledger_account c on c.id = t.credit_account
                where t.kind = 'SPLIT' and (d.kind <> 'BUDGET' or c.kind <> 'BUDGET' or d.source_id <> c.source_id or d.year <> c.year)""");
        INVARIANTS.put("no budget or allowance below zero", """
                select 'account ' || id || ' (' || kind || ') has ' || (credits_posted::numeric - debits_posted - debits_pending) || ' cents free'
                from fund.ledger_account where limited and credits_posted::numeric - debits_posted - debits_pending < 0""");
        INVARIANTS.put("every settlement matches its reservation and is settled once", """
                select 'transfer ' || s.id || ' settles ' || s.pending_id || ' wrongly'
                from fund.transfer s join fund.transfer r on r.id = s.pending_id
                where r.kind <> 'RESERVE' or (s.debit_account, s.credit_account, s.amount_cents) <> (r.debit_account, r.credit_account, r.amount_cents)
                union all
                select 'reservation ' || pending_id || ' settled ' || count(*) || ' times' from fund.transfer
                where pending_id is not null group by pending_id having count(*) > 1""");
        INVARIANTS.put("every voucher's reservations match its status and its funded amount", """
                select 'voucher ' || v.id || ' (' || v.status || '): ' || string_agg(coalesce(s.kind, 'OPEN'), ',')
                       || ', parts ' || sum(p.amount_cents) || ' vs funded ' || v.funded_cents
                from fund.voucher v join fund.voucher_part p on p.voucher_id = v.id
                left join fund.transfer s on s.pending_id = p.reserve_id
                group by v.id, v.status, v.funded_cents
                having sum(p.amount_cents) <> v.funded_cents
                    or bool_or(case v.status when 'ISSUED' then s.id is not null when 'REDEEMED' then s.kind is distinct from 'POST'
                                             else s.kind is distinct from 'VOID' end)
                union all
                select 'voucher ' || v.id || ' has no parts' from fund.voucher v
                where not exists (select 1 from fund.voucher_part p where p.voucher_id = v.id)""");
        // a cap's use lies on shards (docs/fund.md, "Caps on shards"): each shard's CHECK keeps its use within its
        // share;
        // summed, the shards hold what the live vouchers under the cap drew, and their shares add up to the cap (or to
        // what was used, when the cap was lowered below it) — so the cap is never exceeded
        INVARIANTS.put("cap counters, summed over their shards, equal the live vouchers under them", """
                with caps as (
                  select source_id, year, subject_kind, subject_id, sum(used_cents) as used, sum(share_cents) as shares,
                         min(cap_cents) as cap, max(cap_cents) as cap_max
                  from fund.usage_shard group by source_id, year, subject_kind, subject_id),
                parts as (
                  select p.source_id, extract(year from v.issued_on)::int as year, v.person_id, v.provider_id, p.amount_cents
                  from fund.voucher v join fund.voucher_part p on p.voucher_id = v.id where v.status in ('ISSUED', 'REDEEMED')),
                live as (
                  select source_id, year, 'PERSON' as subject_kind, person_id as subject_id, sum(amount_cents) as live
                  from parts group by source_id, year, person_id
                  union all
                  select source_id, year, 'PROVIDER', provider_id, sum(amount_cents) from parts group by source_id, year, provider_id)
                select 'usage ' || u.subject_kind || ' ' || u.subject_id || ' at source ' || u.source_id || ' ' || u.year
                       || ': ' || u.used || ' kept, ' || coalesce(x.live, 0) || ' live, shares ' || u.shares || ' for cap ' || u.cap
                -- one pass over the live vouchers (a lateral sum per cap read them all again for every person)
                from caps u left join live x using (source_id, year, subject_kind, subject_id)
                where u.used <> coalesce(x.live, 0) or u.cap <> u.cap_max or u.shares <> greatest(u.cap, u.used)""");
        INVARIANTS.put("at most one live voucher per person and training", """
                select 'person ' || person_id || ' holds ' || count(*) || ' live vouchers for offer ' || offer_id
                from fund.voucher where status in ('ISSUED', 'REDEEMED') group by person_id, offer_id having count(*) > 1""");
        INVARIANTS.put("every claimed idempotency key has its result", """
                select 'idempotency key ' || key || ' of ' || actor || ' has no result' from fund.idempotency where result is null""");
        INVARIANTS.put("the transfer table refuses updates and deletes", """
                select 'trigger transfer_append_only is missing' where not exists (
                  select 1 from pg_trigger where tgname = 'transfer_append_only' and tgrelid = 'fund.transfer'::regclass and tgenabled <> 'D')""");
    }

    /** The same invariant on a schema from before the cap shards (fund migration 3): one usage row per cap. */
    private static final String CAPS_BEFORE_SHARDS = """
            select 'usage ' || u.subject_kind || ' ' || u.subject_id || ' at source ' || u.source_id || ' ' || u.year
                   || ': ' || u.used_cents || ' kept, ' || coalesce(x.live, 0) || ' live'
            from fund.usage u left join lateral (
              select sum(p.amount_cents) as live from fund.voucher v join fund.voucher_part p on p.voucher_id = v.id
              where p.source_id = u.source_id and extract(year from v.issued_on) = u.year and v.status in ('ISSUED', 'REDEEMED')
                and case u.subject_kind when 'PERSON' then v.person_id else v.provider_id end = u.subject_id) x on true
            where u.used_cents <> coalesce(x.live, 0) or u.used_cents > u.cap_cents""";

    private final JdbcClient jdbc;

    LedgerCheck(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public LedgerReport run() {
        Totals totals = jdbc.sql("""
                select count(*),
                  coalesce(sum(amount_cents) filter (where kind in %1$s), 0),
                  (select coalesce(sum(t.amount_cents), 0) from fund.transfer t join fund.ledger_account a on a.id = t.credit_account where t.kind in %1$s),
                  coalesce(sum(amount_cents) filter (where kind = 'RESERVE' and not exists (
                      select 1 from fund.transfer s where s.pending_id = transfer.id)), 0)
                from fund.transfer""".formatted(POSTED))
                .query((rs, n) -> new Totals(
                        rs.getLong(1),
                        exact(rs.getBigDecimal(2)),
                        exact(rs.getBigDecimal(3)),
                        exact(rs.getBigDecimal(4))))
                .single();
        Map<String, BigInteger> byKind = new LinkedHashMap<>();
        jdbc.sql("""
                select a.kind, sum(case when t.credit_account = a.id then t.amount_cents::numeric else -t.amount_cents::numeric end)
                from fund.transfer t join fund.ledger_account a on a.id in (t.debit_account, t.credit_account)
                where t.kind in %s group by a.kind order by a.kind""".formatted(POSTED)).query(rs -> {
            byKind.put(rs.getString(1), exact(rs.getBigDecimal(2)));
        });
        List<String> violations = new ArrayList<>();
        BigInteger sum = byKind.values().stream().reduce(BigInteger.ZERO, BigInteger::add);
        if (sum.signum() != 0) {
            violations.add("posted credits minus debits over all accounts is " + sum + ", not 0");
        }
        violations.addAll(invariantsBrokenIn("fund"));
        List<String> checked = new ArrayList<>(List.of("posted debits equal posted credits (trial balance)"));
        checked.addAll(INVARIANTS.keySet());
        return new LedgerReport(
                totals.transfers(), totals.debits(), totals.credits(), totals.pending(), byKind, checked, violations);
    }

    /** Every invariant's violations in a schema with the fund's tables (the fund's own, or a migrated copy in a test). */
    List<String> invariantsBrokenIn(String schema) {
        boolean sharded = jdbc.sql("select to_regclass(? || '.usage_shard') is not null")
                .param(schema)
                .query(Boolean.class)
                .single();
        List<String> violations = new ArrayList<>();
        INVARIANTS.values().forEach(invariant -> {
            String sql = sharded || !invariant.contains("usage_shard") ? invariant : CAPS_BEFORE_SHARDS;
            violations.addAll(jdbc.sql(sql.replace("fund.", schema + "."))
                    .query(String.class)
                    .list());
        });
        return violations;
    }

    private record Totals(long transfers, BigInteger debits, BigInteger credits, BigInteger pending) {}

    private static BigInteger exact(BigDecimal numeric) {
        return numeric == null ? BigInteger.ZERO : numeric.toBigIntegerExact();
    }
}
