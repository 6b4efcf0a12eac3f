/*
** dateline.c: the one dateline recogniser (see dateline.h for its forms,
** its callers and where the forms disagree).
*/
#include <string.h>

#include "layout/dateline.h"
#include "text/chars.h"
#include "text/wordset.h"

/* A place line ends within this many bytes and words. */
#define PLACE_MAX_BYTES 90
#define PLACE_MAX_WORDS 8

/* The longest weekday or month name, in bytes ("Wednesday", "September"). */
#define NAME_MAX_BYTES 10

static uint32_t klass(const unsigned char *p, const unsigned char *e) {
  return p < e ? nlp_char_at(p, e).klass : 0;
}

static int is_ascii(const unsigned char *p, const unsigned char *e,
                    uint32_t k) {
  return p < e && *p < 0x80 && (nlp_ascii_class[*p] & k);
}

/* ---- the place line: "WASHINGTON (AP) —" -------------------------------- */

/* A dash that ends a place line: — or –, or a hyphen with a space (or the
** end of the line) after it. Its length in bytes, or 0. */
static size_t dash_len(const unsigned char *p, const unsigned char *e) {
  nlp_char_t c;
  if (p >= e)
    return 0;
  c = nlp_char_at(p, e);
  if (c.cp == 0x2014 || c.cp == 0x2013)
    return c.len;
  if (c.cp == '-' && (p + 1 >= e || (klass(p + 1, e) & NLP_C_SPACE)))
    return 1;
  return 0;
}

/* Rule: a place line opens with a bracket ("(CNN) —") or a word of two or
** more capitals and no lower case ("WASHINGTON", "CNN") that a space, comma
** or bracket ends ("US-Mexico" is none). */
static int place_opens(const unsigned char *s, const unsigned char *e) {
  const unsigned char *w = s;
  int upper = 0, lower = 0;
  if (s < e && *s == '(')
    return 1;
  while (w < e && (klass(w, e) & NLP_C_LETTER)) {
    if (klass(w, e) & NLP_C_UPPER)
      upper++;
    else
      lower++;
    w += nlp_char_at(w, e).len;
  }
  if (upper < 2 || lower > 0)
    return 0;
  return !(w < e && !(klass(w, e) & NLP_C_SPACE) && *w != ',' && *w != '(');
}

/* Rule: a word of a place line starts with a capital or a digit; it has
** lower case only in brackets ("(Reuters)") or, title case, after a comma
** ("LONDON, March 3"). c is its first character. Returns its end (letters,
** digits, apostrophes, periods, hyphens), or NULL. */
static const unsigned char *place_word(const unsigned char *p,
                                       const unsigned char *e, uint32_t c,
                                       int paren, int seen_comma) {
  int lower = 0, first_upper = (c & NLP_C_UPPER) != 0;
  while (p < e && (klass(p, e) & (NLP_C_LETTER | NLP_C_DIGIT) || *p == '\'' ||
                   *p == '.' || *p == '-')) {
    if (klass(p, e) & NLP_C_LOWER)
      lower = 1;
    p += nlp_char_at(p, e).len;
  }
  if (lower && paren == 0 && (!seen_comma || !first_upper))
    return NULL;
  if (!first_upper && !(c & NLP_C_DIGIT))
    return NULL; /* "(after extra-time -" */
  return p;
}

const unsigned char *nlp_dateline_place(const unsigned char *s,
                                        const unsigned char *e) {
  const unsigned char *p = s;
  const unsigned char *lim = e - s > PLACE_MAX_BYTES ? s + PLACE_MAX_BYTES : e;
  int words = 0, paren = 0, seen_comma = 0;
  if (!place_opens(s, e))
    return NULL;
  while (p < lim) {
    nlp_char_t c = nlp_char_at(p, e);
    size_t d;
    if (c.klass & NLP_C_SPACE) {
      p += c.len;
    } else if ((d = dash_len(p, e)) && p > s) {
      /* A hyphen must stand alone: "U.S.-Mexico" is not a dash. */
      if (c.cp == '-' && !(klass(p - 1, e) & NLP_C_SPACE) && p[-1] != ')')
        return NULL;
      return p + d;
    } else if (c.cp == '(') {
      paren++, p++;
    } else if (c.cp == ')') {
      paren -= paren > 0, p++;
    } else if (c.cp == ',' || c.cp == '/') {
      seen_comma |= c.cp == ',', p++;
    } else if (c.cp == '.' && words > 0) { /* "Jan." */
      p++;
    } else if ((c.klass & (NLP_C_LETTER | NLP_C_DIGIT)) &&
               ++words <= PLACE_MAX_WORDS) {
      if (!(p = place_word(p, e, c.klass, paren, seen_comma)))
        return NULL;
    } else {
      return NULL;
    }
  }
  return NULL;
}

