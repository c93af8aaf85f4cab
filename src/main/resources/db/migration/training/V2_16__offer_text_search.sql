-- Text search on the public list and the API (q): PostgreSQL full text with Dutch stemming.
create index offer_text on offer using gin (to_tsvector('dutch', title || ' ' || coalesce(description, '')));
