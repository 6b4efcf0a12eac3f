-- entities_seed.sql: the entities of the bundled seed article
-- (sample/seed_article.txt). Each line prints name|1 (tests/sql/run.sh).
-- Known misses of the current model are listed in docs/entities.md.
.mode list
create temp table doc as select cast(readfile('sample/seed_article.txt') as text) as body;
create temp table e as select x.* from doc, nlp_entities(doc.body) x;

select 'seed_loaded', (select length(body) from doc) > 3000;

select 'seed_person', (select count(distinct canonical) from e where label = 'PERSON'
  and canonical in ('Antony Blinken', 'Joe Biden', 'Liz Sherwood-Randall',
    'Andres Manuel Lopez Obrador', 'Justin Trudeau', 'Earl Anthony Wayne',
    'John Moore', 'Rosa Flores')) = 8;
select 'seed_gpe', (select count(distinct canonical) from e where label = 'GPE'
  and canonical in ('Mexico', 'United States', 'Texas', 'Mexico City', 'Tapachula',
    'Ukraine', 'Israel', 'Cuba', 'Haiti')) = 9;
select 'seed_loc', (select count(distinct canonical) from e where label = 'LOC'
  and canonical in ('Rio Grande', 'Central and South America', 'Caribbean')) = 3;
select 'seed_org', (select count(distinct canonical) from e where label = 'ORG'
  and canonical in ('CNN', 'White House', 'Homeland Security', 'Wilson Center',
    'National Guard')) = 5;
select 'seed_norp', (select count(distinct canonical) from e where label = 'NORP'
  and canonical in ('Mexican', 'Canadian', 'Republicans')) = 3;

-- Canonical names: one name per entity, the fullest form, normal case.
select 'seed_biden', (select count(*) from e where entity = 'Biden') >= 5
  and (select count(*) from e where entity = 'Biden' and canonical is not 'Joe Biden') = 0;
select 'seed_blinken', (select count(*) from e where entity = 'Blinken'
  and canonical = 'Antony Blinken') = 1;
select 'seed_us', (select count(*) from e where entity in ('U.S.', 'US', 'United States')
  and canonical is not 'United States') = 0
  and (select count(distinct entity) from e where canonical = 'United States') = 3;
select 'seed_texas_caps', (select canonical from e where entity = 'TEXAS') = 'Texas';

-- Titles are not part of a name; boilerplate is not a person.
select 'seed_no_title', (select count(*) from e where label = 'PERSON'
  and (entity like 'President %' or entity like 'Secretary %' or entity like 'Prime %')) = 0;
select 'seed_no_false_person', (select count(*) from e where label = 'PERSON'
  and (entity like '%Feedback%' or entity like '%Reply%' or entity like '%January%')) = 0;

-- Offsets.
select 'seed_substr', (select count(*) from doc, e
  where substr(doc.body, e.char_start + 1, e.char_end - e.char_start) is not e.entity) = 0;
