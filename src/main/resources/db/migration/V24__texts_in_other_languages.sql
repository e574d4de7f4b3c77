-- Texts in languages other than English. English stays in each item's own columns (the admin area edits it);
-- a translation is one row per item, field and language. Items are named by their slug or code, which never
-- change, so a row survives edits of the item and needs no surrogate key.
create table catalog_text (
    kind     varchar(24)   not null,
    item_key varchar(200)  not null,
    field    varchar(60)   not null,
    locale   varchar(8)    not null,
    text     varchar(4000) not null,
    primary key (kind, item_key, field, locale),
    constraint catalog_text_kind check (kind in ('DISCIPLINE', 'CAREER', 'CAREER_STEP', 'CERTIFICATION', 'PROGRAM',
        'FRAMEWORK', 'COMPETENCY'))
);

-- Questions are named by version and code ("2.Q07"): the texts of a published questionnaire version never change.
create table questionnaire_text (
    kind     varchar(16)   not null,
    item_key varchar(40)   not null,
    field    varchar(24)   not null,
    locale   varchar(8)    not null,
    text     varchar(1000) not null,
    primary key (kind, item_key, field, locale),
    constraint questionnaire_text_kind check (kind in ('QUESTION', 'DIMENSION'))
);
