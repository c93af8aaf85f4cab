-- Residents and their skills passport. Personal data: read by others only with consent (privacy
-- module) and every such read is logged. Erasure clears the personal fields and deletes the
-- passport's contents; the row stays as a pseudonym so that logs and ledgers keep their references.
create table person (
    id                uuid primary key,
    account_id        uuid unique,
    name              text,
    municipality      text check (municipality ~ '^GM[0-9]{4}$'),
    travel_km         integer check (travel_km between 0 and 300),
    status            text check (status in ('EMPLOYED', 'EMPLOYED_AT_RISK', 'JOB_SEEKER', 'STUDENT', 'NOT_ACTIVE')),
    ww_start          date,
    hours_per_week    integer check (hours_per_week between 1 and 60),
    sectors           text[] not null default '{}',
    willing_to_retrain boolean not null default false,
    created_by        uuid not null,
    created_at        timestamptz not null default now(),
    updated_at        timestamptz not null default now(),
    erased_at         timestamptz
);

create table person_skill (
    person_id uuid not null references person (id) on delete cascade,
    skill_id  text not null,
    source    text not null check (source in ('DIPLOMA', 'CERTIFICATE', 'WORK_EXPERIENCE', 'INFORMAL', 'SELF_ASSESSED', 'VALIDATED')),
    level     integer check (level between 1 and 5),
    primary key (person_id, skill_id)
);
create index person_skill_skill on person_skill (skill_id);

create table work_history (
    id            uuid primary key,
    person_id     uuid not null references person (id) on delete cascade,
    occupation_id text not null,
    employer      text,
    from_year     integer check (from_year between 1950 and 2100),
    to_year       integer check (to_year between 1950 and 2100)
);
create index work_history_person on work_history (person_id);

create table education (
    id          uuid primary key,
    person_id   uuid not null references person (id) on delete cascade,
    kind        text not null check (kind in ('DIPLOMA', 'CERTIFICATE')),
    title       text not null,
    institution text,
    year        integer check (year between 1950 and 2100)
);
create index education_person on education (person_id);
