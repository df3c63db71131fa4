-- Bucket4j buckets limiting how much feedback one client sends (keyed by the client's
-- daily hash, never its address), shared by every instance as login_buckets are.
create table feedback_buckets (
    id         varchar(100) primary key,
    state      bytea,
    expires_at bigint
);
create index feedback_buckets_expiry on feedback_buckets (expires_at);
