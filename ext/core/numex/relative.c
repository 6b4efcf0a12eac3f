/*
** relative.c: relative dates and periods, DATE or TIME without a value
** (no anchor date is known): "today", "last week", "earlier this month",
** "the past two years", "the end of 2023"; a year or month in them is
** valued ("early 2024" -> "2024", "mid-December" -> "--12").
*/
#include <stdio.h>

#include "numex/numex_int.h"

/* A date unit phrase after a modifier: week, year, Monday, summer,
** January, morning (TIME). Returns its end, or 0; *time set for parts of
** the day and time units. */
static size_t unit_after_mod(const ctx_t *c, size_t j, int *time) {
  word_t w;
  get_word(c, j, &w);
  *time = 0;
  switch (wcls(&w)) {
  case X_DUNIT:
    if (w.lex.flags & F_OLD)
      return 0;
    return j + 1;
  case X_WDAY:
    if (!w.upper)
      return 0;
    if (cls_at(c, j + 1) == X_TOD) {
      *time = 1;
      return j + 2;
    }
    return j + 1;
  case X_MONTH:
    return w.upper ? j + 1 : 0;
  case X_SEASON:
    return j + 1;
  case X_TOD:
  case X_TUNIT:
    *time = 1;
    return j + 1;
  default:
    return 0;
  }
}

/* Whether token i is a date or time unit: "weeks", "hours". */
static int is_period_unit(const ctx_t *c, size_t i) {
  return cls_at(c, i) == X_DUNIT || cls_at(c, i) == X_TUNIT;
}

/* -------------------------------------------------------------------- */
/* Relative dates led by a word                                          */
/* -------------------------------------------------------------------- */

/* A day named relative to today: "today", "yesterday morning" (TIME),
** "tonight" (TIME); not Radio 4's "Today" inside a sentence. */
static size_t rel_day(const ctx_t *c, size_t i, const word_t *w, match_t *m) {
  if (w->upper && !w->allcaps && i > 0 && tkind(c, i - 1) == NLP_TOKEN_WORD)
    return 0;
  if (w->lex.val == REL_NIGHT)
    return set(m, i, i + 1, NLP_NUMEX_TIME, "");
  if (cls_at(c, i + 1) == X_TOD)
    return set(m, i, i + 2, NLP_NUMEX_TIME, "");
  return set(m, i, i + 1, NLP_NUMEX_DATE, "");
}

/* A modifier and a unit: "this week", "last two years", "past 24 hours",
** "next Monday", "recent weeks"; not "last" as a verb ("to last six
** weeks"). */
/* The end of "'s third quarter", "'s first half" after a year ending at
** e, or 0. */
static size_t year_part(const ctx_t *c, size_t e) {
  int o;
  if (!is_apos_s(c, e) || cls_at(c, e + 1) != X_ORD || e + 2 >= c->n)
    return 0;
  o = word_at(c, e + 1)->lex.val;
  if ((word_is(c, e + 2, "quarter") && o >= 1 && o <= 4) ||
      (word_is(c, e + 2, "half") && o >= 1 && o <= 2))
    return e + 3;
  return 0;
}

/* "this year's third quarter" (~Y0:-Q3), "next year's first half"
** (~Y+1:-H1): [i, e). */
static size_t year_part_set(const ctx_t *c, size_t i, const word_t *w, size_t e,
                            match_t *m) {
  char buf[16];
  int off = wis(w, "last") || wis(w, "past") || wis(w, "previous") ? -1
            : wis(w, "next") || wis(w, "coming")                   ? 1
                                                                   : 0;
  numex_fmt(buf, sizeof buf, "~Y%d:-%c%d", off,
            word_is(c, e - 1, "half") ? 'H' : 'Q', word_at(c, e - 2)->lex.val);
  return set(m, i, e, NLP_NUMEX_DATE, buf);
}

