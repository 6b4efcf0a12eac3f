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
-- session 10: an age written as one hyphenated word is its number alone, as
-- OntoNotes spans it; a version number is no CARDINAL.
select 'age_number_alone', (select group_concat(entity || ':' || label || ':' ||
  char_start || '-' || char_end) from nlp_entities(
  'The 42-year-old engineer met 1,000-year-old trees.')) = '42:DATE:4-6,1,000:DATE:29-34';
select 'age_words_stay_whole', (select entity from nlp_entities(
  'A six-year-old boy waved.') where label = 'DATE') = 'six-year-old';
select 'age_month_old', (select entity from nlp_entities(
  'An 8-month-old baby slept.') where label = 'DATE') = '8';
select 'version_no_cardinal', not exists (select 1 from nlp_entities(
  'The studio released version 2.5 of its editor and Version 3 later.')
  where label = 'CARDINAL');
-- a bound after the number gives the qualifier when none leads it
select 'qualifier_or_over', (select qualifier from nlp_entities(
  'Workers aged 18 or over may apply.') where label = 'DATE') = 'at_least';
select 'qualifier_or_so', (select qualifier from nlp_entities(
  'Prices rose over the past decade or so.') where label = 'DATE') = 'approx';
select 'qualifier_leading_wins', (select qualifier from nlp_entities(
  'Some 20 or so came.') where label = 'CARDINAL') = 'approx';
select 'qualifier_age_over', (select qualifier from nlp_entities(
  'Voters over 65 were polled.') where label = 'DATE') = 'more_than';
-- A name the tagger took whole with its number (session 12): the number is
-- the name's (numbers.c number_in_name), and the name is labelled as the
-- name before it when that is a kind of name with numbers (labels.c
-- numbered_name): "World Cup" is an EVENT.
select 'name_number_inside_event', (select group_concat(entity || '/' || label)
  from nlp_entities('Fans queued for the World Cup 2006 tickets.'))
  = 'World Cup 2006/EVENT';
-- ... a product too: "PlayStation 3"; a name the rules would call a group
-- keeps no number ("Ramadan 2006": the holiday and the year, two DATEs)
select 'name_number_inside_product', (select group_concat(entity || '/' || label)
  from nlp_entities('Sony said the PlayStation 3 will launch.'))
  = 'Sony/ORG,PlayStation 3/PRODUCT';
select 'name_number_not_group', (select group_concat(entity || '/' || label)
  from nlp_entities('The fast ends in Ramadan 2006 for many.'))
  = 'Ramadan/DATE,2006/DATE';
-- ... a MISC name keeps its number too
select 'name_number_inside_misc', (select group_concat(entity || '/' || label)
  from nlp_entities('Fans watched Euro 2004 in Lisbon.'))
  = 'Euro 2004/MISC,Lisbon/GPE';
-- ... and a year after a place stays a DATE.
select 'name_number_not_place', (select group_concat(entity || '/' || label)
  from nlp_entities('The Beijing 2008 bid won.')) = 'Beijing/GPE,2008/DATE';
