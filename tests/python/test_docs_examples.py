"""Every SQL example of README.md and docs/**/*.md runs, and shows its real output.

Each example is run by the real sqlite3 shell (a fresh ':memory:' database per
example, the built extension $NLP_EXT loaded first, the source tree as the
working directory so readfile('sample/seed_article.txt') works) and what the
shell prints is compared with what the page shows.

The convention the pages follow:

- An SQL example is a fenced code block whose info string is `sql`, or any
  fenced block with a line starting `sqlite> `. Blocks in other languages
  (sh, c, python, js) are not run.
- `.load ...` lines in an example are skipped (the test has loaded $NLP_EXT);
  every other dot-command (`.mode box`, `.read sql/index.sql`) is run.
- The output is shown in one of three ways:
  1. After a statement, the `-- ` lines right below it (no blank line between)
     are its output, in the shell's default list mode:
         SELECT nlp_casefold('Straße');
         -- strasse
     A comment meant as a comment is separated from the statement above it by
     a blank line, or put at the end of an SQL line.
  2. A shell transcript: `sqlite> ` starts a statement, `   ...> ` continues
     it, the other lines up to the next prompt are its output.
  3. A fenced block right after the SQL block (only blank lines between) with
     no info string, `text` or `json` is the output of the whole SQL block (the
     block sets the mode it shows, e.g. `.mode box`).
  4. A markdown table right after the SQL block (only blank lines between) is
     the output of the whole SQL block, which sets `.mode markdown`.
  A statement with no output shown must print nothing.
- An SQL error (the shell prints it on stderr) is shown as `Error: <message>`;
  a dot-command's error fails the test (the shell does not say where it was).
- Lines are compared with trailing white space removed, and trailing blank
  lines of a statement's output are ignored; nothing else is forgiven.
- An example that cannot run here (it reads a table `articles` that does not
  exist, its output depends on the build) has `<!-- illustrative -->`, or
  `<!-- illustrative: why -->`, as the last non-blank line before its fence.
  Keep these few: prefer an example that runs. A marked example that runs and
  shows its real output fails the test (remove its mark).

Run: NLP_EXT=build/nlp.so /usr/bin/python3 -m unittest -v test_docs_examples
(optional: NLP_SQLITE3=/path/to/sqlite3, default the sqlite3 on PATH).
"""
import glob
import os
import re
import shutil
import sqlite3
import subprocess
import unittest

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.environ.get("NLP_SOURCE_DIR", os.path.join(HERE, "..", "..")))
EXT = os.path.abspath(os.environ.get("NLP_EXT", os.path.join(ROOT, "build", "nlp.so")))
SHELL = os.environ.get("NLP_SQLITE3") or shutil.which("sqlite3") or "sqlite3"

FENCE = re.compile(r"^(\s*)```\s*([\w+-]*)\s*$")
ILLUSTRATIVE = re.compile(r"^\s*<!--\s*illustrative\b.*-->\s*$")
OUTPUT_INFO = ("", "text", "json")
PROMPT, CONT = "sqlite> ", "   ...>"
MARK = "--8<-- nlp docs example, end of statement"
ERROR = re.compile(r"^(?:[\w ]*?)(?:[Ee]rror)(?: near line (\d+))?: (.*)$")


def pages():
    files = [os.path.join(ROOT, "README.md")]
    files += sorted(glob.glob(os.path.join(ROOT, "docs", "**", "*.md"), recursive=True))
    return files


class Block:
    """One fenced code block: its info string, lines (indent removed), line number."""

    def __init__(self, info, lines, line, illustrative):
        self.info, self.lines, self.line, self.illustrative = info, lines, line, illustrative


def blocks(text):
    """The fenced blocks of a markdown text, each with the blank-line gap after it."""
    out, lines, i = [], text.split("\n"), 0
    while i < len(lines):
        m = FENCE.match(lines[i])
        if not m:
            i += 1
            continue
        indent, info, start = len(m.group(1)), m.group(2).lower(), i
        prev = start - 1
        while prev >= 0 and not lines[prev].strip():
            prev -= 1
        illustrative = prev >= 0 and bool(ILLUSTRATIVE.match(lines[prev]))
        i += 1
        body = []
        while i < len(lines) and not FENCE.match(lines[i]):
            body.append(lines[i][indent:] if lines[i][:indent].strip() == "" else lines[i])
            i += 1
        out.append(Block(info, body, start + 1, illustrative))
        i += 1
        gap = i
        while gap < len(lines) and not lines[gap].strip():
            gap += 1
        out[-1].next_line = gap  # index of the first non-blank line after the block
        out[-1].table = None
        if gap < len(lines) and lines[gap].startswith("|"):
            end = gap
            while end < len(lines) and lines[end].startswith("|"):
                end += 1
            out[-1].table = Block("table", lines[gap:end], gap + 1, False)
    return out