static size_t rel_modified(const ctx_t *c, size_t i, const word_t *w,
                           match_t *m) {
  int time = 0;
  size_t j = i + 1, e;
  nphr_t p;
  if (word_in(w, NLP_LIST_NUMEX_MODIFIERS_AFTER_THE))
    return 0; /* the same day: numex_the_date */
  if (wis(w, "last") && i > 0) {
    word_t prev;
    get_word(c, i - 1, &prev);
    if (word_in(&prev, NLP_LIST_NUMEX_MODALS))
      return 0;
  }
  if (!wis(w, "this") && numex_parse_phrase(c, j, PHRASE_PLAIN, &p) &&
      !p.vague && is_period_unit(c, p.e))
    return set(m, i, p.e + 1, date_or_time(cls_at(c, p.e) == X_TUNIT), "");
  e = unit_after_mod(c, j, &time);
  if (!e)
    return 0;
  if (wis(w, "recent")) {
    /* recent weeks, recent years: plural units only */
    word_t u;
    get_word(c, j, &u);
    if (wcls(&u) != X_DUNIT || u.low[u.len - 1] != 's')
      return 0;
  }
  if (cls_at(c, j) == X_TUNIT)
    return 0; /* "this hour"? rare */
  if (e == j + 1 && word_is(c, j, "year") && (p.e = year_part(c, e)))
    return year_part_set(c, i, w, p.e, m);
  return set(m, i, e, date_or_time(time), "");
}

/* "early"/"late" and a relative date: "earlier this month", "later this
** year", "early next week". */
static size_t early_this(const ctx_t *c, size_t i, match_t *m) {
  int time = 0;
  size_t e = unit_after_mod(c, i + 2, &time);
  if (e && cls_at(c, i + 2) != X_TUNIT)
    return set(m, i, e, date_or_time(time), "");
  return 0;
}

/* "early", "late" or "mid" and a season or a part of the day with no year:
** "late summer" (DATE), "early morning" (TIME); not a fall in prices ("an
** early fall in sales"). */
static size_t early_season(const ctx_t *c, size_t i, match_t *m) {
  if (cls_at(c, i + 1) == X_SEASON &&
      !(word_is(c, i + 1, "fall") && word_is(c, i + 2, "in")))
    return set(m, i, i + 2, NLP_NUMEX_DATE, "");
  if (cls_at(c, i + 1) == X_TOD)
    return set(m, i, i + 2, NLP_NUMEX_TIME, "");
  return 0;
}

/* "early"/"late"/"mid" and a date: "early 2024" -> 2024, "mid 1990s" ->
** 199X, "late December" -> --12, "early Monday morning" (TIME). */
static size_t early_date(const ctx_t *c, size_t i, match_t *m) {
  int y = numex_year_at(c, i + 1);
  ntok_t nt;
  char buf[16];
  if (y) {
    numex_fmt(buf, sizeof(buf), "%04d", y);
    return set(m, i, i + 2, NLP_NUMEX_DATE, buf);
  }
  numex_parse_ntok(c, i + 1, &nt);
  if (nt.kind == NT_DECADE && nt.ndig == 4) {
    numex_fmt(buf, sizeof(buf), "%03dX", (int)(nt.v.m / 10));
    return set(m, i, i + 2, NLP_NUMEX_DATE, buf);
  }
  if (numex_month_at(c, i + 1, NULL)) {
    match_t mm;
    size_t e2 = numex_month_date(c, i + 1, &mm);
    if (e2)
      return set(m, i, e2, NLP_NUMEX_DATE, mm.value);
    numex_iso_date(buf, sizeof(buf), 0, numex_month_at(c, i + 1, NULL), 0);
    return set(m, i, i + 2, NLP_NUMEX_DATE, buf);
  }
  if (numex_wday_at(c, i + 1)) {
    if (cls_at(c, i + 2) == X_TOD)
      return set(m, i, i + 3, NLP_NUMEX_TIME, "");
    return set(m, i, i + 2, NLP_NUMEX_DATE, "");
  }
  return early_season(c, i, m);
}

/* "early", "earlier", "late", "later", "mid" before a date: "earlier this
** month", "late on Friday", "early on Monday morning" (TIME), "early
** 2024". */
static size_t rel_early(const ctx_t *c, size_t i, const word_t *w, match_t *m) {
  word_t x;
  get_word(c, i + 1, &x);
  if (wcls(&x) == X_DMOD &&
      (wis(&x, "this") || wis(&x, "last") || wis(&x, "next")))
    return early_this(c, i, m);
  if (wis(w, "earlier") || wis(w, "later"))
    return 0;
  if ((wis(w, "early") || wis(w, "late")) && word_is(c, i + 1, "on") &&
      numex_wday_at(c, i + 2)) {
    if (cls_at(c, i + 3) == X_TOD)
      return set(m, i, i + 4, NLP_NUMEX_TIME, "");
    return set(m, i, i + 3, NLP_NUMEX_DATE, "");
  }
  return early_date(c, i, m);
}

