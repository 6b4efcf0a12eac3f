#!/usr/bin/python3
"""Sentence driver for ../shared/tools/eval_sbd.py.

Reads {"id","text"} JSON lines on stdin and prints {"id","sentences"} lines,
splitting with nlp_sentences() of the extension (default build/nlp.so, or
$NLP_EXT). Uses only Debian's /usr/bin/python3 standard library.

  python3 ../shared/tools/eval_sbd.py --gold ../shared/data/sbd/ud_gum_dev.jsonl \
      --cmd '/usr/bin/python3 tests/eval/sbd_driver.py'
"""
import json
import os
import sqlite3
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
EXT = os.environ.get("NLP_EXT", os.path.join(HERE, "..", "..", "build", "nlp.so"))


def main():
    db = sqlite3.connect(":memory:")
    db.enable_load_extension(True)
    db.load_extension(os.path.splitext(os.path.abspath(EXT))[0])
    for line in sys.stdin:
        if not line.strip():
            continue
        doc = json.loads(line)
        rows = db.execute("SELECT sentence FROM nlp_sentences(?) ORDER BY idx", (doc["text"],))
        print(json.dumps({"id": doc["id"], "sentences": [r[0] for r in rows]}), flush=False)
    sys.stdout.flush()


if __name__ == "__main__":
    main()
