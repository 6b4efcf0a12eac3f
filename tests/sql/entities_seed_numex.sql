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
  and entity = '11,000' and value = '11000') = 1;
select 'seed_numex_canonical', (select count(*) from e where label = 'DATE'
  and canonical is null) = 0;
