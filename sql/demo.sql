-- demo.sql: a first look at sqlite-nlp over the bundled sample article.
-- Run from the project root:
--   sqlite3 :memory: -cmd '.load ./build/nlp' '.read sql/demo.sql'
.mode box
.headers on
CREATE TEMP TABLE articles(id INTEGER PRIMARY KEY, body TEXT);
INSERT INTO articles(body) VALUES (readfile('sample/seed_article.txt'));

.print 'The first sentences, with their paragraph and character offsets:'
SELECT s.idx, s.paragraph, s.char_start, s.char_end, substr(s.sentence, 1, 70) AS sentence
FROM articles a, nlp_sentences(a.body) s
LIMIT 8;

.print 'How long is the story?'
SELECT nlp_sentence_count(body) AS sentences,
       (SELECT count(*) FROM nlp_tokens(body) WHERE kind = 'word') AS words,
       (SELECT max(paragraph) + 1 FROM nlp_sentences(body)) AS paragraphs
FROM articles;

.print 'Tokens of one sentence, with their kind and normalised form:'
SELECT t.idx, t.token, t.kind, t.norm
FROM articles a, nlp_tokens(a.body) t
WHERE t.sentence = 2
LIMIT 14;

.print 'The parts of the page (headline, caption, credit, dateline, body, boilerplate):'
SELECT p.idx, p.kind, p.paragraph, substr(p.part, 1, 60) AS part
FROM articles a, nlp_parts(a.body) p;

.print 'Who is quoted, saying what?'
SELECT q.speaker, q.speaker_mention, q.verb, substr(q.quote, 1, 50) AS quote
FROM articles a, nlp_quotes(a.body) q;

.print 'The people, places and organisations of the story, once each:'
SELECT e.canonical, e.label, count(*) AS mentions
FROM articles a, nlp_entities(a.body) e
WHERE e.label IN ('PERSON', 'GPE', 'LOC', 'ORG', 'NORP', 'EVENT')
GROUP BY e.canonical, e.label
ORDER BY mentions DESC, e.canonical
LIMIT 15;

.print 'Dates and numbers with their normalised values:'
SELECT e.entity, e.label, e.value
FROM articles a, nlp_entities(a.body) e
WHERE e.label IN ('DATE', 'TIME', 'MONEY', 'PERCENT', 'CARDINAL', 'QUANTITY', 'ORDINAL');

.print 'Sentences of the story (part = body) that mention both Joe Biden and Mexico:'
SELECT s.idx, substr(s.sentence, 1, 90) AS sentence
FROM articles a, nlp_sentences(a.body) s
WHERE s.part = 'body'
  AND s.idx IN (SELECT sentence FROM nlp_entities(a.body) WHERE canonical = 'Joe Biden')
  AND s.idx IN (SELECT sentence FROM nlp_entities(a.body) WHERE canonical = 'Mexico');
