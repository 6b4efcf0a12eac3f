-- entities_seed.sql: the entities of the bundled seed article
-- (sample/seed_article.txt). Each line prints name|1 (tests/sql/run.sh).
-- Every entity of the article's checklist is found with its label and
-- canonical name (one line each), then the mention-level rules.
.mode list
create temp table doc as select cast(readfile('sample/seed_article.txt') as text) as body;
create temp table e as select x.* from doc, nlp_entities(doc.body) x;

select 'seed_loaded', (select length(body) from doc) = 4991;

-- Each entity: label and canonical name.
-- PERSON
select 'seed_person_blinken', exists(select 1 from e where label = 'PERSON' and canonical = 'Antony Blinken');
select 'seed_person_mayorkas', exists(select 1 from e where label = 'PERSON' and canonical = 'Alejandro Mayorkas');
select 'seed_person_biden', exists(select 1 from e where label = 'PERSON' and canonical = 'Joe Biden');
select 'seed_person_sherwood_randall', exists(select 1 from e where label = 'PERSON' and canonical = 'Liz Sherwood-Randall');
select 'seed_person_lopez_obrador', exists(select 1 from e where label = 'PERSON' and canonical = 'Andres Manuel Lopez Obrador');
select 'seed_person_trudeau', exists(select 1 from e where label = 'PERSON' and canonical = 'Justin Trudeau');
select 'seed_person_wayne', exists(select 1 from e where label = 'PERSON' and canonical = 'Earl Anthony Wayne');
select 'seed_person_moore', exists(select 1 from e where label = 'PERSON' and canonical = 'John Moore');
select 'seed_person_flores', exists(select 1 from e where label = 'PERSON' and canonical = 'Rosa Flores');
-- GPE
select 'seed_gpe_mexico', exists(select 1 from e where label = 'GPE' and canonical = 'Mexico');
select 'seed_gpe_united_states', exists(select 1 from e where label = 'GPE' and canonical = 'United States');
select 'seed_gpe_texas', exists(select 1 from e where label = 'GPE' and canonical = 'Texas');
select 'seed_gpe_eagle_pass', exists(select 1 from e where label = 'GPE' and canonical = 'Eagle Pass');
select 'seed_gpe_mexico_city', exists(select 1 from e where label = 'GPE' and canonical = 'Mexico City');
select 'seed_gpe_tapachula', exists(select 1 from e where label = 'GPE' and canonical = 'Tapachula');
select 'seed_gpe_ukraine', exists(select 1 from e where label = 'GPE' and canonical = 'Ukraine');
select 'seed_gpe_israel', exists(select 1 from e where label = 'GPE' and canonical = 'Israel');
select 'seed_gpe_cuba', exists(select 1 from e where label = 'GPE' and canonical = 'Cuba');
select 'seed_gpe_haiti', exists(select 1 from e where label = 'GPE' and canonical = 'Haiti');
-- LOC
select 'seed_loc_rio_grande', exists(select 1 from e where label = 'LOC' and canonical = 'Rio Grande');
select 'seed_loc_central_south_america', exists(select 1 from e where label = 'LOC' and canonical = 'Central and South America');
select 'seed_loc_caribbean', exists(select 1 from e where label = 'LOC' and canonical = 'Caribbean');
-- ORG
select 'seed_org_cnn', exists(select 1 from e where label = 'ORG' and canonical = 'CNN');
select 'seed_org_getty_images', exists(select 1 from e where label = 'ORG' and canonical = 'Getty Images');
select 'seed_org_white_house', exists(select 1 from e where label = 'ORG' and canonical = 'White House');
select 'seed_org_homeland_security', exists(select 1 from e where label = 'ORG' and canonical = 'Homeland Security');
select 'seed_org_wilson_center', exists(select 1 from e where label = 'ORG' and canonical = 'Wilson Center');
select 'seed_org_national_guard', exists(select 1 from e where label = 'ORG' and canonical = 'National Guard');
-- NORP
select 'seed_norp_mexican', exists(select 1 from e where label = 'NORP' and canonical = 'Mexican');
select 'seed_norp_canadian', exists(select 1 from e where label = 'NORP' and canonical = 'Canadian');
select 'seed_norp_republicans', exists(select 1 from e where label = 'NORP' and canonical = 'Republicans');
-- DATE
select 'seed_date_wednesday', exists(select 1 from e where label = 'DATE' and canonical = 'Wednesday');
select 'seed_date_january', exists(select 1 from e where label = 'DATE' and canonical = 'January');
select 'seed_date_last_week', exists(select 1 from e where label = 'DATE' and canonical = 'Last week');
select 'seed_date_sunday', exists(select 1 from e where label = 'DATE' and canonical = 'Sunday');
-- EVENT (the article writes a curly apostrophe)
select 'seed_event_leaders_summit', exists(select 1 from e where label = 'EVENT'
  and replace(canonical, '’', '''') = 'North American Leaders'' Summit');
-- DATE with its value
select 'seed_date_dec19', (select count(*) from e where label = 'DATE'
  and entity = 'December 19, 2023' and value = '2023-12-19') = 2;
-- CARDINAL "more than 11,000" (its head "11,000")
select 'seed_cardinal_11000', exists(select 1 from e where label = 'CARDINAL'
  and entity in ('more than 11,000', '11,000') and value = '11000');

-- Canonical names: every mention of one entity carries the fullest form, in
-- normal case.
select 'seed_biden', (select count(*) from e where entity = 'Biden') = 6
  and (select count(*) from e where entity = 'Biden' and canonical is not 'Joe Biden') = 0;
select 'seed_blinken', (select count(*) from e where entity = 'Blinken'
  and canonical = 'Antony Blinken') = 1;
-- "Secretary of Homeland Security Alejandro Mayorkas": the ORG ends before
-- the name; the headline's "Mayorkas" is the same person.
select 'seed_mayorkas', (select count(*) from e where entity like '%Mayorkas%') = 2
  and (select count(*) from e where entity like '%Mayorkas%'
       and (label is not 'PERSON' or canonical is not 'Alejandro Mayorkas')) = 0;
select 'seed_homeland_security', (select count(*) from e where entity like '%Homeland%') = 4
  and (select count(*) from e where entity like '%Homeland%'
       and (entity is not 'Homeland Security' or label is not 'ORG')) = 0;
select 'seed_us', (select count(*) from e where entity in ('U.S.', 'US', 'United States')
  and canonical is not 'United States') = 0
  and (select count(distinct entity) from e where canonical = 'United States') = 3;
select 'seed_texas_caps', (select label || '/' || canonical from e where entity = 'TEXAS')
  = 'GPE/Texas';
-- the all-capitals dateline "EAGLE PASS, TEXAS - DECEMBER 19:"
select 'seed_eagle_pass_caps', (select label || '/' || canonical from e
  where entity = 'EAGLE PASS') = 'GPE/Eagle Pass'
  and (select count(*) from e where entity = 'PASS') = 0;
select 'seed_getty_every', (select count(*) from e where entity = 'Getty Images'
  and label = 'ORG') = 2;
select 'seed_event_one_span', (select count(*) from e where label = 'EVENT') = 1
  and (select count(*) from e where entity = 'North') = 0;

-- Titles are not part of a name; boilerplate is not a person.
select 'seed_no_title', (select count(*) from e where label = 'PERSON'
  and (entity like 'President %' or entity like 'Secretary %' or entity like 'Prime %')) = 0;
select 'seed_no_false_person', (select count(*) from e where label = 'PERSON'
  and (entity like '%Feedback%' or entity like '%Reply%' or entity like '%January%')) = 0;

-- Offsets.
select 'seed_substr', (select count(*) from doc, e
  where substr(doc.body, e.char_start + 1, e.char_end - e.char_start) is not e.entity) = 0;
