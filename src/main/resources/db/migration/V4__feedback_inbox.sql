-- The press office triages feedback: new until someone has read it, actioned once dealt with.
alter table feedback
    add column status varchar(20) not null default 'NEW'
        constraint feedback_status check (status in ('NEW', 'READ', 'ACTIONED'));
