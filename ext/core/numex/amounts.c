/*
** amounts.c: number-led entities: MONEY ("$1.2 billion" -> "1200000000
** USD"), PERCENT ("3.5%" -> "3.5"), QUANTITY ("10 km" -> "10 km"),
** durations ("two years ago", DATE or TIME without a value), bare years
** ("in 2019" -> "2019") and CARDINAL ("11,000" -> "11000").
**
** numex_amount reads a number phrase once and then tries, in order: a
** percent sign or word after it, a currency after it, a unit, a date or
** time unit, a year, and else a CARDINAL.
*/
#include <stdio.h>

#include "numex/numex_int.h"

/* A number phrase read for numex_amount, and what follows it. */
typedef struct amount {
  nphr_t p;
  size_t k;     /* the token after the phrase */
  word_t w;     /* that token as a word */
  char num[48]; /* the phrase's value in decimal ("" vague or unknown) */
  approx_t approx;
} amount_t;

/* Writes "<amount> <code>" ("5000000 GBP"); "" when v is unknown. */
static void money_value(char *buf, size_t cap, dec_t v, const char *code) {
  char num[48], out[sizeof num + 4];
  size_t n, k = 0;
  numex_dec_fmt(v, num, sizeof(num));
  if (!num[0] || !code) {
    buf[0] = 0;
    return;
  }
  if (code[0] == '?') { /* "40000000 ?franc": the story decides */
    numex_fmt(buf, cap, "%s %s", num, code);
    return;
  }
  /* numex_fmt(buf, cap, "%s %.3s", num, code), written out */
  n = strlen(num);
  memcpy(out, num, n);
  out[n++] = ' ';
  while (k < 3 && code[k])
    out[n++] = code[k++];
  if (n >= cap)
    n = cap - 1;
  memcpy(buf, out, n);
  buf[n] = 0;
}

/* Whether w is "pound" or "pounds". */
static int is_pound(const word_t *w) {
  return wis(w, "pound") || wis(w, "pounds");
}

/* Whether w is "dollar" or "dollars". */
static int is_dollar(const word_t *w) {
  return wis(w, "dollar") || wis(w, "dollars");
}

/* -------------------------------------------------------------------- */
/* Money with the currency first                                         */
/* -------------------------------------------------------------------- */

/* The currency written before an amount at i: $, £, US$, USD, Rs. Sets
** *code and returns the index of the amount, or 0. */
static size_t currency_prefix(const ctx_t *c, size_t i, const char **code) {
  size_t n = tlen(c, i);
  const char *p = tptr(c, i);
  if (tkind(c, i) == NLP_TOKEN_SYMBOL) {
    *code = numex_sign_code(p, n);
    /* The tokenizer keeps US$, A$, HK$ ... as one symbol. */
    if (!*code && n >= 2 && p[n - 1] == '$')
      *code = numex_dollar_code(p, n - 1);
    return *code ? i + 1 : 0;
  }
  if (tkind(c, i) != NLP_TOKEN_WORD)
    return 0;
  if (glued(c, i) && is_tok(c, i + 1, "$")) {
    *code = numex_dollar_code(p, n);
    return *code ? i + 2 : 0;
  }
  if (numex_is_code(p, n)) {
    *code = p; /* points into the text: 3 bytes */
    return i + 1;
  }
  if ((n == 2 && memcmp(p, "Rs", 2) == 0) ||
      (n == 3 && memcmp(p, "Rs.", 3) == 0)) {
    *code = "INR";
    return i + 1;
  }
  return 0;
}

/* Money led by its currency: "$1.2 billion", "US$5", "£5m", "Rs 500",
** "USD 5". *seen set when a currency leads, amount or not: nothing else
** is read then. */
static size_t money_first(const ctx_t *c, size_t i, int *seen, match_t *m) {
  const char *code = NULL;
  size_t j = currency_prefix(c, i, &code);
  nphr_t p;
  char buf[NLP_NUMEX_VALUE_MAX];
  *seen = j != 0;
  if (!j)
    return 0;
  if (!numex_parse_phrase(c, j, PHRASE_MONEY, &p) || !p.digits)
    return 0;
  money_value(buf, sizeof(buf), p.v, code);
  return set(m, i, p.e, NLP_NUMEX_MONEY, buf);
}

