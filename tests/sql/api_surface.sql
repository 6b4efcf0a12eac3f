-- api_surface.sql: the exact set of nlp_* names the extension registers
-- (functions and table-valued functions), no more and no fewer.
-- THE list of the API: a branch that adds or renames a function edits the
-- VALUES below (one name a line, sorted) and adds docs/functions/<name>.md
-- (tests/python/test_docs_in_sync.py checks the pages).
-- Each check prints name|1 (tests/sql/run.sh); a difference prints
-- `unexpected|nlp_x` or `missing|nlp_x` lines, which fail the run.
.mode list

create temp table expected(name text primary key);
insert into expected(name) values
  ('nlp_casefold'),
  ('nlp_debug'),
  ('nlp_entities'),
  ('nlp_entities_json'),
  ('nlp_html'),
  ('nlp_labels'),
  ('nlp_normalize'),
  ('nlp_parts'),
  ('nlp_quotes'),
  ('nlp_sentence_count'),
  ('nlp_sentences'),
  ('nlp_sentences_json'),
  ('nlp_tokens'),
  ('nlp_unaccent'),
  ('nlp_version');

create temp view actual as
  select name from pragma_function_list where name like 'nlp%'
  union
  select name from pragma_module_list where name like 'nlp%';

select 'unexpected', name from actual except select 'unexpected', name from expected;
select 'missing', name from expected except select 'missing', name from actual;
select 'api_surface', (select count(*) from actual) = (select count(*) from expected)
  and not exists (select name from actual except select name from expected);

-- Table-valued functions are eponymous-only modules; the rest are scalars.
select 'modules_are_tables', not exists (select 1 from pragma_module_list m
  join pragma_function_list f using (name) where m.name like 'nlp%');
