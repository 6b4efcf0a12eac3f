/*
** wrap.c: hard-wrapped lines (wrap.h describes the rules).
**
** Lengths are counted in characters (UTF-8 continuation bytes do not
** count) with trailing white space left out and leading indentation in.
** Only lines of at most WRAP_LINE_MAX bytes are counted character by
** character; longer lines are "long" at once, so an unwrapped text costs a
** memchr() per line of the surveyed block.
*/
#include <string.h>

#include "segment/abbrev.h"
#include "segment/wrap.h"
#include "text/wordset.h"

/* Lines surveyed at once, from the line asked about. */
#define WRAP_SURVEY_LINES 256
/* Bytes: a longer line is not a wrapped one. */
#define WRAP_LINE_MAX 200
/* The narrowest and widest wrap widths, in characters. */
#define WRAP_WIDTH_MIN 30
#define WRAP_WIDTH_MAX 160
/* Continued lines a block needs to tell a width. */
#define WRAP_LINES_MIN 2
/* Words a line needs before a name goes on on the next line. */
#define WRAP_NAME_WORDS 3
/* Words a line needs to be read as prose. */
#define WRAP_PROSE_WORDS 4

/* Whether byte b is white space within a line. */
static int blank(unsigned char b) { return b == ' ' || b == '\t' || b == '\r'; }

/* The end of b..e without its trailing white space. */
static const unsigned char *trim(const unsigned char *b,
                                 const unsigned char *e) {
  while (e > b && blank(e[-1]))
    e--;
  return e;
}

/* The characters of p[0..n), trailing white space left out. */
static int chars(const unsigned char *p, size_t n) {
  int c = 0;
  while (n > 0 && blank(p[n - 1]))
    n--;
  for (size_t i = 0; i < n; i++)
    c += (p[i] & 0xC0) != 0x80;
  return c;
}

/* The start of the line that holds e[-1] (text <= e), or NULL when it is
** longer than WRAP_LINE_MAX bytes. */
static const unsigned char *line_start(const unsigned char *text,
                                       const unsigned char *e) {
  const unsigned char *s = e;
  while (s > text && s[-1] != '\n') {
    if (e - s >= WRAP_LINE_MAX)
      return NULL;
    s--;
  }
  return s;
}

/* Whether the line b..e (from its first non-space) ends mid-clause: with a
** comma or a word that a headline leaves in lower case ("of", "the"). */
static int open_end(const unsigned char *b, const unsigned char *e) {
  const unsigned char *w;
  while (e > b && blank(e[-1]))
    e--;
  if (e > b && e[-1] == ',')
    return 1;
  for (w = e; w > b && w[-1] >= 'a' && w[-1] <= 'z'; w--)
    ;
  return w < e && (w == b || w[-1] == ' ') &&
         nlp_list_has(NLP_LIST_SEGMENT_HEADLINE_LOWER_WORDS, (const char *)w,
                      (size_t)(e - w));
}

/* Rule: a block is wrapped when its width (its widest line) is between
** WRAP_WIDTH_MIN and WRAP_WIDTH_MAX characters, few of its lines are long,
** and of its lines that the next line continues (not blank, not more
** indented; WRAP_LINES_MIN or more) at least half are within a third of
** the width and at least a quarter are continued in lower case (wrapped
** prose; a table, a list or verse starts its lines with capitals and
** figures). Surveys from s; sets w->until and w->width. */
static void survey(nlp_wrap_t *w, const unsigned char *s,
                   const unsigned char *end) {
  short len[WRAP_SURVEY_LINES], ind[WRAP_SURVEY_LINES];
  char low[WRAP_SURVEY_LINES];
  int m = 0, n = 0, longs = 0, width = 0, cont = 0, near = 0, lower = 0;
  while (s < end && m < WRAP_SURVEY_LINES) {
    const unsigned char *nl = memchr(s, '\n', (size_t)(end - s));
    const unsigned char *e = nl ? nl : end, *b = s;
    while (b < e && blank(*b))
      b++;
    len[m] = e - s > WRAP_LINE_MAX ? WRAP_LINE_MAX + 1
                                   : (short)chars(s, (size_t)(e - s));
    ind[m] = (short)(b - s < WRAP_LINE_MAX ? b - s : WRAP_LINE_MAX);
    low[m] = (char)((b < e && *b >= 'a' && *b <= 'z') | open_end(b, e) << 1);
    longs += len[m] > WRAP_LINE_MAX;
    n += len[m] > 0;
    /* A line of one word (a URL) may be longer than the width. */
    if (len[m] <= WRAP_LINE_MAX && len[m] > width &&
        memchr(b, ' ', (size_t)(trim(b, e) - b)))
      width = len[m];
    m++;
    s = nl ? nl + 1 : end;
  }
  w->until = s;
  w->width = 0;
  if (longs * 8 > n || width < WRAP_WIDTH_MIN || width > WRAP_WIDTH_MAX)
    return;
  for (int i = 0; i + 1 < m; i++) {
    if (len[i] == 0 || len[i + 1] == 0 || ind[i + 1] > ind[i] + 1)
      continue;
    cont++;
    near += len[i] * 3 >= width * 2;
    lower += (low[i + 1] & 1) || (low[i] & 2);
  }
  if (cont >= WRAP_LINES_MIN && near * 2 >= cont && lower * 4 >= cont)
    w->width = width;
}

