-- The ESCO classification: skills (and skill groups), occupations, ISCO-08 groups, their labels per
-- language, hierarchies and relations. Ids are the UUID part of the ESCO URI; skills known only by
-- label (the bundled data lacks some URIs) get a stable local id 'local-<uuid>' until reconciled.

create table esco_import (
    id          bigint generated always as identity primary key,
    version     text not null,
    languages   text[] not null,
    source      text not null,
    checksum    text not null,
    imported_at timestamptz not null default now(),
    skills      integer not null,
    occupations integer not null,
    relations   integer not null,
    reconciled  integer not null default 0
);

create table isco_group (
    code        text primary key check (code ~ '^[0-9]{1,4}$'),
    uri         text unique,
    parent_code text,
    label_en    text,
    label_nl    text,
    description text
);

create table skill (
    id           text primary key,
    uri          text unique,
    concept_type text not null check (concept_type in ('KnowledgeSkillCompetence', 'SkillGroup')),
    skill_type   text,
    reuse_level  text,
    code         text,
    description  text,
    description_lang text,
    constraint local_or_uri check ((id like 'local-%') = (uri is null))
);

create table skill_label (
    skill_id text not null references skill (id) on delete cascade on update cascade,
    lang     text not null,
    kind     text not null check (kind in ('preferred', 'alternative', 'hidden')),
    label    text not null,
    primary key (skill_id, lang, kind, label)
);
create index skill_label_lookup on skill_label (lower(label)) where kind = 'preferred';

create table skill_broader (
    skill_id   text not null references skill (id) on delete cascade on update cascade,
    broader_id text not null references skill (id) on delete cascade on update cascade,
    primary key (skill_id, broader_id)
);
create index skill_broader_reverse on skill_broader (broader_id);

create table skill_relation (
    skill_id      text not null references skill (id) on delete cascade on update cascade,
    related_id    text not null references skill (id) on delete cascade on update cascade,
    relation_type text not null check (relation_type in ('essential', 'optional')),
    primary key (skill_id, related_id)
);
create index skill_relation_reverse on skill_relation (related_id);

create table skill_collection (
    skill_id   text not null references skill (id) on delete cascade on update cascade,
    collection text not null,
    primary key (skill_id, collection)
);

-- A local id that was reconciled to an ESCO URI keeps working: look-ups resolve it through here.
create table skill_alias (
    alias    text primary key,
    skill_id text not null references skill (id) on delete cascade on update cascade
);

create table occupation (
    id          text primary key,
    uri         text not null unique,
    isco_group  text references isco_group (code),
    code        text,
    description_en text,
    description_nl text
);
create index occupation_isco on occupation (isco_group);

create table occupation_label (
    occupation_id text not null references occupation (id) on delete cascade,
    lang          text not null,
    kind          text not null check (kind in ('preferred', 'alternative', 'hidden')),
    label         text not null,
    primary key (occupation_id, lang, kind, label)
);

-- The occupation hierarchy: an occupation's broader concept is another occupation or an ISCO group.
create table occupation_broader (
    occupation_id      text not null references occupation (id) on delete cascade,
    broader_occupation text references occupation (id) on delete cascade,
    broader_isco       text references isco_group (code),
    constraint one_broader check ((broader_occupation is null) <> (broader_isco is null))
);
create unique index occupation_broader_unique on occupation_broader (occupation_id, coalesce(broader_occupation, broader_isco));

create table occupation_skill (
    occupation_id text not null references occupation (id) on delete cascade,
    skill_id      text not null references skill (id) on delete cascade on update cascade,
    relation_type text not null check (relation_type in ('essential', 'optional')),
    primary key (occupation_id, skill_id)
);
create index occupation_skill_reverse on occupation_skill (skill_id);
