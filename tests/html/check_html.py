#!/usr/bin/python3
"""nlp_html(): the page is well-formed and its marks are the SQL rows.

    /usr/bin/python3 tests/html/check_html.py [--ext build/nlp.so]
        [--browser] [--screenshot FILE] [--corpus N]

Without --browser the page's source is read with Python's html.parser
(strictly: every end tag must close the element opened last). With
--browser, headless Chromium (Debian's `chromium`) parses and renders it:
the DOM it dumps (--dump-dom) is read the same way, and a screenshot of the
seed article is taken (to FILE with --screenshot, e.g.
docs/images/nlp_html.png). Either way, for each article:
  - the text inside <article> is the input text, every character once;
  - the <mark class="ent"> elements, grouped by data-idx, are the rows of
    nlp_entities (entity, label, canonical), and as many;
  - the <span class="quote"> elements are the rows of nlp_quotes (quote,
    speaker), and the <span class="speaker"> elements their
    speaker_mention; the <span class="part"> elements the rows of nlp_parts;
  - no <script> element and no external resource (src=, href=) exists.
Also: a progress handler stops nlp_html() ("nlp_html(): interrupted") and
the connection works after; a page over SQLITE_LIMIT_LENGTH is an error.
Articles: the seed article, a hostile one (our own text, with <script>,
quotes, ampersands and apostrophes), and with --corpus N the first N BBC
articles (when the shared data is there). Exits 77 (skip) with --browser
when Chromium is not installed.
"""
import argparse
import html.parser
import json
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..")
DATA_DIR = os.environ.get("NLP_DATA_DIR", os.path.join(ROOT, "..", "shared", "data"))
SEED = os.path.join(ROOT, "sample", "seed_article.txt")
VOID = {"meta", "br", "hr", "img", "link", "input", "wbr"}

# Our own text: markup that must stay text, an entity and a quote.
HOSTILE = (
    "Acme & Sons <b>rises</b> in Paris\n\n"
    "“We will <script>alert('x')</script> win,” said Jane O'Neil, the chief "
    "executive of Acme & Sons, on Monday. \"Fine\" & <i>dandy</i> > all.\n\n"
    "<img src=\"http://example.com/x.png\"> The end.</p></article>"
)


class Page(html.parser.HTMLParser):
    """Collects the text of marked elements, grouped by their data-idx."""

    def __init__(self, strict):
        super().__init__(convert_charrefs=True)
        self.strict = strict
        self.stack = []  # (tag, attrs, key)
        self.errors = []
        self.article = []
        self.groups = {}  # key -> {"attrs":..., "text": [...]}
        self.scripts = 0
        self.external = []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "script":
            self.scripts += 1
        for k in ("src", "href"):
            if k in a:
                self.external.append((tag, a[k]))
        if tag in VOID:
            return
        cls = a.get("class", "")
        key = None
        if tag == "mark" and cls == "ent":
            key = ("ent", a["data-idx"])
        elif tag == "span" and cls in ("quote", "part"):
            key = (cls, a["data-idx"])
        elif tag == "span" and cls == "speaker":
            key = ("speaker", a["data-quotes"])
        if key:
            g = self.groups.setdefault(key, {"attrs": a, "text": []})
            if g["attrs"] != a:
                self.errors.append("fragments of %s differ: %s / %s" % (key, g["attrs"], a))
        self.stack.append((tag, key))

    def handle_endtag(self, tag):
        if tag in VOID:
            return
        if not self.stack or self.stack[-1][0] != tag:
            if self.strict:
                self.errors.append("</%s> closes %s" % (tag, self.stack[-1:] or "nothing"))
            while self.stack and self.stack[-1][0] != tag:
                self.stack.pop()
        if self.stack:
            self.stack.pop()

    def handle_data(self, data):
        tags = [t for t, _ in self.stack]
        if "article" not in tags:
            return
        self.article.append(data)
        for _, key in self.stack:
            if key:
                self.groups[key]["text"].append(data)

    def group(self, kind):
        return {k[1]: (g["attrs"], "".join(g["text"])) for k, g in self.groups.items() if k[0] == kind}


def connect(ext):
    db = sqlite3.connect(":memory:")
    db.enable_load_extension(True)
    db.load_extension(os.path.splitext(os.path.abspath(ext))[0])
    return db


def check(db, text, page, name):
    """Compares a parsed page with the SQL rows; returns a list of problems."""
    bad = list(page.errors)
    if page.stack:
        bad.append("left open: %s" % page.stack)
    if "".join(page.article) != text:
        bad.append("article text differs from the input")
    if page.scripts or page.external:
        bad.append("script or external resource: %d %s" % (page.scripts, page.external))
    ents = page.group("ent")
    rows = db.execute("SELECT idx, entity, label, canonical FROM nlp_entities(?)", (text,)).fetchall()
    if len(ents) != len(rows):
        bad.append("%d entity marks, %d rows" % (len(ents), len(rows)))
    for idx, entity, label, canonical in rows:
        a, t = ents.get(str(idx), ({}, None))
        if (t, a.get("data-label"), a.get("data-canonical")) != (entity, label, canonical):
            bad.append("entity %d: %r %s %r vs mark %r %s" % (idx, entity, label, canonical, t, a))
    quotes = page.group("quote")
    qrows = db.execute("SELECT idx, quote, speaker, speaker_mention FROM nlp_quotes(?)", (text,)).fetchall()
    if len(quotes) != len(qrows):
        bad.append("%d quote spans, %d rows" % (len(quotes), len(qrows)))
    for idx, quote, speaker, _ in qrows:
        a, t = quotes.get(str(idx), ({}, None))
        if (t, a.get("data-speaker")) != (quote, speaker):
            bad.append("quote %d: %r %r vs %r %s" % (idx, quote, speaker, t, a))
    mentions = {}
    for key, (_, t) in page.group("speaker").items():
        for q in key.split():
            mentions[int(q)] = t
    want = {idx: m for idx, _, _, m in qrows if m}
    if mentions != want:
        bad.append("speaker mentions %s vs rows %s" % (mentions, want))
    parts = page.group("part")
    prows = db.execute("SELECT idx, kind, part FROM nlp_parts(?)", (text,)).fetchall()
    for idx, kind, part in prows:
        a, t = parts.get(str(idx), ({}, None))
        if (t, a.get("data-kind")) != (part, kind):
            bad.append("part %d: %s %r vs %r" % (idx, kind, part, t))
    if len(parts) != len(prows):
        bad.append("%d part spans, %d rows" % (len(parts), len(prows)))
    return ["%s: %s" % (name, b) for b in bad[:5]]


