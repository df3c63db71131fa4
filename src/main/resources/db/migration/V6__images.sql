-- Release lead images, as re-encoded on upload: no metadata survives (docs/architecture.md, "Images").
-- One row per distinct content, so the same crest used as the lead of many releases is stored once.
create table images (
    id           bigint generated always as identity primary key,
    sha256       char(64)    not null unique check (sha256 ~ '^[0-9a-f]{64}$'),
    content_type varchar(20) not null check (content_type in ('image/jpeg', 'image/png')),
    width        int         not null check (width > 0),
    height       int         not null check (height > 0),
    bytes        bytea       not null,
    created_at   timestamptz not null
);
