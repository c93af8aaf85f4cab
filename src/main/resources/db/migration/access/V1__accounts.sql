-- Accounts of people who log in to Werkpad, locally (password) or through OpenID Connect.
create table account (
    id                   uuid primary key,
    username             text not null,
    display_name         text not null,
    password_hash        text,
    external_subject     text unique,
    enabled              boolean not null default true,
    must_change_password boolean not null default false,
    failed_logins        integer not null default 0 check (failed_logins >= 0),
    locked_until         timestamptz,
    last_login_at        timestamptz,
    created_at           timestamptz not null default now(),
    constraint account_has_credentials check (password_hash is not null or external_subject is not null)
);
create unique index account_username_unique on account (lower(username));

create table account_role (
    account_id uuid not null references account (id) on delete cascade,
    role       text not null check (role in ('INWONER', 'WERKGEVER', 'OPLEIDER', 'ADVISEUR',
                                             'FONDSBEHEERDER', 'BELEID', 'BEHEERDER')),
    primary key (account_id, role)
);
