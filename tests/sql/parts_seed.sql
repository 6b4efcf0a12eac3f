-- parts_seed.sql: nlp_parts and nlp_sentences.part on the sample article.
-- Each line prints name|1 when its check holds (tests/sql/run.sh).
.mode list
create temp table a(body);
insert into a values (cast(readfile('sample/seed_article.txt') as text));

select 'p_headline', (select part from a, nlp_parts(a.body) p where p.idx = 0)
  like 'Blinken and Mayorkas%pressure'
  and (select kind from a, nlp_parts(a.body) p where p.idx = 0) = 'headline';
select 'p_captions', (select count(*) from a, nlp_parts(a.body) p
  where p.kind = 'caption') = 2;
select 'p_credits', (select group_concat(part, '|') from a, nlp_parts(a.body) p
  where p.kind = 'credit')
  = '(Photo by John Moore/Getty Images)|John Moore/Getty Images|CNN’s Rosa Flores contributed to this report.';
select 'p_dateline', (select group_concat(part, '|') from a, nlp_parts(a.body) p
  where p.kind = 'dateline') = 'CNN' || char(160) || '—';
select 'p_boilerplate', (select group_concat(part, '|') from a, nlp_parts(a.body) p
  where p.kind = 'boilerplate')
  = 'Ad Feedback|Leave a Reply|Your email address will not be published. Required fields are marked *';
select 'p_body', (select count(*) from a, nlp_parts(a.body) p where p.kind = 'body') = 15;
select 'p_kinds', (select count(*) from a, nlp_parts(a.body) p where p.kind not in
  ('headline','dateline','byline','caption','credit','body','boilerplate')) = 0;
select 'p_substr', (select count(*) from a, nlp_parts(a.body) p
  where substr(a.body, p.char_start + 1, p.char_end - p.char_start) is not p.part) = 0;
select 'p_bytes', (select count(*) from a, nlp_parts(a.body) p
  where substr(cast(a.body as blob), p.byte_start + 1, p.byte_end - p.byte_start)
        is not cast(p.part as blob)) = 0;
select 'p_paragraph', (select max(paragraph) from a, nlp_parts(a.body)) = 21;
select 'p_null', (select count(*) from nlp_parts(NULL)) = 0;
select 'p_empty', (select count(*) from nlp_parts('')) = 0;
select 'p_byline', (select kind from nlp_parts('Title

By Jane Doe, CNN

Text.') where idx = 1) = 'byline';

-- nlp_sentences.part: the kind of the part where the sentence starts.
select 's_part_headline', (select part from a, nlp_sentences(a.body) s where s.idx = 0)
  = 'headline';
select 's_part_boiler', (select part from a, nlp_sentences(a.body) s
  where s.sentence = 'Ad Feedback') = 'boilerplate';
select 's_part_credit', (select part from a, nlp_sentences(a.body) s
  where s.sentence like 'CNN’s Rosa Flores%') = 'credit';
select 's_part_caption', (select count(*) from a, nlp_sentences(a.body) s
  where s.part = 'caption') = 4;
select 's_part_body', (select part from a, nlp_sentences(a.body) s
  where s.sentence like 'Senior US officials%') = 'body';
select 's_part_all', (select count(*) from a, nlp_sentences(a.body) s where s.part is null) = 0;
select 's_part_last_visible', (select name from pragma_table_xinfo('nlp_sentences')
  where cid = 7) = 'part';

-- Wire copy (our own text): the table kind, a sign-off credit, and the
-- sentences of a hard-wrapped story carrying the parts' kinds.
create temp table w(body);
insert into w values ('ACME PROFIT RISES

Acme Mills Corp said it had agreed to
buy Northfield Paper Co for about 40 mln dlrs in cash, and it
expected the deal to close before the end of the year.
    Shr 23 cts vs 34 cts
    Net 1,200,000 vs 1,500,000
 Reuter');
select 'w_kinds', (select group_concat(kind, ',') from w, nlp_parts(w.body))
  = 'headline,body,table,credit';
select 'w_sentences', (select group_concat(part, ',') from w, nlp_sentences(w.body))
  = 'headline,body,table,table,credit';
select 'w_wrapped_one', (select count(*) from w, nlp_sentences(w.body) s
  where s.sentence like 'Acme Mills Corp said%end of the year.') = 1;
select 'w_table_in_kinds', (select count(*) from w, nlp_parts(w.body) p where p.kind not in
  ('headline','dateline','byline','caption','credit','body','boilerplate','table')) = 0;
