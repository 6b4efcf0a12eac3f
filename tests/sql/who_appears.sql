-- who_appears.sql: the cross-article view nlp_who_appears_most of
-- sql/queries.sql, and one identity per entity across articles (built-in
-- country aliases, acronyms spelled out in another article), over three
-- short articles written for this test.
-- Each line prints name|1 when its check holds (tests/sql/run.sh).
.mode list
create table articles(id integer primary key, body text);
insert into articles(body) values
 ('The Zentral Widget Authority (ZWA) fined Quorvex Ltd on Monday. Britain welcomed the fine.'),
 ('ZWA officials met in London. The UK government said the ZWA would act again.'),
 ('Quorvex Ltd appealed in the U.K. courts, and Great Britain watched.');
.read sql/queries.sql

-- Country aliases: one canonical name in every article, labels unchanged.
select 'who_country_canonical', (select group_concat(entity || '>' || canonical || '/' || label, ';')
  from nlp_entities('Britain, Great Britain, the UK and America met the USSR.'))
  = 'Britain>United Kingdom/GPE;Great Britain>United Kingdom/GPE;UK>United Kingdom/GPE;America>United States/GPE;USSR>Soviet Union/GPE';
-- Within one article the acronym already has the full name.
select 'who_acronym_in_text', (select group_concat(distinct canonical) from nlp_entities(
  (select body from articles where id = 1)) where entity = 'ZWA') = 'Zentral Widget Authority';
-- In another article alone it does not: the view joins them.
select 'who_acronym_alone', (select group_concat(distinct canonical) from nlp_entities(
  (select body from articles where id = 2)) where entity = 'ZWA') = 'ZWA';

-- The whole view, row by row.
select 'who_rows', (select group_concat(entity || '|' || label || '|' || mentions || '|' || articles
  || '|' || names, char(10)) from nlp_who_appears_most) =
  'United Kingdom|GPE|4|3|Britain (1), Great Britain (1), U.K. (1), UK (1)' || char(10) ||
  'Zentral Widget Authority|ORG|4|2|ZWA (3), Zentral Widget Authority (1)' || char(10) ||
  'Quorvex Ltd|ORG|2|2|Quorvex Ltd (2)' || char(10) ||
  'London|GPE|1|1|London (1)';

-- With the user's aliases: nlp_mentions reading a configured instance.
create table my_aliases(name text, canonical text);
insert into my_aliases values ('Quorvex Ltd', 'Quorvex Group');
create virtual table my_ner using nlp_entities(aliases = 'my_aliases');
drop view nlp_mentions;
create view nlp_mentions as
  select a.id, e.idx, e.entity, e.label, e.canonical, e.value,
         e.sentence, e.char_start, e.char_end
  from nlp_article_source a, my_ner(a.body) e;
select 'who_user_alias', (select mentions || '|' || articles || '|' || names
  from nlp_who_appears_most where entity = 'Quorvex Group') = '2|2|Quorvex Ltd (2)';
