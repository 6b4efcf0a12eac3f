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
#include <string.h>

#include "numex/numex_int.h"

typedef size_t (*rule_fn)(const ctx_t *c, size_t i, match_t *m);

/* Number-led MONEY, PERCENT, QUANTITY, durations, years and CARDINALs
** with no approximator before them: "$5m", "3.5%", "10 km", "2019". */
static size_t exact_amount(const ctx_t *c, size_t i, match_t *m) {
  return numex_amount(c, i, EXACT, m);
}

/* An approximator and the number or time it leads, as one entity: "about
** 3 p.m.", "more than 11,000", "nearly $5m", "as many as 300". "over ten
** years" is a span of time: "over" is then passed over, and the scan goes
** on at "ten". */
static size_t approximated(const ctx_t *c, size_t i, match_t *m) {
  size_t a = numex_approx_len(c, i);
  int temporal_prep;
  if (!a || !numex_starts_number(c, i + a))
    return 0;
  temporal_prep = a == 1 && (word_is(c, i, "over") || word_is(c, i, "under"));
  if (!(numex_time(c, i + a, m) || (numex_amount(c, i + a, APPROXIMATE, m) &&
                                    m->label != NLP_NUMEX_ORDINAL)))
    return 0;
  if (temporal_prep &&
      (m->label == NLP_NUMEX_DATE || m->label == NLP_NUMEX_TIME))
    return set(m, i, i + 1, NX_SKIP, "");
  m->s = i;
  return m->e;
}

/* The code of a MONEY value "1200000 USD" (after its space), or NULL. */
static const char *money_code(const match_t *m) {
  const char *sp = strchr(m->value, ' ');
  return sp ? sp + 1 : NULL;
}

/* Extends the MONEY m over a range to a second amount of the same
** currency: "$1.2 million to $23.5 million" -> "1200000/23500000 USD"; not
** a change and its result ("rose by 10 cents to 78 cents"). */
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
  if (!c1 || !c2 || strcmp(c1, c2) != 0)
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

/* The scale of the MONEY m2 over its first number token: 6 for "7 mln
** dlrs" ("7000000 USD" is 7 x 10^6); -1 when it has none or is no such
** token. */
static int money_scale(const ctx_t *c, const match_t *m2) {
  ntok_t nt;
  char num[NLP_NUMEX_VALUE_MAX], amount[NLP_NUMEX_VALUE_MAX];
  size_t n = strcspn(m2->value, " ");
  numex_parse_ntok(c, m2->s, &nt);
  if ((nt.kind != NT_INT && nt.kind != NT_DEC) || !nt.v.ok ||
      n >= sizeof amount)
    return -1;
  memcpy(amount, m2->value, n);
  amount[n] = 0;
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
  size_t na, n2;
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
  na = strlen(a);
  n2 = strlen(m2.value);
  if (!na || na + 1 + n2 >= sizeof buf)
    return;
  memcpy(buf, a, na);
  buf[na] = '/';
  memcpy(buf + na + 1, m2.value, n2 + 1);
  set(m, m->s, m2.e, NLP_NUMEX_MONEY, buf);
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
    approximated,     /* about 3 p.m., more than 11,000 */
    numex_time,       /* noon, quarter past six */
    numex_month_date, /* December 19, 2023; May 2023 */
    numex_weekday,    /* Monday, Friday morning */
    numex_relative,   /* today, last week, early 2024, mid-December */
    exact_amount,     /* twenty-five, two-year, USD 5, a year ago */
    numex_ordinal,    /* first, twenty-first, fifth-largest */
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

/* Whether an X_WORD leads a number: "a"/"an"/"half" (a dozen, half a
** million), "tens" (of thousands), "Rs" (500). */
static int word_leads_number(const word_t *w) {
  return wis(w, "a") || wis(w, "an") || wis(w, "half") || wis(w, "tens") ||
         wis(w, "rs");
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
  size_t i, a;
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
  if (ent->label == NLP_NUMEX_DATE && word_is(&c, i, "the") &&
      i + 1 < ent->tok_end)
    return i + 1;
  a = numex_approx_len(&c, i);
  if (a && i + a < ent->tok_end)
    return i + a;
  return i;
}

const char *nlp_numex_qualifier(const char *text, const nlp_token_t *toks,
                                size_t ntoks, const nlp_numex_t *ent) {
  char phrase[48];
  size_t h = nlp_numex_head(text, toks, ntoks, ent), n = 0;
  const nlp_list_item *it;
  if (!ent || !text || !toks || h <= ent->tok_start || h > ntoks)
    return NULL;
  for (size_t k = ent->tok_start; k < h; k++) {
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

size_t nlp_numex_find(const char *text, const nlp_token_t *toks, size_t ntoks,
                      nlp_numex_t *out, size_t max) {
  ctx_t c;
  word_t cache[WCACHE];
  size_t cache_idx[WCACHE] = {0};
  size_t i = 0, found = 0;
  if (!text || !toks)
    return 0;
  c.text = text;
  c.toks = toks;
  c.n = ntoks;
  c.cache = cache;
  c.cache_idx = cache_idx;
  while (i < ntoks) {
    match_t m;
    size_t e = match_at(&c, i, &m);
    if (e > i && m.s >= i && m.e <= ntoks && m.label == NX_SKIP) {
      i = m.e; /* consumed without an entity (02/30/2023) */
    } else if (e > i && m.s >= i && m.e <= ntoks) {
      money_range(&c, &m);
      number_money_range(&c, &m);
      numex_timeml(&c, &m);
      if (out && found < max) {
        out[found].tok_start = m.s;
        out[found].tok_end = m.e;
        out[found].label = m.label;
        memcpy(out[found].value, m.value, sizeof(m.value));
      }
      found++;
      i = m.e;
    } else {
      i++;
    }
  }
  return found;
}
