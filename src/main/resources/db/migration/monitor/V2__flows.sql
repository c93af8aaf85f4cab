-- Flows from the trajectories and the fund, per area (NL, province, labour-market region, campus:<id>) and ISO
-- week: counts (and a total: cents for vouchers, days for time to placement), kept from their events.
create table flow (
    area    text not null,
    week    date not null,
    measure text not null,
    key     text not null,
    label   text not null,
    count   bigint not null default 0,
    total   bigint not null default 0,
    primary key (area, week, measure, key)
);
