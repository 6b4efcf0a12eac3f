/*
** ordinals.c: ORDINAL, valued by its number: "2nd" -> "2", "first" -> "1",
** "twenty-first" -> "21", "fifth-largest" -> "5"; not a fraction ("a
** third of") nor a moment ("wait a second").
*/
#include <stdio.h>

#include <string.h>

#include "numex/numex_int.h"

/* Whether an ordinal word at i is a fraction, not a rank: "a third of",
** "cut by a fifth." */
static int ordinal_fraction(const ctx_t *c, size_t i, const word_t *w) {
  word_t x;
  if (!(i > 0 && w->lex.val >= 3 &&
        (word_is(c, i - 1, "a") || word_is(c, i - 1, "one"))))
    return 0;
  get_word(c, i + 1, &x);
  return i + 1 >= c->n || tkind(c, i + 1) == NLP_TOKEN_PUNCT ||
         (!x.upper && word_in(&x, NLP_LIST_NUMEX_FRACTION_NEXT));
}

/* Whether what follows a fraction ending at e says it is one: the end of
** the sentence, a punctuation mark, or "of", "by", "since" ... ("a third
** of", "cut by a fifth since"); "three quarters of 2024" stays a DATE. */
static int fraction_end(const ctx_t *c, size_t e) {
  word_t x;
  if (e >= c->n || tkind(c, e) == NLP_TOKEN_PUNCT)
    return 1;
  get_word(c, e, &x);
  if (wis(&x, "of") && numex_year_at(c, e + 1))
    return 0;
  return !x.upper && word_in(&x, NLP_LIST_NUMEX_FRACTION_NEXT);
}

/* The denominator of the fraction word w ("third" 3, "quarters" 4,
** plural when plural is set), or 0. */
static int fraction_word(const word_t *w, int plural) {
  lex_t l;
  size_t n = w->len;
  if (plural && (n < 2 || w->low[n - 1] != 's'))
    return 0;
  n -= (size_t)plural;
  if (n == 7 && !memcmp(w->low, "quarter", 7))
    return 4;
  l = numex_lex_find(w->low, n);
  return l.cls == X_ORD && l.val >= 3 && l.val <= 10 ? l.val : 0;
}

/* The value of the fraction n/d (0 < n < d <= 10) as a decimal of at most
** four places, so that CAST(value AS REAL) reads it and "a fifth" (0.2) is
** not "four or five" (4/5, a range): 1/3 -> "0.3333", 3/4 -> "0.75". By
** integers, free of the locale's decimal point. */
static void fraction_value(long n, int d, char *buf, size_t cap) {
  long q = (n * 100000 / d + 5) / 10; /* ten-thousandths, rounded */
  int places = 4;
  while (places > 1 && q % 10 == 0) {
    q /= 10;
    places--;
  }
  numex_fmt(buf, cap, "0.%0*ld", places, q);
}

size_t numex_fraction(const ctx_t *c, size_t i, match_t *m) {
  word_t w, u;
  long n = 1;
  int d;
  char buf[16];
  get_word(c, i, &w);
  if (!w.len || (!wis(&w, "a") && !wis(&w, "one") &&
                 ((n = numex_word_num(&w)) < 2 || n > 9)))
    return 0;
  get_word(c, i + 1, &u); /* read only after a number word */
  if (!u.len)
    return 0;
  if (!(d = fraction_word(&u, n > 1)) || n >= d || !fraction_end(c, i + 2))
    return 0;
  fraction_value(n, d, buf, sizeof buf);
  return set(m, i, i + 2, NLP_NUMEX_CARDINAL, buf);
}

/* Whether "second" at i is a moment: "wait a second.", "a split second",
** "a second later". */
static int second_moment(const ctx_t *c, size_t i) {
  word_t prev, next;
  get_word(c, i + 1, &next);
  if (i == 0)
    return 0;
  get_word(c, i - 1, &prev);
  return (wis(&prev, "a") || wis(&prev, "split")) &&
         (next.len == 0 || wis(&next, "later") || wis(&next, "or"));
}

