#!/bin/sh
# render.sh: runs sql/graph.sql over a corpus and renders the DOT with
# Graphviz. With no corpus argument it uses the sample article.
#   tests/graph/render.sh EXTENSION OUT.svg [corpus.jsonl]
# The README's picture: tests/graph/render.sh build/nlp.so \
#   docs/images/bbc_graph.svg ../shared/data/news/bbc.jsonl
set -eu
ext=$1
out=$2
corpus=${3:-}
root=$(cd "$(dirname "$0")/../.." && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
db=$tmp/corpus.db
sqlite3 "$db" "CREATE TABLE articles(id INTEGER PRIMARY KEY, body TEXT)"
if [ -n "$corpus" ]; then
  /usr/bin/python3 - "$db" "$corpus" <<'PY'
import json, sqlite3, sys
db = sqlite3.connect(sys.argv[1])
with open(sys.argv[2], encoding="utf-8") as f:
    db.executemany("INSERT INTO articles(body) VALUES (?)",
                   ((json.loads(l)["text"],) for l in f if l.strip()))
db.commit()
PY
else
  sqlite3 "$db" "INSERT INTO articles(body) VALUES (readfile('$root/sample/seed_article.txt'))"
fi
(cd "$root" && sqlite3 "$db" -cmd ".load $ext" ".read sql/graph.sql") >"$tmp/graph.dot"
grep -q '^graph cooccurrence {' "$tmp/graph.dot"
grep -q -- '" -- "' "$tmp/graph.dot" || { echo "render.sh: no edges"; exit 1; }
dot -Tsvg "$tmp/graph.dot" >"$out"
nodes=$(grep -c 'class="node"' "$out")
edges=$(grep -c 'class="edge"' "$out")
echo "render.sh: $nodes nodes, $edges edges -> $out"
[ "$nodes" -ge 5 ] && [ "$edges" -ge 1 ]
