#!/usr/bin/python3
"""Draws articles at random from a JSON-lines corpus and prints, for each,
its quoted passages (every span between quotation marks) and the rows of
nlp_quotes, for reading by eye (precision of quote+speaker, recall of quotes).

usage: quotes_sample.py CORPUS.jsonl [N=50] [SEED=20261128] [EXT=build/nlp]
Prints the ids drawn first. Nothing of the corpus is stored.
"""
import json
import random
import re
import sqlite3
import sys


def main():
    corpus = sys.argv[1]
    n = int(sys.argv[2]) if len(sys.argv) > 2 else 50
    seed = int(sys.argv[3]) if len(sys.argv) > 3 else 20261128
    ext = sys.argv[4] if len(sys.argv) > 4 else "build/nlp"
    with open(corpus, encoding="utf-8") as f:
        docs = [json.loads(line) for line in f]
    picked = random.Random(seed).sample(docs, n)
    print("ids:", " ".join(d["id"] for d in picked))
    db = sqlite3.connect(":memory:")
    db.enable_load_extension(True)
    db.load_extension(ext)
    total_rows = 0
    for d in picked:
        text = d["text"]
        marks = re.findall(r'"[^"\n]*"', text)
        rows = db.execute(
            "select idx, quote, speaker, speaker_mention, verb from nlp_quotes(?)",
            (text,)).fetchall()
        total_rows += len(rows)
        print("=" * 70)
        print(d["id"], "quoted spans:", len(marks), "rows:", len(rows))
        if "-v" in sys.argv:
            for para in text.split("\n\n"):
                if '"' in para:
                    print("  >", para)
        for r in rows:
            print("  [%d] %s | speaker=%s | mention=%s | verb=%s" % r)
    print("total rows:", total_rows)


if __name__ == "__main__":
    main()
