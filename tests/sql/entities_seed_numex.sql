-- entities_seed_numex.sql: seed-article checks of the numeric and temporal
-- entities (ext/core/numex/numex.c) as nlp_entities gives them.
.mode list
create temp table doc as select cast(readfile('sample/seed_article.txt') as text) as body;
create temp table e as select x.* from doc, nlp_entities(doc.body) x;
select 'seed_date_value', (select count(*) from e where label = 'DATE'
  and entity = 'December 19, 2023' and value = '2023-12-19') = 2;
select 'seed_dates', (select count(distinct entity) from e where label = 'DATE'
  and entity in ('Wednesday', 'January', 'Last week', 'Sunday')) = 4;
select 'seed_cardinal', (select count(*) from e where label = 'CARDINAL'
  and entity like '% than 11,000' and value = '11000' and qualifier = 'more_than') = 1;
select 'seed_numex_canonical', (select count(*) from e where label = 'DATE'
  and canonical is null) = 0;

-- TimeML values (issue 16): the seed article against 2023-12-19, passed or
-- read from its caption's dateline ("EAGLE PASS, TEXAS - DECEMBER 19:" and
-- the year its text states).
create temp table r as select x.* from doc, nlp_entities(doc.body, '2023-12-19') x;
select 'seed_wednesday', (select group_concat(distinct value) from r where entity = 'Wednesday') = '2023-12-20';
select 'seed_last_week', (select value from r where entity = 'Last week') = '2023-W50';
select 'seed_january', (select value from r where entity = 'January') = '2023-01';
select 'seed_sunday', (select value from r where entity = 'Sunday') = '2023-12-17';
select 'seed_own_date', (select group_concat(distinct x.reference_date) from doc, nlp_entities(doc.body) x) = '2023-12-19';
select 'seed_own_date_values', (select count(*) from e join r using (idx)
  where e.value is not r.value) = 0;
