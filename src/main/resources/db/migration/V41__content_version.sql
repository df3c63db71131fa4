-- One number that changes, in the same transaction, whenever anything a public page shows
-- changes (docs/decisions.md, "Page cache invalidation"). Every instance caches rendered pages
-- until it sees this number move: right after its own commits, and by polling every second.
create table content_version (
    id         boolean     primary key default true check (id),
    version    bigint      not null,
    changed_at timestamptz not null
);
insert into content_version (version, changed_at) values (1, now());

create function bump_content_version() returns trigger language plpgsql as $$
begin
    update content_version set version = version + 1, changed_at = now();
    return null;
end;
$$;

-- Every table a public page reads from. A new one needs the same trigger, or a place in
-- ContentVersionCoverageTests' list of tables that no public page shows.
do $$
declare
    public_table text;
begin
    foreach public_table in array array['areas', 'categories', 'images', 'operations', 'operation_areas',
            'tally_rows', 'releases', 'release_areas', 'release_old_slugs', 'release_change_notes'] loop
        execute format('create trigger %I after insert or update or delete or truncate on %I'
                || ' for each statement execute function bump_content_version()',
                public_table || '_content_version', public_table);
    end loop;
end;
$$;
