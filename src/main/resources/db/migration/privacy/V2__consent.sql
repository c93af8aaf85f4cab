-- Consent per purpose, as an append-only history: every giving and withdrawing is a row; what holds
-- now is the newest row per (subject, purpose, grantee).
create table consent_event (
    id         bigint generated always as identity primary key,
    subject_id uuid not null,
    purpose    text not null check (purpose in ('EMPLOYERS_IN_REGION', 'ADVISOR', 'ANONYMOUS_STATISTICS')),
    grantee    uuid,
    given      boolean not null,
    at         timestamptz not null default now(),
    actor_id   uuid not null,
    constraint advisor_needs_grantee check ((purpose = 'ADVISOR') = (grantee is not null))
);
create index consent_subject on consent_event (subject_id, purpose, grantee, id desc);
create index consent_grantee on consent_event (grantee, purpose) where grantee is not null;
