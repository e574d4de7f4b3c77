-- Whether the student chose to share with the group, kept when a draft is saved and resumed.
alter table draft add column group_share boolean default true not null;
