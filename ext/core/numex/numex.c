/*
** numex.c: the numeric and temporal entity finder (see numex.h and
** docs/numex.md): the matchers in order, the scan, the public API.
**
** Usage (C, one sentence at a time):
**   nlp_numex_t ents[32];
**   size_t n = nlp_numex_find(text, toks, ntoks, ents, 32);
**   for (size_t k = 0; k < n && k < 32; k++) use(ents[k]);
**
** Hand-written patterns over the tokens of one sentence. The scan goes left
** to right; at each token the matchers of its kind are tried in the order
** of NUMBER_RULES or WORD_RULES below and the first match is emitted, after
** which the scan resumes behind it, so spans never overlap. A matcher that
** fails has looked at a bounded number of tokens (about a dozen); only a
** match consumes a longer run (a long number phrase), so the work is linear
** in the number of tokens. The files of the stage are listed in
** numex_int.h.
**
** No allocation and no state; every read stays inside [byte_start,
** byte_end) of the given tokens.
*/
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "numex/numex_int.h"

typedef size_t (*rule_fn)(const ctx_t *c, size_t i, match_t *m);

/* Number-led MONEY, PERCENT, QUANTITY, durations, years and CARDINALs
** with no approximator before them: "$5m", "3.5%", "10 km", "2019". */
static size_t exact_amount(const ctx_t *c, size_t i, match_t *m) {
  return numex_amount(c, i, EXACT, m);
}

/* The first year "until at least" may bound (earlier ones are amounts). */
#define DEADLINE_YEAR_MIN 1800

/* A year with a bound after a word of a deadline is a DATE: "until [at
** least 2008]" (2008), "through [at least 2030]"; not "by at least 2000",
** an amount. */
static void bounded_year(const ctx_t *c, match_t *m) {
  const char *v = m->value;
  long y = strtol(v, NULL, 10);
  if (m->label != NLP_NUMEX_CARDINAL || m->s == 0 || m->e != m->s + 3 ||
      tkind(c, m->e - 1) != NLP_TOKEN_NUMBER || tlen(c, m->e - 1) != 4 ||
      strlen(v) != 4 || y < DEADLINE_YEAR_MIN || y > YEAR_MAX ||
      !word_in(word_at(c, m->s - 1), NLP_LIST_NUMEX_DEADLINE_WORDS) ||
      word_is(c, m->s - 1, "by"))
    return;
  m->label = NLP_NUMEX_DATE;
}

/* An approximator and the number or time it leads, as one entity: "about
** 3 p.m.", "more than 11,000", "nearly $5m", "as many as 300", "just a
** few days". "over ten
** years" is a span of time: "over" is then passed over, and the scan goes
** on at "ten". */
static size_t approximated(const ctx_t *c, size_t i, match_t *m) {
  size_t a = numex_approx_len(c, i);
  int temporal_prep;
  if (!a || !numex_starts_number(c, i + a))
    return 0;
  temporal_prep = a == 1 && (word_is(c, i, "over") || word_is(c, i, "under"));
  if (!(numex_time(c, i + a, m) || numex_vague_period(c, i + a, m) ||
        numex_fraction(c, i + a, m) ||
        (numex_amount(c, i + a, APPROXIMATE, m) &&
         m->label != NLP_NUMEX_ORDINAL)))
    return 0;
  if (temporal_prep &&
      (m->label == NLP_NUMEX_DATE || m->label == NLP_NUMEX_TIME))
    return set(m, i, i + 1, NX_SKIP, "");
  m->s = i;
  bounded_year(c, m);
  return m->e;
}

/* The code of a MONEY value "1200000 USD" (after its space), or NULL. */
static const char *money_code(const match_t *m) {
  const char *sp = strchr(m->value, ' ');
  return sp ? sp + 1 : NULL;
}

/* Whether the amount that leads the value a ("20000000 GBP") is below
** that of b: a range rises ("from £20m to £15m" is a change). */
static int amount_less(const char *a, const char *b) {
  size_t ia = strcspn(a, ". "), ib = strcspn(b, ". ");
  if (ia != ib)
    return ia < ib;
  return strncmp(a, b, strcspn(a, " ")) < 0;
}

