-- Vacancies as skill profiles: jobs, internships (stage/BOL) and work-based learning places (BBL).
-- Organisations, occupations, skills and municipalities are referred to by their ids.
create table vacancy (
    id                   uuid primary key,
    organisation_id      uuid not null,
    title                text not null check (length(title) between 1 and 200),
    description          text,
    occupation_id        text not null,
    municipality         text not null check (municipality ~ '^GM[0-9]{4}$'),
    kind                 text not null check (kind in ('JOB', 'INTERNSHIP', 'LEARNING_PLACE')),
    hours_per_week       integer check (hours_per_week between 1 and 60),
    contract_type        text check (contract_type in ('PERMANENT', 'TEMPORARY', 'ON_CALL', 'APPRENTICESHIP', 'FREELANCE')),
    sector               text check (sector ~ '^[A-U]$'),
    salary_min_cents     bigint check (salary_min_cents >= 0),
    salary_max_cents     bigint check (salary_max_cents >= 0),
    closing_date         date,
    positions            integer not null default 1 check (positions >= 1),
    required_certificate text,
    status               text not null check (status in ('DRAFT', 'OPEN', 'FILLED', 'CLOSED', 'EXPIRED')),
    created_by           uuid,
    created_at           timestamptz not null default now(),
    updated_at           timestamptz not null default now(),
    constraint salary_range check (salary_min_cents is null or salary_max_cents is null or salary_min_cents <= salary_max_cents)
);
create index vacancy_status_municipality on vacancy (status, municipality);
create index vacancy_organisation on vacancy (organisation_id);
create index vacancy_occupation on vacancy (occupation_id);
create index vacancy_open_closing on vacancy (closing_date) where status = 'OPEN';

create table vacancy_skill (
    vacancy_id uuid not null references vacancy (id) on delete cascade,
    skill_id   text not null,
    relation   text not null check (relation in ('essential', 'optional')),
    primary key (vacancy_id, skill_id)
);
