/*
** parts.c: which part of the page each piece of text is (nlp_parts).
**
** Usage (C):
**   nlp_parts_t *it; nlp_part_t p;
**   nlp_parts_new(text, len, &it);
**   while (nlp_parts_next(it, &p) == NLP_OK)
**     use(nlp_part_kind_name(p.kind), text + p.byte_start, ...);
**   nlp_parts_free(it);
**
** The text is read one line at a time. The first of the line rules
** (LINE_RULES, in this order) that applies classifies the line:
**   - boilerplate when it starts with, or (if short) holds, a known phrase
**     of page furniture: "Ad Feedback", "Leave a Reply", "Read more",
**     "Your email address will not be published", cookie and newsletter
**     notices, share prompts;
**   - a byline: "By Jane Doe, CNN";
**   - a credit when it is one: "(Photo by X/Getty Images)", "Photo: X",
**     "Reporting by X; Editing by Y", "CNN's X contributed to this report.";
**   - a caption when it starts with a caption label: "Image caption";
**   - the headline when it is the first line of the text, alone in its
**     paragraph, short and without a final period, and holds no credit;
**   - otherwise it is cut at the credits inside it, "(Photo by ...)",
**     "(AP Photo/...)" and "Name Name/Agency" (glued text too: "...in recent
**     weeks.John Moore/Getty ImagesCNN —"): the words before a credit are a
**     caption, and the words after it may start with a dateline;
**   - a dateline (layout/dateline.h) starts the first body line
**     ("WASHINGTON (AP) —", "LONDON, March 3 (Reuters) -", "(CNN) —",
**     "CNN —");
**   - the rest is body; consecutive body lines of a paragraph make one part.
** Memory is constant (at most MAX_PIECES pieces of one line are queued) and
** each line is scanned a bounded number of times.
*/
#include <stdlib.h>
#include <string.h>

#include "text/alloc.h"
#include "layout/dateline.h"
#include "text/chars.h"
#include "text/wordset.h"
#include "nlp.h"

#define MAX_PIECES 32
#define SHORT_LINE 300       /* bytes: longer lines are not page furniture */
#define PROSE_MIN 40         /* bytes: a line this long may be prose */
#define HEADLINE_MAX 250     /* bytes: the longest headline */
#define BYLINE_MAX 120       /* bytes: the longest byline */
#define BYLINE_SPACES 14     /* spaces in a byline at most */
#define PAREN_CREDIT_MAX 200 /* bytes: the longest "(Photo by ...)" */
#define CREDIT_NAME_WORDS 4  /* words of a "Name/Agency" name or agency */
#define SIGN_OFF_MAX 24      /* bytes: the longest sign-off line */
#define ROW_MAX 80           /* bytes: the longest table row */
#define ROW_WORDS 12         /* words in a table row at most */
#define ROW_LABEL_WORDS 3    /* words in a label of rows at most */

typedef struct piece {
  size_t s, e;
  nlp_part_kind_t kind;
} piece_t;

struct nlp_parts {
  const unsigned char *text, *end, *pos;
  size_t paragraph, idx, lines;
  int seen_body;
  piece_t q[MAX_PIECES];
  size_t nq, qi, qpara;
  piece_t held; /* a body part that may grow with the next line */
  size_t held_para;
  int has_held;
  int row; /* the line before was a table row */
};

const char *nlp_part_kind_name(nlp_part_kind_t kind) {
  switch (kind) {
  case NLP_PART_BODY:
    return "body";
  case NLP_PART_HEADLINE:
    return "headline";
  case NLP_PART_DATELINE:
    return "dateline";
  case NLP_PART_BYLINE:
    return "byline";
  case NLP_PART_CAPTION:
    return "caption";
  case NLP_PART_CREDIT:
    return "credit";
  case NLP_PART_BOILERPLATE:
    return "boilerplate";
  case NLP_PART_TABLE:
    return "table";
  }
  return "body";
}

int nlp_parts_new(const char *text, size_t len, nlp_parts_t **out) {
  nlp_parts_t *it;
  if (!out || (!text && len))
    return NLP_EINVAL;
  it = nlp_mem_calloc(1, sizeof(*it));
  if (!it)
    return NLP_ENOMEM;
  it->text = (const unsigned char *)(text ? text : "");
  it->end = it->text + len;
  it->pos = it->text;
  *out = it;
  return NLP_OK;
}

