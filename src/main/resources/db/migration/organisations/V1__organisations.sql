-- The organisations behind vacancies, training offers, funds and campuses, their sites, and which
-- accounts act for them. Accounts (access) and municipalities (regions) are referred to by id only.
create table organisation (
    id           uuid primary key,
    kvk_number   text unique check (kvk_number ~ '^[0-9]{8}$'),
    name         text not null check (length(name) between 1 and 200),
    kind         text not null check (kind in ('EMPLOYER', 'SCHOOL', 'TRAINING_PROVIDER', 'GOVERNMENT', 'FUND', 'UWV',
                                               'INTERMEDIARY', 'OTHER')),
    school_level text check (school_level in ('VMBO', 'MBO', 'HBO', 'WO')),
    sbi_section  text check (sbi_section ~ '^[A-U]$'),
    website      text,
    created_at   timestamptz not null default now()
);
create index organisation_name on organisation (lower(name));

create table site (
    id              uuid primary key,
    organisation_id uuid not null references organisation (id) on delete cascade,
    name            text not null,
    municipality    text not null check (municipality ~ '^GM[0-9]{4}$')
);
create index site_organisation on site (organisation_id);

create table member (
    organisation_id uuid not null references organisation (id) on delete cascade,
    account_id      uuid not null,
    primary key (organisation_id, account_id)
);
create index member_account on member (account_id);