/* -------------------------------------------------------------------- */
/* One word: a number joined to what it counts                           */
/* -------------------------------------------------------------------- */

/* A number word joined to a unit by a hyphen: "two-year" (DATE),
** "two-hour" (TIME), "five-mile" -> "5 mile". */
static size_t number_hyphen_unit(const ctx_t *c, size_t i, match_t *m) {
  word_t h;
  const char *d;
  lex_t a, b;
  char buf[NLP_NUMEX_VALUE_MAX];
  get_word(c, i, &h);
  d = h.hyphen ? memchr(h.low, '-', h.len) : NULL;
  if (!d)
    return 0;
  a = numex_lex_find(h.low, (size_t)(d - h.low));
  b = numex_lex_find(d + 1, h.len - (size_t)(d - h.low) - 1);
  if (a.cls != X_NUM)
    return 0;
  switch (b.cls) {
  case X_DUNIT:
    return set(m, i, i + 1, NLP_NUMEX_DATE, "");
  case X_TUNIT:
    return set(m, i, i + 1, NLP_NUMEX_TIME, "");
  case X_UNIT:
    numex_fmt(buf, sizeof(buf), "%d %s", a.val, b.canon);
    return set(m, i, i + 1, NLP_NUMEX_QUANTITY, buf);
  default:
    return 0;
  }
}

/* The digits at the start of s..e ("1,200.5"): their value; *frac the
** digits after the point (-1: no point); returns where they end. */
static const char *lead_digits(const char *s, const char *e, dec_t *v,
                               int *frac) {
  const char *r;
  *frac = -1;
  for (r = s; r < e; r++) {
    int next_digit = r + 1 < e && r[1] >= '0' && r[1] <= '9';
    if (*r >= '0' && *r <= '9') {
      if (v->m > MANT_MAX)
        v->ok = 0;
      v->m = v->m * 10 + (uint64_t)(*r - '0');
      if (*frac >= 0)
        (*frac)++;
    } else if (*r == ',' && *frac < 0 && next_digit) {
      continue;
    } else if (*r == '.' && *frac < 0 && next_digit) {
      *frac = 0;
    } else {
      break;
    }
  }
  if (*frac > 0)
    v->e = -*frac;
  return r;
}

/* The lexicon entry of the word after the digits, r..e: "mile" of
** "5-mile"; of a unit before a further hyphen: "mile" of "5-mile-long". */
static lex_t unit_after_digits(const char *r, const char *e) {
  lex_t l = numex_lex_find(r, (size_t)(e - r));
  const char *h;
  if (l.cls != X_NONE)
    return l;
  h = memchr(r, '-', (size_t)(e - r));
  if (h)
    l = numex_lex_find(r, (size_t)(h - r));
  if (l.cls != X_UNIT && l.cls != X_DUNIT && l.cls != X_TUNIT)
    l.cls = X_NONE;
  return l;
}

/* The entity of digits glued to the word l: a unit ("10km" -> "10 km"), a
** date or time unit ("40-year-old"), am/pm ("3pm" -> "15:00"). */
static size_t digits_with_unit(size_t i, const char *num, const dec_t *v,
                               int frac, int hyphen, const lex_t *l,
                               match_t *m) {
  char buf[NLP_NUMEX_VALUE_MAX];
  switch (l->cls) {
  case X_UNIT:
    numex_fmt(buf, sizeof(buf), "%s %s", num, l->canon);
    return set(m, i, i + 1, NLP_NUMEX_QUANTITY, num[0] ? buf : "");
  case X_DUNIT:
    return set(m, i, i + 1, NLP_NUMEX_DATE, "");
  case X_TUNIT:
    return set(m, i, i + 1, NLP_NUMEX_TIME, "");
  case X_AMPM:
    if (hyphen || frac >= 0 || v->m < 1 || v->m > 12)
      return 0;
    numex_fmt(buf, sizeof(buf), "%02d:00", hour24((int)v->m, l->val));
    return set(m, i, i + 1, NLP_NUMEX_TIME, buf);
  default:
    return 0;
  }
}