void nlp_parts_free(nlp_parts_t *it) { nlp_mem_free(it); }

/* ---------------------------------------------------------------- */
/* Small helpers                                                     */
/* ---------------------------------------------------------------- */

static int lower_ascii(int c) { return c >= 'A' && c <= 'Z' ? c + 32 : c; }

/* Whether p[0..n) starts with w[0..k), ASCII case ignored. */
static int starts_ci(const unsigned char *p, size_t n, const char *w,
                     size_t k) {
  if (k > n)
    return 0;
  for (size_t i = 0; i < k; i++)
    if (lower_ascii(p[i]) != lower_ascii((unsigned char)w[i]))
      return 0;
  return 1;
}

/* Whether p[0..n) holds w[0..k) (k > 0), ASCII case ignored. */
static int contains_ci(const unsigned char *p, size_t n, const char *w,
                       size_t k) {
  for (size_t i = 0; i + k <= n; i++)
    if (lower_ascii(p[i]) == lower_ascii((unsigned char)w[0]) &&
        starts_ci(p + i, n - i, w, k))
      return 1;
  return 0;
}

/* Whether p[0..n) starts with a phrase of list that ends at a word
** boundary, ASCII case ignored. */
static int any_prefix(const unsigned char *p, size_t n, enum nlp_list list) {
  size_t count;
  const nlp_list_item *w = nlp_list_items(list, &count);
  for (size_t i = 0; i < count; i++)
    if (starts_ci(p, n, w[i].s, w[i].n)) {
      /* The phrase must end at a word boundary. */
      size_t k = w[i].n;
      unsigned char c = k < n ? p[k] : ' ';
      if (k == n || !((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')))
        return 1;
    }
  return 0;
}

/* Whether p[0..n) starts with a phrase of list, ASCII case ignored. */
static int any_start(const unsigned char *p, size_t n, enum nlp_list list) {
  size_t count;
  const nlp_list_item *w = nlp_list_items(list, &count);
  for (size_t i = 0; i < count; i++)
    if (starts_ci(p, n, w[i].s, w[i].n))
      return 1;
  return 0;
}

/* Whether p[0..n) holds a phrase of list, ASCII case ignored. */
static int any_contains(const unsigned char *p, size_t n, enum nlp_list list) {
  size_t count;
  const nlp_list_item *w = nlp_list_items(list, &count);
  for (size_t i = 0; i < count; i++)
    if (contains_ci(p, n, w[i].s, w[i].n))
      return 1;
  return 0;
}

static uint32_t klass(const unsigned char *p, const unsigned char *end) {
  return p < end ? nlp_char_at(p, end).klass : 0;
}

static const unsigned char *skip_sp(const unsigned char *p,
                                    const unsigned char *e) {
  while (p < e && (klass(p, e) & NLP_C_SPACE))
    p += nlp_char_at(p, e).len;
  return p;
}

static const unsigned char *trim_end(const unsigned char *s,
                                     const unsigned char *e) {
  while (e > s) {
    const unsigned char *q = nlp_char_before(s, e);
    if (!(nlp_char_at(q, e).klass & NLP_C_SPACE))
      break;
    e = q;
  }
  return e;
}

/* ---------------------------------------------------------------- */
/* Pieces                                                            */
/* ---------------------------------------------------------------- */

static void add_piece(nlp_parts_t *it, const unsigned char *s,
                      const unsigned char *e, nlp_part_kind_t kind) {
  s = skip_sp(s, e);
  e = trim_end(s, e);
  if (s >= e)
    return;
  if (it->nq == MAX_PIECES) { /* full: the last piece takes the rest */
    it->q[MAX_PIECES - 1].e = (size_t)(e - it->text);
    return;
  }
  it->q[it->nq].s = (size_t)(s - it->text);
  it->q[it->nq].e = (size_t)(e - it->text);
  it->q[it->nq].kind = kind;
  it->nq++;
}

static int is_upper(const unsigned char *p, const unsigned char *e) {
  return (klass(p, e) & NLP_C_UPPER) != 0;
}

static int is_letter(const unsigned char *p, const unsigned char *e) {
  return (klass(p, e) & NLP_C_LETTER) != 0;
}

/* A "(Photo by ...)" credit that starts at p; its end or NULL. */
static const unsigned char *paren_credit(const unsigned char *p,
                                         const unsigned char *e) {
  const unsigned char *q;
  if (!any_prefix(p, (size_t)(e - p), NLP_LIST_LAYOUT_CREDIT_STARTS) ||
      *p != '(')
    return NULL;
  for (q = p; q < e && q - p < PAREN_CREDIT_MAX; q++)
    if (*q == ')')
      return q + 1;
  return NULL;
}

/* Whether the capitalised word that ends at p starts at w (scanning back
** over letters, apostrophes, hyphens and periods of initials). */
static const unsigned char *cap_word_before(const unsigned char *b,
                                            const unsigned char *p) {
  const unsigned char *w = p;
  while (w > b) {
    const unsigned char *q = nlp_char_before(b, w);
    nlp_char_t c = nlp_char_at(q, p);
    if (!(c.klass & NLP_C_LETTER) && c.cp != '-' && c.cp != '\'' &&
        c.cp != 0x2019)
      break;
    w = q;
  }
  if (w == p || !is_upper(w, p))
    return NULL;
  return w;
}

/* The length of the longest agency (photo_agencies.txt) that a[0..e)
** starts with, exact bytes: "Getty Images" in "Getty ImagesCNN —"; or 0. */
static size_t agency_len(const unsigned char *a, const unsigned char *e) {
  size_t count, best = 0;
  const nlp_list_item *w =
      nlp_list_items(NLP_LIST_LAYOUT_PHOTO_AGENCIES, &count);
  for (size_t i = 0; i < count; i++) {
    size_t k = w[i].n;
    if ((size_t)(e - a) >= k && memcmp(a, w[i].s, k) == 0 && k > best)
      best = k;
  }
  return best;
}

/* Rule: the name of a "Name Name/Agency" credit is one to four capitalised
** words that end at the slash sl, after a space each ("...weeks.John
** Moore/" gives "John Moore"). Returns its start, or NULL; *words is the
** number of its words. */
static const unsigned char *credit_name(const unsigned char *b,
                                        const unsigned char *sl, int *words) {
  const unsigned char *p = sl, *w, *start = NULL;
  *words = 0;
  while (*words < CREDIT_NAME_WORDS && (w = cap_word_before(b, p)) != NULL) {
    start = w;
    ++*words;
    if (w == b || *(p = nlp_char_before(b, w)) != ' ')
      break;
  }
  return start;
}

/* Rule: the agency after the slash is the longest known one ("Getty
** Images"), or else one to four capitalised words after a name of two
** words or more (not "AC/DC", "km/H"). Returns its end, or NULL. */
static const unsigned char *agency_end(const unsigned char *a,
                                       const unsigned char *e, int words) {
  const unsigned char *q = a;
  size_t best;
  int n = 0;
  if (a >= e || !is_upper(a, e))
    return NULL;
  if ((best = agency_len(a, e)) != 0)
    return a + best;
  if (words < 2)
    return NULL;
  while (q < e && n < CREDIT_NAME_WORDS && is_upper(q, e)) {
    while (q < e && (is_letter(q, e) || *q == '-' || *q == '.'))
      q += nlp_char_at(q, e).len;
    n++;
    if (q < e && *q == ' ' && q + 1 < e && is_upper(q + 1, e))
      q++;
    else
      break;
  }
  return q;
}

/* Rule: a credit starts its line or follows the end of a sentence: not
** "the Blue Gene/L machine". */
static int after_sentence(const unsigned char *b, const unsigned char *start,
                          const unsigned char *e) {
  const unsigned char *q;
  if (start <= b)
    return 1;
  q = nlp_char_before(b, start);
  while (q > b && (klass(q, e) & NLP_C_SPACE))
    q = nlp_char_before(b, q);
  return (klass(q, e) & (NLP_C_TERM | NLP_C_CLOSE)) != 0;
}

/* Rule: a credit ends its line, is glued to the next piece ("Getty
** ImagesCNN —") or has a dateline after it; words after it make it part
** of a sentence. */
static int credit_ends(const unsigned char *ce, const unsigned char *e) {
  const unsigned char *q = skip_sp(ce, e);
  if (q < e && ce < e && (klass(ce, e) & NLP_C_SPACE) &&
      !nlp_dateline_place(q, e))
    return 0;
  return !(q < e && !(klass(ce, e) & (NLP_C_SPACE | NLP_C_UPPER)));
}

/* A "Name Name/Agency" credit around the slash at sl ("John Moore/Getty
** Images"): sets *cs, *ce. */
static int slash_credit(const unsigned char *b, const unsigned char *e,
                        const unsigned char *sl, const unsigned char **cs,
                        const unsigned char **ce) {
  int words;
  const unsigned char *start = credit_name(b, sl, &words), *end;
  if (!start || (end = agency_end(sl + 1, e, words)) == NULL ||
      !after_sentence(b, start, e) || !credit_ends(end, e))
    return 0;
  *cs = start;
  *ce = end;
  return 1;
}

/* Cuts the line [b, e) at its credits; the rest is caption before a credit
** and dateline/body after. */
static void split_line(nlp_parts_t *it, const unsigned char *b,
                       const unsigned char *e) {
  const unsigned char *p = b, *from = b;
  int after_credit = 0;
  while (p < e && it->nq < MAX_PIECES - 3) {
    const unsigned char *cs = NULL, *ce = NULL;
    if (*p == '(') {
      ce = paren_credit(p, e);
      if (ce)
        cs = p;
    } else if (*p == '/' && p > b && p + 1 < e) {
      if (!(p + 1 < e && p[1] == '/') && !(p > b && p[-1] == ':') &&
          slash_credit(from, e, p, &cs, &ce) == 0)
        cs = NULL;
    }
    if (!cs) {
      p++;
      continue;
    }
    if (cs > from)
      add_piece(it, from, cs,
                after_credit && it->nq > 0 ? NLP_PART_BODY : NLP_PART_CAPTION);
    add_piece(it, cs, ce, NLP_PART_CREDIT);
    p = from = ce;
    after_credit = 1;
    /* A dateline glued right after the credit: "ImagesCNN —". */
    {
      const unsigned char *s = skip_sp(from, e), *d = nlp_dateline_place(s, e);
      if (d) {
        add_piece(it, s, d, NLP_PART_DATELINE);
        p = from = d;
        it->seen_body = 1;
      }
    }
  }
  if (from < e) {
    const unsigned char *s = skip_sp(from, e);
    if (!after_credit && !it->seen_body) {
      const unsigned char *d = nlp_dateline_place(s, e);
      if (d) {
        add_piece(it, s, d, NLP_PART_DATELINE);
        s = d;
      }
    }
    add_piece(it, s, e, NLP_PART_BODY);
    it->seen_body = 1;
  }
}

/* Whether the line [b, e) reads as a byline: "By Jane Doe, CNN". */
static int is_byline(const unsigned char *b, const unsigned char *e) {
  size_t n = (size_t)(e - b);
  int words = 0;
  if (n > BYLINE_MAX ||
      !(starts_ci(b, n, "By ", 3) && n > 3 && is_upper(b + 3, e)))
    return 0;
  for (const unsigned char *p = b; p < e; p++) {
    if (*p == ' ')
      words++;
    if ((*p == '.' || *p == '!' || *p == '?') && p + 1 < e && p[1] == ' ' &&
        p - b > 4 && !is_upper(p - 1, e))
      return 0;
  }
  return words <= BYLINE_SPACES;
}

/* ---------------------------------------------------------------- */
/* Line rules                                                        */
/* ---------------------------------------------------------------- */

/* Line rules look at the trimmed line [b, e) of n bytes; single: it is
** alone in its paragraph. */
typedef struct line {
  const unsigned char *b, *e;
  size_t n;
  int single;
} line_t;

/* Rule: a short line that starts with page furniture
** (boilerplate_starts.txt) is boilerplate: "Ad Feedback", "Read more"; but
** not prose that starts with a word of boilerplate_or_prose.txt: "Shares in
** BP rose ...". */
static int boilerplate_start(nlp_parts_t *it, const line_t *l) {
  if (!(any_prefix(l->b, l->n, NLP_LIST_LAYOUT_BOILERPLATE_STARTS) &&
        l->n <= SHORT_LINE))
    return 0;
  /* A wrapped line of the body goes on in lower case: "...the aid would\n
  ** sponsored donors' ...". */
  if (*l->b >= 'a' && *l->b <= 'z' && it->has_held &&
      it->held_para == it->paragraph)
    return 0;
  if ((l->n > PROSE_MIN || it->lines == 0) &&
      any_start(l->b, l->n, NLP_LIST_LAYOUT_BOILERPLATE_OR_PROSE) &&
      !any_contains(l->b, l->n, NLP_LIST_LAYOUT_BOILERPLATE_PHRASES))
    return 0; /* prose that happens to start that way */
  add_piece(it, l->b, l->e, NLP_PART_BOILERPLATE);
  return 1;
}

/* Rule: a short line that holds a notice phrase (boilerplate_phrases.txt)
** is boilerplate: "Sign up for our newsletter", "... All rights reserved". */
static int boilerplate_any(nlp_parts_t *it, const line_t *l) {
  if (!(l->n <= SHORT_LINE &&
        any_contains(l->b, l->n, NLP_LIST_LAYOUT_BOILERPLATE_PHRASES)))
    return 0;
  add_piece(it, l->b, l->e, NLP_PART_BOILERPLATE);
  return 1;
}

/* Rule: a byline: "By Jane Doe, CNN". */
static int byline(nlp_parts_t *it, const line_t *l) {
  if (!is_byline(l->b, l->e))
    return 0;
  add_piece(it, l->b, l->e, NLP_PART_BYLINE);
  return 1;
}

/* Rule: a short line that is a credit (credit_starts.txt,
** credit_phrases.txt): "(Photo by X/Getty Images)", "Photo: X", "Reporting
** by X; Editing by Y", "CNN's X contributed to this report." (not "(Photo
** by X) The caption goes on": that is cut into pieces). */
static int credit_line(nlp_parts_t *it, const line_t *l) {
  const unsigned char *b = l->b, *e = l->e;
  if (!(l->n <= SHORT_LINE &&
        ((any_prefix(b, l->n, NLP_LIST_LAYOUT_CREDIT_STARTS) &&
          !(*b == '(' && e[-1] != ')' && paren_credit(b, e) != NULL)) ||
         any_contains(b, l->n, NLP_LIST_LAYOUT_CREDIT_PHRASES))))
    return 0;
  add_piece(it, b, e, NLP_PART_CREDIT);
  return 1;
}

/* Rule: a line that starts with a caption label (caption_starts.txt) is a
** caption: "Image caption The minister ...". */
static int caption_line(nlp_parts_t *it, const line_t *l) {
  if (!(l->n <= (size_t)SHORT_LINE * 2 &&
        any_prefix(l->b, l->n, NLP_LIST_LAYOUT_CAPTION_STARTS)))
    return 0;
  add_piece(it, l->b, l->e, NLP_PART_CAPTION);
  return 1;
}

/* Rule: the first line of the text, alone in its paragraph, short and
** without a final period (an ellipsis is fine), is the headline; unless it
** holds a credit, then it is a caption glued to one ("Fire in Paris
** John Smith/AFP"), cut into pieces. */
static int headline(nlp_parts_t *it, const line_t *l) {
  const unsigned char *b = l->b, *e = l->e;
  size_t n = l->n;
  if (!(it->lines == 0 && l->single && n <= HEADLINE_MAX &&
        (e[-1] != '.' || (n >= 3 && e[-2] == '.' && e[-3] == '.')) &&
        !starts_ci(b, n, "By ", 3)))
    return 0;
  split_line(it, b, e);
  for (size_t k = 0; k < it->nq; k++)
    if (it->q[k].kind == NLP_PART_CREDIT)
      return 1;
  it->nq = 0;
  it->seen_body = 0;
  add_piece(it, b, e, NLP_PART_HEADLINE);
  return 1;
}

/* Rule: an agency's sign-off alone on its line (sign_offs.txt) is a
** credit: "Reuter", "REUTER", "(AP)", "AFP", with trailing dots. */
static int sign_off(nlp_parts_t *it, const line_t *l) {
  const unsigned char *e = l->e;
  while (e > l->b && *(e - 1) == '.')
    e--;
  if (l->n > SIGN_OFF_MAX || e == l->b ||
      !nlp_list_has_lower(NLP_LIST_LAYOUT_SIGN_OFFS, (const char *)l->b,
                          (size_t)(e - l->b)))
    return 0;
  add_piece(it, l->b, l->e, NLP_PART_CREDIT);
  return 1;
}

/* Whether the trimmed line [b, e) may be a row of a table of figures:
** short, at most ROW_WORDS words, not starting in lower case (a wrapped
** line of prose), not ending like a sentence or a clause, and holding a
** figure or a gap of two spaces between columns. text is the text's start
** (a line at it is not indented). */
static int row_like(const unsigned char *text, const unsigned char *b,
                    const unsigned char *e) {
  int words = 1, figure = 0;
  if (e - b > ROW_MAX || e == b || strchr(".,;:!?", e[-1]) ||
      (*b >= 'a' && *b <= 'z' &&
       (b == text || (b[-1] != ' ' && b[-1] != '\t'))))
    return 0;
  for (const unsigned char *p = b; p < e; p++) {
    if (*p >= '0' && *p <= '9')
      figure = 1;
    else if (*p == ' ' && p + 1 < e && p[1] == ' ')
      figure = 1;
    words += *p == ' ' && p + 1 < e && p[1] != ' ';
  }
  return figure && words <= ROW_WORDS;
}

/* Whether the trimmed line [b, e) may label the rows under it or head a
** table ("Year", "Nine months", "Shr one ct vs two cts"): at most max
** words, without final punctuation. */
static int row_label(const unsigned char *b, const unsigned char *e, int max) {
  int words = 1;
  if (e - b > ROW_MAX || e == b || strchr(".,;:!?", e[-1]))
    return 0;
  for (const unsigned char *p = b; p < e; p++)
    words += *p == ' ';
  return words <= max;
}

/* The next line after p (p at the end of a line): its trimmed extent in
** *b, *e, and whether it starts a line of its own (is indented, or a blank
** line or the end of the text comes first). */
static int next_line(const unsigned char *p, const unsigned char *end,
                     const unsigned char **b, const unsigned char **e) {
  const unsigned char *q;
  int breaks = 0, indented = 0;
  while (p < end && (*p == '\n' || *p == '\r' || *p == ' ' || *p == '\t')) {
    breaks += *p == '\n';
    indented = breaks > 0 && (*p == ' ' || *p == '\t');
    p++;
  }
  q = p;
  while (q < end && *q != '\n' && *q != '\r')
    q++;
  *b = p;
  *e = trim_end(p, q);
  return p >= end || breaks >= 2 || indented;
}

/* Rule: a row-like line (row_like) that the next line does not continue
** (it starts a line of its own) is a table row when the line before was
** one or the next line is row-like too: "Shr 23 cts vs 34 cts\n    Net 1.2
** mln vs 1.5 mln"; a short unpunctuated line before a row-like line is a
** row as well (a label between rows, of at most ROW_LABEL_WORDS words, or
** the first row or heading of a table, of at most ROW_WORDS: "Shr one ct
** vs two cts"). */
static int table_row(nlp_parts_t *it, const line_t *l) {
  const unsigned char *nb, *ne;
  int own = next_line(it->pos, it->end, &nb, &ne),
      next = row_like(it->text, nb, ne);
  if (!own ||
      !((row_like(it->text, l->b, l->e) && (it->row || next)) ||
        (next && row_label(l->b, l->e, it->row ? ROW_LABEL_WORDS : ROW_WORDS))))
    return 0;
  add_piece(it, l->b, l->e, NLP_PART_TABLE);
  return 1;
}

/* Rule: any other line is cut at its credits into caption, credit,
** dateline and body pieces (split_line). */
static int pieces(nlp_parts_t *it, const line_t *l) {
  split_line(it, l->b, l->e);
  return 1;
}

/* The line rules in order: the first that applies classifies the line. */
static int (*const LINE_RULES[])(nlp_parts_t *, const line_t *) = {
    boilerplate_start, boilerplate_any, byline,    credit_line, sign_off,
    caption_line,      headline,        table_row, pieces};

/* Classifies one line [b, e) (trimmed) into the queue; single is whether it
** is alone in its paragraph. */
static void classify_line(nlp_parts_t *it, const unsigned char *b,
                          const unsigned char *e, int single) {
  line_t l = {b, e, (size_t)(e - b), single};
  it->nq = it->qi = 0;
  for (size_t r = 0; r < sizeof LINE_RULES / sizeof LINE_RULES[0]; r++)
    if (LINE_RULES[r](it, &l))
      break;
  it->row = it->nq == 1 && it->q[0].kind == NLP_PART_TABLE;
}

/* Reads the next line into the queue; 0 at the end of the text. */
static int read_line(nlp_parts_t *it) {
  const unsigned char *p = it->pos, *end = it->end, *b, *e, *q;
  int breaks = 0, single;
  while (p < end) {
    nlp_char_t c = nlp_char_at(p, end);
    if (!(c.klass & NLP_C_SPACE))
      break;
    if (*p == '\n' || (*p == '\r' && !(p + 1 < end && p[1] == '\n')))
      breaks++;
    else if (c.cp == 0x2029)
      breaks += 2;
    else if (c.cp == 0x2028 || c.cp == 0x85)
      breaks++;
    p += c.len;
  }
  if (p >= end) {
    it->pos = end;
    return 0;
  }
  if (it->lines > 0 && breaks >= 2)
    it->paragraph++;
  b = p;
  while (p < end) {
    nlp_char_t c = nlp_char_at(p, end);
    if (c.klass & NLP_C_NEWLINE)
      break;
    p += c.len;
  }
  e = trim_end(b, p);
  it->pos = p;
  /* Alone in its paragraph: a blank line or the end follows. */
  q = p;
  breaks = 0;
  while (q < end && (nlp_char_at(q, end).klass & NLP_C_SPACE)) {
    if (*q == '\n' || (*q == '\r' && !(q + 1 < end && q[1] == '\n')))
      breaks++;
    else if (nlp_char_at(q, end).cp == 0x2029)
      breaks += 2;
    q += nlp_char_at(q, end).len;
  }
  single = q >= end || breaks >= 2;
  if (it->lines == 0 && it->paragraph > 0)
    single = 0;
  classify_line(it, b, e, single);
  it->qpara = it->paragraph;
  it->lines++;
  return 1;
}

int nlp_parts_next(nlp_parts_t *it, nlp_part_t *out) {
  if (!it || !out)
    return NLP_EINVAL;
  for (;;) {
    piece_t pc;
    if (it->qi >= it->nq) {
      if (!read_line(it)) {
        if (!it->has_held)
          return NLP_DONE;
        pc = it->held;
        it->has_held = 0;
        out->paragraph = it->held_para;
        goto emit;
      }
      continue;
    }
    pc = it->q[it->qi];
    if (pc.kind == NLP_PART_BODY || pc.kind == NLP_PART_TABLE) {
      it->qi++;
      if (it->has_held && it->held_para == it->qpara &&
          it->held.kind == pc.kind) {
        it->held.e = pc.e;
        continue;
      }
      if (it->has_held) {
        piece_t h = it->held;
        out->paragraph = it->held_para;
        it->held = pc;
        it->held_para = it->qpara;
        pc = h;
        goto emit;
      }
      it->held = pc;
      it->held_para = it->qpara;
      it->has_held = 1;
      continue;
    }
    if (it->has_held) {
      pc = it->held;
      it->has_held = 0;
      out->paragraph = it->held_para;
      goto emit;
    }
    it->qi++;
    out->paragraph = it->qpara;
  emit:
    out->idx = it->idx++;
    out->byte_start = pc.s;
    out->byte_end = pc.e;
    out->kind = pc.kind;
    return NLP_OK;
  }
}
