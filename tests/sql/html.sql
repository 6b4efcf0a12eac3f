-- html.sql: nlp_html(text), the article page (docs/functions/nlp_html.md).
-- Each line prints name|1 (tests/sql/run.sh). The browser test is
-- tests/html/check_html.py.
.mode list

-- Bad input: NULL gives NULL; a number is its text; a BLOB is UTF-8 bytes;
-- empty text is a page with an empty article.
select 'null', nlp_html(NULL) is null;
select 'number', instr(nlp_html(3.5), 'data-value="3.5" title="CARDINAL: 3.5">3.5</mark>') > 0;
select 'blob', instr(nlp_html(x'48692e'), '>Hi.</span></p></article>') > 0;
select 'empty', instr(nlp_html(''), '<article></article>') > 0;
select 'empty_title', instr(nlp_html(''), '<title>Article</title>') > 0;
select 'doctype', nlp_html('x') like '<!DOCTYPE html>%</html>' || char(10);

-- Escaping: markup in the text is text; quotes and ampersands in attributes.
select 'script_text', instr(nlp_html('Hi <script>alert(x)</script>.'),
  '&lt;script&gt;alert(x)&lt;/script&gt;') > 0;
select 'no_script', instr(lower(nlp_html('Hi <script>alert(1)</script> <SCRIPT>.')),
  '<script') = 0;
select 'quote_amp', instr(nlp_html('"A" & ''B'' > C'),
  '&quot;A&quot; &amp; &#39;B&#39; &gt; C') > 0;
select 'attr_escaped', instr(nlp_html('Jane O''Neil left Acme & Sons in Paris.'),
  'data-canonical="Acme &amp; Sons"') > 0;
-- Control characters become references; NUL and malformed UTF-8 U+FFFD.
select 'control_ref', instr(nlp_html('a' || char(13) || char(1) || 'b'), 'a&#13;&#1;b') > 0;
select 'malformed', instr(nlp_html(cast(x'41fe42' as text)), 'A' || char(65533) || 'B') > 0;
select 'nul', instr(nlp_html(cast(x'410042' as text)), 'A' || char(65533) || 'B') > 0;
select 'no_external', (select instr(h, 'src=') + instr(h, 'href=') + instr(h, 'url(')
  from (select nlp_html(readfile('sample/seed_article.txt')) h)) = 0;

-- One <mark> per entity, one quote span per quote, one part span per part
-- (the seed article: no element is split there).
create temp table seed(body);
insert into seed select readfile('sample/seed_article.txt');
create temp table page(h);
insert into page select nlp_html(body) from seed;
select 'marks', (select (length(h) - length(replace(h, '<mark ', ''))) / 6 from page)
  = (select count(*) from seed, nlp_entities(seed.body));
select 'quotes', (select (length(h) - length(replace(h, '<span class="quote"', ''))) / 19 from page)
  = (select count(*) from seed, nlp_quotes(seed.body));
select 'parts', (select (length(h) - length(replace(h, '<span class="part"', ''))) / 18 from page)
  = (select count(*) from seed, nlp_parts(seed.body));
select 'marks_closed', (select (length(h) - length(replace(h, '</mark>', ''))) / 7 from page)
  = (select count(*) from seed, nlp_entities(seed.body));
select 'title_headline', (select instr(h, '<title>Blinken and Mayorkas') > 0 from page);
select 'legend', (select instr(h, '<footer class="legend">') > 0 from page);
select 'speaker', (select instr(h, '<span class="speaker" data-quotes="2" title="speaker of quote 2: Earl Anthony Wayne">') > 0 from page);

-- Every character of the text once: the page without its tags and with
-- the references undone is the text (the tags of the article only).
select 'text_kept', (select replace(replace(replace(replace(replace(
  substr(h, instr(h, '<article>') + 9, instr(h, '</article>') - instr(h, '<article>') - 9),
  '&lt;', '<'), '&gt;', '>'), '&quot;', '"'), '&#39;', ''''), '&amp;', '&')
  from (select nlp_html('Hi & bye.') h)) = '<p class="para" data-paragraph="0"><span class="part" data-idx="0" data-kind="body">Hi & bye.</span></p>';

-- Deterministic and innocuous (usable in an index expression / view).
select 'flags', (select flags & 0x800 <> 0 from pragma_function_list where name = 'nlp_html');
