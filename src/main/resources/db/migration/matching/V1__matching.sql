-- The change feed the matching index follows: one row per changed vacancy, offer, person or consent,
-- numbered in commit order (writers take a transaction-level advisory lock before they append), so that
-- every node can follow it by position and never sees a later position commit before an earlier one.
create table change_feed (
    position    bigint generated always as identity primary key,
    kind        text not null check (kind in ('VACANCY', 'OFFER', 'PERSON')),
    entity_id   uuid not null,
    recorded_at timestamptz not null default now()
);
create index change_feed_recorded on change_feed (recorded_at);

-- An employer (or advisor) asks a consenting candidate for contact about a vacancy; the resident answers,
-- and only on acceptance shares the name and contact details they choose.
create table contact_request (
    id              uuid primary key,
    vacancy_id      uuid not null,
    person_id       uuid not null,
    organisation_id uuid not null,
    requested_by    uuid not null,
    message         text check (length(message) <= 1000),
    status          text not null check (status in ('REQUESTED', 'ACCEPTED', 'DECLINED')),
    shared_name     text check (length(shared_name) <= 200),
    shared_contact  text check (length(shared_contact) <= 300),
    created_at      timestamptz not null default now(),
    answered_at     timestamptz,
    unique (vacancy_id, person_id)
);
create index contact_request_person on contact_request (person_id);
