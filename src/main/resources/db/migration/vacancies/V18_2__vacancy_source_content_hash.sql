-- A feed poll recognises its unchanged postings by their content hash in one query (issue 18, speed).
create index vacancy_source_content on vacancy_source (source, content_hash);