/* Extends the MONEY m over a range to a second amount of the same
** currency: "$1.2 million to $23.5 million" -> "1200000/23500000 USD"; not
** a change and its result ("rose by 10 cents to 78 cents", "cut from £20m
** to £15m"). */
static void money_range(const ctx_t *c, match_t *m) {
  match_t m2;
  const char *c1, *c2;
  char buf[NLP_NUMEX_VALUE_MAX];
  size_t n1, n2;
  if (m->label != NLP_NUMEX_MONEY || m->e + 1 >= c->n ||
      !(word_is(c, m->e, "to") || is_dash(c, m->e)) ||
      (m->s > 0 && word_is(c, m->s - 1, "by")))
    return;
  if (!numex_amount(c, m->e + 1, EXACT, &m2) || m2.label != NLP_NUMEX_MONEY ||
      m2.s != m->e + 1)
    return;
  c1 = money_code(m);
  c2 = money_code(&m2);
  if (!c1 || !c2 || strcmp(c1, c2) != 0 || !amount_less(m->value, m2.value))
    return;
  n1 = (size_t)(c1 - 1 - m->value);
  n2 = strlen(m2.value);
  if (n1 + 1 + n2 >= sizeof buf)
    return;
  memcpy(buf, m->value, n1);
  buf[n1] = '/';
  memcpy(buf + n1 + 1, m2.value, n2 + 1);
  set(m, m->s, m2.e, NLP_NUMEX_MONEY, buf);
}

/* The amount that leads the value v, before its unit ("7000000" of
** "7000000 USD"), into out of cap bytes; 0 when it does not fit. */
static int lead_amount(const char *v, char *out, size_t cap) {
  size_t n = strcspn(v, " ");
  if (n >= cap)
    return 0;
  memcpy(out, v, n);
  out[n] = 0;
  return 1;
}

/* Writes "a/REST" into out, REST being v after its number ("4 megapixel"
** -> "2/4 megapixel" for a = "2"); 0 when it does not fit. */
static int range_value(const char *a, const char *v, char *out, size_t cap) {
  int n = numex_fmt(out, cap, "%s/%s", a, v);
  return n > 0 && (size_t)n < cap;
}

/* The scale of the MONEY m2 over its first number token: 6 for "7 mln
** dlrs" ("7000000 USD" is 7 x 10^6); -1 when it has none or is no such
** token. */
static int money_scale(const ctx_t *c, const match_t *m2) {
  ntok_t nt;
  char num[NLP_NUMEX_VALUE_MAX], amount[NLP_NUMEX_VALUE_MAX];
  numex_parse_ntok(c, m2->s, &nt);
  if ((nt.kind != NT_INT && nt.kind != NT_DEC) || !nt.v.ok ||
      !lead_amount(m2->value, amount, sizeof amount))
    return -1;
  for (int k = 0; k <= 12; k++) {
    numex_dec_fmt(dec_scale(nt.v, k), num, sizeof num);
    if (!strcmp(num, amount))
      return k;
  }
  return -1;
}

/* Extends the CARDINAL m over a range to a MONEY whose scale and currency
** it shares: "5 to 7 mln dlrs" -> "5000000/7000000 USD" (a first number
** with a scale of its own keeps it: "5 million to 7 million dollars"). */
static void number_money_range(const ctx_t *c, match_t *m) {
  match_t m2;
  nphr_t p1;
  char a[NLP_NUMEX_VALUE_MAX], buf[NLP_NUMEX_VALUE_MAX];
  int k;
  if (m->label != NLP_NUMEX_CARDINAL || m->e + 1 >= c->n ||
      !(word_is(c, m->e, "to") || is_dash(c, m->e)) ||
      (m->s > 0 && word_is(c, m->s - 1, "by")))
    return;
  if (!numex_parse_phrase(c, m->s, PHRASE_PLAIN, &p1) || p1.s != m->s ||
      p1.e != m->e || !p1.v.ok || p1.vague)
    return;
  if (!numex_amount(c, m->e + 1, EXACT, &m2) || m2.label != NLP_NUMEX_MONEY ||
      m2.s != m->e + 1 || !strchr(m2.value, ' ') ||
      (k = money_scale(c, &m2)) < 0)
    return;
  numex_dec_fmt(dec_scale(p1.v, p1.e - p1.s == 1 ? k : 0), a, sizeof a);
  if (!a[0] || !amount_less(a, m2.value) ||
      !range_value(a, m2.value, buf, sizeof buf))
    return;
  set(m, m->s, m2.e, NLP_NUMEX_MONEY, buf);
}