/* The end of a period an ordinal word at i ranks, with no "the" before
** it: "its first week", "his first three days" (a DATE as a whole); 0 when
** none ("the first week" is the_ranked's, "the fifth week in a row" stays
** an ORDINAL). *time is set for time units ("its first hour"). */
static size_t ordinal_period(const ctx_t *c, size_t i, int *time) {
  size_t e = i + 1;
  nphr_t p;
  if (i > 0 && word_is(c, i - 1, "the"))
    return 0;
  if (e < c->n && tkind(c, e) != NLP_TOKEN_PUNCT &&
      numex_parse_phrase(c, e, PHRASE_PLAIN, &p) && p.s == e && !p.vague)
    e = p.e;
  if (e >= c->n || (cls_at(c, e) != X_DUNIT && cls_at(c, e) != X_TUNIT) ||
      (word_at(c, e)->lex.flags & F_OLD) || numex_rank_after(c, e + 1))
    return 0;
  /* Twentieth Century Fox: a capitalised unit inside a name */
  if (word_at(c, e)->upper && e + 1 < c->n && word_at(c, e + 1)->upper)
    return 0;
  *time = cls_at(c, e) == X_TUNIT;
  return e + 1;
}

/* An ordinal word: "first" -> 1, "twelfth" -> 12, "millionth" (no value). */
static size_t ordinal_word(const ctx_t *c, size_t i, const word_t *w,
                           match_t *m) {
  char buf[16];
  size_t e;
  int time;
  if (ordinal_fraction(c, i, w))
    return 0;
  if (wis(w, "second") && second_moment(c, i))
    return 0;
  if ((e = ordinal_period(c, i, &time)))
    return set(m, i, e, date_or_time(time), "");
  if (w->lex.val == 0)
    return set(m, i, i + 1, NLP_NUMEX_ORDINAL, "");
  numex_fmt(buf, sizeof(buf), "%d", w->lex.val);
  return set(m, i, i + 1, NLP_NUMEX_ORDINAL, buf);
}

/* Whether r[0..rn) is the word s. */
static int word_eq(const char *r, size_t rn, const char *s) {
  return strlen(s) == rn && memcmp(r, s, rn) == 0;
}

/* Whether r[0..rn) after "fifth-" makes a rank: "largest", "ever". */
static int rank_suffix(const char *r, size_t rn) {
  return (rn > 3 && memcmp(r + rn - 3, "est", 3) == 0) ||
         nlp_list_has(NLP_LIST_NUMEX_RANK_WORDS, r, rn);
}

/* A hyphenated ordinal: "twenty-first" -> 21, "fifth-largest" -> 5,
** "first-ever"; "third-quarter" is a DATE. */
static size_t ordinal_hyphen(size_t i, const word_t *w, match_t *m) {
  const char *h = w->hyphen ? memchr(w->low, '-', w->len) : NULL, *r;
  lex_t a, b;
  size_t rn;
  char buf[16];
  if (!h)
    return 0;
  a = numex_lex_find(w->low, (size_t)(h - w->low));
  r = h + 1;
  rn = w->len - (size_t)(r - w->low);
  b = numex_lex_find(r, rn);
  if (a.cls == X_NUM && b.cls == X_ORD && a.val >= 20 && a.val % 10 == 0 &&
      b.val >= 1 && b.val <= 9) {
    numex_fmt(buf, sizeof(buf), "%d", a.val + b.val);
    return set(m, i, i + 1, NLP_NUMEX_ORDINAL, buf);
  }
  if (a.cls == X_ORD && a.val > 0 && rank_suffix(r, rn)) {
    numex_fmt(buf, sizeof(buf), "%d", a.val);
    return set(m, i, i + 1, NLP_NUMEX_ORDINAL, buf);
  }
  if (a.cls == X_ORD && b.cls != X_NONE &&
      (word_eq(r, rn, "quarter") || word_eq(r, rn, "half")))
    return set(m, i, i + 1, NLP_NUMEX_DATE, "");
  return 0;
}

size_t numex_ordinal(const ctx_t *c, size_t i, match_t *m) {
  char buf[16];
  word_t w;
  if (tkind(c, i) == NLP_TOKEN_NUMBER) {
    ntok_t nt;
    numex_parse_ntok(c, i, &nt);
    if (nt.kind != NT_ORD)
      return 0;
    numex_dec_fmt(nt.v, buf, sizeof(buf)); /* 2nd */
    return set(m, i, i + 1, NLP_NUMEX_ORDINAL, buf);
  }
  get_word(c, i, &w);
  if (!w.len)
    return 0;
  if (wcls(&w) == X_ORD)
    return ordinal_word(c, i, &w, m);
  return ordinal_hyphen(i, &w, m);
}
