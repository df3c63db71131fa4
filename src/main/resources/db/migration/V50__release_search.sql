-- Full-text search over releases (docs/architecture.md, "Search"). The vector is generated from
-- the words themselves, so it can never disagree with them: title weighs most (A), then the
-- summary (B), then the body (C). The body is Markdown; the parser skips its punctuation.
alter table releases add column search_vector tsvector generated always as (
    setweight(to_tsvector('english'::regconfig, coalesce(title, '')), 'A')
    || setweight(to_tsvector('english'::regconfig, coalesce(summary, '')), 'B')
    || setweight(to_tsvector('english'::regconfig, coalesce(body, '')), 'C')
) stored;

create index releases_search on releases using gin (search_vector);
