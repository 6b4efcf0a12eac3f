#!/usr/bin/python3
"""What a user entity list costs per article: nlp_entities against a configured
instance (CREATE VIRTUAL TABLE ... USING nlp_entities(entries = ...)) with no
entry and with a long list, over BBC News articles.

    /usr/bin/python3 tests/scale/user_lists_cost.py [--limit 2000]
        [--entries 100000] [--rounds 3] [--ext build/nlp.so]
        [--data /work/shared/data/news/bbc.jsonl]

The articles are loaded into articles(id, body) of an in-memory database.
The list is made up here: --entries phrases of two or three tokens whose
first word is one of a few hundred capitalised English words ("New",
"National", "Royal", ...) followed by made-up words, so that many tokens of
the text open an entry and are looked up further; plus a few real names
written for this script, so that some entries match. No text of the
articles is used for the list.

Each round times, in turn, the same query over every article:
  SELECT count(*), sum(length(canonical)) FROM articles a, F(a.body)
for F = nlp_entities, a configured instance with an empty entries table,
one with the long list that reads it in the query (the table was just
changed), and the same with the list kept from the query before (nothing
changed). The time to read and index the list is printed apart, from a
query over one empty text after a change. The best of --rounds is printed
per article, in CPU time of this process (time.process_time: on a
shared machine the wall time varies more).

Exits 77 when the data is absent (a skip for ctest).
"""
import argparse
import json
import os
import sqlite3
import sys
import time

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..")
DATA_DIR = os.environ.get("NLP_DATA_DIR", os.path.join(ROOT, "..", "shared", "data"))

FIRST = """New National Royal British United First Great North South East West
Central General Global World International European American Premier Bank City
State Federal Union Young Old Saint San Los Fort Port Mount Lake River Golden
Silver Red Blue Green Black White Grand High Little Big Upper Lower Prime
Crown Kings Queens Imperial Pacific Atlantic Northern Southern Eastern Western
Standard Capital Metro Urban Rural Coastal Highland Valley Park Bridge Tower
Castle Church College School Hospital Museum Theatre Studio Media News Radio
Film Music Sports Football Cricket Rugby Tennis Golf Racing Motor Energy Oil
Gas Power Water Steel Iron Coal Gold Stone Wood Glass Paper Cotton Textile
Trade Market Stock Exchange Investment Finance Insurance Credit Trust Savings
Holdings Group Partners Associates Company Corporation Industries Systems
Networks Technologies Software Digital Data Mobile Telecom Airlines Airways
Rail Transport Shipping Logistics Foods Farms Brewery Wines Hotels Resorts
Travel Tours Fashion Design Games Toys Books Press Publishing Labour Liberal
Conservative Democratic Republican Socialist Green Independent Popular
Christian Islamic Jewish Catholic Anglican Methodist Baptist Orthodox""".split()
SECOND = ["Xa", "Bo", "Ki", "Lu", "Mo", "Ne", "Po", "Ra", "Su", "Te", "Vi", "Zo"]
REAL = [("Tony Blair", "PERSON"), ("Gordon Brown", "PERSON"), ("Premier League", "EVENT"),
        ("Bank of England", "ORG"), ("New York", "GPE"), ("European Union", "ORG"),
        ("Manchester United", "ORG"), ("World Cup", "EVENT")]


def made_up_entries(n):
    """n entries: (phrase, label, canonical), distinct."""
    rows = [(p, l, None) for p, l in REAL]
    k = 0
    while len(rows) < n:
        first = FIRST[k % len(FIRST)]
        a = SECOND[(k // len(FIRST)) % len(SECOND)]
        b = SECOND[(k // (len(FIRST) * len(SECOND))) % len(SECOND)]
        serial = k // (len(FIRST) * len(SECOND) * len(SECOND))
        words = [first, f"{a}{b}nix{serial}"]
        if k % 3 == 0:
            words.append("Limited")
        rows.append((" ".join(words), "ORG", None))
        k += 1
    return rows


def connect(ext):
    db = sqlite3.connect(":memory:", isolation_level=None)
    db.enable_load_extension(True)
    db.load_extension(os.path.splitext(os.path.abspath(ext))[0])
    db.enable_load_extension(False)
    return db


def timed(db, sql):
    """CPU time of the query (the machine is shared: wall time varies more)."""
    t = time.process_time()
    row = db.execute(sql).fetchone()
    return time.process_time() - t, row


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--limit", type=int, default=2000)
    ap.add_argument("--entries", type=int, default=100000)
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--ext", default=os.environ.get("NLP_EXT", os.path.join(ROOT, "build", "nlp.so")))
    ap.add_argument("--data", default=os.path.join(DATA_DIR, "news", "bbc.jsonl"))
    args = ap.parse_args()
    if not os.path.exists(args.data):
        print(f"skipped: no {args.data}")
        return 77
    db = connect(args.ext)
    db.execute("CREATE TABLE articles(id INTEGER PRIMARY KEY, body TEXT)")
    with open(args.data, encoding="utf-8") as f:
        bodies = [json.loads(line)["text"] for line in f][: args.limit]
    db.execute("BEGIN")
    db.executemany("INSERT INTO articles(body) VALUES (?)", [(b,) for b in bodies])
    db.execute("CREATE TABLE no_entries(phrase TEXT, label TEXT, canonical TEXT)")
    db.execute("CREATE TABLE long_list(phrase TEXT, label TEXT, canonical TEXT)")
    db.executemany("INSERT INTO long_list VALUES (?, ?, ?)", made_up_entries(args.entries))
    db.execute("COMMIT")
    db.execute("CREATE VIRTUAL TABLE empty_ner USING nlp_entities(entries = 'no_entries')")
    db.execute("CREATE VIRTUAL TABLE long_ner USING nlp_entities(entries = 'long_list')")
    n = len(bodies)
    mb = sum(len(b.encode()) for b in bodies) / 1e6
    print(f"{n} articles, {mb:.1f} MB; list of {args.entries} entries")
    # long_ner reads its list in the query (a change of the table first);
    # long_ner_kept uses the list kept from the query before
    funcs = ["nlp_entities", "empty_ner", "long_ner", "long_ner_kept"]
    best = {f: float("inf") for f in funcs}
    rows = {}
    build = float("inf")
    for _ in range(args.rounds):
        for f in funcs:
            if f == "long_ner":
                db.execute("UPDATE long_list SET label = label WHERE rowid = 1")
            fn = "long_ner" if f == "long_ner_kept" else f
            dt, row = timed(db, f"SELECT count(*), sum(length(canonical)) FROM articles a, {fn}(a.body)")
            best[f] = min(best[f], dt)
            rows[f] = row
        db.execute("UPDATE long_list SET label = label WHERE rowid = 1")
        build = min(build, timed(db, "SELECT count(*) FROM long_ner('')")[0])
    base = best["nlp_entities"]
    for f in funcs:
        extra = (best[f] - base) / n * 1e3
        print(f"{f:13s} {best[f]:7.3f} s  {best[f] / n * 1e3:6.3f} ms/article"
              f"  ({extra:+.3f} ms/article)  rows {rows[f][0]}")
    print(f"reading and indexing the list of {args.entries} entries (when it is read): {build * 1e3:.1f} ms")
    per_doc = (best["long_ner_kept"] - base) / n * 1e3
    print(f"long list, per article, the list kept: {per_doc:+.3f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
