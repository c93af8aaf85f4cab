-- Wrong passwords counted per account at an address, per address and per account (LoginThrottle), in the
-- database so that every node of a cluster sees the same counts. Replaces the per-account lock in account
-- (failed_logins, locked_until), which let anyone lock anyone out.
create table login_counter (
    scope           text not null check (scope in ('ACCOUNT_AT_ADDRESS', 'ADDRESS', 'ACCOUNT')),
    key             text not null check (length(key) <= 600),
    failures        integer not null check (failures >= 0),
    blocked_until   timestamptz,
    last_failure_at timestamptz not null,
    primary key (scope, key)
);
create index login_counter_blocked on login_counter (blocked_until) where blocked_until is not null;
update account set failed_logins = 0, locked_until = null;
