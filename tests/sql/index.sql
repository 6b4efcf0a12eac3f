-- index.sql: sql/index.sql keeps articles_sentences, articles_tokens,
-- articles_entities, articles_quotes and articles_parts in step with
-- articles on INSERT, UPDATE and DELETE.
-- Each line prints name|1 (tests/sql/run.sh, run from the source root).
.mode list
pragma foreign_keys = on;

create table articles(id integer primary key, body text);
insert into articles values (1, 'One. Two.'),
  (2, 'Joe Biden met Mexican officials in Washington.');
.read sql/index.sql

-- A view of what the derived tables should hold, straight from the functions.
create temp view want(sentences, tokens, entities, quotes, parts) as select
  (select count(*) from articles a, nlp_sentences(a.body)),
  (select count(*) from articles a, nlp_tokens(a.body)),
  (select count(*) from articles a, nlp_entities(a.body)),
  (select count(*) from articles a, nlp_quotes(a.body)),
  (select count(*) from articles a, nlp_parts(a.body));
create temp view have(sentences, tokens, entities, quotes, parts) as select
  (select count(*) from articles_sentences),
  (select count(*) from articles_tokens),
  (select count(*) from articles_entities),
  (select count(*) from articles_quotes),
  (select count(*) from articles_parts);
create temp view in_sync(ok) as select
  (select sentences from want) = (select sentences from have)
  and (select tokens from want) = (select tokens from have)
  and (select entities from want) = (select entities from have)
  and (select quotes from want) = (select quotes from have)
  and (select parts from want) = (select parts from have)
  and not exists (select article_id, idx, sentence, part from articles_sentences
    except select a.id, s.idx, s.sentence, s.part from articles a, nlp_sentences(a.body) s)
  and not exists (select article_id, idx, token, norm from articles_tokens
    except select a.id, t.idx, t.token, t.norm from articles a, nlp_tokens(a.body) t)
  and not exists (select article_id, idx, entity, label, canonical, value, sentence,
      char_start, char_end from articles_entities
    except select a.id, e.idx, e.entity, e.label, e.canonical, e.value, e.sentence,
      e.char_start, e.char_end from articles a, nlp_entities(a.body) e)
  and not exists (select article_id, idx, quote, speaker, speaker_mention, verb,
      sentence, char_start, char_end from articles_quotes
    except select a.id, q.idx, q.quote, q.speaker, q.speaker_mention, q.verb,
      q.sentence, q.char_start, q.char_end from articles a, nlp_quotes(a.body) q)
  and not exists (select article_id, idx, kind, part, char_start from articles_parts
    except select a.id, p.idx, p.kind, p.part, p.char_start
      from articles a, nlp_parts(a.body) p);

select 'backfill', (select sentences from have) = 3 and (select ok from in_sync);
select 'backfill_entities', (select entities from have) = 5
  and (select count(*) from articles_entities
       where article_id = 2 and entity = 'Joe Biden' and label = 'PERSON') = 1;
.read sql/index.sql
select 'read_twice', (select sentences from have) = 3 and (select ok from in_sync);

insert into articles(body) values ('“López,” he said. It’s 3.5% — maybe.');
insert into articles values (13, 'Apple paid $5 million on Monday. Biden left.');
insert into articles values (14, 'Storm hits coast

By Jane Doe, CNN

“We will win,” said Jane Doe. “It is close,” she added.');
insert into articles values (10, NULL), (11, ''), (12, 'Hi 😀.

New paragraph here.');
select 'insert', (select sentences from have) = 13 and (select ok from in_sync);
select 'insert_entities', (select count(*) from articles_entities
  where article_id = 13) = 4;
select 'insert_quotes', (select group_concat(speaker || ':' || quote, '|')
  from articles_quotes where article_id = 14)
  = 'Jane Doe:We will win|Jane Doe:It is close';
select 'insert_parts', (select group_concat(kind) from articles_parts
  where article_id = 14) like 'headline,byline,%';
select 'insert_paragraph', (select max(paragraph) from articles_sentences
  where article_id = 12) = 1;
select 'insert_offsets', (select count(*) from articles a
  join articles_tokens t on t.article_id = a.id
  where substr(a.body, t.char_start + 1, t.char_end - t.char_start) is not t.token) = 0;

update articles set body = 'Now three. Sentences. Here.' where id = 1;
select 'update_body', (select count(*) from articles_sentences where article_id = 1) = 3
  and (select ok from in_sync);
update articles set body = 'No quotes now.' where id = 14;
select 'update_quotes', (select count(*) from articles_quotes where article_id = 14) = 0
  and (select count(*) from articles_parts where article_id = 14) = 1
  and (select ok from in_sync);
update articles set body = NULL where id = 2;
update articles set body = 'Was null. Now two.' where id = 10;
select 'update_null', (select count(*) from articles_sentences where article_id = 2) = 0
  and (select count(*) from articles_entities where article_id = 2) = 0
  and (select count(*) from articles_sentences where article_id = 10) = 2
  and (select ok from in_sync);
update articles set id = 20 where id = 1;
select 'update_id', (select count(*) from articles_sentences where article_id = 1) = 0
  and (select count(*) from articles_sentences where article_id = 20) = 3
  and (select ok from in_sync);
update articles set id = 21, body = 'Both changed.' where id = 20;
select 'update_both', (select group_concat(sentence) from articles_sentences
  where article_id = 21) = 'Both changed.' and (select ok from in_sync);

delete from articles where id = 21;
select 'delete', (select count(*) from articles_sentences where article_id = 21) = 0
  and (select count(*) from articles_tokens where article_id = 21) = 0
  and (select ok from in_sync);
delete from articles;
select 'delete_all', (select sentences + tokens + entities + quotes + parts from have) = 0;

-- The same with foreign keys off (the default of a connection).
pragma foreign_keys = off;
insert into articles values (1, 'A b. C d.');
update articles set id = 2 where id = 1;
delete from articles where id = 2;
select 'fk_off', (select sentences + tokens + entities + quotes + parts from have) = 0;

-- With foreign keys on, a derived row cannot point at a missing article.
pragma foreign_keys = on;
insert into articles values (5, 'Five.');
select 'fk_enforced', (select count(*) from pragma_foreign_key_check) = 0;
