-- The pseudonym a candidate has for one vacancy: random, stored, and resolvable only within that vacancy, so an
-- employer cannot follow a person across vacancies before they accept contact (privacy by design).
create table candidate_reference (
    vacancy_id uuid not null,
    person_id  uuid not null,
    reference  text not null check (reference ~ '^K-[0-9A-Z]{12}$'),
    primary key (vacancy_id, person_id),
    unique (vacancy_id, reference)
);
