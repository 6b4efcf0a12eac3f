#!/usr/bin/python3
"""Loads BBC News articles into a database with sql/index.sql and times it.

    /usr/bin/python3 tests/scale/load_bbc.py [--limit 2000] [--db PATH]
        [--ext build/nlp.so] [--data /work/shared/data/news/bbc.jsonl]

Creates articles(id, body) in a fresh database (a temporary file unless
--db), reads sql/index.sql (triggers that fill articles_sentences,
articles_tokens, articles_entities, articles_quotes and articles_parts),
inserts the first --limit articles in one transaction and prints the time,
then checks that each derived table has as many rows as its function gives,
and times an UPDATE and a DELETE of 100 articles. For comparison it also times the plain insert (no triggers)
and one pass of the functions over the same text.

SQLite's default is foreign_keys off; --foreign-keys turns the checks on
(the triggers keep the tables right either way).

Exits 0 when every count matches, 1 otherwise, 77 when the data is absent.
The articles are research-only data (see the data README): the database is
written to a temporary directory and removed unless --db is given.
"""
import argparse
import json
import os
import sqlite3
import sys
import tempfile
import time

# The derived tables of sql/index.sql and the function that fills each.
DERIVED = [("sentences", "nlp_sentences"), ("tokens", "nlp_tokens"), ("entities", "nlp_entities"),
           ("quotes", "nlp_quotes"), ("parts", "nlp_parts")]
WANT_SQL = "SELECT " + ", ".join(f"(SELECT count(*) FROM articles a, {f}(a.body))" for _, f in DERIVED)
HAVE_SQL = "SELECT " + ", ".join(f"(SELECT count(*) FROM articles_{t})" for t, _ in DERIVED)

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..")
DATA_DIR = os.environ.get("NLP_DATA_DIR", os.path.join(ROOT, "..", "shared", "data"))


def connect(path, ext):
    db = sqlite3.connect(path, isolation_level=None)
    db.enable_load_extension(True)
    db.load_extension(os.path.splitext(os.path.abspath(ext))[0])
    db.enable_load_extension(False)
    return db


def timed(label, fn):
    t = time.perf_counter()
    fn()
    dt = time.perf_counter() - t
    print(f"{label}: {dt:.3f} s")
    return dt


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--limit", type=int, default=2000)
    ap.add_argument("--db")
    ap.add_argument("--ext", default=os.environ.get("NLP_EXT", os.path.join(ROOT, "build", "nlp.so")))
    ap.add_argument("--data", default=os.path.join(DATA_DIR, "news", "bbc.jsonl"))
    ap.add_argument("--foreign-keys", action="store_true",
                    help="PRAGMA foreign_keys = ON during the load (about 3x slower)")
    args = ap.parse_args()
    if not os.path.exists(args.data):
        print(f"skip: {args.data} not found")
        return 77

    with open(args.data, encoding="utf-8") as f:
        bodies = [json.loads(line)["text"] for _, line in zip(range(args.limit), f)]
    nbytes = sum(len(b.encode("utf-8")) for b in bodies)
    print(f"articles: {len(bodies)}, {nbytes} bytes")
    with open(os.path.join(ROOT, "sql", "index.sql"), encoding="utf-8") as f:
        index_sql = f.read()

    with tempfile.TemporaryDirectory() as tmp:
        path = args.db or os.path.join(tmp, "bbc.db")
        plain = os.path.join(tmp, "plain.db")
        rows = list(enumerate(bodies, 1))

        # Baselines: the bare insert, and the functions alone.
        db = connect(plain, args.ext)
        db.execute("CREATE TABLE articles(id INTEGER PRIMARY KEY, body TEXT)")
        t_plain = timed("insert without triggers", lambda: (
            db.execute("BEGIN"), db.executemany("INSERT INTO articles VALUES (?, ?)", rows),
            db.execute("COMMIT")))
        timed(" + ".join(f for _, f in DERIVED) + " over all articles (no storage)",
              lambda: db.execute(WANT_SQL).fetchone())
        db.close()

        db = connect(path, args.ext)
        db.execute(f"PRAGMA foreign_keys = {'ON' if args.foreign_keys else 'OFF'}")
        db.executescript(index_sql)
        t_load = timed(f"insert with sql/index.sql triggers (foreign_keys {'on' if args.foreign_keys else 'off'})", lambda: (
            db.execute("BEGIN"), db.executemany("INSERT INTO articles VALUES (?, ?)", rows),
            db.execute("COMMIT")))
        counts = db.execute(HAVE_SQL).fetchone()
        summary = ", ".join(f"{n} {t}" for n, (t, _) in zip(counts, DERIVED))
        print(f"rows: {summary}; {len(bodies) / t_load:.0f} articles/s, "
              f"{nbytes / t_load / 1e6:.2f} MB/s (plain insert {t_plain:.3f} s)")

        timed("update 100 bodies", lambda: (
            db.execute("BEGIN"),
            db.execute("UPDATE articles SET body = body || ' One more sentence.' WHERE id <= 100"),
            db.execute("COMMIT")))
        timed("delete 100 articles", lambda: (
            db.execute("BEGIN"), db.execute("DELETE FROM articles WHERE id > ?", (len(bodies) - 100,)),
            db.execute("COMMIT")))

        want = db.execute(WANT_SQL).fetchone()
        have = db.execute(HAVE_SQL).fetchone()
        fk = db.execute("SELECT count(*) FROM pragma_foreign_key_check").fetchone()[0]
        db.close()
        size = os.path.getsize(path)
        print(f"database: {size / 1e6:.1f} MB; derived rows {have}, expected {want}, "
              f"foreign key violations {fk}")
        if have != want or fk or want[0] == 0:
            print("FAIL: derived tables out of sync")
            return 1
    print("load_bbc: ok")
    return 0


if __name__ == "__main__":
    sys.exit(main())
