#!/usr/bin/env python3
"""Hard-wraps the texts of an entity gold file (JSONL: {"id", "text", "entities"}) as wire copy
is wrapped: every line broken greedily at WIDTH characters, a space turned into a line break, so
that every offset stays the same. Scoring the output with eval_ner.py measures nlp_entities on
hard-wrapped text (docs/entities.md, Session 12):

  python3 tests/eval/wrap_ner.py 70 < ../shared/data/ner/conll2003-dev.jsonl > /tmp/conll-w70.jsonl
  NLP_EXT=build/nlp.so python3 ../shared/tools/eval_ner.py --gold /tmp/conll-w70.jsonl \\
      --cmd '/usr/bin/python3 ../shared/tools/drivers/ner_driver.py'
"""
import json
import sys


def wrap(text, width):
    """text with lines longer than width broken at their last space that fits (or the first
    space after width), a space for a line break."""
    out = list(text)
    pos = 0
    for line in text.split("\n"):
        start, end = pos, pos + len(line)
        while end - start > width:
            cut = text.rfind(" ", start, start + width + 1)
            if cut <= start:
                cut = text.find(" ", start + width, end)
                if cut < 0:
                    break
            out[cut] = "\n"
            start = cut + 1
        pos = end + 1
    return "".join(out)


def main():
    width = int(sys.argv[1]) if len(sys.argv) > 1 else 70
    for line in sys.stdin:
        d = json.loads(line)
        d["text"] = wrap(d["text"], width)
        print(json.dumps(d, ensure_ascii=False))


if __name__ == "__main__":
    main()