size_t numex_number_word(const ctx_t *c, size_t i, match_t *m) {
  word_t w;
  const char *r, *e;
  dec_t v = {0, 0, 1};
  int frac, hyphen = 0;
  char num[48], buf[NLP_NUMEX_VALUE_MAX];
  lex_t l;
  get_word(c, i, &w);
  if (!w.len || w.low[0] < '0' || w.low[0] > '9')
    return 0;
  e = w.low + w.len;
  r = lead_digits(w.low, e, &v, &frac);
  if (r < e && *r == '-') {
    hyphen = 1;
    r++;
  }
  if (r >= e)
    return 0;
  numex_dec_fmt(v, num, sizeof(num));
  l = unit_after_digits(r, e);
  if (!hyphen && e - r == 1 && (*r == 'c' || *r == 'f')) {
    /* 38C, 100F: a capital only */
    const char *t = tptr(c, i);
    if (t[r - w.low] != 'C' && t[r - w.low] != 'F')
      return 0;
    numex_fmt(buf, sizeof(buf), "%s %s", num,
              *r == 'c' ? "celsius" : "fahrenheit");
    return set(m, i, i + 1, NLP_NUMEX_QUANTITY, num[0] ? buf : "");
  }
  if (l.cls != X_NONE)
    return digits_with_unit(i, num, &v, frac, hyphen, &l, m);
  /* 7.2-magnitude, 3-point: the number with an unknown word attached */
  if (hyphen && v.ok && memchr(r, '-', (size_t)(e - r)) == NULL)
    return set(m, i, i + 1, NLP_NUMEX_CARDINAL, num);
  return 0;
}

/* -------------------------------------------------------------------- */
/* After the number phrase                                               */
/* -------------------------------------------------------------------- */

/* "a"/"an" for one before a singular date or time unit: "a year ago", "an
** hour"; not a rate ("$50 a barrel", "5 miles an hour", "$1m a year"). */
static int a_unit(const ctx_t *c, size_t i, nphr_t *p) {
  word_t a, w;
  get_word(c, i, &a);
  if (!(wis(&a, "a") || wis(&a, "an")))
    return 0;
  get_word(c, i + 1, &w);
  if (w.len && w.low[w.len - 1] == 's')
    return 0;
  if (wcls(&w) != X_DUNIT && wcls(&w) != X_TUNIT)
    return 0;
  if (i > 0) {
    word_t prev;
    get_word(c, i - 1, &prev);
    if (tkind(c, i - 1) == NLP_TOKEN_NUMBER || is_tok(c, i - 1, "%") ||
        wcls(&prev) == X_UNIT || wcls(&prev) == X_CUR ||
        wcls(&prev) == X_SCALE || wcls(&prev) == X_ABBR ||
        wcls(&prev) == X_PCT || wis(&prev, "cent") || wis(&prev, "times"))
      return 0;
  }
  if (wis(&w, "quarter") || wis(&w, "weekend") || wis(&w, "second"))
    return 0;
  p->s = i;
  p->e = i + 1;
  p->v = dec_int(1);
  p->is_a = 1;
  return 1;
}

/* A percent after the number: "3.5%", "5 percent", "5 per cent", "2
** percentage points". */
static size_t percent_after(const ctx_t *c, size_t i, const amount_t *a,
                            match_t *m) {
  size_t k = a->k;
  if (is_tok(c, k, "%") || is_tok(c, k, "\xEF\xBC\x85") || wcls(&a->w) == X_PCT)
    return set(m, i, k + 1, NLP_NUMEX_PERCENT, a->num);
  if ((wis(&a->w, "per") && word_is(c, k + 1, "cent")) ||
      (wis(&a->w, "percentage") &&
       (word_is(c, k + 1, "point") || word_is(c, k + 1, "points"))))
    return set(m, i, k + 2, NLP_NUMEX_PERCENT, a->num);
  return 0;
}

