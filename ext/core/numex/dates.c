/*
** dates.c: calendar dates, valued in ISO 8601 ("December 19, 2023" ->
** "2023-12-19", "19-20 Dec" -> "--12-19/--12-20", "the 1990s" -> "199X"):
** dates led by a month, by a weekday or by a number.
*/
#include <stdio.h>

#include "numex/numex_int.h"

/* -------------------------------------------------------------------- */
/* Calendar pieces                                                       */
/* -------------------------------------------------------------------- */

/* Days in month mo of year y (y 0: any year, so 29 for February). */
static int days_in(int y, int mo) {
  static const int D[12] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (mo < 1 || mo > 12)
    return 0;
  if (mo == 2 && y > 0 && !((y % 4 == 0 && y % 100 != 0) || y % 400 == 0))
    return 28;
  return D[mo - 1];
}

void numex_iso_date(char *buf, size_t cap, int y, int mo, int d) {
  if (mo < 1 || mo > 12 || d < 0 || d > days_in(y, mo)) {
    buf[0] = 0;
    return;
  }
  if (y && d)
    numex_fmt(buf, cap, "%04d-%02d-%02d", y, mo, d);
  else if (y)
    numex_fmt(buf, cap, "%04d-%02d", y, mo);
  else if (d)
    numex_fmt(buf, cap, "--%02d-%02d", mo, d);
  else
    numex_fmt(buf, cap, "--%02d", mo);
}

/* Days d1 to d2 of one month as an ISO interval: "2023-12-19/2023-12-20";
** "" when either day does not exist. */
static void iso_range(char *buf, size_t cap, int y, int mo, int d1, int d2) {
  char a[32], b[32]; /* 26 bytes at most, for the compiler */
  numex_iso_date(a, sizeof(a), y, mo, d1);
  numex_iso_date(b, sizeof(b), y, mo, d2);
  if (a[0] && b[0])
    numex_fmt(buf, cap, "%s/%s", a, b);
  else
    buf[0] = 0;
}

/* A decade as ISO: 1990 -> "199X". */
static void iso_decade(char *buf, size_t cap, int year) {
  numex_fmt(buf, cap, "%03dX", year / 10);
}

int numex_year_at(const ctx_t *c, size_t i) {
  ntok_t nt;
  numex_parse_ntok(c, i, &nt);
  if (nt.kind != NT_INT || nt.commas || nt.ndig != 4)
    return 0;
  if (nt.v.m < YEAR_MIN || nt.v.m > YEAR_MAX)
    return 0;
  return (int)nt.v.m;
}

int numex_day_at(const ctx_t *c, size_t i) {
  ntok_t nt;
  numex_parse_ntok(c, i, &nt);
  if ((nt.kind == NT_INT && !nt.commas && nt.ndig <= 2) || nt.kind == NT_ORD)
    if (nt.v.m >= 1 && nt.v.m <= 31)
      return (int)nt.v.m;
  return 0;
}

int numex_month_at(const ctx_t *c, size_t i, int *flags) {
  const word_t *w = word_at(c, i);
  if (wcls(w) != X_MONTH || !w->upper)
    return 0;
  if (flags)
    *flags = w->lex.flags;
  return w->lex.val;
}

int numex_wday_at(const ctx_t *c, size_t i) {
  const word_t *w = word_at(c, i);
  return wcls(w) == X_WDAY && w->upper ? w->lex.val : 0;
}

int numex_trailing_year(const ctx_t *c, size_t *e) {
  size_t j = *e;
  int y;
  if (is_tok(c, j, ","))
    j++;
  else if (word_is(c, j, "of"))
    j++;
  y = numex_year_at(c, j);
  if (!y)
    return 0;
  /* "in May 2023 people..." still a year; "2023 migrants" is not. */
  *e = j + 1;
  return y;
}