/* Whether a < b, for two exact decimals (1 when it cannot be told). */
static int dec_less(dec_t a, dec_t b) {
  while (a.e > b.e && a.m < MANT_MAX) {
    a.m *= 10;
    a.e--;
  }
  while (b.e > a.e && b.m < MANT_MAX) {
    b.m *= 10;
    b.e--;
  }
  return a.e != b.e || a.m < b.m;
}

/* The one-token number that leads the match starting at i (a "5", a
** "four"), into p; 0 when there is none. */
static int single_number(const ctx_t *c, size_t i, nphr_t *p) {
  return numex_parse_phrase(c, i, PHRASE_PLAIN, p) && p->s == i &&
         p->e == i + 1 && !p->vague && p->v.ok;
}

/* Extends the CARDINAL m, one number, over "to"/"or" and a second amount
** whose unit it shares, as one entity of that amount's label: "four or
** five" (4/5), "two to four megapixels" (2/4 megapixel), "3 to 5%" (3/5),
** "three to four weeks" (P3W), "20 to 21 August" (XXXX-08-20/XXXX-08-21);
** "20 and 21 August" too (no value). Not a change ("rose by 5 to 7",
** "fell from 9 to 4": a falling pair). */
static void number_range(const ctx_t *c, match_t *m) {
  match_t m2;
  nphr_t p1, p2;
  char a[NLP_NUMEX_VALUE_MAX], v[NLP_NUMEX_VALUE_MAX];
  size_t k = m->e;
  int pair_and = word_is(c, k, "and");
  if (m->label != NLP_NUMEX_CARDINAL || k + 1 >= c->n ||
      !(word_is(c, k, "to") || word_is(c, k, "or") || pair_and) ||
      (m->s > 0 &&
       (word_is(c, m->s - 1, "by") || word_is(c, m->s - 1, "between"))) ||
      !single_number(c, m->s, &p1) || p1.e != m->e ||
      !single_number(c, k + 1, &p2) || !dec_less(p1.v, p2.v))
    return;
  if (!(numex_number_date(c, k + 1, &m2) ||
        numex_amount(c, k + 1, EXACT, &m2)) ||
      m2.s != k + 1)
    return;
  numex_dec_fmt(p1.v, a, sizeof a);
  if (m2.label == NLP_NUMEX_DATE && numex_day_at(c, k + 1) &&
      numex_month_at(c, k + 2, NULL) && numex_day_at(c, m->s)) {
    char d[NLP_NUMEX_VALUE_MAX];
    const char *dash = strrchr(m2.value, '-');
    size_t n = dash ? (size_t)(dash - m2.value) + 1 : 0;
    v[0] = 0;
    if (!pair_and && n && n + 3 < sizeof d) {
      memcpy(d, m2.value, n);
      numex_fmt(d + n, sizeof d - n, "%02d", numex_day_at(c, m->s));
      if (!range_value(d, m2.value, v, sizeof v))
        v[0] = 0;
    }
  } else if (pair_and) {
    return;
  } else if (m2.label == NLP_NUMEX_CARDINAL || m2.label == NLP_NUMEX_PERCENT ||
             m2.label == NLP_NUMEX_QUANTITY) {
    if (p2.e != m2.e && m2.label == NLP_NUMEX_CARDINAL)
      return; /* 5 to 7 million: the scale is the pair's */
    if (!range_value(a, m2.value, v, sizeof v))
      return;
  } else if ((m2.label == NLP_NUMEX_DATE || m2.label == NLP_NUMEX_TIME) &&
             m2.e == p2.e + 1 &&
             (cls_at(c, p2.e) == X_DUNIT || cls_at(c, p2.e) == X_TUNIT)) {
    v[0] = 0; /* a duration: numex_timeml values the span */
  } else {
    return;
  }
  set(m, m->s, m2.e, m2.label, v);
}

