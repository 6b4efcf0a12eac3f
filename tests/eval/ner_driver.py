#!/usr/bin/python3
"""Entity driver for ../shared/tools/eval_ner.py.

Reads {"id","text"} JSON lines on stdin and prints
{"id","entities":[{"start","end","label"}]} lines (code-point offsets, from
nlp_entities' char_start/char_end) using the extension (default
build/nlp.so, or $NLP_EXT). Debian's /usr/bin/python3 standard library only.

  python3 ../shared/tools/eval_ner.py --gold ../shared/data/ner/conll2003-dev.jsonl \\
      --cmd '/usr/bin/python3 tests/eval/ner_driver.py' --ignore-misc
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
        rows = db.execute(
            "SELECT char_start, char_end, label FROM nlp_entities(?) ORDER BY idx",
            (doc["text"],))
        ents = [{"start": s, "end": e, "label": l} for s, e, l in rows]
        print(json.dumps({"id": doc["id"], "entities": ents}))
    sys.stdout.flush()


if __name__ == "__main__":
    main()
