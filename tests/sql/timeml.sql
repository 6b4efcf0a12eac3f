-- timeml.sql: TimeML values of DATE and TIME (docs/numex.md), one row per
-- value form, placed against a reference date (Tuesday 2023-12-19) or none;
-- the tense of a weekday, year carry-over, anchoring, the text's own date.
.mode list

create temp table cases(name text, text text, ref text, entity text, value text);
insert into cases values
  -- weekday: the tense of the clause decides
  ('weekday_future', 'The ministers will meet on Wednesday.', '2023-12-19', 'Wednesday', '2023-12-20'),
  ('weekday_past', 'The ministers met on Wednesday.', '2023-12-19', 'Wednesday', '2023-12-13'),
  ('weekday_last', 'We spoke last Friday.', '2023-12-19', 'last Friday', '2023-12-15'),
  ('weekday_next', 'The vote is next Tuesday.', '2023-12-19', 'next Tuesday', '2023-12-26'),
  ('weekday_sunday', 'Talks ended on Sunday.', '2023-12-19', 'Sunday', '2023-12-17'),
  ('weekday_none', 'The ministers met on Wednesday.', null, 'Wednesday', 'XXXX-WXX-3'),
  ('weekday_set', 'The market opens on Sundays.', '2023-12-19', 'Sundays', 'XXXX-WXX-7'),
  -- days, weeks, months, quarters, years, decades
  ('yesterday', 'Nobody called yesterday.', '2023-12-19', 'yesterday', '2023-12-18'),
  ('tomorrow', 'Talks resume tomorrow.', '2023-12-19', 'tomorrow', '2023-12-20'),
  ('last_week', 'Last week, the council approved the plan.', '2023-12-19', 'Last week', '2023-W50'),
  ('this_month', 'Prices rose this month.', '2023-12-19', 'this month', '2023-12'),
  ('next_month', 'The results are due next month.', '2023-12-19', 'next month', '2024-01'),
  ('this_quarter', 'Sales grew in the fourth quarter.', '2023-12-19', 'the fourth quarter', '2023-Q4'),
  ('quarter_year', 'Profits fell in the third quarter of 1984.', '2023-12-19', 'the third quarter of 1984', '1984-Q3'),
  ('half_year', 'The first half of 2024 was calm.', '2023-12-19', 'The first half of 2024', '2024-H1'),
  ('last_year', 'Exports rose last year.', '2023-12-19', 'last year', '2022'),
  ('years_ago', 'She moved to Oslo two years ago.', '2023-12-19', 'two years ago', '2021'),
  ('decade', 'Rents were cheap in the 1980s.', '2023-12-19', 'the 1980s', '198'),
  ('century', 'Records from the 19th century were lost.', '2023-12-19', 'the 19th century', '18'),
  ('season', 'Floods hit the valley last fall.', '2023-12-19', 'last fall', '2022-FA'),
  ('weekend', 'Protesters gathered over the weekend.', '2023-12-19', 'the weekend', '2023-W50-WE'),
  -- months and days with no year: the tense, a stated year
  ('month_past', 'In January, the mayor opened a bridge.', '2023-12-19', 'January', '2023-01'),
  ('month_future', 'The bridge will open in March.', '2023-12-19', 'March', '2024-03'),
  ('month_none', 'In January, the mayor opened a bridge.', null, 'January', 'XXXX-01'),
  ('day_none', 'Ministers met Dec. 19 to settle the budget.', null, 'Dec. 19', 'XXXX-12-19'),
  ('carry_over', 'The strike began on March 3, 1987 and ended by March 10.', '2023-12-19', 'March 10', '1987-03-10'),
  ('carry_none', 'The plant opened in 1987. It closed on May 2.', null, 'May 2', '1987-05-02'),
  ('deadline', 'The talks must end by August.', '2023-12-19', 'August', '2024-08'),
  -- anchoring on the date the text last named
  ('anchor_day', 'The talks began on May 3, 2021. A day later they collapsed.', '2023-12-19', 'A day later', '2021-05-04'),
  ('anchor_year', 'Profit rose in the third quarter of 1989 from a year earlier.', '2023-12-19', 'a year earlier', '1988-Q3'),
  -- durations and references: no calendar needed
  ('duration_years', 'The plan covers two years.', '2023-12-19', 'two years', 'P2Y'),
  ('duration_days', 'The strike lasted three days.', '2023-12-19', 'three days', 'P3D'),
  ('duration_hours', 'The storm lasted two hours.', '2023-12-19', 'two hours', 'PT2H'),
  ('duration_hyphen', 'He signed a five-year contract.', '2023-12-19', 'five-year', 'P5Y'),
  ('present_ref', 'The town is now quiet.', '2023-12-19', 'now', 'PRESENT_REF'),
  ('past_ref', 'Crime has risen recently.', '2023-12-19', 'recently', 'PAST_REF'),
  ('vague_duration', 'Crime has risen in recent weeks.', '2023-12-19', 'recent weeks', 'PXW'),
  ('future_ref', 'Nobody knows what the future holds.', '2023-12-19', 'the future', 'FUTURE_REF'),
  -- times
  ('time_clock', 'The polls close at 2 p.m.', '2023-12-19', '2 p.m.', '2023-12-19T14:00'),
  ('time_night', 'Police arrived last night.', '2023-12-19', 'last night', '2023-12-18TNI'),
  ('time_none', 'The polls close at 2 p.m.', null, '2 p.m.', 'XXXX-XX-XXT14:00'),
  ('time_ref_datetime', 'The polls close at 2 p.m.', '2023-12-19T08:30', '2 p.m.', '2023-12-19T14:00');