def stray_marks(text):
    """Line numbers of illustrative marks that no code block follows."""
    lines, bad = text.split("\n"), []
    for k, line in enumerate(lines):
        if ILLUSTRATIVE.match(line):
            j = k + 1
            while j < len(lines) and not lines[j].strip():
                j += 1
            if j >= len(lines) or not FENCE.match(lines[j]):
                bad.append(k + 1)
    return bad


def is_sql(block):
    return block.info == "sql" or any(l.startswith(PROMPT) for l in block.lines)


def blank_sql(sql):
    """True when sql holds only white space and -- comments (the shell skips it)."""
    return all(not l.strip() or l.strip().startswith("--") for l in sql.split("\n"))


def statements_commented(lines):
    """Way 1: [(sql, expected lines or None)] from a block with -- output lines."""
    stmts, cur, i = [], [], 0
    while i < len(lines):
        line = lines[i]
        cur.append(line)
        i += 1
        sql = "\n".join(cur)
        dot = blank_sql("\n".join(cur[:-1])) and line.lstrip().startswith(".")
        if not dot and (blank_sql(sql) or not sqlite3.complete_statement(sql)):
            continue
        expected = []
        while i < len(lines) and lines[i].startswith("--"):
            expected.append(lines[i][3:] if lines[i].startswith("-- ") else lines[i][2:])
            i += 1
        stmts.append((sql, expected))
        cur = []
    if not blank_sql("\n".join(cur)):
        stmts.append(("\n".join(cur), []))
    return stmts


def statements_transcript(lines):
    """Way 2: [(sql, expected lines)] from a sqlite> transcript."""
    stmts = []
    for line in lines:
        if line.startswith(PROMPT):
            stmts.append(([line[len(PROMPT):]], []))
        elif line.startswith(CONT) and stmts and not stmts[-1][1]:
            stmts[-1][0].append(line[len(CONT) + 1:])
        elif stmts:
            stmts[-1][1].append(line)
        elif line.strip():
            raise ValueError("text before the first sqlite> prompt: " + line)
    return [("\n".join(sql), out) for sql, out in stmts]


def run(stmts):
    """Runs the statements in one sqlite3 shell; returns each one's output lines."""
    script, ranges = [".load " + EXT, ".print " + MARK], []
    for sql, _ in stmts:
        # The test has loaded the extension: .load lines are skipped.
        sql_lines = [l for l in sql.split("\n") if not l.lstrip().startswith(".load ")]
        first = len(script) + 1
        script += sql_lines + [".print " + MARK]
        ranges.append((first, len(script) - 1))
    proc = subprocess.run([SHELL, "-batch", ":memory:"], input="\n".join(script) + "\n",
                          cwd=ROOT, capture_output=True, encoding="utf-8",
                          errors="surrogateescape", timeout=120)
    parts = proc.stdout.split(MARK + "\n")
    if len(parts) != len(stmts) + 2 or parts[0] or parts[-1]:
        raise AssertionError("the shell did not run every statement:\n" + proc.stdout + proc.stderr)
    outputs = [p.split("\n")[:-1] for p in parts[1:-1]]
    # stderr is read apart from stdout: an SQL error names the line of its
    # statement; the lines after it (the shell's caret) belong to it too.
    # A dot-command's error names no line, so it cannot be placed: it fails.
    target = None
    for line in proc.stderr.split("\n"):
        m = ERROR.match(line)
        if m and m.group(1):
            n = int(m.group(1))
            target = next((k for k, (a, b) in enumerate(ranges) if a <= n <= b), None)
            if target is None:
                raise AssertionError("error outside any statement: " + proc.stderr)
            outputs[target].append("Error: " + m.group(2))
        elif line:
            if m or target is None:
                raise AssertionError("an error of no statement (a dot-command?): " + proc.stderr)
            outputs[target].append(line)
    return outputs


def first_difference(shown, real):
    """The first differing line, quoted so that invisible characters show."""
    for k in range(max(len(shown), len(real))):
        a = shown[k] if k < len(shown) else "(no line)"
        b = real[k] if k < len(real) else "(no line)"
        if a != b:
            return "line %d: shown %s, real %s" % (k + 1, ascii(a), ascii(b))
    return ""


