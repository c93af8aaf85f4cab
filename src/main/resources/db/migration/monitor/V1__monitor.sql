-- The labour-market monitor's own aggregates, kept up to date from the other modules' events in the same
-- transaction as the change (so they always equal a rebuild from scratch). Per entity what it contributes
-- now, so that a change subtracts the old contribution and adds the new one.

create table vacancy_contribution (
    vacancy_id   uuid primary key,
    municipality text not null,
    isco         text not null,
    skills       text[] not null
);

-- only residents who consented to anonymous statistics and are not erased
create table person_contribution (
    person_id    uuid primary key,
    municipality text not null,
    isco         text not null,
    ww_start     date,
    skills       text[] not null
);

create table vacancy_count (
    municipality text not null,
    isco         text not null,
    n            integer not null check (n >= 0),
    primary key (municipality, isco)
);

create table ww_count (
    municipality text not null,
    isco         text not null,
    ww_start     date not null,
    n            integer not null check (n >= 0),
    primary key (municipality, isco, ww_start)
);

create table vacancy_skill_count (
    municipality text not null,
    skill_id     text not null,
    n            integer not null check (n >= 0),
    primary key (municipality, skill_id)
);

create table person_skill_count (
    municipality text not null,
    skill_id     text not null,
    n            integer not null check (n >= 0),
    primary key (municipality, skill_id)
);

-- weekly snapshots (Monday) per municipality and ISCO sub-major group, for the trend
create table snapshot (
    week         date not null,
    municipality text not null,
    isco2        text not null,
    vacancies    integer not null,
    ww_short     integer not null,
    primary key (week, municipality, isco2)
);

-- official statistics next to Werkpad's own, never mixed
create table statistic (
    id          bigint generated always as identity primary key,
    area        text not null,
    period      text not null,
    indicator   text not null,
    value       numeric not null,
    value_high  numeric,
    unit        text,
    category    text,
    source      text not null,
    notes       text,
    imported_at timestamptz not null default now()
);
create index statistic_area on statistic (area, indicator);
