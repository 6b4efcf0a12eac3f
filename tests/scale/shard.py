#!/usr/bin/python3
"""Runs sqlite-nlp over a corpus on every core: rowid ranges, one process each.

    /usr/bin/python3 tests/scale/shard.py [--workers N] [--repeat R] [--limit L]
        [--ext build/nlp.so] [--data /work/shared/data/news/bbc.jsonl]
        [--keep DIR]

The recipe (docs/scale-out.md):
  1. The corpus is a table articles(id INTEGER PRIMARY KEY, body TEXT) in a
     database file. Here it is built in a temporary directory from the BBC
     articles, repeated R times for more work.
  2. The rowids are cut into N ranges of equal article count (N = cores).
  3. Each worker process opens the corpus read-only, ATTACHes its own shard
     database and runs INSERT INTO shard.x SELECT ... FROM articles,
     nlp_sentences(body) / nlp_tokens(body) WHERE id BETWEEN lo AND hi.
     SQLite has one writer per database, so workers never write to the same
     file; readers do not block each other.
  4. The parent ATTACHes the shards one by one and copies their rows into
     the result database (--keep DIR leaves all the files there).
It compares with one process writing the result directly, checks that both
results are identical, and prints the times and the speed-up. A worker whose CPU time is well
below its wall time was waiting for a core (a busy machine) or for I/O. Stdlib only (multiprocessing).
Exits 77 when the data is absent.
"""
import argparse
import json
import multiprocessing
import os
import sqlite3
import sys
import tempfile
import time

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..")
DATA_DIR = os.environ.get("NLP_DATA_DIR", os.path.join(ROOT, "..", "shared", "data"))

RESULT_SCHEMA = """
CREATE TABLE IF NOT EXISTS {s}sentences(article_id INTEGER, idx INTEGER,
  sentence TEXT, paragraph INTEGER, char_start INTEGER, char_end INTEGER,
  PRIMARY KEY (article_id, idx)) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS {s}tokens(article_id INTEGER, idx INTEGER,
  sentence INTEGER, token TEXT, kind TEXT, norm TEXT, char_start INTEGER,
  char_end INTEGER, PRIMARY KEY (article_id, idx)) WITHOUT ROWID;
"""

WORK = [
    """INSERT INTO shard.sentences SELECT a.id, s.idx, s.sentence, s.paragraph,
         s.char_start, s.char_end
       FROM articles a, nlp_sentences(a.body) s WHERE a.id BETWEEN ?1 AND ?2""",
    """INSERT INTO shard.tokens SELECT a.id, t.idx, t.sentence, t.token, t.kind,
         t.norm, t.char_start, t.char_end
       FROM articles a, nlp_tokens(a.body) t WHERE a.id BETWEEN ?1 AND ?2""",
]


def connect(path, ext, readonly=False):
    uri = "file:" + path + ("?mode=ro" if readonly else "")
    db = sqlite3.connect(uri, uri=True, isolation_level=None)
    db.enable_load_extension(True)
    db.load_extension(os.path.splitext(os.path.abspath(ext))[0])
    db.enable_load_extension(False)
    return db


def work(job):
    """One worker: articles lo..hi of corpus into the shard database out."""
    corpus, ext, lo, hi, out = job
    t, c = time.perf_counter(), time.process_time()
    db = connect(corpus, ext, readonly=True)
    db.execute("ATTACH ? AS shard", (out,))
    # A shard is rebuilt from the corpus if lost: no journal, no fsync.
    db.execute("PRAGMA shard.journal_mode = OFF")
    db.execute("PRAGMA shard.synchronous = OFF")
    db.executescript(RESULT_SCHEMA.format(s="shard."))
    db.execute("BEGIN")
    for sql in WORK:
        db.execute(sql, (lo, hi))
    db.execute("COMMIT")
    db.close()
    return time.perf_counter() - t, time.process_time() - c


