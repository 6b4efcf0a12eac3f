-- quotes_seed.sql: nlp_quotes on the sample article and the input contract.
-- Each line prints name|1 when its check holds (tests/sql/run.sh).
.mode list
create temp table a(body);
insert into a values (cast(readfile('sample/seed_article.txt') as text));

select 'q_count', (select count(*) from a, nlp_quotes(a.body) q
  where q.kind <> 'indirect') = 4;
select 'q_kinds', (select group_concat(kind, ',') from a, nlp_quotes(a.body))
  = 'mixed,mixed,direct,direct,indirect,indirect';
-- Reported speech: "..., according to community leaders." and "..., they said."
select 'q_according', (select speaker || '|' || verb from a, nlp_quotes(a.body) q
  where q.kind = 'indirect' and q.quote like 'Already in northern Mexico,%')
  = 'community leaders|according to';
select 'q_they_said', (select speaker || '|' || speaker_mention from a,
  nlp_quotes(a.body) q where q.kind = 'indirect' and q.quote like 'Many of %')
  = 'community leaders|they';
select 'q_breaking', (select speaker from a, nlp_quotes(a.body) q
  where q.quote = 'breaking point') = 'Former and current Homeland Security officials';
select 'q_breaking_verb', (select verb from a, nlp_quotes(a.body) q
  where q.quote = 'breaking point') = 'warned';
select 'q_urgently', (select speaker from a, nlp_quotes(a.body) q
  where q.quote = 'urgently needed') = 'the two leaders';
select 'q_wayne', (select speaker || '|' || speaker_mention || '|' || verb
  from a, nlp_quotes(a.body) q where q.idx = 2)
  = 'Earl Anthony Wayne|Earl Anthony Wayne|said';
select 'q_wayne_text', (select quote from a, nlp_quotes(a.body) q where q.idx = 2)
  = 'The Mexicans still have relatively limited capacity';
select 'q_he_added', (select speaker || '|' || speaker_mention || '|' || verb
  from a, nlp_quotes(a.body) q where q.idx = 3) = 'Earl Anthony Wayne|he|added';
select 'q_three_sentences', (select count(*) from a, nlp_quotes(a.body) q,
  nlp_sentences(a.body) s where q.idx = 3
  and s.byte_end > q.byte_start and s.byte_start < q.byte_end) = 3;
-- The sentence column is the idx of the sentence where the quote starts.
select 'q_sentence', (select count(*) from a, nlp_quotes(a.body) q,
  nlp_sentences(a.body) s where s.idx = q.sentence
  and q.byte_start >= s.byte_start and q.byte_start < s.byte_end) = 6;
-- Offsets: substr() identity in characters and in bytes.
select 'q_substr', (select count(*) from a, nlp_quotes(a.body) q
  where substr(a.body, q.char_start + 1, q.char_end - q.char_start) is not q.quote) = 0;
select 'q_bytes', (select count(*) from a, nlp_quotes(a.body) q
  where substr(cast(a.body as blob), q.byte_start + 1, q.byte_end - q.byte_start)
        is not cast(q.quote as blob)) = 0;
-- Speaker and cue offsets: the same identities for speaker_mention and verb.
select 'q_speaker_substr', (select count(*) from a, nlp_quotes(a.body) q
  where q.speaker_mention is not null and substr(a.body,
  q.speaker_char_start + 1, q.speaker_char_end - q.speaker_char_start)
  is not q.speaker_mention) = 0;
select 'q_speaker_bytes', (select count(*) from a, nlp_quotes(a.body) q
  where q.speaker_mention is not null and substr(cast(a.body as blob),
  q.speaker_byte_start + 1, q.speaker_byte_end - q.speaker_byte_start)
  is not cast(q.speaker_mention as blob)) = 0;
select 'q_speaker_some', (select count(*) from a, nlp_quotes(a.body) q
  where q.speaker_char_start is not null) >= 3;
select 'q_cue_substr', (select count(*) from a, nlp_quotes(a.body) q
  where q.cue_char_start is not null and substr(a.body, q.cue_char_start + 1,
  q.cue_char_end - q.cue_char_start) is not q.verb) = 0;
select 'q_null_offsets', (select count(*) from a, nlp_quotes(a.body) q
  where (q.speaker_char_start is null and q.speaker_mention is not null)
     or (q.cue_char_start is null) <> (q.verb is null)) = 0;
-- A speaker that goes on from the quote before: speaker_mention is NULL,
-- the offsets are those of the mention that named the speaker ("Jo Kent").
select 'q_source_carried', (select group_concat(coalesce(speaker_mention, '-')
  || ':' || speaker_char_start || '-' || speaker_char_end, ',')
  from nlp_quotes('"We played well," said Jo Kent. "We never gave up."'))
  = 'Jo Kent:23-30,-:23-30';
select 'q_speaker_before', (select speaker_char_start || ',' || speaker_char_end
  || ',' || cue_char_start || ',' || cue_char_end || ',' || kind
  from nlp_quotes('Ümit Kaya said: “Wé will win.”')) = '0,9,10,14,direct';
select 'q_rowid', (select count(*) from a, nlp_quotes(a.body) q where q.rowid <> q.idx) = 0;

-- Input contract.
select 'q_null', (select count(*) from nlp_quotes(NULL)) = 0;
select 'q_empty', (select count(*) from nlp_quotes('')) = 0;
select 'q_invalid_utf8_substr', (select count(*) from (select cast(
  x'fffe201c48692c1d20736169642049646120526f792e80' as text) as b) t,
  nlp_quotes(t.b) q
  where substr(t.b, q.char_start + 1, q.char_end - q.char_start) is not q.quote) = 0;
select 'q_straight', (select speaker from nlp_quotes(
  '"It''s a historic day," Governor Ray Dalton said.')) = 'Ray Dalton';
select 'q_no_verb', (select count(*) from nlp_quotes(
  'The so-called "smart" meters were slow.')) = 0;

-- Lateral joins over several documents (NULL and quote-less rows give none).
create temp table docs(id, body);
insert into docs values (1, '“Go,” said Ali Reza.'), (2, NULL), (3, 'No quotes.'),
  (4, '“Stay,” said Mia Holt. “Now,” she added.');
select 'q_lateral', (select group_concat(d.id || ':' || q.speaker, ',') from docs d,
  nlp_quotes(d.body) q) = '1:Ali Reza,4:Mia Holt,4:Mia Holt';
