#!/bin/sh
# The Node client test (ctest node.client). Exits 77 (ctest: skipped) when
# node or the better-sqlite3 package is missing; `./run.sh node` installs it.
cd "$(dirname "$0")" || exit 1
command -v node >/dev/null 2>&1 || { echo "skip: node is not installed"; exit 77; }
node -e "require('better-sqlite3')" >/dev/null 2>&1 || {
  echo "skip: better-sqlite3 missing (run: ./run.sh node, or npm install in tests/node)"
  exit 77
}
exec node --test nlp.test.js