-- every case gives its value (the failing ones are listed)
select 'timeml_' || name || '|' || coalesce((select value from nlp_entities(cases.text, cases.ref) e
  where e.entity = cases.entity), '(none)') from cases
  where coalesce((select value from nlp_entities(cases.text, cases.ref) e
  where e.entity = cases.entity), '(none)') is not cases.value;
select 'timeml_cases', (select count(*) from cases where coalesce((select value
  from nlp_entities(cases.text, cases.ref) e where e.entity = cases.entity), '(none)')
  = cases.value) = (select count(*) from cases);

-- the reference date used: given, the text's own (date line, dateline), none
select 'ref_given', (select distinct reference_date from nlp_entities('Talks end on Friday.', '2023-12-19')) = '2023-12-19';
select 'ref_datetime', (select distinct reference_date from nlp_entities('Talks end on Friday.', '2023-12-19T14:00')) = '2023-12-19';
select 'ref_date_line', (select distinct reference_date from nlp_entities('Tuesday, December 19, 2023

The ministers will meet on Wednesday.')) = '2023-12-19';
select 'ref_date_line_value', (select value from nlp_entities('December 19, 2023

The ministers will meet on Wednesday.') where entity = 'Wednesday') = '2023-12-20';
select 'ref_dateline', (select distinct reference_date from nlp_entities('TOKYO, Dec. 19 (Reuters) - Exports fell 3% in November, the ministry said. Imports rose in 2023.')) = '2023-12-19';
select 'ref_none', (select count(*) from nlp_entities('The ministers met on Wednesday.') where reference_date is null) = 1;
select 'ref_none_relative', (select value from nlp_entities('Last week, the council met.')) is null;
select 'ref_null_is_none', (select count(*) from nlp_entities('The ministers met on Wednesday.', null) where reference_date is null) = 1;
select 'ref_given_wins', (select distinct reference_date from nlp_entities('December 19, 2023

Talks end on Friday.', '2020-01-01')) = '2020-01-01';

-- the same through nlp_entities_json and nlp_date_value
select 'json_ref', json_extract(nlp_entities_json('Last week, the council met.', '2023-12-19'), '$[0].value') = '2023-W50';
select 'json_no_ref', json_extract(nlp_entities_json('Last week, the council met.'), '$[0].value') is null;
select 'date_value', nlp_date_value('next Tuesday', '2023-12-19') = '2023-12-26';
select 'date_value_null', nlp_date_value(null, '2023-12-19') is null;

-- the timeline query of sql/queries.sql sorts on values and leaves out the rest
select 'timeline_sorted', (select group_concat(value, ',') from (select value from nlp_entities(
  'Exports rose last year. The ministers met on Wednesday. A review came in January. Talks go on for two years.', '2023-12-19')
  where label in ('DATE', 'TIME') and value glob '[0-9][0-9][0-9][0-9]*' order by value))
  = '2022,2023-01,2023-12-13';