def ranges(corpus, n):
    """n rowid ranges [lo, hi] with the same number of articles each."""
    db = sqlite3.connect(corpus)
    ids = [r[0] for r in db.execute("SELECT id FROM articles ORDER BY id")]
    db.close()
    cuts = [len(ids) * k // n for k in range(n + 1)]
    return [(ids[cuts[k]], ids[cuts[k + 1] - 1]) for k in range(n) if cuts[k] < cuts[k + 1]]


def run(corpus, ext, workers, tmp, tag):
    """Processes the corpus with `workers` processes into one result database.
    One worker writes the result directly (the baseline); several write
    shards that are then merged. Returns (total seconds, result path)."""
    result = os.path.join(tmp, f"{tag}-result.db")
    if workers == 1:
        jobs = [(corpus, ext) + ranges(corpus, 1)[0] + (result,)]
    else:
        jobs = [(corpus, ext, lo, hi, os.path.join(tmp, f"{tag}-shard{k}.db"))
                for k, (lo, hi) in enumerate(ranges(corpus, workers))]
    t = time.perf_counter()
    if workers == 1:
        per = [work(jobs[0])]
    else:
        with multiprocessing.get_context("fork").Pool(workers) as pool:
            per = pool.map(work, jobs)
    t_work = time.perf_counter() - t
    if workers > 1:
        db = sqlite3.connect(result, isolation_level=None)
        db.executescript(RESULT_SCHEMA.format(s=""))
        for job in jobs:
            db.execute("ATTACH ? AS shard", (job[-1],))
            db.execute("BEGIN")
            db.execute("INSERT INTO sentences SELECT * FROM shard.sentences")
            db.execute("INSERT INTO tokens SELECT * FROM shard.tokens")
            db.execute("COMMIT")
            db.execute("DETACH shard")
        db.close()
    total = time.perf_counter() - t
    merge = f", {total - t_work:.2f} s merge, {total:.2f} s in all" if workers > 1 else ""
    print(f"{workers} worker(s): {t_work:.2f} s processing (per worker, wall/CPU: "
          f"{', '.join(f'{w:.2f}/{c:.2f}' for w, c in per)} s){merge}")
    return total, t_work, result


def checksum(path):
    db = sqlite3.connect(path)
    r = db.execute("SELECT (SELECT count(*) FROM sentences), (SELECT count(*) FROM tokens),"
                   " (SELECT sum(length(sentence)) FROM sentences),"
                   " (SELECT sum(char_end * 7 + idx) FROM tokens)").fetchone()
    db.close()
    return r


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--workers", type=int, default=os.cpu_count())
    ap.add_argument("--repeat", type=int, default=2, help="copies of the corpus (default 2)")
    ap.add_argument("--limit", type=int, help="use only the first LIMIT articles")
    ap.add_argument("--ext", default=os.environ.get("NLP_EXT", os.path.join(ROOT, "build", "nlp.so")))
    ap.add_argument("--data", default=os.path.join(DATA_DIR, "news", "bbc.jsonl"))
    ap.add_argument("--keep", help="directory to keep the databases in")
    args = ap.parse_args()
    if not os.path.exists(args.data):
        print(f"skip: {args.data} not found")
        return 77

    with tempfile.TemporaryDirectory() as tmpdir:
        tmp = args.keep or tmpdir
        os.makedirs(tmp, exist_ok=True)
        corpus = os.path.join(tmp, "corpus.db")
        if os.path.exists(corpus):
            os.remove(corpus)
        with open(args.data, encoding="utf-8") as f:
            bodies = [json.loads(line)["text"] for line in f]
        bodies = bodies[:args.limit] if args.limit else bodies
        db = sqlite3.connect(corpus)
        db.execute("CREATE TABLE articles(id INTEGER PRIMARY KEY, body TEXT)")
        db.executemany("INSERT INTO articles(body) VALUES (?)", ((b,) for _ in range(args.repeat) for b in bodies))
        db.commit()
        n, size = db.execute("SELECT count(*), sum(length(CAST(body AS BLOB))) FROM articles").fetchone()
        db.close()
        print(f"corpus: {n} articles, {size / 1e6:.1f} MB; {os.cpu_count()} cores, "
              f"{args.workers} workers")

        t1, w1, r1 = run(corpus, args.ext, 1, tmp, "one")
        tn, wn, rn = run(corpus, args.ext, args.workers, tmp, "many")
        c1, cn = checksum(r1), checksum(rn)
        print(f"rows: {c1[0]} sentences, {c1[1]} tokens")
        print(f"speed-up with {args.workers} workers: {t1 / wn:.2f}x processing, "
              f"{t1 / tn:.2f}x including the merge "
              f"({size / 1e6 / t1:.2f} MB/s with 1, {size / 1e6 / tn:.2f} MB/s with {args.workers})")
        if c1 != cn:
            print(f"FAIL: results differ: {c1} vs {cn}")
            return 1
    print("shard: ok")
    return 0


if __name__ == "__main__":
    sys.exit(main())
