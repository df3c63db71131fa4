-- The full publishing workflow: review, rejection, scheduling, withdrawal, second pair of eyes.
alter table releases drop constraint releases_status_check;
alter table releases add constraint releases_status_check
    check (status in ('DRAFT', 'SUBMITTED', 'REJECTED', 'SCHEDULED', 'PUBLISHED', 'WITHDRAWN'));
alter table releases drop constraint releases_published_have_a_time;
alter table releases add constraint releases_published_have_a_time
    check (status not in ('PUBLISHED', 'WITHDRAWN') or published_at is not null);

alter table releases
    add column author_id              bigint references accounts (id),
    add column submitted_by           bigint references accounts (id),
    add column submitted_at           timestamptz,
    add column rejection_comment      varchar(2000),
    add column scheduled_at           timestamptz,
    add column scheduled_by           bigint references accounts (id),
    add column published_by           bigint references accounts (id),
    add column unreviewed_reason      varchar(1000),
    add column unreviewed_by          bigint references accounts (id),
    add column withdrawn_at           timestamptz,
    add column withdrawal_explanation varchar(2000),
    add column preview_token          varchar(64) unique;

alter table releases add constraint releases_scheduled_have_a_time
    check (status <> 'SCHEDULED' or scheduled_at is not null);
alter table releases add constraint releases_withdrawn_explained
    check (status <> 'WITHDRAWN' or (withdrawn_at is not null and withdrawal_explanation is not null));

-- The scheduler looks for due releases by time.
create index releases_due on releases (scheduled_at) where status = 'SCHEDULED';

-- Addresses a release had before its slug changed: they answer with a permanent redirect.
create table release_old_slugs (
    slug       varchar(160) primary key,
    release_id bigint not null references releases (id) on delete cascade
);

-- Public notes on what changed when a published release was updated.
create table release_change_notes (
    id         bigint generated always as identity primary key,
    release_id bigint        not null references releases (id) on delete cascade,
    noted_at   timestamptz   not null,
    note       varchar(1000) not null
);
create index release_change_notes_release on release_change_notes (release_id, noted_at);

-- One immutable revision per save: who, when, and what the release said.
create table release_revisions (
    id           bigint generated always as identity primary key,
    release_id   bigint        not null references releases (id) on delete cascade,
    number       int           not null,
    created_at   timestamptz   not null,
    author_id    bigint        references accounts (id),
    author_name  varchar(254)  not null,
    what         varchar(200)  not null,
    minor        boolean       not null default false,
    slug         varchar(160)  not null,
    title        varchar(200)  not null,
    summary      varchar(300)  not null,
    body         text          not null,
    category     varchar(80)   not null,
    areas        varchar(2000) not null,
    operation_id bigint,
    constraint release_revisions_number unique (release_id, number)
);
