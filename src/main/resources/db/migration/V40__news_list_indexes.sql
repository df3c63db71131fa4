-- The news list at scale (docs/performance.md): each filter walks an index in page order.
-- By category: newest first within one category, published only.
create index releases_published_category on releases (category_id, published_at desc, id desc)
    where status = 'PUBLISHED';

-- By area: the releases of one area come from this index alone, without visiting release_areas' heap.
create index release_areas_area_release on release_areas (area_id, release_id);
drop index release_areas_area;
