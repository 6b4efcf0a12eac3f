#!/usr/bin/python3
"""Share of body-prose sentences that end without final punctuation, on wire copy.

  NLP_EXT=build/nlp.so python3 tests/eval/reuters_unpunctuated.py \
      ../shared/data/news/reuters21578-dev.jsonl [--show N]

How it counts: every sentence of nlp_sentences whose part is 'body' (headline, dateline,
credit, boilerplate and table parts are not body prose) is a body sentence; it ends without
final punctuation when its last character, after closing quotes and brackets, is not one of
. ! ? ; : (an ellipsis counts). Sentences of fewer than four words are not prose (table rows,
stray markers) and are not counted; a sentence whose words are mostly numbers is a table row
and is not counted either. --show N prints N of the unpunctuated sentences to eyeball.
"""
import json, os, random, re, sqlite3, sys

FINAL = set('.!?;:\u2026')
CLOSERS = set('"\')]}\u201d\u2019>')


def is_prose(s):
    words = s.split()
    if len(words) < 4:
        return False
    nums = sum(1 for w in words if re.search(r'\d', w))
    return nums * 2 < len(words)


def main():
    path = sys.argv[1]
    show = int(sys.argv[sys.argv.index('--show') + 1]) if '--show' in sys.argv else 0
    db = sqlite3.connect(':memory:')
    db.enable_load_extension(True)
    db.load_extension(os.environ.get('NLP_EXT', 'build/nlp.so').removesuffix('.so'))
    body = bad = 0
    bad_list = []
    for line in open(path, encoding='utf-8'):
        d = json.loads(line)
        for (s, part) in db.execute('SELECT sentence, part FROM nlp_sentences(?) ORDER BY idx',
                                    (d['text'],)):
            if part != 'body' or not is_prose(s):
                continue
            body += 1
            t = s.rstrip()
            while t and t[-1] in CLOSERS:
                t = t[:-1]
            if not t or t[-1] not in FINAL:
                bad += 1
                bad_list.append((d['id'], s))
    print(f'body-prose sentences {body}, without final punctuation {bad} '
          f'({100.0 * bad / max(body, 1):.2f}%)')
    random.seed(1)
    for i, s in random.sample(bad_list, min(show, len(bad_list))):
        print(i, repr(s[:200]))


if __name__ == '__main__':
    main()
