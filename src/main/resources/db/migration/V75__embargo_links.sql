-- Links that share an unpublished release with journalists under embargo. Only a hash of
-- each link's secret is kept, so a copy of the database cannot be used to read embargoed
-- releases; the link itself is shown once, to the officer who made it. A release may have
-- several links (one per newsroom, say), each with its own expiry, cancellation and count.
create table embargo_links (
    id             bigint generated always as identity primary key,
    release_id     bigint       not null references releases (id) on delete cascade,
    token_hash     varchar(64)  not null unique,
    recipient      varchar(200),
    created_by     bigint       references accounts (id) on delete set null,
    created_at     timestamptz  not null,
    -- Null: the link works until publication.
    expires_at     timestamptz,
    revoked_at     timestamptz,
    revoked_by     bigint       references accounts (id) on delete set null,
    openings       integer      not null default 0,
    last_opened_at timestamptz,
    constraint embargo_links_expire_after_creation check (expires_at is null or expires_at > created_at),
    constraint embargo_links_revoked_by_someone check (revoked_at is not null or revoked_by is null)
);
create index embargo_links_release on embargo_links (release_id, created_at desc);
-- No content-version trigger: only /preview/{token} reads this table, and the page cache
-- never keeps it; a trigger would empty the cache at every opening.

-- The one preview link each unpublished release could have had until now keeps working,
-- until publication as before; its secret is kept only as its hash from now on.
insert into embargo_links (release_id, token_hash, created_at)
select id, encode(sha256(convert_to(preview_token, 'UTF8')), 'hex'), modified_at
from releases
where preview_token is not null and status in ('DRAFT', 'SUBMITTED', 'REJECTED', 'SCHEDULED');
update releases set preview_token = null where preview_token is not null;
