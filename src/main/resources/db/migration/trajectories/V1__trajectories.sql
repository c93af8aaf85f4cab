-- Career-advisor case management: trajectories with their phases, notes, agreed actions, what they used
-- (matches, plans, vouchers) and outcome; the digital service points' intake queue; staff exchange.

create table trajectory (
    id                 uuid primary key,
    person_id          uuid not null,
    person_name        text not null,
    advisor_id         uuid not null,
    advisor_name       text not null,
    campus_id          uuid,
    kind               text not null check (kind in ('WORK_TO_WORK', 'BENEFIT_TO_WORK', 'SWITCH_TO_TECHNOLOGY', 'SCHOOL_LEAVER', 'INCLUSIVE_ROUTE')),
    phase              text not null check (phase in ('ORIENTATION', 'GUIDANCE', 'TRAINING', 'PLACEMENT', 'AFTERCARE', 'CLOSED')),
    municipality       text,
    region             text,
    started_on         date not null,
    closed_on          date,
    outcome            text check (outcome in ('PLACED', 'STILL_SEARCHING', 'DROPPED_OUT', 'MOVED_AWAY')),
    outcome_reason     text,
    placed_vacancy     uuid,
    placed_employer    uuid,
    placed_occupation  text,
    placed_sector      text,
    placed_hours       int,
    placed_in_shortage boolean,
    sector_changed     boolean,
    placed_on          date,
    updated_at         timestamptz not null default now(),
    check ((phase = 'CLOSED') = (closed_on is not null))
);
-- one open trajectory per person
create unique index trajectory_one_open on trajectory (person_id) where phase <> 'CLOSED';
create index trajectory_advisor on trajectory (advisor_id, phase);

create table phase_change (
    trajectory_id uuid not null references trajectory (id),
    phase         text not null,
    on_date       date not null,
    at            timestamptz not null default clock_timestamp(),
    actor_id      uuid not null
);
create index phase_change_trajectory on phase_change (trajectory_id, at);

create table note (
    id            uuid primary key,
    trajectory_id uuid not null references trajectory (id),
    author_id     uuid not null,
    author_name   text not null,
    text          text not null check (length(text) between 1 and 4000),
    at            timestamptz not null default now()
);
create index note_trajectory on note (trajectory_id, at);

create table action (
    id            uuid primary key,
    trajectory_id uuid not null references trajectory (id),
    text          text not null check (length(text) between 1 and 500),
    due_on        date not null,
    done_at       timestamptz,
    done_by       uuid,
    created_at    timestamptz not null default now()
);
create index action_trajectory on action (trajectory_id, due_on);

-- what the trajectory used: a vacancy (a match), a training offer (the plan), a voucher
create table link (
    trajectory_id uuid not null references trajectory (id),
    kind          text not null check (kind in ('VACANCY', 'OFFER', 'VOUCHER')),
    ref           uuid not null,
    label         text not null,
    at            timestamptz not null default now(),
    primary key (trajectory_id, kind, ref)
);

-- a question at a campus's digital service point, waiting until an advisor takes it up
create table intake (
    id              uuid primary key,
    campus_id       uuid not null,
    campus_name     text not null,
    person_id       uuid,
    organisation_id uuid,
    requester_id    uuid not null,
    requester_name  text not null,
    kind            text not null check (kind in ('WORK_TO_WORK', 'BENEFIT_TO_WORK', 'SWITCH_TO_TECHNOLOGY', 'SCHOOL_LEAVER', 'INCLUSIVE_ROUTE', 'STAFF_QUESTION')),
    question        text not null check (length(question) between 1 and 2000),
    contact         text,
    asked_at        timestamptz not null default now(),
    taken_by        uuid,
    taken_at        timestamptz,
    trajectory_id   uuid references trajectory (id),
    check ((person_id is null) <> (organisation_id is null))
);
create index intake_open on intake (campus_id, asked_at) where taken_at is null;

-- staff exchange: people at risk or a planned surplus offered by one employer, a shortage asked by another
create table exchange_offer (
    id           uuid primary key,
    employer_id  uuid not null,
    person_id    uuid,
    occupation   text not null,
    people       int not null check (people between 1 and 1000),
    municipality text not null,
    available_on date not null,
    note         text,
    open         boolean not null default true,
    created_by   uuid not null,
    created_at   timestamptz not null default now()
);
create table exchange_request (
    id           uuid primary key,
    employer_id  uuid not null,
    occupation   text not null,
    people       int not null check (people between 1 and 1000),
    municipality text not null,
    needed_on    date not null,
    note         text,
    open         boolean not null default true,
    created_by   uuid not null,
    created_at   timestamptz not null default now()
);
create table exchange_agreement (
    id            uuid primary key,
    offer_id      uuid not null references exchange_offer (id),
    request_id    uuid not null references exchange_request (id),
    kind          text not null check (kind in ('LEND', 'TRANSFER')),
    starts_on     date not null,
    ends_on       date,
    hours         int not null check (hours between 1 and 60),
    people        int not null check (people >= 1),
    status        text not null check (status in ('PROPOSED', 'AGREED', 'DECLINED', 'ENDED')),
    proposed_by   uuid not null,
    proposed_at   timestamptz not null default now(),
    answered_at   timestamptz,
    ended_on      date,
    check (kind = 'TRANSFER' or ends_on is not null),
    check (ends_on is null or ends_on >= starts_on)
);