/* A season with a year: "summer 2023", "winter of 2023" -> 2023. */
static size_t rel_season(const ctx_t *c, size_t i, match_t *m) {
  size_t e = i + 1;
  int y = numex_trailing_year(c, &e);
  char buf[16];
  if (!y)
    return 0;
  numex_fmt(buf, sizeof(buf), "%04d", y);
  return set(m, i, e, NLP_NUMEX_DATE, buf);
}

/* The year or decade glued after "mid-": "2024" -> 2024, "1990s" -> 199X;
** buf "" when r[0..rn) is neither. */
static void mid_year(const char *r, size_t rn, char *buf, size_t cap) {
  int y = 0;
  buf[0] = 0;
  if (!((rn == 4 || (rn == 5 && r[4] == 's')) && r[0] >= '1' && r[0] <= '2'))
    return;
  for (size_t k = 0; k < 4; k++) {
    if (r[k] < '0' || r[k] > '9')
      return;
    y = y * 10 + (r[k] - '0');
  }
  if (rn == 5)
    numex_fmt(buf, cap, "%03dX", y / 10);
  else
    numex_fmt(buf, cap, "%04d", y);
}

/* One word led by "mid-": "mid-December" (--12, with a year after it:
** "mid-December 2023"), "mid-2024", "mid-1990s", "mid-morning" (TIME),
** "mid-week". */
static size_t rel_mid(const ctx_t *c, size_t i, const word_t *w, match_t *m) {
  const char *r = w->low + 4;
  size_t rn = w->len - 4;
  lex_t l;
  char buf[16];
  if (w->len <= 4 || memcmp(w->low, "mid-", 4) != 0)
    return 0;
  l = numex_lex_find(r, rn);
  if (l.cls == X_MONTH && !(l.flags & F_ABBR)) {
    size_t e = i + 1;
    int y = numex_trailing_year(c, &e);
    numex_iso_date(buf, sizeof(buf), y, l.val, 0);
    return set(m, i, e, NLP_NUMEX_DATE, buf);
  }
  if ((rn == 4 || (rn == 5 && r[4] == 's')) && r[0] >= '1' && r[0] <= '2') {
    mid_year(r, rn, buf, sizeof(buf));
    return buf[0] ? set(m, i, i + 1, NLP_NUMEX_DATE, buf) : 0;
  }
  if (l.cls == X_TOD || l.cls == X_DUNIT)
    return set(m, i, i + 1, date_or_time(l.cls == X_TOD), "");
  return 0;
}

/* A word that is a DATE by itself: "now" (PRESENT_REF), "recently",
** "daily" (P1D); in lower case, or capitalised first in the sentence. */
static size_t rel_ref_word(size_t i, const word_t *w, match_t *m) {
  if (w->upper && (i > 0 || w->allcaps))
    return 0;
  return set(m, i, i + 1, NLP_NUMEX_DATE, w->lex.canon);
}

/* A holiday named by one capitalised word (holidays.txt), with "Day",
** "Eve" or a weekday after it: "Christmas" (--12-25), "Christmas Eve"
** (--12-24), "Easter Sunday" (""); not lower case nor before another name
** ("Christmas Island"). */
size_t numex_holiday(const ctx_t *c, size_t i, match_t *m) {
  const word_t *w = word_at(c, i);
  const char *v;
  char buf[8];
  if (wcls(w) != X_HOLIDAY || !w->upper || w->allcaps)
    return 0;
  v = w->lex.canon;
  if (i + 1 < c->n && (word_is(c, i + 1, "day") || numex_wday_at(c, i + 1)) &&
      word_at(c, i + 1)->upper)
    return set(m, i, i + 2, NLP_NUMEX_DATE, numex_wday_at(c, i + 1) ? "" : v);
  if (i + 1 < c->n && word_is(c, i + 1, "eve") && word_at(c, i + 1)->upper) {
    if (strlen(v) == 7 && v[6] > '0') { /* the day before: --12-24 */
      memcpy(buf, v, 8);
      buf[6]--;
      v = buf;
    } else
      v = "";
    return set(m, i, i + 2, NLP_NUMEX_DATE, v);
  }
  if (i + 1 < c->n && tkind(c, i + 1) == NLP_TOKEN_WORD &&
      word_at(c, i + 1)->upper)
    return 0;
  return set(m, i, i + 1, NLP_NUMEX_DATE, v);
}

