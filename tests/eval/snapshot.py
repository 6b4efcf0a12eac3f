#!/usr/bin/python3
"""Output snapshot: a sha1 of every row of every table function, per text.

Used to prove a change leaves the output byte-identical (a refactor, a
speed-up). It runs nlp_sentences, nlp_tokens, nlp_entities, nlp_quotes and
nlp_parts (every column, hidden ones too where they are columns of the
table) and the two JSON scalars over each text of the shared corpora, and
writes one JSON line per (corpus, text id, function) with the rows' sha1.

  /usr/bin/python3 tests/eval/snapshot.py --ext build/nlp.so --out /tmp/before.jsonl
  /usr/bin/python3 tests/eval/snapshot.py --ext build/nlp.so --compare /tmp/before.jsonl

The corpora are read from $NLP_DATA_DIR, else ../shared/data beside the checkout.

--compare exits 1 and names the texts and functions whose rows differ.
Debian's /usr/bin/python3 standard library only.
"""
import argparse
import hashlib
import json
import os
import sqlite3
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.environ.get("NLP_DATA_DIR") or os.path.join(HERE, "..", "..", "..", "shared", "data")

CORPORA = [
    ("bbc", "news/bbc.jsonl"),
    ("conll-dev", "ner/conll2003-dev.jsonl"),
    ("conll-train", "ner/conll2003-train.jsonl"),
    ("uner-dev", "ner/uner-ewt-dev.jsonl"),
    ("wnut-dev", "ner/wnut17-dev.jsonl"),
    ("gum-ner", "ner/gum-train-ner.jsonl"),
    ("golden", "sbd/golden_rules_en.jsonl"),
    ("ewt-dev", "sbd/ud_ewt_dev.jsonl"),
    ("ewt-dev-wrapped", "sbd/ud_ewt_dev_wrapped.jsonl"),
    ("gum-dev", "sbd/ud_gum_dev.jsonl"),
    ("gum-dev-wrapped", "sbd/ud_gum_dev_wrapped.jsonl"),
    ("gum-news-dev", "sbd/ud_gum_news_dev.jsonl"),
    ("gum-news-train", "sbd/ud_gum_news_train.jsonl"),
    ("reuters-dev", "news/reuters21578-dev.jsonl"),
    ("polnear-dev", "quotes/polnear-dev.jsonl"),
    ("polnear-train", "quotes/polnear-train.jsonl"),
    ("tbaq", "time/tbaq-train.jsonl"),
]

FUNCS = [
    ("sentences", "SELECT *, byte_start, byte_end FROM nlp_sentences(?)"),
    ("tokens", "SELECT * FROM nlp_tokens(?)"),
    ("entities", "SELECT * FROM nlp_entities(?)"),
    ("quotes", "SELECT * FROM nlp_quotes(?)"),
    ("parts", "SELECT * FROM nlp_parts(?)"),
    ("sentences_json", "SELECT nlp_sentences_json(?)"),
    ("entities_json", "SELECT nlp_entities_json(?)"),
    ("count", "SELECT nlp_sentence_count(?)"),
    ("scalars", "SELECT nlp_casefold(?1), nlp_unaccent(?1), nlp_normalize(?1, 'NFKD')"),
]


def texts(fast):
    for name, rel in CORPORA:
        path = os.path.join(DATA, rel)
        if not os.path.exists(path):
            continue
        with open(path, encoding="utf-8") as f:
            for n, line in enumerate(f):
                if line.strip():
                    doc = json.loads(line)
                    yield name, str(doc.get("id", n)), doc["text"]
    path = os.path.join(DATA, "news", "bbc.txt")
    if os.path.exists(path) and not fast:
        with open(path, encoding="utf-8") as f:
            yield "bbc.txt", "all", f.read()


def digest(db, sql, text):
    h = hashlib.sha1()
    try:
        for row in db.execute(sql, (text,)):
            h.update(repr(row).encode("utf-8"))
            h.update(b"\n")
    except sqlite3.Error as e:
        h.update(("error: %s" % e).encode("utf-8"))
    return h.hexdigest()


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--ext", default=os.path.join(HERE, "..", "..", "build", "nlp.so"))
    ap.add_argument("--out")
    ap.add_argument("--compare")
    ap.add_argument("--fast", action="store_true", help="skip bbc.txt as one text")
    args = ap.parse_args()
    db = sqlite3.connect(":memory:")
    db.enable_load_extension(True)
    db.load_extension(os.path.splitext(os.path.abspath(args.ext))[0])
    rows = []
    for corpus, ident, text in texts(args.fast):
        for fn, sql in FUNCS:
            rows.append({"corpus": corpus, "id": ident, "fn": fn,
                         "sha1": digest(db, sql, text)})
    if args.out:
        with open(args.out, "w", encoding="utf-8") as f:
            for r in rows:
                f.write(json.dumps(r) + "\n")
    total = hashlib.sha1("".join(r["sha1"] for r in rows).encode()).hexdigest()
    print("snapshot: %d texts x %d functions, sha1 %s" % (len(rows) // len(FUNCS), len(FUNCS), total))
    if args.compare:
        with open(args.compare, encoding="utf-8") as f:
            old = {(r["corpus"], r["id"], r["fn"]): r["sha1"] for r in map(json.loads, f)}
        bad = [r for r in rows if old.get((r["corpus"], r["id"], r["fn"])) != r["sha1"]]
        for r in bad[:40]:
            print("differs: %s %s %s" % (r["corpus"], r["id"], r["fn"]))
        print("snapshot: %d of %d differ" % (len(bad), len(rows)))
        return 1 if bad else 0
    return 0


if __name__ == "__main__":
    sys.exit(main())
