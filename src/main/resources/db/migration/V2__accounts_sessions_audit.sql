-- Press-office accounts. Emails are stored in lower case; the hash is Argon2 ({argon2}...).
create table accounts (
    id                  bigint generated always as identity primary key,
    email               varchar(254) not null unique check (email = lower(email)),
    display_name        varchar(120) not null,
    password_hash       varchar(200) not null,
    role                varchar(20)  not null check (role in ('WRITER', 'EDITOR', 'ADMIN')),
    enabled             boolean      not null default true,
    created_at          timestamptz  not null,
    password_changed_at timestamptz  not null,
    version             bigint       not null default 0
);

-- Spring Session JDBC, so that every instance of the site shares the press office's sessions.
-- As Spring Session's schema-postgresql.sql, but principal names are as long as emails.
create table spring_session (
    primary_id            char(36)     not null,
    session_id            char(36)     not null,
    creation_time         bigint       not null,
    last_access_time      bigint       not null,
    max_inactive_interval int          not null,
    expiry_time           bigint       not null,
    principal_name        varchar(254),
    constraint spring_session_pk primary key (primary_id)
);
create unique index spring_session_ix1 on spring_session (session_id);
create index spring_session_ix2 on spring_session (expiry_time);
create index spring_session_ix3 on spring_session (principal_name);

create table spring_session_attributes (
    session_primary_id char(36)     not null,
    attribute_name     varchar(200) not null,
    attribute_bytes    bytea        not null,
    constraint spring_session_attributes_pk primary key (session_primary_id, attribute_name),
    constraint spring_session_attributes_fk foreign key (session_primary_id)
        references spring_session (primary_id) on delete cascade
);

-- Bucket4j's login-throttling buckets, shared by every instance.
create table login_buckets (
    id         varchar(400) primary key,
    state      bytea,
    expires_at bigint
);
create index login_buckets_expiry on login_buckets (expires_at);

-- Who did what, when: every workflow transition and account change.
create table audit_events (
    id            bigint generated always as identity primary key,
    happened_at   timestamptz  not null,
    actor_id      bigint       references accounts (id),
    actor_name    varchar(254) not null,
    action        varchar(60)  not null,
    subject_type  varchar(40)  not null,
    subject_id    bigint,
    subject_label varchar(300),
    details       varchar(4000)
);
create index audit_events_time on audit_events (happened_at desc, id desc);
create index audit_events_subject on audit_events (subject_type, subject_id);
create index audit_events_actor on audit_events (actor_id);
