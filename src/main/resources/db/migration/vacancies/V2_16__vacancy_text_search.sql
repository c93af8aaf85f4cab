-- Text search on the public list and the API (q): PostgreSQL full text with Dutch stemming ("lassers" finds "lasser").
create index vacancy_text on vacancy using gin (to_tsvector('dutch', title || ' ' || coalesce(description, '')));