/* The data (an ISO 4217 code) of the two-word phrase at q in list id, or
** NULL; x is token q. */
static const char *two_word_code(const ctx_t *c, size_t q, const word_t *x,
                                 enum nlp_list id) {
  char phrase[2 * WMAX + 2];
  const word_t *y = word_at(c, q + 1);
  const nlp_list_item *it;
  if (!x->len || !y->len)
    return NULL;
  memcpy(phrase, x->low, x->len);
  phrase[x->len] = ' ';
  memcpy(phrase + x->len + 1, y->low, y->len);
  it = nlp_list_get(id, phrase, x->len + 1 + y->len);
  return it ? it->data : NULL;
}

/* The ISO 4217 code of the dollar of a two-word country at q ("Hong
** Kong", "New Zealand"; x is token q), or NULL. */
static const char *two_word_country(const ctx_t *c, size_t q, const word_t *x) {
  return two_word_code(c, q, x, NLP_LIST_NUMEX_DOLLAR_COUNTRIES);
}

/* The code a nationality gives the currency after it ("French francs" ->
** FRF; currency_nationalities.txt), or NULL; x is token q. */
static const char *national_currency(const ctx_t *c, size_t q,
                                     const word_t *x) {
  return x->upper
             ? two_word_code(c, q, x, NLP_LIST_NUMEX_CURRENCY_NATIONALITIES)
             : NULL;
}

/* A currency word after the amount, with the country that names its
** dollar: "30 euros", "5 US dollars", "10 Hong Kong dollars", "billions of
** dollars"; *cc the code a country gives, *q where the currency word is. */
static void currency_after(const ctx_t *c, const amount_t *a, size_t *q,
                           const char **cc, word_t *x) {
  word_t y;
  *q = a->k;
  *cc = NULL;
  if (a->p.vague && wis(&a->w, "of"))
    *q = a->k + 1;
  get_word(c, *q, x);
  if (wcls(x) == X_CURADJ) {
    get_word(c, *q + 1, &y);
    if (is_dollar(&y)) {
      *cc = x->lex.canon;
      ++*q;
      get_word(c, *q, x);
    }
  } else if ((*cc = national_currency(c, *q, x)) != NULL) {
    ++*q; /* "French francs" */
    get_word(c, *q, x);
  } else if ((*cc = two_word_country(c, *q, x)) != NULL) {
    get_word(c, *q + 2, &y);
    if (is_dollar(&y)) {
      *q += 2;
      get_word(c, *q, x);
    } else {
      *cc = NULL;
    }
  }
}

/* Money with the currency after the amount: "30 euros", "50 cents" ->
** "0.5 USD", "5 pounds sterling", "30p", "5 USD"; vague amounts have no
** value ("billions of dollars"). Not "won" after a word, nor "pounds of". */
static size_t money_after(const ctx_t *c, size_t i, const amount_t *a,
                          match_t *m) {
  const nphr_t *p = &a->p;
  size_t q, k = a->k;
  const char *cc;
  word_t x;
  char buf[NLP_NUMEX_VALUE_MAX];
  currency_after(c, a, &q, &cc, &x);
  if (wcls(&x) == X_CUR && !(wis(&x, "won") && !p->digits && !p->vague) &&
      !(is_pound(&x) && word_is(c, q + 1, "of"))) {
    dec_t v = p->v;
    size_t e = q + 1;
    if (!cc)
      cc = x.lex.canon;
    if (x.lex.flags & F_SUBUNIT)
      v = dec_scale(v, SUBUNIT_POWER); /* 50 cents: 0.5 */
    if (is_pound(&x) && word_is(c, q + 1, "sterling"))
      e++;
    if (p->vague)
      buf[0] = 0;
    else
      money_value(buf, sizeof(buf), v, cc);
    return set(m, i, e, NLP_NUMEX_MONEY, buf);
  }
  if (q != k || !p->digits)
    return 0;
  if (glued(c, k - 1) && wis(&x, "p") && !p->vague) {
    money_value(buf, sizeof(buf), dec_scale(p->v, -2), "GBP"); /* 30p */
    return set(m, i, k + 1, NLP_NUMEX_MONEY, buf);
  }
  if (k < c->n && tkind(c, k) == NLP_TOKEN_WORD &&
      numex_is_code(tptr(c, k), tlen(c, k))) {
    money_value(buf, sizeof(buf), p->v, tptr(c, k));
    return set(m, i, k + 1, NLP_NUMEX_MONEY, buf);
  }
  return 0;
}