size_t numex_relative(const ctx_t *c, size_t i, match_t *m) {
  word_t w;
  get_word(c, i, &w);
  if (!w.len)
    return 0;
  switch (wcls(&w)) {
  case X_REL:
    return rel_day(c, i, &w, m);
  case X_DMOD:
    return rel_modified(c, i, &w, m);
  case X_EARLY:
    return rel_early(c, i, &w, m);
  case X_SEASON:
    return rel_season(c, i, m);
  case X_REFW:
    return rel_ref_word(i, &w, m);
  default:
    return rel_mid(c, i, &w, m);
  }
}

/* The set value of "every" and a unit, singular or plural ("every day"
** P1D, "each quarter" P1Q, "every hour" PT1H): one of the unit's TimeML
** code (timeml_codes.txt); NULL for the others (weekend, decade, second).
** The value is written into buf (8 bytes). */
static const char *every_value(const word_t *u, char *buf) {
  const nlp_list_item *it =
      nlp_list_get(NLP_LIST_NUMEX_TIMEML_CODES, u->low, u->len);
  const char *code = it ? it->data : NULL;
  if (code && code[0] && !code[1] && strchr("DWMQY", code[0]))
    numex_fmt(buf, 8, "P1%c", code[0]);
  else if (code && (!strcmp(code, "TH") || !strcmp(code, "TM")))
    numex_fmt(buf, 8, "PT1%c", code[1]);
  else
    return NULL;
  return buf;
}

/* "every"/"each" and what repeats, as one DATE (a set): "every day" (P1D),
** "each year" (P1Y), "every Thursday", "each July" (numex_timeml's sets). */
static size_t every_period(const ctx_t *c, size_t i, match_t *m) {
  size_t j = i + 1;
  word_t u;
  match_t mm;
  const char *v;
  char buf[8];
  get_word(c, j, &u);
  if (!u.len)
    return 0;
  if ((wcls(&u) == X_DUNIT || wcls(&u) == X_TUNIT) &&
      (v = every_value(&u, buf)))
    return set(m, i, j + 1, date_or_time(wcls(&u) == X_TUNIT), v);
  if (((wcls(&u) == X_WDAY && numex_weekday(c, j, &mm)) ||
       (wcls(&u) == X_MONTH && numex_month_date(c, j, &mm))) &&
      mm.s == j && mm.label == NLP_NUMEX_DATE)
    return set(m, i, mm.e, NLP_NUMEX_DATE, mm.value);
  return 0;
}

/* A vague number of periods: "several months" (PXM), "a few days" (PXD),
** "many years", "few weeks"; "several years ago" (PAST_REF), "a few months
** later"; or what "every"/"each" repeats (every_period). */
size_t numex_vague_period(const ctx_t *c, size_t i, match_t *m) {
  size_t j = i + 1, e;
  word_t u;
  char buf[8] = "";
  if (word_is(c, i, "every") || word_is(c, i, "each"))
    return every_period(c, i, m);
  if (word_is(c, i, "a") && word_is(c, j, "few"))
    j++;
  else if (!word_is(c, i, "several") && !word_is(c, i, "many") &&
           !word_is(c, i, "few"))
    return 0;
  else if (i > 0 && word_in(word_at(c, i - 1), NLP_LIST_NUMEX_DEGREE_WORDS))
    return 0; /* as many years as, so few days */
  get_word(c, j, &u);
  if ((wcls(&u) != X_DUNIT && wcls(&u) != X_TUNIT) || !u.len ||
      u.low[u.len - 1] != 's' || (u.lex.flags & F_OLD))
    return 0;
  e = j + 1;
  if (word_is(c, e, "ago")) /* several years ago */
    return set(m, i, e + 1, date_or_time(wcls(&u) == X_TUNIT), "PAST_REF");
  if (word_is(c, e, "later") || word_is(c, e, "earlier"))
    return set(m, i, e + 1, date_or_time(wcls(&u) == X_TUNIT), "");
  if (every_value(&u, buf)) /* a few days: PXD */
    *strchr(buf, '1') = 'X';
  return set(m, i, e, date_or_time(wcls(&u) == X_TUNIT), buf);
}

/* -------------------------------------------------------------------- */
/* Dates led by "the"                                                    */
/* -------------------------------------------------------------------- */