def tidy(lines):
    lines = [l.rstrip() for l in lines]
    while lines and not lines[-1]:
        lines.pop()
    return lines


def check(block, following):
    """Runs one SQL example; returns a description of each difference."""
    if any(l.startswith(PROMPT) for l in block.lines):
        stmts = statements_transcript(block.lines)
    elif following is not None:
        stmts = [(sql, None) for sql, _ in statements_commented(block.lines)]
    else:
        stmts = statements_commented(block.lines)
    outputs = run(stmts)
    if following is not None:
        shown, real = tidy(following.lines), tidy([l for o in outputs for l in o])
        return [] if shown == real else [("the whole block", shown, real)]
    return [(sql, tidy(exp), tidy(out)) for (sql, exp), out in zip(stmts, outputs)
            if tidy(exp) != tidy(out)]


def runs(block, following):
    """True when an example runs and shows its real output."""
    try:
        return check(block, following) == []
    except (AssertionError, ValueError):
        return False


def examples(path):
    """(block, output block or None) for each SQL example of a page, and the marks."""
    with open(path, encoding="utf-8") as f:
        text = f.read()
    found, bs = [], blocks(text)
    for k, b in enumerate(bs):
        if not is_sql(b):
            continue
        nxt = bs[k + 1] if k + 1 < len(bs) else None
        following = None
        if b.info == "sql" and nxt is not None and nxt.line - 1 == b.next_line \
                and nxt.info in OUTPUT_INFO and not is_sql(nxt):
            following = nxt
        elif b.info == "sql" and b.table is not None:
            following = b.table
        found.append((b, following))
    return found, stray_marks(text)


class DocsExamples(unittest.TestCase):
    def test_examples_show_real_output(self):
        ran = illustrative = 0
        for path in pages():
            rel = os.path.relpath(path, ROOT)
            found, stray = examples(path)
            with self.subTest(page=rel, what="marks"):
                self.assertEqual(stray, [], "<!-- illustrative --> not followed by a code block")
            for block, following in found:
                if block.illustrative:
                    illustrative += 1
                    with self.subTest(page=rel, line=block.line, what="illustrative"):
                        self.assertFalse(runs(block, following),
                                         "%s:%d runs as shown: remove its illustrative mark"
                                         % (rel, block.line))
                    continue
                ran += 1
                with self.subTest(page=rel, line=block.line):
                    diffs = check(block, following)
                    msg = "".join(
                        "\n--- %s:%d, statement:\n%s\n--- shown:\n%s\n--- real output:\n%s\n--- %s\n"
                        % (rel, block.line, sql, "\n".join(shown), "\n".join(real),
                           first_difference(shown, real))
                        for sql, shown, real in diffs)
                    if diffs:
                        self.fail(msg)
        print("\n%d SQL examples run, %d marked illustrative" % (ran, illustrative))
        self.assertGreater(ran, 20, "too few examples found: is the parser broken?")

    def test_parser(self):
        stmts = statements_commented(["SELECT 1;", "-- 1", "", "-- a comment", "SELECT 2,",
                                      "  3;  -- trailing", "-- 2|3", ".mode box", "SELECT 4;"])
        self.assertEqual(stmts, [("SELECT 1;", ["1"]), ("\n-- a comment\nSELECT 2,\n  3;  -- trailing",
                                                        ["2|3"]), (".mode box", []), ("SELECT 4;", [])])
        stmts = statements_transcript(["sqlite> SELECT 'a", "   ...>", "   ...> b';", "a", "", "b",
                                       "sqlite> .mode box"])
        self.assertEqual(stmts, [("SELECT 'a\n\nb';", ["a", "", "b"]), (".mode box", [])])

    def test_a_wrong_output_fails(self):
        block = Block("sql", ["SELECT nlp_casefold('Straße');", "-- strasse"], 1, False)
        self.assertEqual(check(block, None), [])
        block.lines[1] = "-- strassE"
        self.assertNotEqual(check(block, None), [])
        block = Block("sql", ["SELECT nlp_normalize('a', 'NFX');",
                              "-- Error: nlp_normalize(): unknown form 'NFX' "
                              "(expected NFC, NFD, NFKC or NFKD)"], 1, False)
        self.assertEqual(check(block, None), [])


if __name__ == "__main__":
    unittest.main()
