-- Training offers (modules) of schools, company academies and campuses, with the ESCO skills they
-- teach and their start dates. Providers (organisations) and municipalities are referred to by id.
create table offer (
    id             uuid primary key,
    provider_id    uuid not null,
    title          text not null check (length(title) between 1 and 200),
    description    text,
    level          text not null check (level in ('MBO_1', 'MBO_2', 'MBO_3', 'MBO_4', 'HBO', 'WO', 'COURSE', 'OTHER')),
    mode           text not null check (mode in ('ON_SITE', 'ONLINE', 'BLENDED')),
    municipality   text check (municipality ~ '^GM[0-9]{4}$'),
    duration_hours integer not null check (duration_hours > 0),
    duration_weeks integer not null check (duration_weeks > 0),
    cost_cents     bigint not null check (cost_cents >= 0),
    on_register    boolean not null default false,
    status         text not null check (status in ('DRAFT', 'PUBLISHED', 'WITHDRAWN')),
    created_by     uuid,
    created_at     timestamptz not null default now(),
    updated_at     timestamptz not null default now(),
    constraint place_unless_online check (mode = 'ONLINE' or municipality is not null)
);
create index offer_status_municipality on offer (status, municipality);
create index offer_provider on offer (provider_id);

create table offer_skill (
    offer_id uuid not null references offer (id) on delete cascade,
    skill_id text not null,
    primary key (offer_id, skill_id)
);
create index offer_skill_skill on offer_skill (skill_id);

create table offer_start (
    offer_id  uuid not null references offer (id) on delete cascade,
    starts_on date not null,
    seats     integer not null check (seats >= 0),
    primary key (offer_id, starts_on)
);
