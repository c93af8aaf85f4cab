-- The talent infrastructure of the region: campuses with their partners, development coalitions with
-- their purpose case and decisions, the action agenda's targets with progress, and the events that feed it.

create table campus (
    id                   uuid primary key,
    nr                   integer not null unique,
    name                 text not null check (length(name) between 1 and 200),
    place                text,
    municipality         text check (municipality ~ '^GM[0-9]{4}$'),
    labour_market_region text check (labour_market_region ~ '^AM[0-9]{2}$'),
    subregion            text,
    kind                 text not null check (kind in ('campus', 'project-pps')),
    focus                text[] not null default '{}',
    related_programmes   text,
    notes                text,
    source               text,
    service_point        boolean not null default false
);

-- Partners by helix; organisation ids point into the organisations module (no cross-schema keys).
create table campus_partner (
    campus_id       uuid not null references campus (id) on delete cascade,
    organisation_id uuid not null,
    helix           text not null check (helix in ('BUSINESS', 'EDUCATION', 'GOVERNMENT')),
    primary key (campus_id, organisation_id)
);

create table coalition (
    id              uuid primary key,
    name            text not null check (length(name) between 1 and 200),
    action_ref      text,
    driver          text not null check (length(driver) between 1 and 200),
    phase           text not null check (phase in ('IDEA', 'PURPOSE_CASE', 'RUNNING', 'FINISHED', 'STOPPED')),
    problem         text,
    intended_result text,
    decision        text,
    stop_reason     text,
    created_by      uuid not null,
    created_at      timestamptz not null default now(),
    updated_at      timestamptz not null default now()
);

create table coalition_partner (
    coalition_id       uuid not null references coalition (id) on delete cascade,
    position           integer not null,
    name               text not null check (length(name) between 1 and 200),
    helix              text not null check (helix in ('BUSINESS', 'EDUCATION', 'GOVERNMENT', 'PROVINCE')),
    contribution_cents bigint not null default 0 check (contribution_cents >= 0),
    commitment         text,
    primary key (coalition_id, position)
);

create table coalition_history (
    id           bigint generated always as identity primary key,
    coalition_id uuid not null references coalition (id) on delete cascade,
    phase        text not null,
    reason       text,
    actor        uuid not null,
    at           timestamptz not null default now()
);

create table target (
    id           text primary key,
    action_line  text not null,
    action_nr    text,
    result_nr    text not null,
    title        text not null,
    coalition_nr text,
    description  text not null,
    metric       text,
    value        numeric,
    unit         text,
    deadline     text,
    due          date,
    yearly       boolean not null default false,
    measure      text,
    source       text
);

create table progress (
    id         bigint generated always as identity primary key,
    target_id  text not null references target (id) on delete cascade,
    value      numeric not null,
    as_of      date not null,
    source     text not null check (length(source) between 1 and 300),
    entered_by uuid not null,
    entered_at timestamptz not null default now()
);
create index progress_target on progress (target_id, as_of desc);

create table event (
    id           uuid primary key,
    kind         text not null check (kind in ('TECHNOLOGY_TABLE', 'ADVISORY_MEETING', 'PROMOTION_EVENT', 'PARENT_CHILD_DAY')),
    title        text not null check (length(title) between 1 and 200),
    held_on      date not null,
    campus_id    uuid references campus (id),
    municipality text check (municipality ~ '^GM[0-9]{4}$'),
    participants integer check (participants >= 0),
    pupils       integer check (pupils >= 0),
    outcome      text,
    created_by   uuid not null,
    created_at   timestamptz not null default now()
);
create index event_held on event (held_on);