/* Extends a period ending at e over "of 2024", "of the year", "of this
** year", "of May", "to March", "through (to) March";
** returns the new end. */
static size_t of_tail(const ctx_t *c, size_t e) {
  size_t k = e + (word_is(c, e, "through") && word_is(c, e + 1, "to"));
  if ((word_is(c, k, "to") || word_is(c, k, "through")) &&
      numex_month_at(c, k + 1, NULL)) /* the year to March, through to May */
    return numex_year_at(c, k + 2) ? k + 3 : k + 2;
  if (!word_is(c, e, "of"))
    return e;
  if (numex_year_at(c, e + 1))
    return e + 2;
  if (word_is(c, e + 1, "the") && cls_at(c, e + 2) == X_DUNIT)
    return e + 3;
  if ((word_is(c, e + 1, "this") || word_is(c, e + 1, "next") ||
       word_is(c, e + 1, "last")) &&
      cls_at(c, e + 2) == X_DUNIT)
    return e + 3;
  if (numex_month_at(c, e + 1, NULL))
    return numex_year_at(c, e + 2) ? e + 3 : e + 2;
  return e;
}

/* "the" and a decade with its apostrophe a token of its own: "the '90s". */
static size_t the_apostrophe(const ctx_t *c, size_t i, match_t *m) {
  size_t j = i + 1;
  ntok_t nt;
  match_t mm;
  numex_parse_ntok(c, j + 1, &nt);
  if (nt.kind == NT_DECADE && nt.ndig == 2 && numex_number_date(c, j + 1, &mm))
    return set(m, i, mm.e, NLP_NUMEX_DATE, mm.value);
  return 0;
}

/* "the" and a decade: "the 1990s", "the 1990's". */
static size_t the_decade(const ctx_t *c, size_t i, const ntok_t *nt,
                         match_t *m) {
  size_t j = i + 1;
  match_t mm;
  if (!(nt->kind == NT_DECADE ||
        (nt->kind == NT_INT && glued(c, j) && is_apos_s(c, j + 1))))
    return 0;
  if (numex_number_date(c, j, &mm) && mm.label == NLP_NUMEX_DATE)
    return set(m, i, mm.e, NLP_NUMEX_DATE, mm.value);
  return 0;
}

/* "the", a number and a unit: "the 12 months to June", "the 24 hours
** before the vote" (TIME); not "the two weekends", "the 10-year-olds". */
static size_t the_period(const ctx_t *c, size_t i, match_t *m) {
  size_t j = i + 1;
  nphr_t p;
  word_t u;
  if (!(numex_parse_phrase(c, j, PHRASE_PLAIN, &p) && !p.vague && !p.is_a &&
        is_period_unit(c, p.e) && !word_is(c, p.e, "weekend") &&
        !word_is(c, p.e, "weekends")))
    return 0;
  get_word(c, p.e, &u);
  if (u.lex.flags & F_OLD)
    return 0;
  return set(m, i, of_tail(c, p.e + 1), date_or_time(u.lex.cls == X_TUNIT), "");
}

/* "the" and a number: "the 19th century" -> 18XX, "the 19th of December". */
static size_t the_numbered(const ctx_t *c, size_t i, const ntok_t *nt,
                           match_t *m) {
  size_t j = i + 1;
  char buf[16];
  if (word_is(c, j + 1, "century") && nt->v.m >= 1 && nt->v.m <= 22) {
    numex_fmt(buf, sizeof(buf), "%02dXX", (int)nt->v.m - 1);
    return set(m, i, j + 2, NLP_NUMEX_DATE, buf);
  }
  if (nt->kind == NT_ORD && j + 1 < c->n &&
      (cls_at(c, j + 1) == X_DUNIT || cls_at(c, j + 1) == X_TUNIT) &&
      !(word_at(c, j + 1)->lex.flags & F_OLD) &&
      !numex_rank_after(c, j + 2)) /* the 33rd minute, the 10th year */
    return set(m, i, j + 2, date_or_time(cls_at(c, j + 1) == X_TUNIT), "");
  if (nt->kind == NT_ORD && word_is(c, j + 1, "of") &&
      numex_month_at(c, j + 2, 0)) {
    match_t mm;
    if (numex_number_date(c, j, &mm))
      return set(m, i, mm.e, NLP_NUMEX_DATE, mm.value);
  }
  return 0;
}

