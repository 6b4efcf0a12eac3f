/*
** timeline.c: the DATEs and TIMEs of a text placed on the calendar in text
** order (nlp_timeline_*, numex.h): the reference date given, else the
** text's own date (its date line or dateline, layout/dateline.h); the year
** a sentence states carried to its yearless dates ("on March 3, 1987 ...
** by March 10"); the date last named as the anchor of "a day later".
*/
#include <stdio.h>
#include <string.h>

#include "layout/dateline.h"
#include "numex/numex.h"
#include "numex/numex_int.h"

#define DATE_LINE_BYTES 600 /* a date line stands in the first bytes */
#define ANCHOR_NEAR 3       /* sentences an anchor stays near for */
#define DATELINE_BYTES                                                         \
  200 /* bytes of a line read after a date for its dash                        \
       */

/* The year a value states at its start ("2023-12-19" -> 2023), or 0. */
static int value_year(const char *v) {
  int y = 0;
  for (int k = 0; k < 4; k++) {
    if (v[k] < '0' || v[k] > '9')
      return 0;
    y = y * 10 + (v[k] - '0');
  }
  return v[4] == 0 || v[4] == '-' || v[4] == '/' || v[4] == 'T' ? y : 0;
}

void nlp_timeline_init(nlp_timeline_t *tl, const char *ref) {
  memset(tl, 0, sizeof *tl);
  if (ref && nlp_numex_date_ok(ref, strlen(ref))) {
    numex_fmt(tl->ref.date, sizeof tl->ref.date, "%.10s", ref);
    tl->given = 1;
  }
}

/* The start of the line that holds byte b of text. */
static size_t line_of(const char *text, size_t b) {
  while (b > 0 && text[b - 1] != '\n')
    b--;
  return b;
}

/* Whether text[bs, be) is alone on its line (white space and "," or "."
** around it, a weekday before it). */
static int alone_on_line(const char *text, size_t len, size_t bs, size_t be) {
  size_t a = line_of(text, bs);
  while (be < len && (text[be] == ' ' || text[be] == '\r' || text[be] == '\t' ||
                      text[be] == '.'))
    be++;
  if (be < len && text[be] != '\n')
    return 0;
  /* before it: spaces, or a weekday and a comma ("Tuesday, ") */
  for (size_t k = a; k < bs; k++)
    if (text[k] != ' ' && text[k] != ',' &&
        !((text[k] | 32) >= 'a' && (text[k] | 32) <= 'z'))
      return 0;
  return bs - a < 12;
}

/* Whether text[bs, be) is inside the place dateline of its line
** ("TOKYO, March 5 (Reuters) -") or just after it (a caption's "EAGLE
** PASS, TEXAS - DECEMBER 19:"). */
static int in_dateline(const char *text, size_t len, size_t bs, size_t be) {
  size_t a = line_of(text, bs), e = be;
  const unsigned char *end;
  while (e < len && text[e] != '\n' && e < be + DATELINE_BYTES)
    e++; /* a dateline's dash is near: a long line is not read to its end */
  end = nlp_dateline_place((const unsigned char *)text + a,
                           (const unsigned char *)text + e);
  return end && ((const char *)end >= text + be ||
                 (size_t)(text + bs - (const char *)end) <= 2);
}

void nlp_timeline_offer(nlp_timeline_t *tl, const char *text, size_t len,
                        size_t bs, size_t be, const char *value) {
  int y = value_year(value);
  if (y && !tl->first_year)
    tl->first_year = y;
  if (tl->given || tl->ref.date[0] || tl->line_date[0] ||
      bs > DATE_LINE_BYTES || be > len)
    return;
  if (!(alone_on_line(text, len, bs, be) || in_dateline(text, len, bs, be)))
    return;
  if (y && nlp_numex_date_ok(value, 10) && (value[10] == 0 || value[10] == 'T'))
    numex_fmt(tl->ref.date, sizeof tl->ref.date, "%.10s", value);
  else if (!strncmp(value, "~d", 2) && strlen(value) >= 7)
    numex_fmt(tl->line_date, sizeof tl->line_date, "%.5s", value + 2);
}

void nlp_timeline_start(nlp_timeline_t *tl) {
  char d[NLP_NUMEX_VALUE_MAX];
  if (tl->ref.date[0] || !tl->line_date[0] || !tl->first_year)
    return;
  numex_fmt(d, sizeof d, "%04d-%.5s", tl->first_year, tl->line_date);
  if (nlp_numex_date_ok(d, strlen(d)))
    memcpy(tl->ref.date, d, sizeof tl->ref.date);
}

void nlp_timeline_step(nlp_timeline_t *tl, size_t sentence, char *value) {
  char out[NLP_NUMEX_VALUE_MAX];
  /* a date counted from the anchor ("a year earlier") or back from the
  ** reference ("last year") names a period compared with: no new anchor */
  int y, from_anchor = value[0] == '~' &&
                       (value[1] == 'A' || !strncmp(value + 1, "Y-", 2));
  if (value[0] == '~') {
    /* a year stated in the sentence carries over; without a reference,
    ** the last year the text stated */
    tl->ref.carry_year =
        tl->year && (tl->year_sentence == sentence || !tl->ref.date[0])
            ? tl->year
            : 0;
    tl->ref.anchor_near =
        tl->ref.anchor[0] && sentence - tl->anchor_sentence <= ANCHOR_NEAR;
    nlp_numex_resolve(value, &tl->ref, out);
    memcpy(value, out, NLP_NUMEX_VALUE_MAX);
  } else if ((y = value_year(value))) {
    tl->year = y;
    tl->year_sentence = sentence;
  }
  /* a date counted from the anchor ("a year earlier") is no new anchor:
  ** the next one counts from the date the text named too */
  if (value_year(value) && !from_anchor) {
    size_t n = strcspn(value, "/T");
    numex_fmt(tl->ref.anchor, sizeof tl->ref.anchor, "%.*s", (int)n, value);
    tl->anchor_sentence = sentence;
    if (value[4] == '-' && value[5] == 'Q')
      memcpy(tl->ref.quarter, tl->ref.anchor, sizeof tl->ref.quarter);
  }
}
