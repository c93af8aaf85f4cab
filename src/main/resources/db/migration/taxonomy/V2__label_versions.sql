-- Which ESCO version a label or description comes from when it is not the import's own version
-- (the bundle carries v1.1.1 labels and v1.0 Dutch labels next to v1.2.0), and which parts of a
-- release each import brought, so that the version shown per part is the truth.
alter table skill_label add column version text;
alter table skill add column description_version text;
alter table esco_import add column parts text[];