/* Whether the word before token i makes a date of what follows: a date
** preposition ("in", "since"), a modifier ("last") or "early"/"late". */
static int after_date_word(const word_t *prev) {
  return prev->len && (word_in(prev, NLP_LIST_NUMEX_DATE_PREPOSITIONS) ||
                       wcls(prev) == X_DMOD || wcls(prev) == X_EARLY);
}

/* -------------------------------------------------------------------- */
/* Dates led by a month                                                  */
/* -------------------------------------------------------------------- */

/* Month and a day range in one token: "December 19-20, 2023". */
static size_t month_range_token(const ctx_t *c, size_t i, int mo, match_t *m) {
  ntok_t r;
  size_t e = i + 2;
  char buf[40];
  numex_parse_ntok(c, i + 1, &r);
  if (!(r.kind == NT_RANGE && r.ndig <= 2 && r.d <= 2 && r.a >= 1 &&
        r.a < r.b && r.b <= 31))
    return 0;
  iso_range(buf, sizeof(buf), numex_trailing_year(c, &e), mo, r.a, r.b);
  return set(m, i, e, NLP_NUMEX_DATE, buf);
}

/* Month and a day range in three tokens: "December 19 - 20". */
static size_t month_range(const ctx_t *c, size_t i, int mo, match_t *m) {
  int d = numex_day_at(c, i + 1), d2;
  size_t e = i + 4;
  char buf[40];
  if (!d || !is_dash(c, i + 2) || numex_day_at(c, i + 3) <= d)
    return 0;
  d2 = numex_day_at(c, i + 3);
  iso_range(buf, sizeof(buf), numex_trailing_year(c, &e), mo, d, d2);
  return set(m, i, e, NLP_NUMEX_DATE, buf);
}

/* Month and day, with a year: "December 19", "Dec. 19th, 2023". */
static size_t month_day(const ctx_t *c, size_t i, int mo, match_t *m) {
  int d = numex_day_at(c, i + 1), y;
  size_t e = i + 2;
  char buf[40];
  if (!d)
    return 0;
  y = numex_trailing_year(c, &e);
  numex_iso_date(buf, sizeof(buf), y, mo, d);
  return set(m, i, e, NLP_NUMEX_DATE, buf);
}

/* Month and year: "December 2023", "May of 2023". */
static size_t month_year(const ctx_t *c, size_t i, int mo, match_t *m) {
  size_t e = i + 1;
  int y = numex_trailing_year(c, &e);
  char buf[40];
  if (!y)
    return 0;
  numex_iso_date(buf, sizeof(buf), y, mo, 0);
  return set(m, i, e, NLP_NUMEX_DATE, buf);
}

/* The end of a relative year after a month at e: "June last year",
** "January this year" end after "year"; else e. */
static size_t relative_year_after(const ctx_t *c, size_t e) {
  if (cls_at(c, e) == X_DMOD && word_is(c, e + 1, "year") &&
      (word_is(c, e, "last") || word_is(c, e, "this") || word_is(c, e, "next")))
    return e + 2;
  return e;
}

/* A month alone: "in December", "last March"; not "Jan" or "May" without
** such a word before it, nor a name ("June Carter"). */
static size_t month_alone(const ctx_t *c, size_t i, int mo, int fl,
                          match_t *m) {
  word_t prev, next;
  int prep = 0;
  char buf[40];
  if (i > 0) {
    get_word(c, i - 1, &prev);
    prep = after_date_word(&prev);
  }
  get_word(c, i + 1, &next);
  /* "Jan" alone is a name; "Jan." alone is rare: keep it with a
  ** preposition only. So for "May" and "March". */
  if ((fl & (F_ABBR | F_AMBIG)) && !prep)
    return 0;
  if (!prep && next.len && next.upper && !numex_wday_at(c, i + 1) &&
      !numex_month_at(c, i + 1, NULL))
    return 0; /* June Carter */
  if (next.len && next.upper && wcls(&next) == X_NONE && !prep)
    return 0;
  numex_iso_date(buf, sizeof(buf), 0, mo, 0);
  return set(m, i, relative_year_after(c, i + 1), NLP_NUMEX_DATE, buf);
}

