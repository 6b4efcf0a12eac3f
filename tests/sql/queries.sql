-- queries.sql: every ready-made view of sql/queries.sql over the sample.
.mode list
create table articles(id integer primary key, body text);
insert into articles(body) values (readfile('sample/seed_article.txt'));
.read sql/queries.sql

select 'q1_wayne_quoted_twice', (select quotes from nlp_quoted_speakers
  where speaker = 'Earl Anthony Wayne') = 2;
select 'q1_officials_quoted', exists (select 1 from nlp_quoted_speakers
  where speaker like '%Homeland Security officials');
select 'q2_people', (select count(*) from nlp_people_places where label = 'PERSON'
  and canonical in ('Antony Blinken', 'Alejandro Mayorkas', 'Joe Biden',
  'Liz Sherwood-Randall', 'Justin Trudeau', 'Earl Anthony Wayne')) = 6;
select 'q2_places', (select count(*) from nlp_people_places where label = 'GPE'
  and canonical in ('Mexico', 'United States', 'Texas', 'Tapachula', 'Cuba')) = 5;
select 'q2_biden_most_mentioned_person', (select canonical from nlp_people_places
  where label = 'PERSON' order by mentions desc limit 1) = 'Joe Biden';
select 'q3_biden_and_mexico', (select count(*) from (
  select sentence from nlp_entity_sentences where canonical = 'Joe Biden'
  intersect
  select sentence from nlp_entity_sentences where canonical = 'Mexico')) = 1;
select 'q3_sentence_has_both', not exists (
  select sentence from nlp_entity_sentences where canonical = 'Joe Biden'
  intersect
  select sentence from nlp_entity_sentences where canonical = 'Mexico'
  except
  select sentence from nlp_entity_sentences where sentence like '%Biden%' and sentence like '%Mexico%');
select 'q4_top_pair', (select a || '+' || b from nlp_entity_pairs limit 1) = 'Mexico+United States';
-- 81 since session 12's tagger reads "US-Mexico" (twice) as a GPE, not a MISC
select 'q4_pairs_ordered', (select count(*) from nlp_entity_pairs) = 81;
select 'q5_timeline', (select date from nlp_timeline where entity = 'December 19, 2023' limit 1) = '2023-12-19';
select 'q5_sorted', (select group_concat(date) = (select group_concat(date) from
  (select date from nlp_timeline order by date)) from nlp_timeline);
select 'q5_relative_placed', (select date from nlp_timeline where entity = 'Last week') = '2023-W50';
select 'q5_unplaced_left_out', not exists (select 1 from nlp_timeline
  where date glob 'P*' or date glob '*_REF' or date glob 'XXXX*');
select 'q5_wednesday_twice', (select count(*) from nlp_timeline where entity = 'Wednesday') = 2;
select 'q6_parts', (select count(distinct part) from nlp_mentions_by_part) = 4;
select 'q6_body_has_most', (select part from nlp_mentions_by_part group by part
  order by sum(mentions) desc limit 1) = 'body';
