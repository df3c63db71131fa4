-- Autosaved revisions are kept apart from the officer's own saves in the history (docs/decisions.md, "Autosave").
alter table release_revisions add column autosave boolean not null default false;

-- Who has a release's editor open: one row per officer and release, touched when the editor opens
-- and by its heartbeat. In PostgreSQL, not in memory, because several instances serve the press office.
-- The name is copied so the notice needs no join; rows older than a few minutes mean nothing and are
-- deleted as the release's editor is opened again.
create table release_editors (
    release_id   bigint       not null references releases (id) on delete cascade,
    account_id   bigint       not null references accounts (id) on delete cascade,
    display_name varchar(120) not null,
    seen_at      timestamptz  not null,
    primary key (release_id, account_id)
);
