-- The counters summed per labour-market region, province and the whole country (areas AMxx, PVxx, NL), kept in
-- the same transaction as the municipality counters, so that reading a larger area never sums municipality rows.
create table area_of (
    municipality text primary key,
    region       text not null,
    province     text not null
);

create table area_vacancy_count (
    area text not null,
    isco text not null,
    n    integer not null check (n >= 0),
    primary key (area, isco)
);

create table area_ww_count (
    area     text not null,
    isco     text not null,
    ww_start date not null,
    n        integer not null check (n >= 0),
    primary key (area, isco, ww_start)
);
create index area_ww_window on area_ww_count (area, ww_start);

create table area_vacancy_skill_count (
    area     text not null,
    skill_id text not null,
    n        integer not null check (n >= 0),
    primary key (area, skill_id)
);
create index area_vacancy_skill_top on area_vacancy_skill_count (area, n desc);

create table area_person_skill_count (
    area     text not null,
    skill_id text not null,
    n        integer not null check (n >= 0),
    primary key (area, skill_id)
);
