-- queries.sql: ready-made questions over a table of articles.
--
--   CREATE TABLE articles(id INTEGER PRIMARY KEY, body TEXT);   -- yours
--   .load ./build/nlp
--   .read sql/queries.sql            -- creates the views below
--   SELECT * FROM nlp_quoted_speakers;
--
-- Each view reads `articles(id, body)`; to use another table, edit the
-- `nlp_article_source` view at the top (e.g. SELECT rowid AS id, text AS
-- body FROM stories). The views run the nlp_* functions when queried; for
-- a large corpus that is queried often, materialise first (sql/index.sql).
-- tests/sql/queries.sql runs every view over the sample article.

CREATE VIEW IF NOT EXISTS nlp_article_source AS
  SELECT id, body FROM articles;

-- Every named-entity mention with its sentence and part of the page.
CREATE VIEW IF NOT EXISTS nlp_mentions AS
  SELECT a.id, e.idx, e.entity, e.label, e.canonical, e.value,
         e.sentence, e.char_start, e.char_end
  FROM nlp_article_source a, nlp_entities(a.body) e;

-- 1. Who is quoted, and how often.
--    SELECT * FROM nlp_quoted_speakers;
--    Earl Anthony Wayne|2   Former and current Homeland Security officials|1 ...
CREATE VIEW IF NOT EXISTS nlp_quoted_speakers AS
  SELECT q.speaker, count(*) AS quotes, count(DISTINCT a.id) AS articles
  FROM nlp_article_source a, nlp_quotes(a.body) q
  WHERE q.speaker IS NOT NULL
  GROUP BY q.speaker
  ORDER BY quotes DESC, q.speaker;

-- 2. The people and places of each story, once each, with mention counts.
--    SELECT canonical, label, mentions FROM nlp_people_places WHERE id = 1;
CREATE VIEW IF NOT EXISTS nlp_people_places AS
  SELECT id, canonical, label, count(*) AS mentions
  FROM nlp_mentions
  WHERE label IN ('PERSON', 'GPE', 'LOC', 'FAC')
  GROUP BY id, canonical, label
  ORDER BY id, mentions DESC, canonical;

-- 3. Sentences that mention two given entities (by canonical name):
--    SELECT sentence FROM nlp_entity_sentences WHERE canonical = 'Joe Biden'
--    INTERSECT
--    SELECT sentence FROM nlp_entity_sentences WHERE canonical = 'Mexico';
CREATE VIEW IF NOT EXISTS nlp_entity_sentences AS
  SELECT DISTINCT a.id, s.idx AS sentence_idx, s.sentence, m.canonical, m.label
  FROM nlp_article_source a, nlp_sentences(a.body) s
  JOIN nlp_mentions m ON m.id = a.id AND m.sentence = s.idx;

-- 4. The most frequent co-occurring entity pairs across the corpus: two
--    names co-occur when they are mentioned in the same sentence.
--    SELECT * FROM nlp_entity_pairs LIMIT 10;
CREATE VIEW IF NOT EXISTS nlp_entity_pairs AS
  WITH m AS MATERIALIZED (
    SELECT DISTINCT id, sentence, canonical, label FROM nlp_mentions
    WHERE label IN ('PERSON', 'ORG', 'GPE', 'LOC', 'NORP', 'FAC', 'EVENT'))
  SELECT x.canonical AS a, x.label AS a_label,
         y.canonical AS b, y.label AS b_label,
         count(*) AS sentences, count(DISTINCT x.id) AS articles
  FROM m x JOIN m y
    ON x.id = y.id AND x.sentence = y.sentence AND x.canonical < y.canonical
  GROUP BY x.canonical, y.canonical
  ORDER BY sentences DESC, articles DESC, a, b;

