#!/usr/bin/env python3
"""The unlabelled text of JSONL files (their "text" field) as plain text for
tools/gen_clusters.c, one document after another, a blank line between.

    cluster_texts.py [--unwrap] FILE.jsonl... > OUT.txt

--unwrap joins hard-wrapped lines (Reuters-21578: about 70 columns, a
paragraph opening with an indent) into one line per paragraph, so that the
tagger's segments (a line break ends one) are sentences, as in the other
texts. Deterministic: files in the order given, lines in file order.
"""
import json
import re
import sys

INDENT = re.compile(r"\n(?=[ \t])")


def unwrap(text):
    """One line per paragraph: a paragraph ends at a blank line or before an
    indented line; the other line breaks become spaces."""
    out = []
    for block in re.split(r"\n[ \t]*\n", text):
        for para in INDENT.split(block):
            line = " ".join(part.strip() for part in para.split("\n"))
            if line.strip():
                out.append(line.strip())
        out.append("")
    return "\n".join(out).strip("\n")


def main(argv):
    wrap = "--unwrap" in argv
    files = [a for a in argv if a != "--unwrap"]
    if not files:
        sys.stderr.write(__doc__)
        return 2
    out = sys.stdout
    for path in files:
        with open(path, encoding="utf-8") as f:
            for line in f:
                text = json.loads(line)["text"]
                if wrap:
                    text = unwrap(text)
                out.write(text.rstrip() + "\n\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
