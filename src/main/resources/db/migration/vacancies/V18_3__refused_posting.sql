-- A feed's postings refused at their last poll, by content hash (issue 18, speed): an unchanged refused posting is
-- refused again from this record, with the same report, without being read and extracted again. taxonomy: the ESCO
-- version the refusal was made under (a title that named no occupation may name one after an ESCO import).
create table refused_posting (
    source       text not null,
    content_hash text not null,
    taxonomy     text not null,
    report       jsonb not null,
    last_seen    timestamptz not null,
    primary key (source, content_hash)
);
