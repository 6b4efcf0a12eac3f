-- fts5_options.sql: the unicode61 options the `nlp` FTS5 tokenizer takes
-- (docs/fts5.md): remove_diacritics, tokenchars, separators. Rejected
-- options: tests/fts5/option_errors.sh. Each line prints name|1.
.mode list

create temp table src(id integer primary key, body text);
insert into src values
  (1, 'López met snake_case fans of C++ and x#y in (_x) - then left.'),
  (2, 'A well-known O''Neil said it’s in the U.S. now.');

-- remove_diacritics: 0 keeps accents, 1 and 2 remove them; the last of
-- unaccent / remove_diacritics given wins.
create virtual table rd0 using fts5(body, tokenize = 'nlp remove_diacritics 0');
create virtual table rd1 using fts5(body, tokenize = 'nlp remove_diacritics 1');
create virtual table rd2 using fts5(body, tokenize = 'nlp REMOVE_DIACRITICS 2');
create virtual table rdlast using fts5(body, tokenize = 'nlp unaccent 1 remove_diacritics 0');
insert into rd0(rowid, body) select id, body from src;
insert into rd1(rowid, body) select id, body from src;
insert into rd2(rowid, body) select id, body from src;
insert into rdlast(rowid, body) select id, body from src;
select 'rd0_keeps', (select count(*) from rd0 where rd0 match 'lopez') = 0
  and (select count(*) from rd0 where rd0 match 'lópez') = 1;
select 'rd1_removes', (select count(*) from rd1 where rd1 match 'lopez') = 1;
select 'rd2_removes', (select count(*) from rd2 where rd2 match 'lopez') = 1;
select 'rd_last_wins', (select count(*) from rdlast where rdlast match 'lopez') = 0;

-- tokenchars: touching tokens joined where a listed character is.
create virtual table tc using fts5(body, tokenize = 'nlp tokenchars ''_+#-''');
insert into tc(rowid, body) select id, body from src;
create virtual table tc_terms using fts5vocab(tc, 'row');
select 'tc_snake', (select count(*) from tc where tc match 'snake_case') = 1
  and (select count(*) from tc where tc match 'snake') = 0;
select 'tc_cpp', exists (select 1 from tc_terms where term = 'c++');
select 'tc_hash', exists (select 1 from tc_terms where term = 'x#y');
-- "(" is no tokenchar and no word character: "(_x)" gives the term "_x".
select 'tc_bracket', exists (select 1 from tc_terms where term = '_x')
  and not exists (select 1 from tc_terms where term like '(%');
-- A lone listed character is a term ("-"), as in unicode61.
select 'tc_lone', exists (select 1 from tc_terms where term = '-');
select 'tc_highlight', (select highlight(tc, 0, '[', ']') from tc where tc match 'snake_case')
  = 'López met [snake_case] fans of C++ and x#y in (_x) - then left.';
insert into tc(tc) values ('integrity-check');

-- separators: the listed characters cut terms.
create virtual table sp using fts5(body, tokenize = 'nlp separators ''-''''.’''');
insert into sp(rowid, body) select id, body from src;
create virtual table sp_terms using fts5vocab(sp, 'row');
select 'sp_hyphen', (select count(*) from sp where sp match 'known') = 1
  and not exists (select 1 from sp_terms where term = 'well-known');
select 'sp_apostrophe', (select count(*) from sp where sp match 'neil') = 1;
select 'sp_period', exists (select 1 from sp_terms where term = 'u')
  and not exists (select 1 from sp_terms where term = 'u.s.');
select 'sp_multibyte', exists (select 1 from sp_terms where term = 's')
  and not exists (select 1 from sp_terms where term = '’s');
select 'sp_highlight', (select highlight(sp, 0, '[', ']') from sp where sp match 'neil')
  = 'A well-known O''[Neil] said it’s in the U.S. now.';
insert into sp(sp) values ('integrity-check');

-- Without these options the terms are nlp_tokens' norms, as before.
create virtual table plain using fts5(body, tokenize = 'nlp');
insert into plain(rowid, body) select id, body from src;
create virtual table plain_terms using fts5vocab(plain, 'row');
select 'plain_same', (select group_concat(term, ' ') from (select term from plain_terms order by term))
  = (select group_concat(norm, ' ') from (select distinct k.norm from src, nlp_tokens(src.body) k
     where k.kind <> 'punct' order by k.norm));
