-- Faster full-text search (docs/performance.md, "Search").
--
-- The search reads a release's vector for every candidate it checks and ranks. Stored the
-- default way, a vector of a kilobyte or more is moved out of the row into the TOAST table,
-- so each read is one more index lookup and page; kept in the row (MAIN), it is read with the
-- row. The body and summary are moved out first when a row is too big. Rewriting the rows
-- recomputes the generated vector, which is then stored the new way.
alter table releases alter column search_vector set storage main;
update releases set title = title;

-- A search in an area starts from the area's releases: the area first, so one index serves
-- both the lookup and the join (the primary key, release first, serves the other way).
create index release_areas_area_release on release_areas (area_id, release_id);
drop index release_areas_area;

-- A search in a category walks that category's newest releases only.
create index releases_category_published on releases (category_id, published_at desc, id desc)
    where status = 'PUBLISHED';
