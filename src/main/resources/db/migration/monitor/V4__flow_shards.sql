-- A flow counter lies on up to 16 rows (shard 0-15) instead of one, summed on every read: the fund's listener
-- upserts three flow rows (country, province, labour-market region) per source inside each voucher's transaction,
-- and with one row per counter every voucher of a source waited for the previous one's commit on those rows
-- (docs/benchmarks.md, "Vouchers past one hot row"). Expand only: existing rows become shard 0.
alter table flow add column shard smallint not null default 0;
alter table flow drop constraint flow_pkey;
alter table flow add constraint flow_pkey primary key (area, week, measure, key, shard);
