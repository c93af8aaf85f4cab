-- The development fund. Money is in euro cents. docs/fund.md explains the ledger and why it cannot overspend.

create table funding_source (
    id                      uuid primary key,
    code                    text not null unique,
    name                    text not null,
    kind                    text not null check (kind in ('RIJK', 'PROVINCIE', 'GEMEENTE', 'REGIO', 'SECTORFONDS', 'WERKGEVER')),
    mode                    text not null check (mode in ('ALLOWANCE', 'PER_VOUCHER')),
    allowance_cents         bigint check (allowance_cents > 0),
    allowance_expiry_months int not null default 12 check (allowance_expiry_months >= 0),
    valid_from              date not null,
    valid_until             date not null,
    priority                int not null,
    voucher_valid_days      int not null check (voucher_valid_days > 0),
    rules                   jsonb not null,
    provenance              text,
    created_at              timestamptz not null default now(),
    created_by              uuid,
    check (valid_until >= valid_from),
    check ((mode = 'ALLOWANCE') = (allowance_cents is not null))
);

-- A ledger account. Balances are kept on the row only for limited accounts (budgets and allowances):
-- reserving there is a conditional update of the row, and the check below is the database's own guarantee
-- that reserved plus spent never exceeds what came in. Other accounts' balances are sums over the transfers.
create table ledger_account (
    id             bigserial primary key,
    kind           text not null check (kind in ('FUNDING', 'BUDGET', 'ALLOWANCE', 'PAYABLE')),
    source_id      uuid not null references funding_source (id),
    year           int,
    owner_id       uuid,
    expires_on     date,
    limited        boolean not null,
    credits_posted bigint not null default 0,
    debits_posted  bigint not null default 0,
    debits_pending bigint not null default 0,
    constraint ledger_account_identity unique nulls not distinct (kind, source_id, year, owner_id),
    constraint ledger_account_no_overspend check (not limited or debits_posted + debits_pending <= credits_posted),
    constraint ledger_account_non_negative check (credits_posted >= 0 and debits_posted >= 0 and debits_pending >= 0),
    check (limited = (kind in ('BUDGET', 'ALLOWANCE'))),
    check (limited or (credits_posted, debits_posted, debits_pending) = (0, 0, 0)),
    check ((kind in ('BUDGET', 'ALLOWANCE')) = (year is not null))
);

-- Append-only: a transfer is never changed or removed; a correction is a new, reversing transfer.
-- RESERVE is pending (two-phase); POST or VOID settles it, once. FUND, GRANT and RETURN are posted at once.
create table transfer (
    id             bigserial primary key,
    kind           text not null check (kind in ('FUND', 'GRANT', 'RESERVE', 'POST', 'VOID', 'RETURN', 'REVERSAL')),
    debit_account  bigint not null references ledger_account (id),
    credit_account bigint not null references ledger_account (id),
    amount_cents   bigint not null check (amount_cents > 0),
    pending_id     bigint references transfer (id),
    voucher_id     uuid,
    business_date  date not null,
    recorded_at    timestamptz not null default clock_timestamp(),
    actor          uuid,
    request_id     text,
    check (debit_account <> credit_account),
    check ((kind in ('POST', 'VOID')) = (pending_id is not null))
);
create unique index transfer_settled_once on transfer (pending_id) where pending_id is not null;
create index transfer_voucher on transfer (voucher_id) where voucher_id is not null;
create index transfer_debit on transfer (debit_account);
create index transfer_credit on transfer (credit_account);

create function transfer_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'fund.transfer is append-only: % refused (book a reversing transfer instead)', tg_op;
end $$;
create trigger transfer_append_only before update or delete on transfer
    for each row execute function transfer_is_append_only();
create trigger transfer_no_truncate before truncate on transfer
    for each statement execute function transfer_is_append_only();

-- What the fund knows of a person beyond the passport.
create table account_holder (
    person_id     uuid primary key,
    name          text not null,
    birth_date    date not null,
    target_groups text[] not null default '{}',
    opened_at     timestamptz not null default now(),
    opened_by     uuid not null
);

create table voucher (
    id            uuid primary key,
    person_id     uuid not null references account_holder (person_id),
    offer_id      uuid not null,
    offer_title   text not null,
    provider_id   uuid not null,
    provider_name text not null,
    employer_id   uuid,
    municipality  text,
    cost_cents    bigint not null check (cost_cents >= 0),
    funded_cents  bigint not null check (funded_cents > 0),
    own_cents     bigint not null check (own_cents >= 0),
    status        text not null check (status in ('ISSUED', 'REDEEMED', 'CANCELLED', 'EXPIRED')),
    issued_on     date not null,
    valid_until   date not null,
    settled_on    date,
    requested_by  uuid not null,
    explanation   jsonb not null,
    check (funded_cents + own_cents = cost_cents),
    check ((status = 'ISSUED') = (settled_on is null))
);
-- A person holds at most one live (issued or redeemed) voucher per offer.
create unique index voucher_one_live_per_offer on voucher (person_id, offer_id) where status in ('ISSUED', 'REDEEMED');
create index voucher_provider on voucher (provider_id, status);
create index voucher_due on voucher (valid_until) where status = 'ISSUED';

create table voucher_part (
    voucher_id   uuid not null references voucher (id),
    account_id   bigint not null references ledger_account (id),
    source_id    uuid not null references funding_source (id),
    amount_cents bigint not null check (amount_cents > 0),
    reserve_id   bigint not null unique references transfer (id),
    primary key (voucher_id, account_id)
);

create table voucher_history (
    voucher_id uuid not null references voucher (id),
    status     text not null,
    at         timestamptz not null default clock_timestamp(),
    actor      uuid,
    request_id text
);
create index voucher_history_voucher on voucher_history (voucher_id);

-- Reserved plus spent per source and year for a person or a provider, against the cap that applied.
-- Kept in the same transaction as the reservation; the check refuses a cap overrun under concurrency.
create table usage (
    source_id    uuid not null references funding_source (id),
    year         int not null,
    subject_kind text not null check (subject_kind in ('PERSON', 'PROVIDER')),
    subject_id   uuid not null,
    used_cents   bigint not null check (used_cents >= 0),
    cap_cents    bigint not null,
    primary key (source_id, year, subject_kind, subject_id),
    constraint usage_within_cap check (used_cents <= cap_cents)
);

-- The first result of every money-moving request, by the account that sent it and its Idempotency-Key.
create table idempotency (
    actor        uuid not null,
    key          text not null,
    request_hash text not null,
    result       jsonb,
    created_at   timestamptz not null default now(),
    primary key (actor, key)
);
