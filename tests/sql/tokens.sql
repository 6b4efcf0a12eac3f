-- tokens.sql: nlp_tokens(text) through the SQL surface.
-- Each line prints name|1 when its check holds (tests/sql/run.sh).
.mode list

create temp table docs(id integer primary key, body);
insert into docs(body) values
  ('“Yes,” he said. The U.S. economy grew 3.5% at 10 a.m. on Wednesday’s call.'),
  ('Sherwood-Randall didn''t pay $1.2 billion; 11,000 migrants'' homes, in the ''90s.'),
  ('See https://example.com/a?b=1. Mail jo@example.com! #Vote2024 @BBCNews 👍🏽 🇺🇸'),
  ('東京タワー нет नमस्ते ٣٫٥ Straße' || char(160) || '10' || char(13, 10) || 'Next—line…'),
  (cast(x'4c6f70657a80ff2e2054686520c38080206d616e2e01' as text)),
  ('U.S.-Mexico talks: rock ’n’ roll, 1990s, 2nd, 10:30, 10.30am, £5bn.');

-- Positions: substr() on characters and on bytes gives back every token.
select 'substr_chars', (select count(*) from docs d, nlp_tokens(d.body) t
  where substr(d.body, t.char_start + 1, t.char_end - t.char_start)
        is not t.token) = 0;
select 'substr_bytes', (select count(*) from docs d, nlp_tokens(d.body) t
  where substr(cast(d.body as blob), t.byte_start + 1, t.byte_end - t.byte_start)
        is not cast(t.token as blob)) = 0;
select 'char_lengths', (select count(*) from docs d, nlp_tokens(d.body) t
  where length(t.token) <> t.char_end - t.char_start) = 0;

-- Tokens are in order, do not overlap, and hold no white space.
select 'ordered', (select count(*) from docs d, nlp_tokens(d.body) a,
  nlp_tokens(d.body) b where b.idx = a.idx + 1 and b.byte_start < a.byte_end) = 0;
select 'idx_dense', (select count(*) from docs d, nlp_tokens(d.body) t
  where t.rowid <> t.idx) = 0
  and (select max(idx) + 1 = count(*) from nlp_tokens('a b c d'));
select 'no_space', (select count(*) from docs d, nlp_tokens(d.body) t
  where t.token glob '*[ 	]*' or instr(t.token, char(160)) > 0
     or instr(t.token, char(10)) > 0 or instr(t.token, char(13)) > 0) = 0;
-- Every non-space character is in a token.
select 'coverage', (select sum(length(replace(replace(replace(replace(replace(
  body, ' ', ''), char(160), ''), char(10), ''), char(13), ''), char(9), '')))
  from docs) = (select sum(length(t.token)) from docs d, nlp_tokens(d.body) t);

-- Token sequences and kinds.
select 'seq_money', (select group_concat(token || '/' || kind, ' ')
  from nlp_tokens('$1.2 billion, 3.5%')) = '$/symbol 1.2/number billion/word ,/punct 3.5/number %/symbol';
select 'seq_clitics', (select group_concat(token, ' ')
  from nlp_tokens('Wednesday''s talks don''t fail; migrants'' homes'))
  = 'Wednesday ''s talks do n''t fail ; migrants '' homes';
select 'seq_curly', (select group_concat(token, ' ')
  from nlp_tokens('it’s ‘quoted’ and “double”, rock ’n’ roll in the ’90s'))
  = 'it ’s ‘ quoted ’ and “ double ” , rock ’n’ roll in the ’90s';
select 'seq_abbrev', (select group_concat(token, ' ')
  from nlp_tokens('The U.S.-Mexico deal at 10 a.m. by Gov. Smith and Sherwood-Randall'))
  = 'The U.S. - Mexico deal at 10 a.m. by Gov. Smith and Sherwood-Randall';
select 'seq_numbers', (select group_concat(token, ' ')
  from nlp_tokens('11,000 in 1990s, 2nd at 10:30 or 10.30am, £5bn'))
  = '11,000 in 1990s , 2nd at 10:30 or 10.30 am , £ 5 bn';
select 'kinds_links', (select group_concat(kind, ' ') from nlp_tokens(
  'https://example.com/a?b=1. jo@example.com #Vote2024 @BBCNews 👨‍👩‍👧 🇺🇸'))
  = 'url punct email hashtag mention emoji emoji';
select 'url_in_brackets', (select group_concat(token, ' ')
  from nlp_tokens('(see www.bbc.co.uk/news).')) = '( see www.bbc.co.uk/news ) .';
select 'cjk_one_per_ideograph', (select count(*) from nlp_tokens('東京大学')) = 4;
select 'kind_other', (select group_concat(kind, ' ')
  from nlp_tokens(cast(x'61800162' as text))) = 'word other other word';
select 'kinds_known', (select count(*) from docs d, nlp_tokens(d.body) t
  where t.kind not in ('word', 'number', 'punct', 'symbol', 'url', 'email',
                       'hashtag', 'mention', 'emoji', 'other')) = 0;

-- norm: NFKC plus case folding.
select 'norm_ascii', (select group_concat(norm, ' ')
  from nlp_tokens('The U.S. GDP and Gov. O''Brien')) = 'the u.s. gdp and gov. o''brien';
select 'norm_unicode', (select group_concat(norm, ' ')
  from nlp_tokens('Straße ＡＢＣ ﬁne LÓPEZ ΣΟΦΊΑ')) = 'strasse abc fine lópez σοφία';
select 'norm_equals_casefold', (select count(*) from docs d, nlp_tokens(d.body) t
  where t.norm is not nlp_casefold(t.token)) = 0;
select 'norm_long_ascii', (select norm from nlp_tokens(upper(printf('%.*c', 200, 'a'))))
  = printf('%.*c', 200, 'a');

-- sentence: the idx of the nlp_sentences row that holds the token.
select 'sentence_ids', (select group_concat(sentence, '')
  from nlp_tokens('One two. Three. “Four!” Five')) = '0001122223';
select 'sentence_contains', (select count(*) from docs d, nlp_tokens(d.body) t
  where not exists (select 1 from nlp_sentences(d.body) s where s.idx = t.sentence
    and t.byte_start >= s.byte_start and t.byte_end <= s.byte_end)) = 0;
select 'sentence_every', (select count(*) from docs d, nlp_sentences(d.body) s
  where not exists (select 1 from nlp_tokens(d.body) t where t.sentence = s.idx)) = 0;

-- Lateral join, NULL and empty input.
select 'lateral', (select group_concat(n, ',') from (select d.id, count(*) as n
  from docs d, nlp_tokens(d.body) t where d.id <= 2 group by d.id order by d.id))
  = (select count(*) from nlp_tokens((select body from docs where id = 1)))
    || ',' || (select count(*) from nlp_tokens((select body from docs where id = 2)));
select 'lateral_where', (select count(*) from docs d, nlp_tokens(d.body) t
  where t.kind in ('url', 'email')) = 2;
select 'null_empty', (select count(*) from nlp_tokens(NULL)) = 0
  and (select count(*) from nlp_tokens('')) = 0;