/* The value of a range of durations is its first one, as TimeBank gives
** it: "three to four weeks" P3W (numex_timeml read P4W). */
static void duration_range_value(const ctx_t *c, match_t *m) {
  nphr_t p1;
  char a[NLP_NUMEX_VALUE_MAX], v[NLP_NUMEX_VALUE_MAX];
  const char *d = m->value + (m->value[1] == 'T' ? 2 : 1), *r = d;
  if ((m->label != NLP_NUMEX_DATE && m->label != NLP_NUMEX_TIME) ||
      m->value[0] != 'P' || m->e - m->s < 4 ||
      !(word_is(c, m->s + 1, "to") || word_is(c, m->s + 1, "or")) ||
      !single_number(c, m->s, &p1) || p1.v.e != 0)
    return;
  while (*r >= '0' && *r <= '9')
    r++;
  if (r == d)
    return;
  numex_dec_fmt(p1.v, a, sizeof a);
  if (numex_fmt(v, sizeof v, "%.*s%s%s", (int)(d - m->value), m->value, a, r) <
      (int)sizeof v)
    memcpy(m->value, v, sizeof v);
}

/* Extends an amount m after "between" over "and" and a second amount of
** its label, as one entity: "between 3% and 6%" (3/6), "between 10 and 20"
** (10/20), "between $1m and $2m" (1000000/2000000 USD); not years ("between
** 1985 and 1987": TimeML marks the two). */
static void between_range(const ctx_t *c, match_t *m) {
  match_t m2;
  char a[NLP_NUMEX_VALUE_MAX], v[NLP_NUMEX_VALUE_MAX];
  const char *u1, *u2;
  if (m->s == 0 || !word_is(c, m->s - 1, "between") ||
      !word_is(c, m->e, "and") || m->e + 1 >= c->n ||
      !(m->label == NLP_NUMEX_CARDINAL || m->label == NLP_NUMEX_PERCENT ||
        m->label == NLP_NUMEX_MONEY || m->label == NLP_NUMEX_QUANTITY))
    return;
  if (!numex_amount(c, m->e + 1, EXACT, &m2) || m2.s != m->e + 1 ||
      m2.label != m->label)
    return;
  u1 = strchr(m->value, ' ');
  u2 = strchr(m2.value, ' ');
  if (!m->value[0] || !m2.value[0] || (!u1) != (!u2) ||
      (u1 && strcmp(u1, u2) != 0))
    return;
  if (!lead_amount(m->value, a, sizeof a) ||
      !range_value(a, m2.value, v, sizeof v))
    return;
  set(m, m->s - 1, m2.e, m->label, v);
}

/* The qualifier of the words toks[s..e) lower-cased (qualifiers.txt:
** "more than" more_than), or NULL. */
static const char *phrase_qualifier(const char *text, const nlp_token_t *toks,
                                    size_t s, size_t e) {
  char phrase[48];
  size_t n = 0;
  const nlp_list_item *it;
  for (size_t k = s; k < e; k++) {
    size_t tl = toks[k].byte_end - toks[k].byte_start;
    if (n + tl + 1 >= sizeof phrase)
      return NULL;
    if (n)
      phrase[n++] = ' ';
    for (size_t j = 0; j < tl; j++) {
      char ch = text[toks[k].byte_start + j];
      phrase[n++] = (char)(ch >= 'A' && ch <= 'Z' ? ch + 32 : ch);
    }
  }
  it = nlp_list_get(NLP_LIST_NUMEX_QUALIFIERS, phrase, n);
  return it ? it->data : NULL;
}

/* Whether toks[s..e) is a bound "at least" (qualifiers.txt: "or over",
** "and older", ...). */
static int is_at_least(const char *text, const nlp_token_t *toks, size_t s,
                       size_t e) {
  const char *q = phrase_qualifier(text, toks, s, e);
  return q && strcmp(q, "at_least") == 0;
}

/* Extends a number or a period over a trailing "or so": "20 or so", "the
** past decade or so" (the value stays). */
static void or_so(const ctx_t *c, match_t *m) {
  if (m->label != NLP_NUMEX_ORDINAL && m->e + 1 < c->n &&
      word_is(c, m->e, "or") && word_is(c, m->e + 1, "so"))
    m->e += 2;
}

/* The oldest age a number after an age word may be ("voters over 200"
** are no age). */
#define AGE_MAX 130

