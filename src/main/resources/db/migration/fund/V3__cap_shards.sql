-- A cap's usage (max per person or per provider and year) is kept on shard rows, each with its share of the cap,
-- instead of one row in fund.usage: every voucher at a provider added to that provider's row and kept its lock until
-- the commit was on disk, so the vouchers of one provider queued on one disk flush after another (docs/fund.md, "Caps
-- on shards"). The CHECK holds per shard (use within its share) and the shares add up to the cap (the ledger check
-- proves it), so the cap is never exceeded. A provider's cap is spread over 16 shards, a person's stays on one.
-- Expand-only: fund.usage stays as it is for the previous release during a rolling upgrade (docs/operations.md) and is
-- dropped in a later release. Names are unqualified: Flyway runs this with the module's schema as search path.

create table usage_shard (
    source_id    uuid not null references funding_source (id),
    year         int not null,
    subject_kind text not null check (subject_kind in ('PERSON', 'PROVIDER')),
    subject_id   uuid not null,
    shard        int not null check (shard >= 0),
    used_cents   bigint not null check (used_cents >= 0),
    share_cents  bigint not null,
    -- the cap the shares were spread for; a source's changed rule spreads them again (domain CapShares)
    cap_cents    bigint not null,
    primary key (source_id, year, subject_kind, subject_id, shard),
    constraint usage_shard_within_share check (used_cents <= share_cents)
);

-- Existing counters: shard 0 keeps all of what was used; the room left under the cap is spread over the shards in
-- equal parts, the remainder cent by cent from the first (as CapShares.shares does). The sum of the shards' use is
-- the old row's use, the sum of their shares its cap.
insert into usage_shard (source_id, year, subject_kind, subject_id, shard, used_cents, share_cents, cap_cents)
select u.source_id, u.year, u.subject_kind, u.subject_id, s.shard,
       case when s.shard = 0 then u.used_cents else 0 end,
       case when s.shard = 0 then u.used_cents else 0 end
         + greatest(u.cap_cents - u.used_cents, 0) / n.shards
         + case when s.shard < greatest(u.cap_cents - u.used_cents, 0) % n.shards then 1 else 0 end,
       u.cap_cents
from usage u
cross join lateral (select case u.subject_kind when 'PROVIDER' then 16 else 1 end as shards) n
cross join lateral generate_series(0, n.shards - 1) as s (shard);