/* Two months joined by a slash, the year after the second for both: wire
** copy's "Jan/Feb 1987" -> "1987-01/1987-02". */
static size_t month_pair(const ctx_t *c, size_t i, int mo, match_t *m) {
  int mo2, y;
  size_t e = i + 3;
  char a[16], b[16], buf[40];
  if (!(is_tok(c, i + 1, "/") && glued(c, i) && glued(c, i + 1)))
    return 0;
  mo2 = numex_month_at(c, i + 2, NULL);
  if (!mo2 || mo2 == mo)
    return 0;
  y = numex_trailing_year(c, &e);
  numex_iso_date(a, sizeof(a), y, mo, 0);
  numex_iso_date(b, sizeof(b), y, mo2, 0);
  numex_fmt(buf, sizeof(buf), "%s/%s", a, b);
  return set(m, i, e, NLP_NUMEX_DATE, buf);
}

size_t numex_month_date(const ctx_t *c, size_t i, match_t *m) {
  int fl = 0, mo = numex_month_at(c, i, &fl);
  size_t e;
  if (!mo)
    return 0;
  if ((e = month_pair(c, i, mo, m)))
    return e;
  if ((e = month_range_token(c, i, mo, m)) || (e = month_range(c, i, mo, m)) ||
      (e = month_day(c, i, mo, m)) || (e = month_year(c, i, mo, m)))
    return e;
  return month_alone(c, i, mo, fl, m);
}

/* -------------------------------------------------------------------- */
/* Dates led by a weekday                                                */
/* -------------------------------------------------------------------- */

/* A weekday: "Monday", "on Friday, December 19" (the date's value),
** "Monday morning" (TIME); not "Sunday Times" without a date word before. */
size_t numex_weekday(const ctx_t *c, size_t i, match_t *m) {
  size_t j = i + 1;
  word_t next;
  if (!numex_wday_at(c, i))
    return 0;
  if (is_tok(c, j, ",") && numex_month_at(c, j + 1, NULL))
    j++;
  if (numex_month_at(c, j, NULL)) {
    match_t mm;
    size_t e = numex_month_date(c, j, &mm);
    if (e && (numex_day_at(c, j + 1) || numex_year_at(c, j + 1)))
      return set(m, i, e, NLP_NUMEX_DATE, mm.value);
  }
  if (is_tok(c, j, ",") && numex_day_at(c, j + 1))
    j++;
  if (numex_day_at(c, j) && numex_month_at(c, j + 1, NULL)) {
    /* Friday 11 March (2005): the weekday and the date are one DATE */
    match_t mm;
    size_t e = numex_number_date(c, j, &mm);
    if (e && mm.label == NLP_NUMEX_DATE && mm.s == j)
      return set(m, i, e, NLP_NUMEX_DATE, mm.value);
  }
  get_word(c, i + 1, &next);
  if (wcls(&next) == X_TOD)
    return set(m, i, i + 2, NLP_NUMEX_TIME, "");
  /* Sunday Times, Monday Night Football: a capitalised word after it. */
  if (next.len && next.upper && !word_is(c, i + 1, "i")) {
    word_t prev;
    int ok = 0;
    if (i > 0) {
      get_word(c, i - 1, &prev);
      /* "on Monday Smith said", "On Monday Smith said" (the sentence's
      ** first word) */
      ok = (!prev.upper || i == 1) && after_date_word(&prev) &&
           !wis(&prev, "the");
    }
    if (!ok)
      return 0;
  }
  return set(m, i, i + 1, NLP_NUMEX_DATE, "");
}

/* -------------------------------------------------------------------- */
/* Dates led by a number                                                 */
/* -------------------------------------------------------------------- */

/* Swaps month and day when the month is over 12: 19/12 is day-first. */
static void day_first(int *mo, int *d) {
  if (*mo > 12) {
    int t = *mo;
    *mo = *d;
    *d = t;
  }
}

