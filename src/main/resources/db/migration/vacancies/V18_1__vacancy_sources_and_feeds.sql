-- Where imported vacancies come from (issue 18): every source that carries a vacancy, with the JobPosting it sent.
-- A vacancy from the form has no row here unless an import found it again; one created by an import has a row
-- with created_it, and leaves the market when its last source drops it.
create table vacancy_source (
    id           uuid primary key,
    vacancy_id   uuid not null references vacancy (id) on delete cascade,
    source       text not null,
    source_key   text not null,
    url          text,
    original     jsonb not null,
    content_hash text not null,
    evidence     jsonb,
    created_it   boolean not null,
    first_seen   timestamptz not null,
    last_seen    timestamptz not null,
    dropped_at   timestamptz,
    unique (source, source_key)
);
create index vacancy_source_vacancy on vacancy_source (vacancy_id);
create index vacancy_source_url on vacancy_source (url) where url is not null;

-- Organisations an import created (not verified by a person yet).
create table imported_organisation (
    organisation_id uuid primary key,
    source          text not null,
    created_at      timestamptz not null
);

-- Feeds of JobPostings an administrator registered, polled on a schedule with conditional GET.
create table feed (
    id            uuid primary key,
    name          text not null check (length(name) between 1 and 200),
    url           text not null unique check (url ~ '^https?://'),
    registered_by uuid not null,
    etag          text,
    last_modified text,
    body_hash     text,
    last_items    integer,
    active        boolean not null default true,
    created_at    timestamptz not null
);

create table feed_run (
    id          bigserial primary key,
    feed_id     uuid not null references feed (id) on delete cascade,
    started_at  timestamptz not null,
    finished_at timestamptz not null,
    outcome     text not null check (outcome in ('IMPORTED', 'NOT_MODIFIED', 'UNCHANGED', 'REFUSED', 'FAILED')),
    http_status integer,
    received    integer not null default 0,
    created     integer not null default 0,
    updated     integer not null default 0,
    merged      integer not null default 0,
    unchanged   integer not null default 0,
    dropped     integer not null default 0,
    failed      integer not null default 0,
    message     text,
    problems    jsonb
);
create index feed_run_feed on feed_run (feed_id, started_at desc);
