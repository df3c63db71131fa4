-- Feedback can be marked as spam: out of the inbox's default view, deleted with the rest
-- when its retention period ends.
alter table feedback drop constraint feedback_status;
alter table feedback
    add constraint feedback_status check (status in ('NEW', 'READ', 'ACTIONED', 'SPAM'));