/* "the early"/"the late" and a decade: "the early 1990s" -> 199X. */
static size_t the_early(const ctx_t *c, size_t i, match_t *m) {
  size_t j = i + 1;
  ntok_t nt;
  match_t mm;
  numex_parse_ntok(c, j + 1, &nt);
  if (nt.kind == NT_DECADE && numex_relative(c, j, &mm))
    return set(m, i, mm.e, NLP_NUMEX_DATE, mm.value);
  if (early_season(c, j, &mm)) /* the early morning, the late summer */
    return set(m, i, mm.e, mm.label, mm.value);
  return 0;
}

/* "the", a modifier and a unit: "the past two weeks", "the next year",
** "the same day", "the last quarter of 2004", "the following morning"
** (TIME). */
static size_t the_modified(const ctx_t *c, size_t i, match_t *m) {
  size_t j = i + 1;
  nphr_t p;
  word_t w;
  if (numex_parse_phrase(c, j + 1, PHRASE_PLAIN, &p) && !p.vague &&
      is_period_unit(c, p.e) && !(p.e < c->n && word_is(c, p.e, "weekend")))
    return set(m, i, of_tail(c, p.e + 1),
               date_or_time(cls_at(c, p.e) == X_TUNIT), "");
  get_word(c, j + 1, &w);
  if (wcls(&w) == X_DUNIT && !(w.lex.flags & F_OLD))
    return set(m, i, of_tail(c, j + 2), NLP_NUMEX_DATE, "");
  if ((wcls(&w) == X_TUNIT || wcls(&w) == X_TOD) && !wis(&w, "second"))
    return set(m, i, j + 2, NLP_NUMEX_TIME, "");
  return 0;
}

/* Whether a rank follows the period ending at e: "the fifth week in a
** row", "the third year running". */
int numex_rank_after(const ctx_t *c, size_t e) {
  return word_is(c, e, "running") || word_is(c, e, "straight") ||
         (word_is(c, e, "in") && word_is(c, e + 1, "a") &&
          word_is(c, e + 2, "row"));
}

/* "the" and an ordinal before a period: "the third quarter", "the first
** half of 2024", "the first three months of the year", "the first week of
** May". */
static size_t the_ranked(const ctx_t *c, size_t i, match_t *m) {
  size_t j = i + 1, e = 0;
  nphr_t p;
  if (word_is(c, j + 1, "quarter") || word_is(c, j + 1, "half"))
    return set(m, i, of_tail(c, j + 2), NLP_NUMEX_DATE, "");
  if (numex_parse_phrase(c, j + 1, PHRASE_PLAIN, &p) && !p.vague &&
      is_period_unit(c, p.e))
    e = p.e + 1;
  else if (is_period_unit(c, j + 1))
    e = j + 2;
  if (!e || numex_rank_after(c, e) || word_is(c, e - 1, "weekend"))
    return 0;
  return set(m, i, of_tail(c, e), date_or_time(cls_at(c, e - 1) == X_TUNIT),
             "");
}

/* "the" and a part of a period: "the end of the year", "the end of 2023",
** "the start of next month", "the turn of the century". */
static size_t the_part_of(const ctx_t *c, size_t i, match_t *m) {
  size_t q = i + 2, e = 0;
  match_t mm;
  if (!word_is(c, q, "of"))
    return 0;
  q++;
  if (word_is(c, q, "the")) {
    word_t u;
    get_word(c, q + 1, &u);
    if ((wcls(&u) == X_DUNIT && !(u.lex.flags & F_OLD)) || wcls(&u) == X_SEASON)
      e = q + 2;
    else if (numex_the_date(c, q, &mm))
      e = mm.e;
  } else if (numex_year_at(c, q)) {
    e = q + 1;
  } else if (numex_month_at(c, q, NULL) && numex_month_date(c, q, &mm)) {
    e = mm.e;
  } else if (numex_relative(c, q, &mm) && mm.label == NLP_NUMEX_DATE) {
    e = mm.e;
  }
  if (!e)
    return 0;
  return set(m, i, e, NLP_NUMEX_DATE, "");
}

/* Whether token k ends a noun phrase "the past" or "the future": nothing
** that could go on with it follows ("the past few weeks" goes on). */
static int phrase_ends(const ctx_t *c, size_t k) {
  return k >= c->n || tkind(c, k) != NLP_TOKEN_WORD ||
         numex_starts_nothing(c, k);
}