-- 5. A timeline of dated events: every DATE with a normalised value, in
--    date order, with the sentence it dates.
--    SELECT date, entity, sentence FROM nlp_timeline;
CREATE VIEW IF NOT EXISTS nlp_timeline AS
  SELECT m.value AS date, m.entity, a.id, s.sentence
  FROM nlp_article_source a, nlp_sentences(a.body) s
  JOIN nlp_mentions m ON m.id = a.id AND m.sentence = s.idx
  WHERE m.label = 'DATE' AND m.value IS NOT NULL AND m.value <> ''
  ORDER BY m.value, a.id, s.idx;

-- 6. Entity mentions per part of the page (headline, caption, body, ...).
--    SELECT * FROM nlp_mentions_by_part;
CREATE VIEW IF NOT EXISTS nlp_mentions_by_part AS
  SELECT s.part, m.label, count(*) AS mentions
  FROM nlp_article_source a, nlp_sentences(a.body) s
  JOIN nlp_mentions m ON m.id = a.id AND m.sentence = s.idx
  GROUP BY s.part, m.label
  ORDER BY s.part, mentions DESC, m.label;

-- 7. Who appears most across the corpus, and by which names: one row per
--    entity with its usual label, its mentions, the articles that name it,
--    and the names it is written as (with their counts). Mentions count under
--    their canonical name, which the extension keeps the same across
--    articles where it can: "Britain", "UK", "U.K." -> "United Kingdom" (the
--    built-in aliases, data/lists/entities/*_aliases.txt). And an acronym
--    that one article spells out ("the Securities and Exchange Commission
--    (SEC)") counts under its full name in every article, also those that
--    only write "SEC" (the full name the corpus gives it most often). With
--    your own entries and aliases, make nlp_mentions read your configured
--    instance (CREATE VIRTUAL TABLE my_ner USING nlp_entities(aliases =
--    'my_aliases')) instead of nlp_entities.
--    SELECT entity, label, mentions, articles, names
--    FROM nlp_who_appears_most LIMIT 10;
CREATE VIEW IF NOT EXISTS nlp_who_appears_most AS
  WITH m AS MATERIALIZED (
    SELECT id, entity, label, canonical FROM nlp_mentions
    WHERE label IN ('PERSON', 'NORP', 'FAC', 'ORG', 'GPE', 'LOC', 'PRODUCT',
                    'EVENT', 'WORK_OF_ART', 'LAW', 'MISC')),
  -- "SEC" -> "Securities and Exchange Commission", where an article says so
  spelled AS (
    SELECT entity AS acronym, canonical AS name, count(*) AS n
    FROM m
    WHERE entity <> canonical AND entity = upper(entity)
      AND entity NOT LIKE '% %' AND length(entity) BETWEEN 2 AND 8
      AND canonical LIKE '% %'
    GROUP BY entity, canonical),
  expand AS MATERIALIZED (
    SELECT acronym, name FROM (
      SELECT acronym, name, row_number() OVER (
        PARTITION BY acronym ORDER BY n DESC, name) AS r
      FROM spelled)
    WHERE r = 1),
  named AS MATERIALIZED (
    SELECT m.id, m.entity, m.label, coalesce(x.name, m.canonical) AS name
    FROM m LEFT JOIN expand x ON x.acronym = m.canonical),
  -- each mention with how often its entity has its label
  counted AS MATERIALIZED (
    SELECT id, name, label,
           count(*) OVER (PARTITION BY name, label) AS label_mentions
    FROM named),
  forms AS MATERIALIZED (
    SELECT name, group_concat(entity || ' (' || n || ')', ', ') AS names
    FROM (SELECT name, entity, count(*) AS n FROM named
          GROUP BY name, entity ORDER BY name, n DESC, entity)
    GROUP BY name),
  -- label: SQLite takes a bare column from the row of the one max()
  totals AS MATERIALIZED (
    SELECT name, label, max(label_mentions) AS label_mentions,
           count(*) AS mentions, count(DISTINCT id) AS articles
    FROM counted GROUP BY name)
  SELECT t.name AS entity, t.label, t.mentions, t.articles, f.names
  FROM totals t JOIN forms f USING (name)
  ORDER BY t.articles DESC, t.mentions DESC, t.name;
