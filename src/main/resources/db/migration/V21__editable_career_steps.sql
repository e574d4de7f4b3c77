-- Career steps become editable like careers: a version for stale edits and retirement instead of deletion.
alter table career_step add column row_version integer default 0 not null;
alter table career_step add column retired boolean default false not null;
