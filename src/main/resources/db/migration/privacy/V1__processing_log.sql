-- The processing log (verwerkingsregister): who read or changed whose personal data, what and why.
-- Rows are only ever inserted; the application has no update or delete statement for this table.
create table processing_log (
    id          bigint generated always as identity primary key,
    at          timestamptz not null default now(),
    actor_id    uuid not null,
    actor_label text not null,
    subject_id  uuid not null,
    action      text not null check (action in ('READ', 'CHANGE', 'EXPORT', 'ERASE')),
    data        text not null,
    purpose     text not null,
    request_id  text
);
create index processing_log_subject on processing_log (subject_id, at desc);
create index processing_log_actor on processing_log (actor_id, at desc);
