-- Times the public search as ReleaseSearch runs it (Releases.search: the newest 1,001 matches,
-- ranked, with ts_headline for the 20 shown), for 400 searches: a third everyday words
-- (matching thousands of releases), a third rarer words, the rest two words, phrases and
-- minus words; a third with a category, a fifth with an area, a fifth with a date range.
-- Every search runs once to warm PostgreSQL's buffers, then once timed: nothing is cached by
-- the application, and these queries are not cached by PostgreSQL.
set client_min_messages = warning;
select setseed(0.42);

create temp table bench_queries as
with idx as (
  select i, 1 + (random() * 100)::int as a, 150 + (random() * 2000)::int as b, 300 + (random() * 15000)::int as c
  from generate_series(1, 400) i),
pick as (
  select idx.i, v1.w as everyday, v2.w as rarer, v3.w as rare
  from idx join bench_vocab v1 on v1.n = idx.a join bench_vocab v2 on v2.n = idx.b join bench_vocab v3 on v3.n = idx.c)
select i,
       case i % 6
         when 0 then everyday
         when 1 then rarer
         when 2 then rare
         when 3 then everyday || ' ' || rarer
         when 4 then '"' || split_part((select lower(title) from releases where id = 1 + (i * 241) % 90000), ' ', 1)
                     || ' ' || split_part((select lower(title) from releases where id = 1 + (i * 241) % 90000), ' ', 2) || '"'
         else everyday || ' -' || rarer
       end as words,
       case when i % 3 = 0 then (select slug from categories order by id offset i % 8 limit 1) else '' end as category,
       case when i % 5 = 0 then 'area-' || (1 + i % 40) else '' end as area,
       case when i % 5 = 1 then timestamptz '2020-01-01' else timestamptz '1900-01-01' end as from_at,
       case when i % 5 = 1 then timestamptz '2021-01-01' else timestamptz '9999-01-01' end as to_at
from pick;

create function pg_temp.run(q bench_queries) returns double precision language plpgsql as $$
declare
  t0 timestamptz := clock_timestamp();
  shown bigint;
begin
  -- Releases.search, or Releases.searchInArea for an area, word for word (SEARCH_WINDOW = 1000,
  -- SNIPPET_SOURCE = 3000), page 1.
  execute 'select sum(x.candidates + length(x.title) + length(x.snippet)) from ('
    || 'with candidates as materialized (select r.id, r.published_at from releases r'
    || case when q.area = '' then '' else ' join release_areas ra on ra.release_id = r.id'
            || ' join areas a on a.id = ra.area_id and a.slug = $4' end
    || ' where r.status = ''PUBLISHED'' and r.published_at <= $2'
    || ' and ($3 = '''' or r.category_id = (select c.id from categories c where c.slug = $3))'
    || ' and r.published_at >= $5 and r.published_at < $6 and r.search_vector @@ websearch_to_tsquery(''english'', $1)'
    || ' order by r.published_at desc, r.id desc limit 1001),'
    || ' hits as (select c.id, ts_rank(r.search_vector, websearch_to_tsquery(''english'', $1), 1) as rank, c.published_at'
    || ' from candidates c join releases r on r.id = c.id order by rank desc, c.published_at desc, c.id desc limit 20 offset 0)'
    || ' select h.id, (select count(*) from candidates) as candidates,'
    || ' ts_headline(''english'', translate(r.title, $7 || $8, ''''), websearch_to_tsquery(''english'', $1), $9) as title,'
    || ' ts_headline(''english'', translate(left(r.summary || '' '' || r.body, 3000), $7 || $8, ''''), websearch_to_tsquery(''english'', $1), $10) as snippet'
    || ' from hits h join releases r on r.id = h.id'
    || ' order by h.rank desc, h.published_at desc, h.id desc) x'
    into shown using q.words, now(), q.category, q.area, q.from_at, q.to_at, U&'\E000', U&'\E001',
      U&'HighlightAll=true, StartSel=\E000, StopSel=\E001',
      U&'MaxFragments=2, MaxWords=30, MinWords=12, FragmentDelimiter=" … ", StartSel=\E000, StopSel=\E001';
  return extract(epoch from clock_timestamp() - t0) * 1000;
end $$;

select count(*) from (select pg_temp.run(q) from bench_queries q) warm;

create temp table timings as
select q.i, q.words, q.category, q.area, pg_temp.run(q) as ms,
       (select count(*) from releases r where r.search_vector @@ websearch_to_tsquery('english', q.words)) as matches
from bench_queries q;

\echo 'Search over the releases: milliseconds per search (ranked page of 20 with headlines and the count)'
select count(*) as searches,
       round(percentile_cont(0.50) within group (order by ms)::numeric, 1) as p50_ms,
       round(percentile_cont(0.95) within group (order by ms)::numeric, 1) as p95_ms,
       round(max(ms)::numeric, 1) as max_ms,
       round(avg(matches)) as avg_matches,
       max(matches) as max_matches
from timings;

\echo 'The slowest five'
select words, category, area, matches, round(ms::numeric, 1) as ms from timings order by ms desc limit 5;