/* An age is a DATE, as OntoNotes has it: "aged [18]", "aged [18 or
** over]", "aged [between 18 and 34]", "at the age of [73]", "voters [over
** 60]", "people [under 55]" (a person noun before it: age_nouns.txt); "[18
** to 24] year olds" leaves the unit of the noun "olds" out. Its value is
** "" as for "40-year-old" (no TimeML value: TimeML marks no ages). */
static void age_phrase(const ctx_t *c, match_t *m) {
  int by_word = m->s > 0 && word_is(c, m->s - 1, "aged");
  int by_age =
      m->s > 1 && word_is(c, m->s - 1, "of") && word_is(c, m->s - 2, "age");
  int by_noun = m->s > 0 &&
                (word_is(c, m->s, "over") || word_is(c, m->s, "under")) &&
                word_in(word_at(c, m->s - 1), NLP_LIST_NUMEX_AGE_NOUNS);
  if (m->label == NLP_NUMEX_DATE && m->e < c->n && word_is(c, m->e, "olds") &&
      m->e - m->s > 1 && word_is(c, m->e - 1, "year")) {
    m->e--; /* 18 to 24 year olds */
    m->value[0] = 0;
    return;
  }
  if (m->label != NLP_NUMEX_CARDINAL || !(by_word || by_age || by_noun) ||
      strchr(m->value, '.') || strtol(m->value, NULL, 10) > AGE_MAX)
    return;
  m->label = NLP_NUMEX_DATE;
  m->value[0] = 0;
  if (m->e + 2 <= c->n && is_at_least(c->text, c->toks, m->e, m->e + 2))
    m->e += 2; /* aged 18 or over */
}

/* An age group as OntoNotes tags it, one DATE: "the [over-55s]", "[over
** 65s]", "[under-18s]"; not a decade ("over the 1970s"). */
static size_t age_group(const ctx_t *c, size_t i, match_t *m) {
  const word_t *w = word_at(c, i);
  const char *p;
  size_t n;
  if (w->hyphen && w->len == 8 && (!memcmp(w->low, "over-", 5)) &&
      w->low[5] >= '1' && w->low[5] <= '9' && w->low[6] >= '0' &&
      w->low[6] <= '9' && w->low[7] == 's')
    return set(m, i, i + 1, NLP_NUMEX_DATE, "");
  if (w->hyphen && w->len == 9 && (!memcmp(w->low, "under-", 6)) &&
      w->low[6] >= '1' && w->low[6] <= '9' && w->low[7] >= '0' &&
      w->low[7] <= '9' && w->low[8] == 's')
    return set(m, i, i + 1, NLP_NUMEX_DATE, "");
  if (!(wis(w, "over") || wis(w, "under")) || i + 1 >= c->n ||
      tkind(c, i + 1) != NLP_TOKEN_NUMBER)
    return 0;
  p = tptr(c, i + 1);
  n = tlen(c, i + 1);
  if (n == 3 && p[0] >= '1' && p[0] <= '9' && p[1] >= '0' && p[1] <= '9' &&
      p[2] == 's')
    return set(m, i, i + 2, NLP_NUMEX_DATE, "");
  return 0;
}

/* A decade of a life after a possessive, one DATE that starts before the
** scan's token (the scan takes it when no entity holds those words): "in
** [his twenties]", "[her late thirties]"; value "" as for other ages. */
static size_t life_decade(const ctx_t *c, size_t i, match_t *m) {
  size_t k = i;
  const word_t *w = word_at(c, i);
  if (wcls(w) != X_LIFE || w->allcaps || i == 0)
    return 0;
  if (cls_at(c, k - 1) == X_EARLY && !word_is(c, k - 1, "earlier") &&
      !word_is(c, k - 1, "later") && k > 1)
    k--; /* his late thirties */
  if (!word_in(word_at(c, k - 1), NLP_LIST_NUMEX_POSSESSIVES))
    return 0;
  return set(m, k - 1, i + 1, NLP_NUMEX_DATE, "");
}

/* The matchers tried at a number token, in order. */
static const rule_fn NUMBER_RULES[] = {
    numex_time,        /* 10:30, 3 p.m. */
    numex_number_date, /* 2023-12-19, 19 December 2023, 1990s */
    numex_ordinal,     /* 2nd */
    exact_amount,      /* 5%, 30 euros, 10 km, two years, 2019, 11,000 */
};

