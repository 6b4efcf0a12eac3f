/*
** times.c: clock times, valued "HH:MM" on a 24-hour clock ("3 p.m." ->
** "15:00").
*/
#include <stdio.h>

#include "numex/numex_int.h"

/* The hour named at token i, 1..12 as digits or a word ("six"), or 0. */
static int hour_at(const ctx_t *c, size_t i) {
  word_t x;
  ntok_t hn;
  get_word(c, i, &x);
  numex_parse_ntok(c, i, &hn);
  if (hn.kind == NT_INT && hn.ndig <= 2)
    return (int)hn.v.m;
  if (numex_word_num(&x) >= 1)
    return (int)numex_word_num(&x);
  return 0;
}

/* A quarter or half hour around an hour: "quarter past six" -> 06:15,
** "half past 10" -> 10:30, "a quarter to nine pm" -> 20:45. */
static size_t time_fraction(const ctx_t *c, size_t i, const word_t *w,
                            match_t *m) {
  size_t q = i, e;
  int past, to, hh, mm;
  word_t x;
  char buf[16];
  if (wis(w, "a") && word_is(c, i + 1, "quarter"))
    q = i + 1;
  if (!(q == i + 1 || wis(w, "quarter") || wis(w, "half")))
    return 0;
  past = word_is(c, q + 1, "past");
  to = word_is(c, q + 1, "to");
  if (!past && !to)
    return 0;
  mm = word_is(c, q, "half") ? 30 : 15;
  hh = hour_at(c, q + 2);
  if (hh < 1 || hh > 12 || (to && mm == 30))
    return 0;
  e = q + 3;
  if (to) {
    hh = hh == 1 ? 12 : hh - 1;
    mm = 45;
  }
  get_word(c, e, &x);
  if (wcls(&x) == X_AMPM) {
    hh = hour24(hh, x.lex.val);
    e++;
  }
  numex_fmt(buf, sizeof(buf), "%02d:%02d", hh, mm);
  return set(m, i, e, NLP_NUMEX_TIME, buf);
}

/* A clock word: "noon" -> 12:00, "midnight" -> 00:00; not a capitalised
** one inside a sentence ("the Midnight Express"). */
static size_t time_word(const ctx_t *c, size_t i, const word_t *w, match_t *m) {
  char buf[16];
  if (wcls(w) != X_CLOCK ||
      (w->upper && !w->allcaps && i > 0 && tkind(c, i - 1) == NLP_TOKEN_WORD))
    return 0;
  numex_fmt(buf, sizeof(buf), "%02d:00", w->lex.val);
  return set(m, i, i + 1, NLP_NUMEX_TIME, buf);
}

/* The hour and minute of a number token i that reads as a time before the
** word w: 10:30; 3 before am/pm, o'clock or (12) noon; 10.30 before am/pm;
** 1400 before a time zone.
** 0 when it is none. */
static int clock_digits(const ctx_t *c, size_t i, const word_t *w, int *h,
                        int *mi) {
  ntok_t nt;
  numex_parse_ntok(c, i, &nt);
  if (nt.kind == NT_TIME) {
    *h = nt.a;
    *mi = nt.b;
  } else if (nt.kind == NT_INT && !nt.commas && nt.ndig <= 2 && nt.v.m <= 12 &&
             (wcls(w) == X_AMPM || wis(w, "o'clock") ||
              (wcls(w) == X_CLOCK && nt.v.m == 12))) {
    *h = (int)nt.v.m;
  } else if (nt.kind == NT_DEC && nt.a <= 12 && nt.b < 60 &&
             wcls(w) == X_AMPM) {
    *h = nt.a;
    *mi = nt.b;
  } else if (nt.kind == NT_INT && !nt.commas && nt.ndig == 4 &&
             nt.v.m / 100 < 24 && nt.v.m % 100 < 60 && i + 1 < c->n &&
             nlp_list_has(NLP_LIST_NUMEX_TIME_ZONES, tptr(c, i + 1),
                          tlen(c, i + 1))) {
    *h = (int)(nt.v.m / 100); /* wire copy's 1400 GMT */
    *mi = (int)(nt.v.m % 100);
  } else {
    return 0;
  }
  return 1;
}

/* An hour "in the" part of the day, one TIME: "4 in the morning" (04:00),
** "7 in the evening" (19:00), "2 in the night" (02:00). The end, with the
** "hh:00" in buf (16 bytes), or 0. */
static size_t hour_in_day_part(const ctx_t *c, size_t i, char *buf) {
  ntok_t nt;
  const word_t *tod;
  int h;
  if (i + 3 >= c->n || !word_is(c, i + 2, "the"))
    return 0;
  tod = word_at(c, i + 3);
  if (wcls(tod) != X_TOD || tod->upper || tod->low[tod->len - 1] == 's')
    return 0;
  numex_parse_ntok(c, i, &nt);
  if (nt.kind != NT_INT || nt.commas || nt.ndig > 2 || nt.v.m < 1 ||
      nt.v.m > 12)
    return 0;
  h = (int)nt.v.m;
  if (wis(tod, "morning"))
    h = h == 12 ? 0 : h;
  else if (!(wis(tod, "night") && (h == 12 || h < 5)))
    h = h == 12 ? 12 : h + 12; /* afternoon, evening, 9 at night */
  else
    h = h == 12 ? 0 : h;
  numex_fmt(buf, 16, "%02d:00", h);
  return i + 4;
}

/* A time in digits: 10:30, 10:30 a.m., 3 p.m., 10.30 pm, 5 o'clock, 12
** noon, with a time zone after it ("10:30 GMT"). */
static size_t time_digits(const ctx_t *c, size_t i, match_t *m) {
  int h = -1, mi = 0, ampm = -1;
  size_t j = i + 1;
  word_t w;
  char buf[16];
  get_word(c, j, &w);
  if (wis(&w, "in") && (j = hour_in_day_part(c, i, buf)))
    return set(m, i, j, NLP_NUMEX_TIME, buf);
  j = i + 1;
  if (!clock_digits(c, i, &w, &h, &mi))
    return 0;
  if (wcls(&w) == X_AMPM && h <= 12) {
    ampm = w.lex.val;
    j++;
  } else if (wis(&w, "o'clock") || wcls(&w) == X_CLOCK) {
    j++;
  }
  h = hour24(h, ampm);
  if (j == i + 1 && tkind(c, i) == NLP_TOKEN_NUMBER && tlen(c, i) == 4 &&
      !memchr(tptr(c, i), ':', 4)) {
    /* 1400 GMT: the zone stays a name of its own (CoNLL's MISC) */
    numex_fmt(buf, sizeof(buf), "%02d:%02d", h, mi);
    return set(m, i, j, NLP_NUMEX_TIME, buf);
  }
  if (j < c->n && tkind(c, j) == NLP_TOKEN_WORD &&
      nlp_list_has(NLP_LIST_NUMEX_TIME_ZONES, tptr(c, j), tlen(c, j)))
    j++;
  if (h == 24 && mi == 0)
    h = 0;
  if (h > 23)
    return 0;
  numex_fmt(buf, sizeof(buf), "%02d:%02d", h, mi);
  return set(m, i, j, NLP_NUMEX_TIME, buf);
}

size_t numex_time(const ctx_t *c, size_t i, match_t *m) {
  word_t w;
  size_t e;
  if (tkind(c, i) != NLP_TOKEN_WORD)
    return time_digits(c, i, m);
  get_word(c, i, &w);
  e = time_fraction(c, i, &w, m);
  return e ? e : time_word(c, i, &w, m);
}
