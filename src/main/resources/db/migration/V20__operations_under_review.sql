-- Operations go through review like releases: draft, submitted, rejected, published, hidden.
-- Every operation recorded before this was public at once, so each becomes published and
-- stays visible.
alter table operations
    add column status            varchar(20)   not null default 'PUBLISHED'
        check (status in ('DRAFT', 'SUBMITTED', 'REJECTED', 'PUBLISHED', 'HIDDEN')),
    add column rejection_comment varchar(1000),
    add column published_at      timestamptz,
    add column public_updated_at timestamptz;
update operations set published_at = updated_at;
-- From now on each new operation says which status it starts in.
alter table operations alter column status drop default;
create index operations_public on operations (status, end_date desc, id desc);

-- An operation's history: every transition (from, to, who, when, comment) and every change
-- to its details or rows (with its reason), after GOV.UK Content Publisher's status rows.
create table operation_changes (
    id           bigint generated always as identity primary key,
    operation_id bigint        not null references operations (id) on delete cascade,
    version      bigint        not null,
    kind         varchar(30)   not null,
    from_status  varchar(20),
    to_status    varchar(20)   not null,
    by_account   bigint        references accounts (id),
    changed_at   timestamptz   not null,
    comment      varchar(1000),
    detail       varchar(2000)
);
create index operation_changes_operation on operation_changes (operation_id, changed_at, id);

insert into operation_changes (operation_id, version, kind, from_status, to_status, changed_at, comment)
select id, version, 'RECORDED_AS_PUBLISHED', null, 'PUBLISHED', updated_at,
       'Published before operations were reviewed'
from operations;
