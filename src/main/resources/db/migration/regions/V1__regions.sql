-- Dutch geography (CBS 2024): provinces, labour-market regions (arbeidsmarktregio's) and municipalities.
create table province (
    code text primary key check (code ~ '^PV[0-9]{2}$'),
    name text not null unique
);

create table labour_market_region (
    code text primary key check (code ~ '^AM[0-9]{2}$'),
    name text not null unique
);

create table municipality (
    code        text primary key check (code ~ '^GM[0-9]{4}$'),
    name        text not null,
    province    text not null references province (code),
    labour_market_region text not null references labour_market_region (code),
    latitude    double precision not null check (latitude between 50 and 54),
    longitude   double precision not null check (longitude between 3 and 8)
);
create index municipality_region on municipality (labour_market_region);

-- Generalised boundaries of the labour-market regions for maps (TopoJSON as published by CBS/PDOK).
create table region_shapes (
    name     text primary key,
    topojson text not null
);
