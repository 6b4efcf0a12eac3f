-- contract.sql: the input contract and offsets of the SQL surface.
-- Each line prints name|1 when its check holds (tests/sql/run.sh).
.mode list

-- NULL, empty, all-space: no rows; scalars: NULL in, NULL out.
select 'null_rows', (select count(*) from nlp_sentences(NULL)) = 0;
select 'empty_rows', (select count(*) from nlp_sentences('')) = 0;
select 'space_rows', (select count(*) from nlp_tokens('  
  ')) = 0;
select 'null_scalar', nlp_casefold(NULL) is null and nlp_unaccent(NULL) is null
  and nlp_normalize(NULL) is null and nlp_sentence_count(NULL) is null
  and nlp_sentences_json(NULL) is null;

-- A number is read as its text; a BLOB as UTF-8 bytes.
select 'number_text', (select group_concat(token, '|') from nlp_tokens(3.5)) = '3.5';
select 'blob_utf8', (select sentence from nlp_sentences(x'48692e')) = 'Hi.';

-- The substr() identity, on curly quotes, accents and invalid UTF-8.
create temp table t(body);
insert into t values ('“Yes.” He left. López said: it’s 3.5% — maybe.');
insert into t values (cast(x'4c6f70657a80ff2e2054686520c38080206d616e2e' as text));
insert into t values ('CRLF line.' || char(13,10,13,10) || 'Next para.');
select 'substr_sentences', (select count(*) from t, nlp_sentences(t.body) s
  where substr(t.body, s.char_start + 1, s.char_end - s.char_start) is not s.sentence) = 0;
select 'substr_tokens', (select count(*) from t, nlp_tokens(t.body) k
  where substr(t.body, k.char_start + 1, k.char_end - k.char_start) is not k.token) = 0;
select 'bytes_tokens', (select count(*) from t, nlp_tokens(t.body) k
  where substr(cast(t.body as blob), k.byte_start + 1, k.byte_end - k.byte_start)
        is not cast(k.token as blob)) = 0;
select 'crlf_paragraph', (select max(paragraph) from t, nlp_sentences(t.body) s
  where t.rowid = 3) = 1;

-- Lateral joins and ordering.
select 'lateral', (select count(*) from t, nlp_sentences(t.body)) = 7;
select 'rowid_is_idx', (select count(*) from nlp_tokens('a b c') where rowid <> idx) = 0;

-- Scalars.
select 'unaccent', nlp_unaccent('López Obrador') = 'Lopez Obrador';
select 'casefold', nlp_casefold('Straße') = 'strasse';
select 'nfd', length(nlp_normalize('é', 'NFD')) = 2;
select 'nfkc', nlp_normalize('ﬁ', 'nfkc') = 'fi';
select 'count', nlp_sentence_count('One. Two. Three.') = 3;
select 'json', json_array_length(nlp_sentences_json('One. Two.')) = 2;
select 'json_fields', nlp_sentences_json('Hi.') ->> '$[0].sentence' = 'Hi.';
select 'version', nlp_version() glob '[0-9]*.[0-9]*.[0-9]*';

-- An OR over the table's columns plans (the planner asks about each OR
-- term without the text argument; that must not be an error).
select 'or_in_where', (select count(*) from nlp_tokens('Peter x a')
  where kind = 'word' or token like 'P%') = 3;
select 'or_entities', (select count(*) from nlp_entities('Joe Biden went to Paris.')
  where label = 'PERSON' or label = 'GPE') = 2;
