-- A source's budget of a year is kept on 16 sub-accounts (slot 0–15) instead of one row: every reservation updates
-- a budget row and keeps its lock until the commit is on disk, so one row per source made all its vouchers wait
-- for one disk flush after another (docs/fund.md, "Budgets on sub-accounts"). Each sub-account is an ordinary
-- limited account: the no-overspend CHECK holds per row, and the budget is the sum over its sub-accounts.
-- Names are unqualified: Flyway runs this with the module's schema as search path (a test migrates a copy).

alter table ledger_account add column slot int not null default 0;
alter table ledger_account add constraint ledger_account_slot check (slot >= 0 and (slot = 0 or kind = 'BUDGET'));
alter table ledger_account drop constraint ledger_account_identity;
alter table ledger_account add constraint ledger_account_identity unique nulls not distinct (kind, source_id, year, owner_id, slot);

-- SPLIT: posted, from one sub-account of a budget to another of the same source and year (the ledger check proves
-- that they stay within one budget). Only this migration books them: new budgets are funded per sub-account.
alter table transfer drop constraint transfer_kind_check;
alter table transfer add constraint transfer_kind_check
    check (kind in ('FUND', 'GRANT', 'RESERVE', 'POST', 'VOID', 'RETURN', 'REVERSAL', 'SPLIT'));

-- Existing budgets: sub-accounts 1–15 are opened and each gets 1/16 of what is free now (rounded down); slot 0 keeps
-- the rest and every open reservation (a reservation is settled on the account it was taken from). Every cent
-- moves by a posted transfer, so the trial balance and each account's kept balance stay equal to the transfers.
do $$
declare
    slots constant int := 16;
    budget record;
    share bigint;
    sub bigint;
begin
    for budget in
        select id, source_id, year, credits_posted - debits_posted - debits_pending as free
        from ledger_account where kind = 'BUDGET' and slot = 0 order by id
    loop
        share := budget.free / slots;
        for i in 1 .. slots - 1 loop
            insert into ledger_account (kind, source_id, year, limited, slot)
            values ('BUDGET', budget.source_id, budget.year, true, i)
            on conflict on constraint ledger_account_identity do nothing;
            select id into sub from ledger_account
            where kind = 'BUDGET' and source_id = budget.source_id and year = budget.year and owner_id is null and slot = i;
            if share > 0 then
                insert into transfer (kind, debit_account, credit_account, amount_cents, business_date, request_id)
                values ('SPLIT', budget.id, sub, share, current_date, 'budget sub-accounts (fund migration 2)');
                update ledger_account set debits_posted = debits_posted + share where id = budget.id;
                update ledger_account set credits_posted = credits_posted + share where id = sub;
            end if;
        end loop;
    end loop;
end $$;
