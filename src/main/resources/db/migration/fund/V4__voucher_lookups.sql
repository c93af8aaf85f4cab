-- Every voucher request reads the person's allowances and the caps' shards of the person and the provider. Without
-- these indexes both reads scanned every account or every shard row, and the hot budget and cap rows with their
-- dead versions besides: a third of the database's work per voucher (docs/benchmarks.md, issue 21 item 3).
create index ledger_account_allowances on ledger_account (owner_id, expires_on) where kind = 'ALLOWANCE';
create index usage_shard_subject on usage_shard (subject_id, year);

-- A voucher's explanation (every source's checks) is a few kilobytes of JSON. Kept in the row up to a page, it is not
-- compressed and moved to the TOAST table on every issue: each voucher row was written twice, once compressed.
alter table voucher set (toast_tuple_target = 8160);

-- The explanation and the idempotent answers are written once per move and read back only as text: kept as json (the
-- text, checked) they are not taken apart into jsonb's binary form on every write.
alter table voucher alter column explanation type json using explanation::json;
alter table idempotency alter column result type json using result::json;
