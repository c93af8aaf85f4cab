-- A resident may let their employer ask for development vouchers for them (the fund's mkb-route);
-- the grantee is the employer organisation.
alter table consent_event drop constraint consent_event_purpose_check;
alter table consent_event add constraint consent_event_purpose_check
    check (purpose in ('EMPLOYERS_IN_REGION', 'ADVISOR', 'ANONYMOUS_STATISTICS', 'EMPLOYER_VOUCHERS'));
alter table consent_event drop constraint advisor_needs_grantee;
alter table consent_event add constraint grantee_when_named
    check ((purpose in ('ADVISOR', 'EMPLOYER_VOUCHERS')) = (grantee is not null));
