-- graph.sql: the co-occurrence network of a corpus as Graphviz DOT, in one
-- query. Nodes are the 40 names (people, organisations, places) found in
-- the most articles; an edge joins two of them when they are named in the
-- same sentence, and its width grows with the number of such sentences.
--
--   sqlite3 news.db -cmd '.load ./build/nlp' '.read sql/graph.sql' > graph.dot
--   dot -Tsvg graph.dot > graph.svg          # Debian: apt-get install graphviz
--
-- Reads articles(id, body); the picture in the README is this query over the
-- 2,025 BBC News articles of the shared data (tests/graph/render.sh).
.mode list
.headers off
WITH
mention AS MATERIALIZED (
  SELECT DISTINCT a.id, e.sentence, e.canonical AS name,
         CASE e.label WHEN 'PERSON' THEN 'person' WHEN 'ORG' THEN 'org'
                      ELSE 'place' END AS kind
  FROM articles a, nlp_entities(a.body) e
  WHERE e.label IN ('PERSON', 'ORG', 'GPE', 'LOC')),
node AS (
  SELECT name, min(kind) AS kind, count(DISTINCT id) AS articles
  FROM mention GROUP BY name
  ORDER BY articles DESC, name LIMIT 40),
edge AS (
  SELECT x.name AS a, y.name AS b, count(*) AS sentences
  FROM mention x JOIN mention y
    ON x.id = y.id AND x.sentence = y.sentence AND x.name < y.name
  WHERE x.name IN (SELECT name FROM node) AND y.name IN (SELECT name FROM node)
  GROUP BY x.name, y.name
  HAVING count(*) >= 2),
dot(line, ord) AS (
  SELECT 'graph cooccurrence {', 0
  UNION ALL SELECT '  graph [layout=neato, overlap=false, splines=true, outputorder=edgesfirst];', 1
  UNION ALL SELECT '  node [style=filled, fontname="Helvetica", fontsize=11];', 2
  UNION ALL
  SELECT printf('  "%s" [fillcolor="%s", width=%.2f, label="%s\n(%d)"];',
                replace(name, '"', '\"'),
                CASE kind WHEN 'person' THEN '#f4c7a1' WHEN 'org' THEN '#a9c8f0'
                          ELSE '#b8e0b0' END,
                0.6 + articles / 100.0, replace(name, '"', '\"'), articles), 3
  FROM node
  UNION ALL
  SELECT printf('  "%s" -- "%s" [penwidth=%.1f, color="#00000060"];',
                replace(a, '"', '\"'), replace(b, '"', '\"'),
                min(8.0, 0.5 + sentences / 4.0)), 4
  FROM edge
  UNION ALL SELECT '}', 5)
SELECT group_concat(line, char(10)) FROM (SELECT line FROM dot ORDER BY ord);
