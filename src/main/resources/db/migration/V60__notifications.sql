-- Emails to press officers, written in the same transaction as the workflow change that
-- causes them (an outbox) and sent after commit by a background job, with retries.
create table notifications (
    id              bigint generated always as identity primary key,
    recipient       varchar(254)  not null,
    subject         varchar(300)  not null,
    body            text          not null,
    release_id      bigint,
    status          varchar(20)   not null check (status in ('PENDING', 'SENT', 'FAILED')),
    attempts        int           not null default 0,
    created_at      timestamptz   not null,
    next_attempt_at timestamptz   not null,
    sent_at         timestamptz,
    last_error      varchar(1000)
);
create index notifications_due on notifications (next_attempt_at) where status = 'PENDING';
create index notifications_failed on notifications (created_at) where status = 'FAILED';
