-- The catalog's release number, read in the same transaction as the catalog itself (asking Flyway for its version
-- took a second pooled connection inside a request's transaction). Every migration that changes catalog data bumps
-- it (update catalog_release set release = release + 1, ...), and so will content publishing. It continues the
-- numbering stored results carried so far: the catalog as of migration 9.
create table catalog_release (
    id           integer      not null primary key check (id = 1),
    release      integer      not null check (release > 0),
    published_on date         not null,
    note         varchar(300) not null
);
insert into catalog_release (id, release, published_on, note)
    values (1, 9, date '2026-11-22', 'Eligibility routes by kind of experience and catalog corrections after the issuer check');

-- Drafts carry an optimistic-lock version, and a submitted draft remembers its result for a short while so that a
-- second submit (a double click) returns the same result instead of a second one or an error. The links are kept
-- only until the draft is purged, an hour after submission (the draft's own token, which leads to them, is
-- stored in the same row).
alter table draft add column row_version integer default 0 not null;
alter table draft add column submitted_at timestamp;
alter table draft add column result_view_token varchar(32);
alter table draft add column result_manage_token varchar(32);
create index draft_submitted_idx on draft (submitted_at);