/* A year written in words after "the year" ("two thousand"): its value
** into buf (8 bytes), the token after it returned; 0 when none. */
static size_t the_year_words(const ctx_t *c, size_t k, char *buf) {
  nphr_t p;
  uint64_t y;
  if (k >= c->n || tkind(c, k) != NLP_TOKEN_WORD || cls_at(c, k) != X_NUM ||
      !numex_parse_phrase(c, k, PHRASE_PLAIN, &p) || !p.v.ok || p.vague ||
      p.v.e != 0)
    return 0;
  y = p.v.m;
  if (y < 1000 || y > 2099)
    return 0;
  numex_fmt(buf, 8, "%04d", (int)y);
  return p.e;
}

/* "the" and a word that says when as a whole: "the future" (FUTURE_REF),
** "the past" (PAST_REF), "the quarter", "the year", "the year-earlier
** quarter" (a year before the date last named). */
static size_t the_reference(const ctx_t *c, size_t i, const word_t *w,
                            match_t *m) {
  size_t j = i + 1, e;
  char buf[8];
  if (wis(w, "future") && phrase_ends(c, j + 1))
    return set(m, i, j + 1, NLP_NUMEX_DATE, "FUTURE_REF");
  if (wis(w, "past") && phrase_ends(c, j + 1))
    return set(m, i, j + 1, NLP_NUMEX_DATE, "PAST_REF");
  if (wcls(w) == X_REFW && w->lex.canon[0] == '~') {
    size_t e = cls_at(c, j + 1) == X_DUNIT || word_is(c, j + 1, "period")
                   ? j + 2
                   : j + 1;
    return set(m, i, e, NLP_NUMEX_DATE, w->lex.canon);
  }
  if (wis(w, "year") && (e = the_year_words(c, j + 1, buf)))
    return set(m, i, e, NLP_NUMEX_DATE, buf);
  if (wis(w, "year") && numex_year_at(c, j + 1)) { /* the year 2050 */
    numex_fmt(buf, sizeof buf, "%04d", numex_year_at(c, j + 1));
    return set(m, i, j + 2, NLP_NUMEX_DATE, buf);
  }
  if ((wis(w, "quarter") || wis(w, "year") || wis(w, "month") ||
       wis(w, "week")) &&
      !is_dash(c, j + 1) && !is_apos_s(c, j + 1))
    return set(m, i, j + 1, NLP_NUMEX_DATE, "");
  return 0;
}

/* "the weekend", or the weekend of a date with that date's value: "the
** weekend of 9 July" (--07-09). */
static size_t the_weekend(const ctx_t *c, size_t i, match_t *m) {
  size_t j = i + 1;
  match_t mm;
  if (word_is(c, j + 1, "of") && tkind(c, j + 2) == NLP_TOKEN_NUMBER &&
      numex_number_date(c, j + 2, &mm) && mm.s == j + 2 &&
      mm.label == NLP_NUMEX_DATE)
    return set(m, i, mm.e, NLP_NUMEX_DATE, mm.value);
  return set(m, i, j + 1, NLP_NUMEX_DATE, "");
}

/* Whether token k ends the phrase of a day after "the": no word, or a
** word of day_followers.txt ("the night when", not "the night the plane
** fell", "the Friday deadline"). */
static int day_ends(const ctx_t *c, size_t k) {
  return k >= c->n || (tkind(c, k) != NLP_TOKEN_WORD && !is_dash(c, k)) ||
         word_in(word_at(c, k), NLP_LIST_NUMEX_DAY_FOLLOWERS);
}

/* "the" and a day or a part of one, as OntoNotes spans them: "the Friday",
** "the Saturday night" (TIME), "the night", "the evening" (TIME), "the
** third-quarter" (a hyphenated period); not "the Sunday Times" (numex_weekday
** turns a weekday before a capitalised word away) nor "the Friday deadline"
** (day_ends). */
static size_t the_day(const ctx_t *c, size_t i, const word_t *w, match_t *m) {
  size_t j = i + 1;
  match_t mm;
  if (wcls(w) == X_WDAY && w->upper && numex_weekday(c, j, &mm) && mm.s == j &&
      (day_ends(c, mm.e) || word_is(c, mm.e, "of")))
    return set(m, i, mm.e, mm.label, mm.value);
  if (wcls(w) == X_TOD && !w->upper && day_ends(c, j + 1))
    return set(m, i, j + 1, NLP_NUMEX_TIME, "");
  if (w->hyphen && numex_ordinal(c, j, &mm) && mm.s == j &&
      mm.label == NLP_NUMEX_DATE)
    return set(m, i, mm.e, mm.label, mm.value);
  return 0;
}