/* Where the unit after the amount is: after a glued hyphen ("5-mile") and
** a word that leaves a period a period ("six consecutive months", "two
** more years"); *pre "sq"/"cubic" for an area or volume ("10 square
** miles"); *u the unit word. */
static size_t unit_at(const ctx_t *c, size_t k, const char **pre, word_t *u) {
  size_t q = k;
  const nlp_list_item *prefix;
  word_t v;
  *pre = "";
  if (is_dash(c, q) && glued(c, q - 1) && glued(c, q))
    q++;
  get_word(c, q, u);
  if (word_in(u, NLP_LIST_NUMEX_PERIOD_FILLERS)) {
    get_word(c, q + 1, &v);
    if (wcls(&v) == X_DUNIT || wcls(&v) == X_TUNIT) {
      q++;
      *u = v;
    }
  }
  prefix = word_item(u, NLP_LIST_NUMEX_UNIT_PREFIXES);
  if (prefix) {
    get_word(c, q + 1, &v);
    if (wcls(&v) == X_UNIT) {
      *pre = prefix->data;
      q++;
      *u = v;
    }
  }
  return q;
}

/* A unit of measure after the amount, e at the token after it: "10 km",
** "20 degrees Celsius" -> "20 celsius", "60 miles per hour" -> "60 mph",
** "10 km/h". */
static size_t measure(const ctx_t *c, size_t i, const amount_t *a,
                      const char *pre, const word_t *u, size_t e, match_t *m) {
  const char *canon = u->lex.canon;
  char buf[NLP_NUMEX_VALUE_MAX];
  if (strcmp(canon, "degree") == 0) {
    word_t s;
    get_word(c, e, &s);
    if (wis(&s, "celsius") || (s.len == 1 && wis(&s, "c"))) {
      canon = "celsius";
      e++;
    } else if (wis(&s, "fahrenheit") || (s.len == 1 && wis(&s, "f"))) {
      canon = "fahrenheit";
      e++;
    }
  }
  if (is_tok(c, e, "/") && word_is(c, e + 1, "h") && glued(c, e - 1)) {
    canon = "km/h";
    e += 2;
  } else if (word_is(c, e, "per") && word_is(c, e + 1, "hour")) {
    canon = strcmp(canon, "mile") == 0 ? "mph" : "km/h";
    e += 2;
  }
  numex_fmt(buf, sizeof(buf), "%s %s%s%s", a->num, pre, pre[0] ? " " : "",
            canon);
  return set(m, i, e, NLP_NUMEX_QUANTITY, a->num[0] ? buf : "");
}

/* A QUANTITY after the amount: "5 pounds of sugar" -> "5 lb", "38 C",
** "100 m", "10 km", "10 square miles". */
static size_t quantity_after(const ctx_t *c, size_t i, const amount_t *a,
                             size_t q, const char *pre, const word_t *u,
                             match_t *m) {
  size_t k = a->k, e = q + 1;
  const char *num = a->num;
  char buf[NLP_NUMEX_VALUE_MAX];
  if (wcls(u) == X_CUR && is_pound(u)) {
    numex_fmt(buf, sizeof(buf), "%s lb", num);
    return set(m, i, e, NLP_NUMEX_QUANTITY, num[0] ? buf : "");
  }
  if (a->p.digits && q == k && glued(c, k - 1) && u->len == 1 &&
      (is_tok(c, q, "C") || is_tok(c, q, "F"))) {
    numex_fmt(buf, sizeof(buf), "%s %s", num,
              is_tok(c, q, "C") ? "celsius" : "fahrenheit");
    return set(m, i, e, NLP_NUMEX_QUANTITY, num[0] ? buf : "");
  }
  if (wcls(u) == X_ABBR && wis(u, "m") && !a->p.is_a) {
    numex_fmt(buf, sizeof(buf), "%s m", num);
    return set(m, i, e, NLP_NUMEX_QUANTITY, num[0] ? buf : "");
  }
  if (wcls(u) == X_UNIT && !(a->p.is_a && (u->lex.flags & F_PLURAL)))
    return measure(c, i, a, pre, u, e, m);
  return 0;
}