/* The matchers tried at a word token, in order ("the" leads only
** numex_the_date: match_word). */
static const rule_fn WORD_RULES[] = {
    life_decade,        /* his twenties */
    age_group,          /* the over-55s, over 65s */
    approximated,       /* about 3 p.m., more than 11,000 */
    numex_time,         /* noon, quarter past six */
    numex_fraction,     /* a third of, two thirds */
    numex_month_date,   /* December 19, 2023; May 2023 */
    numex_weekday,      /* Monday, Friday morning */
    numex_holiday,      /* Christmas, Easter Sunday */
    numex_relative,     /* today, last week, early 2024, mid-December */
    numex_vague_period, /* several months, a few days, every day */
    exact_amount,       /* twenty-five, two-year, USD 5, a year ago */
    numex_ordinal,      /* first, twenty-first, fifth-largest */
};

/* The matchers tried at an approximator ("about", "over"): the others
** never match at one. */
static const rule_fn APPROX_RULES[] = {
    age_group,    /* over 65s */
    approximated, /* about 3 p.m., over 11,000 */
};

#define NRULES(t) (sizeof(t) / sizeof((t)[0]))

/* The first match of rules[0..n) at token i, or 0. */
static size_t first_match(const rule_fn *rules, size_t n, const ctx_t *c,
                          size_t i, match_t *m) {
  for (size_t k = 0; k < n; k++) {
    size_t e = rules[k](c, i, m);
    if (e)
      return e;
  }
  return 0;
}

/* Whether a word that is not in the lexicon may start a match: a hyphenated
** word ("twenty-five"), letters before a glued "$" ("US$5") or a currency
** code ("USD"). */
static int unlisted_may_start(const ctx_t *c, size_t i, const word_t *w) {
  return w->hyphen || (glued(c, i) && is_tok(c, i + 1, "$")) ||
         (w->upper && numex_is_code(tptr(c, i), tlen(c, i)));
}

/* Whether the token after word token i is no number, sign or word that a
** rule reads after a leading word: the end, or a word in no class list
** ("a new plan"). */
static int next_starts_nothing(const ctx_t *c, size_t i) {
  return i + 1 >= c->n ||
         (tkind(c, i + 1) == NLP_TOKEN_WORD && numex_starts_nothing(c, i + 1));
}

/* Whether an X_WORD leads a number or a period: "a"/"an"/"half" (a dozen,
** half a million), "tens" (of thousands), "Rs" (500), "several" (months),
** "every" (day). */
static int word_leads_number(const word_t *w) {
  return wis(w, "a") || wis(w, "an") || wis(w, "half") || wis(w, "tens") ||
         wis(w, "rs") || wis(w, "several") || wis(w, "many") || wis(w, "few") ||
         wis(w, "each") || wis(w, "every");
}

/* The first match at word token i, or 0. */
static size_t match_word(const ctx_t *c, size_t i, match_t *m) {
  /* read no word past i + 3 while w is in use (word_at) */
  const word_t *w = numex_word_screen(c, i);
  if (!w || !w->len)
    return 0;
  if (w->lex.cls == X_NONE) {
    if (w->low[0] >= '0' && w->low[0] <= '9')
      return numex_number_word(c, i, m); /* 10km, 3pm, 5-mile */
    if (!unlisted_may_start(c, i, w))
      return 0;
  }
  if (wis(w, "the"))
    return numex_the_date(c, i, m);
  /* of, and, to, per ... start nothing */
  if (wcls(w) == X_WORD && !word_leads_number(w) && !numex_approx_len(c, i))
    return 0;
  /* "a", "every", "US": they lead what follows them; "a new plan", "US
  ** officials" (a word in no class list next) lead nothing */
  if ((wcls(w) == X_WORD || wcls(w) == X_CURADJ) && !numex_approx_len(c, i) &&
      next_starts_nothing(c, i))
    return 0;
  /* "about", "over": only an approximated amount or an age group */
  if (wcls(w) == X_APPROX)
    return first_match(APPROX_RULES, NRULES(APPROX_RULES), c, i, m);
  return first_match(WORD_RULES, NRULES(WORD_RULES), c, i, m);
}

/* The first match at token i, or 0. */
static size_t match_at(const ctx_t *c, size_t i, match_t *m) {
  switch (tkind(c, i)) {
  case NLP_TOKEN_NUMBER:
    return first_match(NUMBER_RULES, NRULES(NUMBER_RULES), c, i, m);
  case NLP_TOKEN_SYMBOL:
    return exact_amount(c, i, m); /* $5m, £30 */
  case NLP_TOKEN_WORD:
    return match_word(c, i, m);
  default:
    return 0;
  }
}