/* "the" and a word of the calendar: "the weekend", "the year to March",
** "the summer of 2023" -> 2023; the words that lead rules of their own
** ("the early", "the past", "the third", "the end") go to them. */
static size_t the_word(const ctx_t *c, size_t i, match_t *m) {
  size_t j = i + 1, e;
  word_t w;
  char buf[16];
  get_word(c, j, &w);
  if (!w.len)
    return 0;
  if (wcls(&w) == X_EARLY && !wis(&w, "earlier") && !wis(&w, "later"))
    return the_early(c, i, m);
  if (wcls(&w) == X_DMOD && !wis(&w, "this") && !wis(&w, "recent") &&
      (e = the_modified(c, i, m)))
    return e;
  if (wis(&w, "weekend"))
    return the_weekend(c, i, m);
  if ((e = the_day(c, i, &w, m)))
    return e;
  if (wcls(&w) == X_DUNIT && word_is(c, j + 1, "to") &&
      numex_month_at(c, j + 2, NULL))
    return set(m, i, of_tail(c, j + 1), NLP_NUMEX_DATE, "");
  if (wcls(&w) == X_SEASON && word_is(c, j + 1, "of") &&
      numex_year_at(c, j + 2)) {
    numex_fmt(buf, sizeof(buf), "%04d", numex_year_at(c, j + 2));
    return set(m, i, j + 3, NLP_NUMEX_DATE, buf);
  }
  if ((wcls(&w) == X_SEASON || wis(&w, "years") || wis(&w, "decades")) &&
      !word_is(c, j + 1, "of") && !word_is(c, j + 1, "to"))
    return set(m, i, j + 1, NLP_NUMEX_DATE, ""); /* the autumn, the years */
  if (wcls(&w) == X_ORD || wis(&w, "last"))
    return the_ranked(c, i, m);
  if (word_in(&w, NLP_LIST_NUMEX_PERIOD_PARTS))
    return the_part_of(c, i, m);
  return the_reference(c, i, &w, m);
}

/* "the", a year and a part of it: "the 1988 third quarter" (1988-Q3),
** "the 1988 first half" (1988-H1), "the 1988 quarter" and "the 1988
** period" (~Ay1988: that year's quarter of the one the text last named). */
static size_t the_year_part(const ctx_t *c, size_t i, match_t *m) {
  size_t j = i + 1;
  int y = numex_year_at(c, j);
  char buf[16];
  if (!y || j + 1 >= c->n)
    return 0;
  if (word_is(c, j + 1, "quarter") || word_is(c, j + 1, "period")) {
    numex_fmt(buf, sizeof buf, "~Ay%04d", y);
    return set(m, i, j + 2, NLP_NUMEX_DATE, buf);
  }
  if (cls_at(c, j + 1) == X_ORD && j + 2 < c->n) {
    int o = word_at(c, j + 1)->lex.val;
    if (word_is(c, j + 2, "quarter") && o >= 1 && o <= 4)
      numex_fmt(buf, sizeof buf, "%04d-Q%d", y, o);
    else if (word_is(c, j + 2, "half") && o >= 1 && o <= 2)
      numex_fmt(buf, sizeof buf, "%04d-H%d", y, o);
    else
      return 0;
    return set(m, i, j + 3, NLP_NUMEX_DATE, buf);
  }
  return 0;
}

size_t numex_the_date(const ctx_t *c, size_t i, match_t *m) {
  size_t j = i + 1, e;
  ntok_t nt;
  if (!word_is(c, i, "the") || j >= c->n)
    return 0;
  if ((is_tok(c, j, "'") || is_tok(c, j, "\xE2\x80\x99")) && glued(c, j))
    return the_apostrophe(c, i, m);
  /* a word that starts nothing is no number and not in the lexicon: every
  ** date below needs one after "the" ("the government": most stop here) */
  if (tkind(c, j) == NLP_TOKEN_WORD && numex_starts_nothing(c, j))
    return 0;
  numex_parse_ntok(c, j, &nt);
  if (nt.kind == NT_INT && (e = the_year_part(c, i, m)))
    return e;
  if ((e = the_decade(c, i, &nt, m)) || (e = the_period(c, i, m)))
    return e;
  if (nt.kind == NT_ORD || nt.kind == NT_INT)
    return the_numbered(c, i, &nt, m);
  return the_word(c, i, m);
}
