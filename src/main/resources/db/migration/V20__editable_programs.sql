-- Programs become editable like careers: a version for stale edits and retirement instead of deletion (routes and
-- stored results link to them).
alter table program add column row_version integer default 0 not null;
alter table program add column retired boolean default false not null;