/* A duration after the amount: "two years ago", "a week", "24 hours",
** "10 years old", "two seconds", "three evenings"; DATE for date units,
** TIME for the rest. *weekend set for "weekend(s)": a CARDINAL then. */
static size_t duration_after(const ctx_t *c, size_t i, const amount_t *a,
                             size_t q, const word_t *u, int *weekend,
                             match_t *m) {
  size_t e = q + 1;
  word_t w;
  int is_a = a->p.is_a;
  if (!(wcls(u) == X_DUNIT || wcls(u) == X_TUNIT ||
        (wis(u, "second") && !is_a) ||
        (wcls(u) == X_TOD && u->low[u->len - 1] == 's' && !is_a)))
    return 0;
  if (is_a && u->low[u->len - 1] == 's')
    return 0;
  if (wis(u, "weekend") || wis(u, "weekends")) {
    *weekend = 1;
    return 0;
  }
  get_word(c, e, &w);
  if (wis(&w, "ago") || wis(&w, "earlier") || wis(&w, "later") ||
      (wis(&w, "old") && !(u->lex.flags & F_OLD)))
    e++;
  return set(m, i, e, date_or_time(wcls(u) != X_DUNIT), "");
}

/* Whether a 4-digit number at i reads as a year here: "in 2019",
** "Britain's 2019 election", "2019 was"; not "2000 people". */
static int reads_as_year(const ctx_t *c, size_t i, const nphr_t *p) {
  word_t prev, next;
  if (p->nt != NT_INT || p->commas || p->ndig != 4 || p->e != i + 1)
    return 0;
  if (p->v.m < YEAR_MIN || p->v.m > YEAR_MAX)
    return 0;
  if (i > 0)
    get_word(c, i - 1, &prev);
  else
    prev.len = 0;
  if (word_in(&prev, NLP_LIST_NUMEX_DATE_PREPOSITIONS))
    return 1;
  if (i > 0 && tkind(c, i - 1) == NLP_TOKEN_WORD && word_is(c, i - 1, "'s"))
    return 1;
  if (p->v.m < 1800)
    return 0;
  get_word(c, i + 1, &next);
  /* 2000 people, 1500 troops: a count before a plural noun. */
  if (next.len > 3 && !next.upper && next.low[next.len - 1] == 's' &&
      next.low[next.len - 2] != 's' && next.low[next.len - 2] != 'u' &&
      next.low[next.len - 2] != 'i')
    return 0;
  if (wis(&next, "people"))
    return 0;
  return 1;
}

/* A year: "in 2019" -> 2019, "2019-2020" -> "2019/2020", "2019-20". */
static size_t year(const ctx_t *c, size_t i, const nphr_t *p, match_t *m) {
  ntok_t nt;
  char buf[NLP_NUMEX_VALUE_MAX];
  int y = (int)p->v.m;
  if (is_dash(c, i + 1) && glued(c, i) && glued(c, i + 1)) {
    numex_parse_ntok(c, i + 2, &nt);
    if (nt.kind == NT_INT && !nt.commas && (nt.ndig == 4 || nt.ndig == 2)) {
      int y2 = (int)nt.v.m;
      if (nt.ndig == 2)
        y2 += y / 100 * 100;
      if (y2 > y && y2 < YEAR_RANGE_END) {
        numex_fmt(buf, sizeof(buf), "%04d/%04d", y, y2);
        return set(m, i, i + 3, NLP_NUMEX_DATE, buf);
      }
    }
  }
  numex_fmt(buf, sizeof(buf), "%04d", y);
  return set(m, i, i + 1, NLP_NUMEX_DATE, buf);
}

