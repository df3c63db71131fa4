-- Faster full-text search (docs/performance.md, "Search").
--
-- The search reads a release's vector for every candidate it checks and ranks. Stored the
-- default way, a vector of a kilobyte or more is moved out of the row into the TOAST table,
-- so each read is one more index lookup and page; kept in the row (MAIN), it is read with the
-- row. The body and summary are moved out first when a row is too big. Rewriting the rows
-- recomputes the generated vector, which is then stored the new way.
--
-- The indexes a search in an area or a category walks, release_areas (area_id, release_id)
-- and the published releases of a category newest first, came with V40 for the news list.
alter table releases alter column search_vector set storage main;
update releases set title = title;
