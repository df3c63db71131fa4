-- Towns and districts that releases and operations concern.
create table areas (
    id   bigint generated always as identity primary key,
    slug varchar(80)  not null unique,
    name varchar(120) not null unique,
    kind varchar(20)  not null check (kind in ('TOWN', 'DISTRICT'))
);

-- The managed list of release categories, in the order the press office shows them.
create table categories (
    id       bigint generated always as identity primary key,
    slug     varchar(60) not null unique,
    name     varchar(80) not null unique,
    position int         not null
);

insert into categories (slug, name, position) values
    ('news', 'News', 10),
    ('appeal', 'Appeal', 20),
    ('arrest', 'Arrest', 30),
    ('charge', 'Charge', 40),
    ('court-result', 'Court result', 50),
    ('operation-results', 'Operation results', 60),
    ('missing-person', 'Missing person', 70),
    ('road-safety', 'Road safety', 80),
    ('crime-prevention', 'Crime prevention', 90),
    ('community', 'Community', 100);

create table operations (
    id         bigint generated always as identity primary key,
    slug       varchar(120) not null unique,
    name       varchar(200) not null,
    code_name  varchar(100),
    unit       varchar(200) not null,
    start_date date         not null,
    end_date   date         not null,
    summary    varchar(1000) not null,
    created_at timestamptz  not null,
    updated_at timestamptz  not null,
    version    bigint       not null default 0,
    constraint operations_dates_in_order check (end_date >= start_date)
);

create table operation_areas (
    operation_id bigint not null references operations (id) on delete cascade,
    area_id      bigint not null references areas (id),
    primary key (operation_id, area_id)
);
create index operation_areas_area on operation_areas (area_id);

-- One typed row of an operation's results; totals are always computed from these rows.
create table tally_rows (
    id           bigint generated always as identity primary key,
    operation_id bigint         not null references operations (id) on delete cascade,
    position     int            not null,
    kind         varchar(40)    not null,
    description  varchar(200),
    drug_class   varchar(1)     check (drug_class in ('A', 'B', 'C')),
    quantity     numeric(15, 3) not null check (quantity >= 0),
    unit         varchar(20)    not null,
    approximate  boolean        not null default false,
    constraint tally_rows_position unique (operation_id, position)
);

create table releases (
    id                bigint generated always as identity primary key,
    slug              varchar(160) not null unique,
    title             varchar(200) not null,
    summary           varchar(300) not null,
    body              text         not null,
    category_id       bigint       not null references categories (id),
    operation_id      bigint       references operations (id),
    status            varchar(20)  not null check (status in ('DRAFT', 'PUBLISHED')),
    published_at      timestamptz,
    public_updated_at timestamptz,
    created_at        timestamptz  not null,
    modified_at       timestamptz  not null,
    version           bigint       not null default 0,
    constraint releases_published_have_a_time check (status <> 'PUBLISHED' or published_at is not null)
);
create index releases_published on releases (published_at desc, id desc) where status = 'PUBLISHED';
create index releases_operation on releases (operation_id);
create index releases_category on releases (category_id);

create table release_areas (
    release_id bigint not null references releases (id) on delete cascade,
    area_id    bigint not null references areas (id),
    primary key (release_id, area_id)
);
create index release_areas_area on release_areas (area_id);

-- Beta feedback. No IP address: client_hash is a keyed, daily-salted hash for spotting floods.
create table feedback (
    id          bigint generated always as identity primary key,
    received_at timestamptz  not null,
    doing       varchar(2000),
    improve     varchar(2000),
    rating      smallint     check (rating between 1 and 5),
    email       varchar(254),
    page_path   varchar(300),
    client_hash varchar(64),
    constraint feedback_says_something check (doing is not null or improve is not null)
);
create index feedback_received on feedback (received_at desc);