/* Whether the number is no CARDINAL: a word in a name ("Formula One",
** "Chapter Two"), "one" as a pronoun ("each one", "one another", "one's"),
** digits glued to letters ("5G", "3D", "A4"). */
static int not_cardinal(const ctx_t *c, size_t i, const amount_t *a) {
  const nphr_t *p = &a->p;
  if (!p->digits && !a->approx && i > 0 && tkind(c, i - 1) == NLP_TOKEN_WORD) {
    word_t x, b;
    get_word(c, i, &x);
    get_word(c, i - 1, &b);
    if (x.upper && !x.allcaps && b.upper && !wis(&b, "i"))
      return 1;
  }
  if (p->is_one && !a->approx) {
    word_t prev, next;
    if (i > 0) {
      get_word(c, i - 1, &prev);
      if (word_in(&prev, NLP_LIST_NUMEX_ONE_PRONOUN))
        return 1;
    }
    get_word(c, i + 1, &next);
    if (wis(&next, "another") || wis(&next, "'s"))
      return 1;
  }
  if (p->digits) {
    if (glued(c, p->e - 1) && tkind(c, p->e) == NLP_TOKEN_WORD)
      return 1;
    if (i > 0 && glued(c, i - 1) && tkind(c, i - 1) == NLP_TOKEN_WORD &&
        p->s == i)
      return 1;
  }
  return 0;
}

/* A bare number: a year ("in 2019") or a CARDINAL ("11,000" -> 11000,
** "thousands" without a value). */
static size_t cardinal(const ctx_t *c, size_t i, amount_t *a, match_t *m) {
  if (!a->approx && reads_as_year(c, i, &a->p))
    return year(c, i, &a->p, m);
  if (not_cardinal(c, i, a))
    return 0;
  if (a->p.nt == NT_OTHER)
    a->num[0] = 0;
  return set(m, i, a->p.e, NLP_NUMEX_CARDINAL, a->num);
}

/* Whether w is a scale that wire copy abbreviates in three letters or
** more ("mln", "bln"): a scale after any number, money or not. */
static int wire_scale(const word_t *w) {
  return wcls(w) == X_ABBR && w->len >= 3 && !w->upper;
}

/* Reads the number phrase at i into a (or "a"/"an" before a unit: a_unit);
** 0 when there is none. */
static int read_amount(const ctx_t *c, size_t i, approx_t approx, amount_t *a) {
  if (!numex_parse_phrase(c, i, PHRASE_PLAIN, &a->p) && !a_unit(c, i, &a->p))
    return 0;
  if (a->p.digits && wire_scale(word_at(c, a->p.e)))
    numex_parse_phrase(c, i, PHRASE_MONEY, &a->p); /* 225 mln */
  a->approx = approx;
  a->k = a->p.e;
  numex_dec_fmt(a->p.v, a->num, sizeof(a->num));
  if (a->p.vague)
    a->num[0] = 0;
  get_word(c, a->k, &a->w);
  return 1;
}

size_t numex_amount(const ctx_t *c, size_t i, approx_t approx, match_t *m) {
  amount_t a;
  size_t e, q;
  const char *pre;
  word_t u;
  int weekend = 0, currency = 0;
  if (tkind(c, i) == NLP_TOKEN_WORD && numex_number_word(c, i, m))
    return m->e;
  if ((e = money_first(c, i, &currency, m)) || currency)
    return e;
  if ((e = number_hyphen_unit(c, i, m)))
    return e;
  if (!read_amount(c, i, approx, &a))
    return 0;
  if ((e = percent_after(c, i, &a, m)) || (e = money_after(c, i, &a, m)))
    return e;
  if (a.p.vague) /* thousands of migrants: the number only */
    return set(m, i, a.p.e, NLP_NUMEX_CARDINAL, "");
  q = unit_at(c, a.k, &pre, &u);
  if ((e = quantity_after(c, i, &a, q, pre, &u, m)) ||
      (e = duration_after(c, i, &a, q, &u, &weekend, m)))
    return e;
  if (a.p.is_a && !weekend)
    return 0;
  return cardinal(c, i, &a, m);
}