/* A whole date in one token: "2023-12-19", "12/19/2023"; an impossible one
** ("02/30/2023") is skipped without an entity. */
static size_t date_one_token(size_t i, const ntok_t *nt, match_t *m) {
  int y = nt->d, mo = nt->a, d = nt->b;
  char buf[40];
  if (nt->kind == NT_SLASH3)
    day_first(&mo, &d);
  numex_iso_date(buf, sizeof(buf), y, mo, d);
  if (!buf[0])
    return set(m, i, i + 1, NX_SKIP, "");
  return set(m, i, i + 1, NLP_NUMEX_DATE, buf);
}

/* A range in one token: "19-20 December", "2019-2020", "2019-20";
** otherwise 0, for numex_amount to read ("10-15 people", "4-1"). */
static size_t date_range(const ctx_t *c, size_t i, const ntok_t *nt,
                         match_t *m) {
  char buf[40];
  if (nt->ndig <= 2 && nt->d <= 2 && nt->a >= 1 && nt->a < nt->b &&
      nt->b <= 31 && numex_month_at(c, i + 1, NULL)) {
    int mo = numex_month_at(c, i + 1, NULL), y = numex_year_at(c, i + 2);
    iso_range(buf, sizeof(buf), y, mo, nt->a, nt->b);
    return set(m, i, y ? i + 3 : i + 2, NLP_NUMEX_DATE, buf);
  }
  if (nt->ndig == 4 && nt->a >= YEAR_MIN && nt->a <= YEAR_MAX &&
      (nt->d == 4 || nt->d == 2)) {
    int y2 = nt->d == 2 ? nt->a / 100 * 100 + nt->b : nt->b;
    if (y2 > nt->a && y2 < YEAR_RANGE_END) {
      numex_fmt(buf, sizeof(buf), "%04d/%04d", nt->a, y2);
      return set(m, i, i + 1, NLP_NUMEX_DATE, buf);
    }
  }
  return 0;
}

/* A day-first date with points: "19.12.2023". */
static size_t date_dotted(size_t i, const ntok_t *nt, match_t *m) {
  char buf[40];
  numex_iso_date(buf, sizeof(buf), nt->d, nt->b, nt->a);
  if (!buf[0])
    return 0;
  return set(m, i, i + 1, NLP_NUMEX_DATE, buf);
}

/* A decade: "1990s" -> 199X, "90s" -> 199X, "20s" -> 202X. */
static size_t date_decade(size_t i, const ntok_t *nt, match_t *m) {
  int v = (int)nt->v.m;
  char buf[40];
  if (nt->ndig == 4)
    iso_decade(buf, sizeof(buf), v);
  else
    numex_fmt(buf, sizeof(buf), "%s%dX", v >= 30 ? "19" : "20", v / 10);
  return set(m, i, i + 1, NLP_NUMEX_DATE, buf);
}

/* A decade with an apostrophe after "the": "the 1990's". */
static size_t date_decade_apos(const ctx_t *c, size_t i, const ntok_t *nt,
                               match_t *m) {
  char buf[40];
  if (!(nt->kind == NT_INT && !nt->commas && nt->ndig == 4 &&
        nt->v.m % 10 == 0 && nt->v.m >= YEAR_MIN && nt->v.m <= YEAR_MAX &&
        glued(c, i) && is_apos_s(c, i + 1) && i > 0 &&
        word_is(c, i - 1, "the")))
    return 0;
  iso_decade(buf, sizeof(buf), (int)nt->v.m);
  return set(m, i, i + 2, NLP_NUMEX_DATE, buf);
}

/* An ISO date in five glued tokens: "2023 - 12 - 19". */
static size_t date_iso_tokens(const ctx_t *c, size_t i, const ntok_t *nt,
                              match_t *m) {
  ntok_t a, b;
  char buf[40];
  if (!(nt->kind == NT_INT && !nt->commas && nt->ndig == 4 && glued(c, i) &&
        is_tok(c, i + 1, "-") && glued(c, i + 1) && glued(c, i + 2) &&
        is_tok(c, i + 3, "-") && glued(c, i + 3)))
    return 0;
  numex_parse_ntok(c, i + 2, &a);
  numex_parse_ntok(c, i + 4, &b);
  if (a.kind != NT_INT || b.kind != NT_INT || a.ndig != 2 || b.ndig != 2)
    return 0;
  numex_iso_date(buf, sizeof(buf), (int)nt->v.m, (int)a.v.m, (int)b.v.m);
  if (!buf[0])
    return 0;
  return set(m, i, i + 5, NLP_NUMEX_DATE, buf);
}