/* ---- the date line: "Thursday, May 7, 2015" ------------------------------ */

/* Rule: the weekday before the comma at p starts at start or after white
** space: "Thursday," Returns its start, or NULL. */
static const unsigned char *weekday_before(const unsigned char *start,
                                           const unsigned char *p,
                                           const unsigned char *end) {
  const unsigned char *w = p;
  if (p - start < 6 || p[-1] != 'y' || p[-2] != 'a')
    return NULL;
  while (w > start && p - w < NAME_MAX_BYTES &&
         is_ascii(w - 1, end, NLP_C_LETTER))
    w--;
  if ((w > start && !nlp_space_before(start, w)) ||
      !nlp_list_has_capitalised(NLP_LIST_COMMON_WEEKDAYS, (const char *)w,
                                (size_t)(p - w)))
    return NULL;
  return w;
}

/* Rule: " May 7, 2015" follows the weekday's comma at p: a month, a day of
** one or two digits, a comma and a year of four digits. Returns the end of
** the year, or NULL. */
static const unsigned char *month_day_year(const unsigned char *p,
                                           const unsigned char *end) {
  const unsigned char *q = p + 1, *m, *y;
  if (q >= end || *q != ' ')
    return NULL;
  m = ++q;
  while (q < end && q - m < NAME_MAX_BYTES && is_ascii(q, end, NLP_C_LETTER))
    q++;
  if (!nlp_list_has_capitalised(NLP_LIST_COMMON_MONTHS, (const char *)m,
                                (size_t)(q - m)) ||
      q >= end || *q != ' ')
    return NULL;
  y = ++q;
  while (q < end && q - y < 2 && *q >= '0' && *q <= '9')
    q++;
  if (q == y || q + 2 >= end || q[0] != ',' || q[1] != ' ')
    return NULL;
  y = q += 2;
  while (q < end && q - y < 4 && *q >= '0' && *q <= '9')
    q++;
  return q - y == 4 ? q : NULL;
}

/* Rule: the date stands alone: white space and then a capital or an
** opening quote or bracket follow the year at q, or the text ends there. */
static int stands_alone(const unsigned char *q, const unsigned char *end) {
  const unsigned char *r = q;
  if (q >= end)
    return 1;
  while (r < end && (klass(r, end) & NLP_C_SPACE))
    r += nlp_char_at(r, end).len;
  if (r == q)
    return 0;
  return r >= end || (klass(r, end) & (NLP_C_UPPER | NLP_C_OPEN));
}

const unsigned char *nlp_dateline_date_read(const unsigned char *start,
                                            const unsigned char *comma,
                                            const unsigned char *end,
                                            const unsigned char **weekday) {
  const unsigned char *w = weekday_before(start, comma, end), *y;
  if (!w || !(y = month_day_year(comma, end)) || !stands_alone(y, end))
    return NULL;
  *weekday = w;
  return y;
}

/* ---- the place runs: "EAGLE PASS, TEXAS -" ------------------------------- */

int nlp_dateline_line_start(const char *text, size_t b) {
  for (; b > 0; b--) {
    char c = text[b - 1];
    if (c == '\n')
      return 1;
    if (c != ' ' && c != '\t' && c != '\r')
      return 0;
  }
  return 1;
}

nlp_dateline_tok_t nlp_dateline_punct(const char *s, size_t n) {
  if (n == 1 && *s == ',')
    return NLP_DATELINE_TOK_COMMA;
  if (n == 1 && (*s == '-' || *s == '('))
    return NLP_DATELINE_TOK_CLOSE;
  /* en and em dashes */
  if (n == 3 && !memcmp(s, "\xE2\x80", 2) &&
      ((unsigned char)s[2] == 0x93 || (unsigned char)s[2] == 0x94))
    return NLP_DATELINE_TOK_CLOSE;
  return NLP_DATELINE_TOK_OTHER;
}

void nlp_dateline_runs_init(nlp_dateline_runs_t *r, size_t first) {
  r->first = first;
  r->words = 0;
  r->done = 0;
}

int nlp_dateline_runs_step(nlp_dateline_runs_t *r, size_t i,
                           nlp_dateline_tok_t t, size_t *run) {
  if (r->done)
    return 0;
  if (t == NLP_DATELINE_TOK_CAPS && r->words < NLP_DATELINE_RUN_WORDS) {
    r->words++;
    return 0;
  }
  if (r->words == 0 ||
      (t != NLP_DATELINE_TOK_COMMA && t != NLP_DATELINE_TOK_CLOSE)) {
    r->done = 1;
    return 0;
  }
  *run = r->first;
  if (t == NLP_DATELINE_TOK_COMMA) {
    r->first = i + 1; /* "EAGLE PASS, TEXAS -" */
    r->words = 0;
  } else {
    r->done = 1;
  }
  return 1;
}
