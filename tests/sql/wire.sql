-- wire.sql: wire copy's numbers as nlp_entities gives them (issue 14 point
-- 4): the story's places give francs, pesos and crowns their currency.
.mode list
select 'wire_dlrs', (select value from nlp_entities('The group earned 225 mln dlrs.')
  where label = 'MONEY') = '225000000 USD';
select 'wire_story_france', (select value from nlp_entities(
  'PARIS, March 3 - The French state paid 40 mln francs for the stake.')
  where label = 'MONEY') = '40000000 FRF';
select 'wire_story_mexico', (select value from nlp_entities(
  'Mexico said on Tuesday it would pay 900 mln pesos.')
  where label = 'MONEY') = '900000000 MXN';
select 'wire_story_none', (select value from nlp_entities('The bank paid 40 mln francs.')
  where label = 'MONEY') = '40000000';
select 'wire_story_two_countries', (select value from nlp_entities(
  'France and Switzerland each paid 40 mln francs.') where label = 'MONEY') = '40000000';
select 'wire_nationality_wins', (select value from nlp_entities(
  'The French bank paid 300 mln Swiss francs.') where label = 'MONEY') = '300000000 CHF';
select 'wire_range', (select value from nlp_entities(
  'Bids ranged from $1.2 million to $23.5 million.') where label = 'MONEY') = '1200000/23500000 USD';
select 'wire_month_pair', (select value from nlp_entities('Exports fell in Jan/Feb 1987.')
  where label = 'DATE') = '1987-01/1987-02';
select 'wire_no_open_value', not exists (select 1 from nlp_entities(
  'Belgium paid 40 mln francs; Chile 3 bln pesos.') where value like '%?%');
select 'wire_story_many', (select count(*) from nlp_entities(
  'PARIS - The French state paid 40 mln francs, then 50 mln francs, then 60 mln francs and 7 mln pesos.')
  where value like '% FRF') = 3;
