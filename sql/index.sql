-- index.sql: materialise the NLP of a table of articles and keep it in sync.
--
--   sqlite3 news.db -cmd '.load ./build/nlp' '.read sql/index.sql'
--
-- Given the source table
--   articles(id INTEGER PRIMARY KEY, body TEXT)
-- (created here if it does not exist), this creates
--   articles_sentences(article_id, idx, sentence, paragraph, char_start, ...)
--   articles_tokens(article_id, idx, sentence, token, kind, norm, ...)
--   articles_entities(article_id, idx, entity, label, canonical, value, ...)
--   articles_quotes(article_id, idx, quote, speaker, speaker_mention, verb, ...)
--   articles_parts(article_id, idx, kind, part, paragraph, ...)
-- whose article_id references articles(id), and triggers that refill an
-- article's rows on INSERT, on UPDATE of id or body, and remove them on
-- DELETE. Rows already in articles are filled at the end of this file.
--
-- Every connection that writes to articles must load the extension (the
-- triggers call nlp_sentences(), nlp_tokens(), nlp_entities(), nlp_quotes()
-- and nlp_parts()); readers need not.
-- The triggers delete rows themselves, so foreign_keys may be on or off;
-- with PRAGMA foreign_keys = ON the references are also enforced.
--
-- Other names: the file uses only `articles`, `id` and `body`. For a table
-- posts(post_id INTEGER PRIMARY KEY, content TEXT):
--   sed -e 's/articles/posts/g' -e 's/\bbody\b/content/g' \
--       -e 's/\bid\b/post_id/g' sql/index.sql > posts_index.sql
-- (then posts_sentences.article_id references posts(post_id)). The key must
-- be the INTEGER PRIMARY KEY (the rowid) or another unique integer column.
--
-- Adding a derived table takes three things, each
-- marked ADD below: its CREATE TABLE, one DELETE and one INSERT ... SELECT
-- in the trigger on articles_nlp_refresh. Every change to articles goes
-- through that one trigger.

CREATE TABLE IF NOT EXISTS articles(id INTEGER PRIMARY KEY, body TEXT);

-- Derived tables ---------------------------------------------------------

CREATE TABLE IF NOT EXISTS articles_sentences(
  article_id INTEGER NOT NULL
    REFERENCES articles(id) ON DELETE CASCADE ON UPDATE CASCADE,
  idx INTEGER NOT NULL,       -- 0-based ordinal in the article
  sentence TEXT NOT NULL,
  paragraph INTEGER NOT NULL, -- 0-based; blank lines separate paragraphs
  part TEXT,                  -- headline, byline, dateline, body, ...
  char_start INTEGER NOT NULL, char_end INTEGER NOT NULL,  -- substr() units
  byte_start INTEGER NOT NULL, byte_end INTEGER NOT NULL,  -- UTF-8 bytes
  PRIMARY KEY (article_id, idx)
) WITHOUT ROWID;

-- One row per token; (article_id, sentence) is articles_sentences's key.
CREATE TABLE IF NOT EXISTS articles_tokens(
  article_id INTEGER NOT NULL
    REFERENCES articles(id) ON DELETE CASCADE ON UPDATE CASCADE,
  idx INTEGER NOT NULL,       -- 0-based ordinal in the article
  sentence INTEGER NOT NULL,  -- articles_sentences.idx
  token TEXT NOT NULL,
  kind TEXT NOT NULL,         -- word, number, punct, symbol, url, ...
  norm TEXT NOT NULL,         -- NFKC + case folding
  char_start INTEGER NOT NULL, char_end INTEGER NOT NULL,
  byte_start INTEGER NOT NULL, byte_end INTEGER NOT NULL,
  PRIMARY KEY (article_id, idx)
) WITHOUT ROWID;
-- No index on norm here: kept up to date row by row it makes a bulk load
-- about 10 times slower (tests/scale/load_bbc.py). Create it after loading:
--   CREATE INDEX articles_tokens_norm ON articles_tokens(norm);

-- One row per named entity (nlp_entities); canonical is the same for every
-- mention of an entity in the article, value the normalised value of a
-- number, money, date... (NULL for names).
CREATE TABLE IF NOT EXISTS articles_entities(
  article_id INTEGER NOT NULL
    REFERENCES articles(id) ON DELETE CASCADE ON UPDATE CASCADE,
  idx INTEGER NOT NULL,       -- 0-based ordinal in the article
  entity TEXT NOT NULL,       -- the surface text
  label TEXT NOT NULL,        -- PERSON, ORG, GPE, DATE, MONEY, ... (nlp_labels)
  canonical TEXT,
  value TEXT,
  sentence INTEGER NOT NULL,  -- articles_sentences.idx
  char_start INTEGER NOT NULL, char_end INTEGER NOT NULL,
  byte_start INTEGER NOT NULL, byte_end INTEGER NOT NULL,
  PRIMARY KEY (article_id, idx)
) WITHOUT ROWID;