const char *nlp_numex_label_name(nlp_numex_label_t label) {
  static const char *const NAMES[] = {
      "DATE", "TIME", "MONEY", "PERCENT", "QUANTITY", "ORDINAL", "CARDINAL"};
  if ((unsigned)label > NLP_NUMEX_CARDINAL)
    return "";
  return NAMES[label];
}

size_t nlp_numex_head(const char *text, const nlp_token_t *toks, size_t ntoks,
                      const nlp_numex_t *ent) {
  ctx_t c;
  word_t cache[WCACHE];
  size_t cache_idx[WCACHE] = {0};
  size_t i, a, nothing = 0;
  if (!ent)
    return 0;
  i = ent->tok_start;
  if (!text || !toks || ent->tok_end > ntoks || i >= ent->tok_end)
    return i;
  /* "the" and the approximators are words: an entity led by a number or a
  ** sign is its own head (most are; no words decoded for them) */
  if (toks[i].kind != NLP_TOKEN_WORD)
    return i;
  c.text = text;
  c.toks = toks;
  c.n = ent->tok_end; /* never look past the entity */
  c.cache = cache;
  c.cache_idx = cache_idx;
  c.nothing = &nothing;
  if (ent->label == NLP_NUMEX_DATE && word_is(&c, i, "the") &&
      i + 1 < ent->tok_end)
    return i + 1;
  a = numex_approx_len(&c, i);
  if (a && i + a < ent->tok_end)
    return i + a;
  return i;
}

/* The qualifier of a bound after the number, the last two tokens of
** ent: "18 [or over]" (at_least), "a decade [or so]" (approx); NULL when
** none. */
static const char *trailing_qualifier(const char *text, const nlp_token_t *toks,
                                      size_t ntoks, const nlp_numex_t *ent) {
  if (ent->tok_end > ntoks || ent->tok_end < ent->tok_start + 3)
    return NULL;
  return phrase_qualifier(text, toks, ent->tok_end - 2, ent->tok_end);
}

const char *nlp_numex_qualifier(const char *text, const nlp_token_t *toks,
                                size_t ntoks, const nlp_numex_t *ent) {
  size_t h = nlp_numex_head(text, toks, ntoks, ent);
  const char *q = NULL;
  if (!ent || !text || !toks || h > ntoks)
    return NULL;
  if (h > ent->tok_start) /* "more than", or "the" (none) */
    q = phrase_qualifier(text, toks, ent->tok_start, h);
  return q ? q : trailing_qualifier(text, toks, ntoks, ent);
}

/* Whether match m found at token i starts where the scan may take it: at i
** or after, or for a decade of a life (life_decade) at the words before i
** that no entity holds (from lo). */
static int starts_after(const ctx_t *c, size_t i, size_t lo, const match_t *m) {
  return m->s >= i || (m->s >= lo && tkind(c, i) == NLP_TOKEN_WORD &&
                       cls_at(c, i) == X_LIFE);
}

size_t nlp_numex_find(const char *text, const nlp_token_t *toks, size_t ntoks,
                      nlp_numex_t *out, size_t max) {
  ctx_t c;
  word_t cache[WCACHE];
  size_t cache_idx[WCACHE] = {0};
  size_t i = 0, found = 0, nothing = 0, lo = 0;
  if (!text || !toks)
    return 0;
  c.text = text;
  c.toks = toks;
  c.n = ntoks;
  c.cache = cache;
  c.cache_idx = cache_idx;
  c.nothing = &nothing;
  while (i < ntoks) {
    match_t m;
    size_t e = match_at(&c, i, &m);
    int ok = e > i && m.e <= ntoks && starts_after(&c, i, lo, &m);
    if (ok && m.label == NX_SKIP) {
      i = lo = m.e; /* consumed without an entity (02/30/2023) */
    } else if (ok) {
      money_range(&c, &m);
      number_money_range(&c, &m);
      number_range(&c, &m);
      between_range(&c, &m);
      numex_timeml(&c, &m);
      duration_range_value(&c, &m);
      or_so(&c, &m);
      age_phrase(&c, &m);
      if (out && found < max) {
        out[found].tok_start = m.s;
        out[found].tok_end = m.e;
        out[found].label = m.label;
        memcpy(out[found].value, m.value, sizeof(m.value));
      }
      found++;
      i = lo = m.e;
    } else {
      i++;
    }
  }
  return found;
}
