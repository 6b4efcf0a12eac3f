-- numspan.sql: OntoNotes spans of numbers that nlp_entities merges with names
-- (entities/numbers.c, session 9): the number of a name is part of the name,
-- not a CARDINAL or DATE of its own; a score after a team or a count stays.
.mode list
select 'name_year_after_event', (select group_concat(label) from nlp_entities(
  'Fans queued for the World Cup 2006 tickets.')) = 'EVENT';
select 'name_year_alone_stays', (select group_concat(label) from nlp_entities(
  'Fans queued for tickets in 2006.')) = 'DATE';
select 'name_number_version', not exists (select 1 from nlp_entities(
  'The browser Firefox 1.0 was released on Tuesday.') where label = 'CARDINAL');
select 'name_number_keeps_scores', (select count(*) from nlp_entities(
  'Bath 56 Sale 31') where label = 'CARDINAL') = 2;
select 'name_number_keeps_counts', (select count(*) from nlp_entities(
  'The firm hired 40 staff and bought 3 plants.') where label = 'CARDINAL') = 2;
select 'name_number_keeps_odds', (select entity from nlp_entities(
  'Bookmakers have given The Aviator 4/9 odds.') where label = 'CARDINAL') = '4/9';
