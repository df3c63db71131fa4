-- Removal for legal reasons, distinct from withdrawal: the page answers 410 Gone with only a notice.
alter table releases drop constraint releases_status_check;
alter table releases add constraint releases_status_check
    check (status in ('DRAFT', 'SUBMITTED', 'REJECTED', 'SCHEDULED', 'PUBLISHED', 'WITHDRAWN', 'REMOVED'));
alter table releases drop constraint releases_published_have_a_time;
alter table releases add constraint releases_published_have_a_time
    check (status not in ('PUBLISHED', 'WITHDRAWN', 'REMOVED') or published_at is not null);

alter table releases
    add column revision          int          not null default 0,
    add column rejected_by       bigint       references accounts (id),
    add column withdrawn_by      bigint       references accounts (id),
    add column withdrawal_reason varchar(40),
    add column removed_at        timestamptz,
    add column removed_by        bigint       references accounts (id),
    add column removal_reason    varchar(40),
    add column removal_notice    varchar(2000);
alter table releases add constraint releases_removed_explained
    check (status <> 'REMOVED' or (removed_at is not null and removal_notice is not null));

-- The release knows the number of its latest revision, so decisions can name the revision they were made on.
update releases r set revision = coalesce((select max(v.number) from release_revisions v where v.release_id = r.id), 0);

-- A revision also keeps the lead image and its words: an image change is a change a reviewer must see.
alter table release_revisions
    add column lead_image_id      bigint,
    add column lead_image_alt     varchar(300),
    add column lead_image_caption varchar(500);

-- Everyone who wrote, edited or submitted the release since it was last reviewed: none of them may
-- publish, schedule or approve it.
create table release_contributors (
    release_id bigint not null references releases (id) on delete cascade,
    account_id bigint not null references accounts (id),
    primary key (release_id, account_id)
);
insert into release_contributors (release_id, account_id)
select distinct r.id, v.author_id from releases r join release_revisions v on v.release_id = r.id
 where v.author_id is not null and r.status in ('DRAFT', 'SUBMITTED', 'REJECTED', 'SCHEDULED')
union
select r.id, r.submitted_by from releases r
 where r.submitted_by is not null and r.status in ('DRAFT', 'SUBMITTED', 'REJECTED', 'SCHEDULED')
union
select r.id, r.unreviewed_by from releases r where r.unreviewed_by is not null;

-- One row per workflow step: from, to, who, when, why, and the revision it was decided on.
create table release_status_changes (
    id          bigint generated always as identity primary key,
    release_id  bigint        not null references releases (id) on delete cascade,
    changed_at  timestamptz   not null,
    from_status varchar(20)   not null,
    to_status   varchar(20)   not null,
    actor_id    bigint        references accounts (id),
    action      varchar(40)   not null,
    comment     varchar(2000),
    revision    int           not null
);
create index release_status_changes_release on release_status_changes (release_id, changed_at);

-- An editor's acknowledgement of a legal warning, before publishing, scheduling or approving.
create table release_legal_acknowledgements (
    id               bigint generated always as identity primary key,
    release_id       bigint      not null references releases (id) on delete cascade,
    acknowledged_at  timestamptz not null,
    actor_id         bigint      not null references accounts (id),
    rule             varchar(40) not null,
    action           varchar(40) not null,
    revision         int         not null
);
create index release_legal_acknowledgements_release on release_legal_acknowledgements (release_id);

-- The image server asks whether an image belongs to a removed release.
create index releases_removed_images on releases (lead_image_id) where status = 'REMOVED';