-- One row per quotation (nlp_quotes): who said what. speaker is the
-- canonical name (or NULL), speaker_mention the words that attribute it;
-- the offsets are those of the quoted words.
CREATE TABLE IF NOT EXISTS articles_quotes(
  article_id INTEGER NOT NULL
    REFERENCES articles(id) ON DELETE CASCADE ON UPDATE CASCADE,
  idx INTEGER NOT NULL,
  quote TEXT NOT NULL,
  speaker TEXT,
  speaker_mention TEXT,
  verb TEXT,
  sentence INTEGER NOT NULL,  -- articles_sentences.idx where the quote starts
  char_start INTEGER NOT NULL, char_end INTEGER NOT NULL,
  byte_start INTEGER NOT NULL, byte_end INTEGER NOT NULL,
  PRIMARY KEY (article_id, idx)
) WITHOUT ROWID;

-- One row per part of the page (nlp_parts): headline, byline, body, ...
CREATE TABLE IF NOT EXISTS articles_parts(
  article_id INTEGER NOT NULL
    REFERENCES articles(id) ON DELETE CASCADE ON UPDATE CASCADE,
  idx INTEGER NOT NULL,
  kind TEXT NOT NULL,
  part TEXT NOT NULL,
  paragraph INTEGER NOT NULL,
  char_start INTEGER NOT NULL, char_end INTEGER NOT NULL,
  byte_start INTEGER NOT NULL, byte_end INTEGER NOT NULL,
  PRIMARY KEY (article_id, idx)
) WITHOUT ROWID;

-- ADD: CREATE TABLE IF NOT EXISTS articles_x(article_id INTEGER NOT NULL
--   REFERENCES articles(id) ON DELETE CASCADE ON UPDATE CASCADE,
--   idx INTEGER NOT NULL, <the columns of nlp_x>,
--   PRIMARY KEY (article_id, idx)) WITHOUT ROWID;

-- The refresh point --------------------------------------------------------
-- INSERT INTO articles_nlp_refresh VALUES (id, body) replaces the derived
-- rows of article id with those of body (none when body is NULL).

CREATE VIEW IF NOT EXISTS articles_nlp_refresh(id, body) AS
  SELECT NULL, NULL WHERE 0;

CREATE TRIGGER IF NOT EXISTS articles_nlp_refresh_rows
INSTEAD OF INSERT ON articles_nlp_refresh
BEGIN
  DELETE FROM articles_sentences WHERE article_id = new.id;
  DELETE FROM articles_tokens WHERE article_id = new.id;
  DELETE FROM articles_entities WHERE article_id = new.id;
  DELETE FROM articles_quotes WHERE article_id = new.id;
  DELETE FROM articles_parts WHERE article_id = new.id;
  -- ADD: DELETE FROM articles_x WHERE article_id = new.id;

  INSERT INTO articles_sentences
    SELECT new.id, idx, sentence, paragraph, part, char_start, char_end,
           byte_start, byte_end
    FROM nlp_sentences(new.body);
  INSERT INTO articles_tokens
    SELECT new.id, idx, sentence, token, kind, norm, char_start, char_end,
           byte_start, byte_end
    FROM nlp_tokens(new.body);
  INSERT INTO articles_entities
    SELECT new.id, idx, entity, label, canonical, value, sentence,
           char_start, char_end, byte_start, byte_end
    FROM nlp_entities(new.body);
  INSERT INTO articles_quotes
    SELECT new.id, idx, quote, speaker, speaker_mention, verb, sentence,
           char_start, char_end, byte_start, byte_end
    FROM nlp_quotes(new.body);
  INSERT INTO articles_parts
    SELECT new.id, idx, kind, part, paragraph, char_start, char_end,
           byte_start, byte_end
    FROM nlp_parts(new.body);
  -- ADD: INSERT INTO articles_x SELECT new.id, idx, ... FROM nlp_x(new.body);
END;

-- Triggers on the source table ----------------------------------------------

CREATE TRIGGER IF NOT EXISTS articles_nlp_insert AFTER INSERT ON articles
BEGIN
  INSERT INTO articles_nlp_refresh VALUES (new.id, new.body);
END;

CREATE TRIGGER IF NOT EXISTS articles_nlp_update
AFTER UPDATE OF id, body ON articles
BEGIN
  INSERT INTO articles_nlp_refresh SELECT old.id, NULL WHERE old.id IS NOT new.id;
  INSERT INTO articles_nlp_refresh VALUES (new.id, new.body);
END;

CREATE TRIGGER IF NOT EXISTS articles_nlp_delete AFTER DELETE ON articles
BEGIN
  INSERT INTO articles_nlp_refresh VALUES (old.id, NULL);
END;

-- Fill the rows of articles that are already there (none twice: an article
-- that has sentences is skipped, so reading this file again is harmless).
INSERT INTO articles_nlp_refresh
  SELECT id, body FROM articles
  WHERE id NOT IN (SELECT article_id FROM articles_sentences);