/* The indentation of the line whose first non-space byte is at p. */
static int indent(const unsigned char *text, const unsigned char *p) {
  int n = 0;
  while (p > text && blank(p[-1]))
    p--, n++;
  return n;
}

/* Rule: a next line that is more indented than the line starts a paragraph
** ("...last year\n    The company"), a bullet or a dash starts a list
** item. */
static int starts_block(const unsigned char *text, const unsigned char *ls,
                        const unsigned char *next, const unsigned char *end) {
  const unsigned char *q = ls;
  while (q < next && blank(*q))
    q++;
  if (indent(text, next) > (int)(q - ls) + 1)
    return 1;
  return (*next == '-' || *next == '*' || *next == 0xE2) && next + 1 < end &&
         next[1] == ' ';
}

/* Rule: the first word of the next line would have fitted on the line, so
** the break was made on purpose: "BAHIA COCOA REVIEW\nShowers continued". */
static int would_fit(int width, int line, const unsigned char *next,
                     const unsigned char *end) {
  const unsigned char *q = next;
  while (q < end && *q != ' ' && *q != '\n' && *q != '\t' && *q != '\r')
    q++;
  return line + 1 + chars(next, (size_t)(q - next)) <= width;
}

/* Rule: a line of prose (WRAP_PROSE_WORDS words or more, one of them in
** lower case and not a word that Title Case leaves in lower case) that
** ends without punctuation in a wrapped block ends mid-clause, however
** short: "Ryder System Inc said it has acquired\n<Jack Gray Transport>". */
static int mid_clause(const unsigned char *ls, const unsigned char *e) {
  int words = 0, prose = 0;
  const unsigned char *p = ls;
  while (p < e) {
    const unsigned char *w;
    while (p < e && blank(*p))
      p++;
    w = p;
    while (p < e && !blank(*p))
      p++;
    if (p == w)
      break;
    words++;
    if (!prose && *w >= 'a' && *w <= 'z' &&
        !nlp_list_has(NLP_LIST_SEGMENT_HEADLINE_LOWER_WORDS, (const char *)w,
                      (size_t)(p - w)))
      prose = 1;
  }
  return prose && words >= WRAP_PROSE_WORDS;
}

/* Rule: a line of WRAP_NAME_WORDS words or more that ends in a
** capitalised word, before a next line that starts with a capitalised word
** that seldom starts a sentence, breaks a name: "U.K. Chancellor of the
** Exchequer Nigel\nLawson said" (not "Results of the Survey\nThe ..."). */
static int name_goes_on(const unsigned char *ls, const unsigned char *e,
                        const unsigned char *next, const unsigned char *end) {
  const unsigned char *w = e, *q = next;
  int words = 1;
  while (w > ls && w[-1] != ' ' && w[-1] != '\t')
    w--;
  if (!(*w >= 'A' && *w <= 'Z') || !(*next >= 'A' && *next <= 'Z'))
    return 0;
  for (const unsigned char *p = ls; p < e; p++)
    words += *p == ' ' && p > ls && p[-1] != ' ';
  while (q < end && ((*q >= 'a' && *q <= 'z') || (*q >= 'A' && *q <= 'Z')))
    q++;
  return words >= WRAP_NAME_WORDS && q < end && (*q == ' ' || *q == ',') &&
         !nlp_is_sentence_starter((const char *)next, (size_t)(q - next));
}

/* The start of the line that a break at e ends, when the break lies in a
** wrapped block and does not open a block of its own (a list, an indented
** paragraph); NULL otherwise: the break is a real one. */
static const unsigned char *
wrapped_line(nlp_wrap_t *w, const unsigned char *text, const unsigned char *e,
             const unsigned char *next, const unsigned char *end) {
  const unsigned char *ls;
  if (e < w->until && !w->width)
    return NULL; /* inside a block that is not wrapped */
  ls = line_start(text, e);
  if (!ls || next >= end)
    return NULL; /* a long line: not a wrapped one; or the text's end */
  if (e >= w->until)
    survey(w, ls, end);
  if (!w->width || starts_block(text, ls, next, end))
    return NULL;
  return ls;
}

int nlp_wrap_soft(nlp_wrap_t *w, const unsigned char *text,
                  const unsigned char *e, const unsigned char *next,
                  const unsigned char *end) {
  const unsigned char *ls = wrapped_line(w, text, e, next, end);
  if (!ls)
    return 0;
  return !would_fit(w->width, chars(ls, (size_t)(e - ls)), next, end) ||
         open_end(ls, e) || mid_clause(ls, e) || name_goes_on(ls, e, next, end);
}

int nlp_wrap_hard(nlp_wrap_t *w, const unsigned char *text,
                  const unsigned char *e, const unsigned char *next,
                  const unsigned char *end) {
  const unsigned char *ls = wrapped_line(w, text, e, next, end);
  if (!ls)
    return 1;
  return would_fit(w->width, chars(ls, (size_t)(e - ls)), next, end);
}
