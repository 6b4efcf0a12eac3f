-- fts5.sql: the FTS5 tokenizer "nlp" (docs/fts5.md). Needs a SQLite with
-- FTS5, as Debian's has. Each line prints name|1 (tests/sql/run.sh).
.mode list

create virtual table plain using fts5(body, tokenize = 'nlp');
create virtual table folded using fts5(body, tokenize = 'nlp unaccent 1');
create virtual table withpunct using fts5(body, tokenize = 'nlp punct 1');
create temp table src(id integer primary key, body text);
insert into src values
  (1, '“López,” he said, “is in the U.S. now.” Straße, naïve café.'),
  (2, 'Lopez Obrador met the US envoy — briefly.'),
  (3, 'Nothing to see 😀 here.');
insert into plain(rowid, body) select id, body from src;
insert into folded(rowid, body) select id, body from src;
insert into withpunct(rowid, body) select id, body from src;

-- unaccent 1 folds accents, in the text and in the query.
select 'unaccent_finds', (select group_concat(rowid) from folded
  where folded match 'lopez') = '1,2';
select 'unaccent_query', (select group_concat(rowid) from folded
  where folded match 'lópez') = '1,2';
select 'plain_exact', (select group_concat(rowid) from plain
  where plain match 'lopez') = '2';
select 'plain_accented', (select group_concat(rowid) from plain
  where plain match 'LÓPEZ') = '1';
select 'casefold_sharp_s', (select group_concat(rowid) from plain
  where plain match 'strasse') = '1';
select 'unaccent_naive', (select group_concat(rowid) from folded
  where folded match 'naive AND cafe') = '1';

-- Abbreviations are one token: "u.s." matches U.S. and not US.
select 'abbrev', (select group_concat(rowid) from plain
  where plain match '"u.s."') = '1';
select 'abbrev_not_us', (select group_concat(rowid) from plain
  where plain match 'us') = '2';
select 'emoji', (select group_concat(rowid) from plain
  where plain match '"😀"') = '3';
select 'prefix', (select group_concat(rowid) from folded
  where folded match 'lop*') = '1,2';
select 'phrase', (select group_concat(rowid) from plain
  where plain match '"in the u.s. now"') = '1';

-- Punctuation is dropped unless punct 1.
select 'punct_dropped', (select count(*) from plain where plain match '"—"') = 0;
select 'punct_kept', (select group_concat(rowid) from withpunct
  where withpunct match '"—"') = '2';
select 'punct_curly', (select count(*) from withpunct
  where withpunct match '"“"') = 1;
select 'punct_phrase_same', (select count(*) from plain
  where plain match '"said is"') = 1;

-- highlight() and snippet() mark whole original characters.
select 'highlight_curly', (select highlight(folded, 0, '[', ']') from folded
  where folded match 'lopez' and rowid = 1)
  = '“[López],” he said, “is in the U.S. now.” Straße, naïve café.';
select 'highlight_abbrev', (select highlight(plain, 0, '[', ']') from plain
  where plain match '"u.s." OR strasse')
  = '“López,” he said, “is in the [U.S.] now.” [Straße], naïve café.';
select 'highlight_punct', (select highlight(withpunct, 0, '<', '>')
  from withpunct where withpunct match '"”"')
  = '“López,<”> he said, “is in the U.S. now.<”> Straße, naïve café.';
select 'snippet', (select snippet(folded, 0, '[', ']', '…', 4) from folded
  where folded match 'naive' and rowid = 1) = '…now.” Straße, [naïve] café.';
select 'snippet_emoji', (select snippet(plain, 0, '[', ']', '…', 2) from plain
  where plain match 'here') = '…😀 [here].';

-- The index terms are nlp_tokens()'s norm column, punctuation left out.
create virtual table plain_vocab using fts5vocab(plain, 'instance');
select 'terms_are_norms', (select count(*) from plain_vocab) =
  (select count(*) from src, nlp_tokens(src.body) t where t.kind <> 'punct')
  and not exists (select term, doc, offset from plain_vocab except
    select t.norm, src.id, row_number() over (partition by src.id order by t.idx) - 1
    from src, nlp_tokens(src.body) t where t.kind <> 'punct');

-- Updates and deletes go through the same tokenizer.
delete from folded where rowid = 1;
select 'delete', (select group_concat(rowid) from folded
  where folded match 'lopez') = '2';
-- FTS5's own check re-tokenizes every row and compares with the index
-- (an error stops the run: sqlite3 -bail).
insert into folded(folded) values ('integrity-check');
insert into withpunct(withpunct) values ('integrity-check');
select 'integrity_check', 1;
-- Bad options: tests/sqlite/test_fts5.c.

-- An external-content index over a table, kept by triggers (docs/fts5.md).
create table articles(id integer primary key, body text);
create virtual table articles_fts using fts5(body, content = 'articles',
  content_rowid = 'id', tokenize = 'nlp unaccent 1');
create trigger articles_fts_insert after insert on articles begin
  insert into articles_fts(rowid, body) values (new.id, new.body);
end;
create trigger articles_fts_delete after delete on articles begin
  insert into articles_fts(articles_fts, rowid, body)
    values ('delete', old.id, old.body);
end;
create trigger articles_fts_update after update on articles begin
  insert into articles_fts(articles_fts, rowid, body)
    values ('delete', old.id, old.body);
  insert into articles_fts(rowid, body) values (new.id, new.body);
end;
insert into articles select id, body from src;
update articles set body = 'Señor Pérez arrived.' where id = 3;
delete from articles where id = 2;
select 'external_match', (select group_concat(rowid) from articles_fts
  where articles_fts match 'lopez OR perez') = '1,3';
select 'external_gone', (select count(*) from articles_fts
  where articles_fts match 'obrador OR here') = 0;
select 'external_highlight', (select highlight(articles_fts, 0, '[', ']')
  from articles_fts where articles_fts match 'senor') = '[Señor] Pérez arrived.';
insert into articles_fts(articles_fts) values ('integrity-check');
select 'external_integrity', 1;
