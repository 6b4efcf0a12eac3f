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

.print 'Sentences that mention both Biden and Mexico:'
SELECT s.idx, substr(s.sentence, 1, 90) AS sentence
FROM articles a, nlp_sentences(a.body) s
WHERE s.sentence LIKE '%Biden%' AND s.sentence LIKE '%Mexic%';

.print 'The most frequent capitalised words:'
SELECT t.token, count(*) AS n
FROM articles a, nlp_tokens(a.body) t
WHERE t.kind = 'word' AND t.token GLOB '[A-Z][a-z]*'
GROUP BY t.token ORDER BY n DESC, t.token LIMIT 8;