def check_interrupt(db):
    """A progress handler stops nlp_html() on a long text: problems."""
    long_text = open(SEED, encoding="utf-8").read() * 40
    calls = []

    def handler():  # lets the statement start, then stops the first check
        calls.append(1)
        return len(calls) > 10
    db.set_progress_handler(handler, 1)
    try:
        db.execute("SELECT nlp_html(?)", (long_text,)).fetchone()
        return ["nlp_html() was not interrupted by the progress handler"]
    except sqlite3.OperationalError as e:
        if str(e) != "nlp_html(): interrupted":
            return ["interrupt gave %r" % str(e)]
    finally:
        db.set_progress_handler(None, 0)
    # and the connection works afterwards
    if db.execute("SELECT length(nlp_html('Hi.')) > 0").fetchone()[0] != 1:
        return ["the connection does not work after the interrupt"]
    return []


def check_too_big(db):
    """A page over SQLITE_LIMIT_LENGTH is an error, not a cut page: problems."""
    old = db.getlimit(sqlite3.SQLITE_LIMIT_LENGTH)
    db.setlimit(sqlite3.SQLITE_LIMIT_LENGTH, 20000)
    try:
        db.execute("SELECT nlp_html(?)", (open(SEED, encoding="utf-8").read(),)).fetchone()
        return ["a page over SQLITE_LIMIT_LENGTH was returned"]
    except sqlite3.DataError as e:
        return [] if "too big" in str(e) else ["too big gave %r" % str(e)]
    finally:
        db.setlimit(sqlite3.SQLITE_LIMIT_LENGTH, old)


def chromium(args, url, tmp):
    """Runs headless Chromium on url; returns its standard output."""
    cmd = [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
           "--user-data-dir=" + os.path.join(tmp, "profile")] + args + [url]
    env = {k: v for k, v in os.environ.items() if k != "LD_PRELOAD"}  # ASan's, for us only
    r = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=120, env=env)
    if r.returncode != 0:
        sys.exit("chromium failed (%d): %s" % (r.returncode, r.stderr.decode()[-2000:]))
    return r.stdout.decode("utf-8")


def articles(n):
    yield "seed", open(SEED, encoding="utf-8").read()
    yield "hostile", HOSTILE
    path = os.path.join(DATA_DIR, "news", "bbc.jsonl")
    if n and os.path.exists(path):
        with open(path, encoding="utf-8") as f:
            for i, line in zip(range(n), f):
                yield "bbc %d" % i, json.loads(line)["text"]


def main():
    global CHROMIUM
    ap = argparse.ArgumentParser()
    ap.add_argument("--ext", default=os.path.join(ROOT, "build", "nlp.so"))
    ap.add_argument("--browser", action="store_true")
    ap.add_argument("--screenshot")
    ap.add_argument("--corpus", type=int, default=0)
    args = ap.parse_args()
    CHROMIUM = os.environ.get("NLP_CHROMIUM") or shutil.which("chromium")
    if args.browser and not CHROMIUM:
        print("SKIP: chromium is not installed (apt-get install -y chromium; "
              "./run.sh test installs it)")
        sys.exit(77)
    db = connect(args.ext)
    problems, n = [], 0
    with tempfile.TemporaryDirectory() as tmp:
        for name, text in articles(args.corpus):
            source = db.execute("SELECT nlp_html(?)", (text,)).fetchone()[0]
            page = Page(strict=True)
            page.feed(source)
            page.close()
            problems += check(db, text, page, name + " (source)")
            if args.browser:
                path = os.path.join(tmp, "page.html")
                with open(path, "w", encoding="utf-8") as f:
                    f.write(source)
                dom = Page(strict=False)
                dom.feed(chromium(["--dump-dom"], "file://" + path, tmp))
                dom.close()
                problems += check(db, text, dom, name + " (chromium DOM)")
                if name == "seed":
                    shot = args.screenshot or os.path.join(tmp, "shot.png")
                    chromium(["--window-size=900,1760", "--screenshot=" + os.path.abspath(shot)],
                             "file://" + path, tmp)
                    with open(shot, "rb") as f:
                        if f.read(8) != b"\x89PNG\r\n\x1a\n":
                            problems.append("the screenshot is no PNG")
                    print("screenshot: %s (%d bytes)" % (shot, os.path.getsize(shot)))
                    print("seed: %d entity marks, %d quotes in the DOM" %
                          (len(dom.group("ent")), len(dom.group("quote"))))
            n += 1
    problems += check_interrupt(db)
    problems += check_too_big(db)
    for p in problems:
        print("FAIL", p)
    print("%d articles checked%s, %d problems" % (n, " in chromium" if args.browser else "", len(problems)))
    sys.exit(1 if problems else 0)


CHROMIUM = None
if __name__ == "__main__":
    main()
