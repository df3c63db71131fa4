-- Fills the benchmark database (see search-bench.sh) with :releases releases whose words follow
-- a skewed distribution: a few hundred everyday words of police news are very common, and a
-- long tail of 20,000 rarer words (names of people, streets and places) each appear in a few
-- releases. 2% are drafts, which the public search must skip.
set client_min_messages = warning;

insert into areas (slug, name, kind)
select 'area-' || i, 'Area ' || i, 'TOWN' from generate_series(1, 40) i;

create table bench_vocab (n int primary key, w text not null);
insert into bench_vocab
select row_number() over (), w from regexp_split_to_table(
  'police officers arrested man woman charged court appeal witnesses information incident road
   vehicle car driver collision injured hospital knife weapon drugs cannabis cocaine heroin cash
   seized warrant search property burglary theft stolen shop street town centre evening morning
   night afternoon residents community patrols operation county lines dealing supply possession
   intent robbery assault victim suspect custody bail remanded magistrates crown sentenced prison
   jailed months years guilty pleaded trial jury judge detective inspector sergeant constable
   investigation enquiries cctv footage dashcam doorbell camera contact reference crimestoppers
   anonymously missing found safe concern welfare family support specialist officers attended
   scene ambulance fire service closed reopened diversion emergency calls report online
   anyone saw happened between please quoting number thank public help identify image released
   bicycle motorcycle van lorry bus train station park school college hospital pub club
   restaurant garage house flat address home garden field farm village river bridge lane avenue
   close drive way market square retail park industrial estate harbour beach seafront clifftop
   fraud scam elderly phone calls bank cards online shopping romance investment courier
   speeding drink driving drug driving mobile phone seatbelt insurance licence disqualified
   fatal serious injuries tribute family statement privacy coroner inquest postmortem
   arson criminal damage graffiti vandalism antisocial behaviour dispersal order youths
   firearm shotgun pistol ammunition cartridge bladed article machete sword crossbow
   domestic abuse stalking harassment coercive control protection order breach
   wildlife rural crime livestock poaching hare coursing farm machinery tractor quad',
  '\s+') w where w <> '';

insert into bench_vocab
select (select max(n) from bench_vocab) + i, translate(substr(md5(i::text), 1, 8), '0123456789', 'ghijklmnop')
from generate_series(1, 20000) i;

analyze bench_vocab;

-- Word i of release r: skewed towards the common words (random()^4).
create temp table picks as
select r, g, 1 + floor((select count(*) from bench_vocab) * power(random(), 4))::int as n
from generate_series(1, :releases) r, generate_series(1, 130) g;

create temp table texts as
select p.r,
       string_agg(v.w, ' ' order by p.g) filter (where p.g <= 8) as title,
       string_agg(v.w, ' ' order by p.g) filter (where p.g > 8 and p.g <= 28) as summary,
       string_agg(v.w, ' ' order by p.g) filter (where p.g > 28) as body
from picks p join bench_vocab v using (n)
group by p.r;

with c as (select array_agg(id order by id) as ids, count(*)::int as n from categories)
insert into releases (slug, title, summary, body, category_id, status, published_at, created_at, modified_at)
select 'release-' || t.r,
       initcap(t.title),
       left(t.summary, 300),
       -- Markdown, as the press office writes it: paragraphs and some emphasis.
       '**' || split_part(t.body, ' ', 1) || '** ' || t.body,
       c.ids[1 + t.r % c.n],
       case when t.r % 50 = 0 then 'DRAFT' else 'PUBLISHED' end,
       case when t.r % 50 = 0 then null else timestamptz '2016-01-01' + t.r * interval '45 minutes' end,
       timestamptz '2016-01-01' + t.r * interval '45 minutes',
       timestamptz '2016-01-01' + t.r * interval '45 minutes'
from texts t cross join c;

with a as (select array_agg(id order by id) as ids, count(*)::int as n from areas)
insert into release_areas (release_id, area_id)
select r.id, a.ids[1 + r.id % a.n] from releases r cross join a;

vacuum analyze;

select count(*) as releases, pg_size_pretty(pg_total_relation_size('releases')) as table_size,
       pg_size_pretty(pg_relation_size('releases_search')) as index_size
from releases;