/* A date in five glued tokens: "12 / 19 / 2023" (US order), "19/12/2023"
** when the first part is over 12 (impossible ones skipped); "9/11",
** "24/7": a fraction or a date, one CARDINAL without a value. */
static size_t date_slash_tokens(const ctx_t *c, size_t i, const ntok_t *nt,
                                match_t *m) {
  ntok_t a, b;
  char buf[40];
  if (!(nt->kind == NT_INT && !nt->commas && nt->ndig <= 2 && glued(c, i) &&
        is_tok(c, i + 1, "/") && glued(c, i + 1)))
    return 0;
  numex_parse_ntok(c, i + 2, &a);
  if (a.kind == NT_INT && a.ndig <= 2 && glued(c, i + 2) &&
      is_tok(c, i + 3, "/") && glued(c, i + 3)) {
    numex_parse_ntok(c, i + 4, &b);
    if (b.kind == NT_INT && !b.commas && (b.ndig == 4 || b.ndig == 2)) {
      int y = (int)b.v.m, mo = (int)nt->v.m, d = (int)a.v.m;
      if (b.ndig == 2)
        y = full_year(y);
      day_first(&mo, &d);
      numex_iso_date(buf, sizeof(buf), y, mo, d);
      return set(m, i, i + 5, buf[0] ? NLP_NUMEX_DATE : NX_SKIP, buf);
    }
  }
  if (a.kind == NT_INT && !glued(c, i + 2))
    return set(m, i, i + 3, NLP_NUMEX_CARDINAL, "");
  return 0;
}

/* Day and month: "19 December 2023", "19th of December", "19-20 December". */
static size_t date_day_month(const ctx_t *c, size_t i, const ntok_t *nt,
                             match_t *m) {
  int d = numex_day_at(c, i), d2 = 0, mo, y;
  size_t j = i + 1, e;
  char buf[40];
  if (!d)
    return 0;
  if (is_dash(c, j) && numex_day_at(c, j + 1) > d) {
    d2 = numex_day_at(c, j + 1);
    j += 2;
  }
  if (word_is(c, j, "of") && nt->kind == NT_ORD)
    j++;
  mo = numex_month_at(c, j, NULL);
  if (!mo)
    return 0;
  e = j + 1;
  y = numex_year_at(c, e);
  if (y)
    e++;
  if (d2)
    iso_range(buf, sizeof(buf), y, mo, d, d2);
  else
    numex_iso_date(buf, sizeof(buf), y, mo, d);
  return set(m, i, e, NLP_NUMEX_DATE, buf);
}

size_t numex_number_date(const ctx_t *c, size_t i, match_t *m) {
  ntok_t nt;
  size_t e;
  numex_parse_ntok(c, i, &nt);
  switch (nt.kind) {
  case NT_SLASH3:
  case NT_ISO:
    return date_one_token(i, &nt, m);
  case NT_FRAC:
    return set(m, i, i + 1, NLP_NUMEX_CARDINAL, ""); /* 1/2 */
  case NT_RANGE:
    return date_range(c, i, &nt, m);
  case NT_DOTDATE:
    return date_dotted(i, &nt, m);
  case NT_DECADE:
    return date_decade(i, &nt, m);
  default:
    break;
  }
  if ((e = date_decade_apos(c, i, &nt, m)) ||
      (e = date_iso_tokens(c, i, &nt, m)) ||
      (e = date_slash_tokens(c, i, &nt, m)))
    return e;
  return date_day_month(c, i, &nt, m);
}
