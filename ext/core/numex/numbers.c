/*
** numbers.c: reading numbers for the numex matchers: exact decimal values,
** number tokens ("11,000", "3.5", "10:30", "1990s", "2nd", "19-20"),
** number phrases ("1.5 million", "twenty-five", "a dozen", "thousands")
** and approximators ("more than", "about").
*/
#include <stdarg.h>
#include <stdint.h>
#include <string.h>

#include "numex/numex_int.h"

/* -------------------------------------------------------------------- */
/* Exact decimal values                                                  */
/* -------------------------------------------------------------------- */

/* The decimal digits of v into out (no NUL), as printf's "%llu" writes
** them (snprintf costs more than the numbers); returns how many. */
static size_t u64_digits(uint64_t v, char out[20]) {
  char rev[20];
  size_t n = 0;
  do {
    rev[n++] = (char)('0' + v % 10);
    v /= 10;
  } while (v);
  for (size_t k = 0; k < n; k++)
    out[k] = rev[n - 1 - k];
  return n;
}

/* Writes the digits with fr of them after a decimal point: 35, 1 -> "3.5",
** 5, 2 -> "0.05"; "" when it does not fit. */
static void fmt_fraction(const char *digits, size_t nd, size_t fr, char *buf,
                         size_t cap) {
  size_t pos = 0;
  if (fr + nd + 3 > cap)
    return;
  if (nd <= fr) {
    buf[pos++] = '0';
    buf[pos++] = '.';
    for (size_t k = nd; k < fr; k++)
      buf[pos++] = '0';
    memcpy(buf + pos, digits, nd);
    pos += nd;
  } else {
    memcpy(buf, digits, nd - fr);
    pos = nd - fr;
    buf[pos++] = '.';
    memcpy(buf + pos, digits + nd - fr, fr);
    pos += fr;
  }
  buf[pos] = 0;
}

void numex_dec_fmt(dec_t d, char *buf, size_t cap) {
  char digits[32];
  size_t nd, pos;
  buf[0] = 0;
  if (!d.ok)
    return;
  while (d.m && d.e < 0 && d.m % 10 == 0) {
    d.m /= 10;
    d.e++;
  }
  nd = u64_digits(d.m, digits);
  if (d.m == 0)
    d.e = 0;
  if (d.e < 0) {
    fmt_fraction(digits, nd, (size_t)(-d.e), buf, cap);
    return;
  }
  if (nd + (size_t)d.e + 1 > cap)
    return;
  memcpy(buf, digits, nd);
  pos = nd;
  for (int k = 0; k < d.e; k++)
    buf[pos++] = '0';
  buf[pos] = 0;
}

/* -------------------------------------------------------------------- */
/* Number tokens                                                         */
/* -------------------------------------------------------------------- */

/* The digit groups of a number token and the separators before them:
** "1,200,000" -> 1 ,200 ,000 (sep[k] precedes grp[k]). */
typedef struct groups {
  uint64_t grp[4];
  int glen[4];
  char sep[4];
  int ng;
} groups_t;

/* '90s as one token: only a decade may follow the apostrophe. */
static void ntok_apostrophe(const unsigned char *p, const unsigned char *e,
                            ntok_t *nt) {
  p += *p == '\'' ? 1 : 3;
  if (e - p == 3 && p[0] >= '0' && p[0] <= '9' && p[1] == '0' &&
      (p[2] | 0x20) == 's') {
    nt->kind = NT_DECADE;
    nt->ndig = 2;
    nt->v = dec_int((uint64_t)(p[0] - '0') * 10);
  }
}

/* Splits p..e into up to 4 digit groups joined by . , : / - ("19.12.2023");
** returns where the groups end, or NULL when a group has no digit. */
static const unsigned char *split_groups(const unsigned char *p,
                                         const unsigned char *e, groups_t *g) {
  const unsigned char *q = p;
  memset(g, 0, sizeof(*g));
  while (q < e && g->ng < 4) {
    int n = g->ng;
    while (q < e && *q >= '0' && *q <= '9') {
      if (g->glen[n] < 19)
        g->grp[n] = g->grp[n] * 10 + (uint64_t)(*q - '0');
      g->glen[n]++;
      q++;
    }
    if (g->glen[n] == 0)
      return NULL;
    g->ng++;
    if (q + 1 < e &&
        (*q == '.' || *q == ',' || *q == ':' || *q == '/' || *q == '-') &&
        q[1] >= '0' && q[1] <= '9' && g->ng < 4) {
      g->sep[g->ng] = (char)*q;
      q++;
      continue;
    }
    break;
  }
  return q;
}

/* One group with a suffix: 1990s and 90s (decades), 2nd, 21st (ordinals). */
static void ntok_suffix(const groups_t *g, const unsigned char *q, size_t rest,
                        ntok_t *nt) {
  char s0 = (char)(q[0] | 0x20), s1 = rest > 1 ? (char)(q[1] | 0x20) : 0;
  if (g->ng != 1)
    return;
  if (rest == 1 && s0 == 's' && (g->glen[0] == 4 || g->glen[0] == 2) &&
      g->grp[0] % 10 == 0) {
    nt->kind = NT_DECADE;
    nt->ndig = g->glen[0];
    nt->v = dec_int(g->grp[0]);
    return;
  }
  if (rest == 2 &&
      ((s0 == 's' && s1 == 't') || (s0 == 'n' && s1 == 'd') ||
       (s0 == 'r' && s1 == 'd') || (s0 == 't' && s1 == 'h')) &&
      g->glen[0] <= 9) {
    nt->kind = NT_ORD;
    nt->v = dec_int(g->grp[0]);
  }
}

/* Groups joined by / or -, as tokenizers that keep these inside numbers
** make them: 12/19/2023, 2023-12-19, 19-20, 1/2. */
static void ntok_dashed(const groups_t *g, ntok_t *nt) {
  const uint64_t *grp = g->grp;
  const int *glen = g->glen;
  for (int k = 2; k < g->ng; k++)
    if (g->sep[k] != g->sep[1])
      return;
  if (g->ng == 3 && g->sep[1] == '/' && glen[0] <= 2 && glen[1] <= 2 &&
      (glen[2] == 4 || glen[2] == 2)) {
    nt->kind = NT_SLASH3;
    nt->a = (int)grp[0];
    nt->b = (int)grp[1];
    nt->d = glen[2] == 4 ? (int)grp[2] : full_year((int)grp[2]);
  } else if (g->ng == 3 && g->sep[1] == '-' && glen[0] == 4 && glen[1] == 2 &&
             glen[2] == 2) {
    nt->kind = NT_ISO;
    nt->d = (int)grp[0];
    nt->a = (int)grp[1];
    nt->b = (int)grp[2];
  } else if (g->ng == 2 && glen[0] <= 9 && glen[1] <= 9) {
    nt->kind = g->sep[1] == '/' ? NT_FRAC : NT_RANGE;
    nt->a = (int)grp[0];
    nt->b = (int)grp[1];
    nt->ndig = glen[0];
    nt->d = glen[1];
  }
}

/* Groups joined by colons: 10:30, 10:30:15. */
static void ntok_clock(const groups_t *g, ntok_t *nt) {
  const uint64_t *grp = g->grp;
  const int *glen = g->glen;
  if (glen[0] > 2 || glen[1] != 2 || grp[0] > 24 || grp[1] >= 60)
    return;
  if (g->ng == 2 ||
      (g->ng == 3 && g->sep[2] == ':' && glen[2] == 2 && grp[2] < 61)) {
    nt->kind = NT_TIME;
    nt->a = (int)grp[0];
    nt->b = (int)grp[1];
  }
}

/* Two groups joined by a point: 3.5 (a and b keep 10.30 for a clock). */
static void ntok_decimal(const groups_t *g, ntok_t *nt) {
  const int *glen = g->glen;
  nt->kind = NT_DEC;
  nt->a = glen[0] <= 2 ? (int)g->grp[0] : NOT_CLOCK;
  nt->b = glen[1] == 2 ? (int)g->grp[1] : NOT_CLOCK;
  if (glen[0] + glen[1] > 17)
    return;
  nt->v.m = g->grp[0];
  for (int k = 0; k < glen[1]; k++)
    nt->v.m *= 10;
  nt->v.m += g->grp[1];
  nt->v.e = -glen[1];
  nt->v.ok = 1;
}

/* Thousands separators: 11,000, 1,200,000, 7,215.5 (the tokenizer stops at
** 4 groups here). */
static void ntok_thousands(const groups_t *g, ntok_t *nt) {
  uint64_t v = g->grp[0];
  int total = g->glen[0], frac = 0;
  if (g->glen[0] > 3)
    return;
  for (int k = 1; k < g->ng; k++) {
    if (k == g->ng - 1 && k > 1 && g->sep[k] == '.' && g->glen[k] <= 6) {
      for (int z = 0; z < g->glen[k]; z++)
        v *= 10;
      v += g->grp[k];
      frac = g->glen[k];
      break;
    }
    if (g->sep[k] != ',' || g->glen[k] != 3)
      return;
    v = v * 1000 + g->grp[k];
    total += 3;
  }
  nt->kind = frac ? NT_DEC : NT_INT;
  nt->commas = 1;
  nt->ndig = total;
  nt->v = dec_int(v);
  nt->v.e = -frac;
  if (total + frac > 17)
    nt->v.ok = 0;
  if (frac)
    nt->a = nt->b = NOT_CLOCK;
}

/* Reads the digit groups of p..e by their first separator. */
static void ntok_groups(const unsigned char *p, const unsigned char *e,
                        ntok_t *nt) {
  groups_t g;
  const unsigned char *q = split_groups(p, e, &g);
  if (!q)
    return;
  if (q < e) {
    ntok_suffix(&g, q, (size_t)(e - q), nt);
  } else if (g.ng == 1) {
    nt->kind = NT_INT;
    nt->ndig = g.glen[0];
    nt->v = dec_int(g.grp[0]);
    if (g.glen[0] > 17)
      nt->v.ok = 0;
  } else if (g.sep[1] == '/' || g.sep[1] == '-') {
    ntok_dashed(&g, nt);
  } else if (g.sep[1] == ':') {
    ntok_clock(&g, nt);
  } else if (g.sep[1] == '.' && g.ng == 2) {
    ntok_decimal(&g, nt);
  } else if (g.sep[1] == '.' && g.ng == 3 && g.sep[2] == '.' &&
             g.glen[0] <= 2 && g.glen[1] <= 2 && g.glen[2] == 4) {
    nt->kind = NT_DOTDATE; /* 19.12.2023 */
    nt->a = (int)g.grp[0];
    nt->b = (int)g.grp[1];
    nt->d = (int)g.grp[2];
  } else if (g.sep[1] == ',') {
    ntok_thousands(&g, nt);
  }
}

void numex_parse_ntok(const ctx_t *c, size_t i, ntok_t *nt) {
  const unsigned char *p;
  size_t len;
  memset(nt, 0, sizeof(*nt));
  if (i >= c->n || tkind(c, i) != NLP_TOKEN_NUMBER)
    return;
  p = (const unsigned char *)tptr(c, i);
  len = tlen(c, i);
  nt->kind = NT_OTHER;
  if (len == 0 || len > 40)
    return;
  if (*p == '\'' || (len > 3 && p[0] == 0xE2 && p[1] == 0x80 && p[2] == 0x99))
    ntok_apostrophe(p, p + len, nt);
  else
    ntok_groups(p, p + len, nt);
}

/* -------------------------------------------------------------------- */
/* Approximators                                                         */
/* -------------------------------------------------------------------- */

size_t numex_approx_len(const ctx_t *c, size_t i) {
  const word_t *w = word_at(c, i); /* held over reads of i + 1, i + 2 */
  if (w->lex.cls == X_NONE)
    return 0;
  if (w->lex.cls == X_APPROX)
    return 1;
  /* the longer ones: the next word is read only after one of their first
  ** words (most words open none) */
  if (wis(w, "more") || wis(w, "less") || wis(w, "fewer"))
    return word_is(c, i + 1, "than") ? 2 : 0;
  if (wis(w, "up") || wis(w, "close"))
    return word_is(c, i + 1, "to") ? 2 : 0;
  if (wis(w, "at"))
    return word_is(c, i + 1, "least") || word_is(c, i + 1, "most") ? 2 : 0;
  if (wis(w, "just") || wis(w, "well")) {
    if (cls_at(c, i + 1) == X_APPROX)
      return 2;
    /* just 100 */
    return wis(w, "just") && numex_starts_number(c, i + 1) ? 1 : 0;
  }
  /* an estimated 300 */
  if (wis(w, "an"))
    return word_is(c, i + 1, "estimated") ? 2 : 0;
  if (wis(w, "as"))
    return (word_is(c, i + 1, "many") || word_is(c, i + 1, "much") ||
            word_is(c, i + 1, "few")) &&
                   word_is(c, i + 2, "as")
               ? 3
               : 0;
  return 0;
}

/* Whether the word before a hyphen in w is a number word: twenty-five. */
static int number_before_hyphen(const word_t *w) {
  const char *h = w->hyphen ? memchr(w->low, '-', w->len) : NULL;
  return h && numex_lex_find(w->low, (size_t)(h - w->low)).cls == X_NUM;
}

int numex_starts_number(const ctx_t *c, size_t i) {
  const word_t *w;
  if (i >= c->n)
    return 0;
  if (tkind(c, i) == NLP_TOKEN_NUMBER || tkind(c, i) == NLP_TOKEN_SYMBOL)
    return 1;
  w = word_at(c, i);
  if (w->len && w->low[0] >= '0' && w->low[0] <= '9')
    return 1;
  switch (wcls(w)) {
  case X_NUM:
  case X_VAGUE:
  case X_CURADJ:
  case X_CLOCK: /* around midnight */
    return 1;
  default:
    break;
  }
  if (wis(w, "a") || wis(w, "an") || wis(w, "half") || wis(w, "tens") ||
      wis(w, "rs"))
    return 1;
  if (w->len && w->upper && numex_is_code(tptr(c, i), tlen(c, i)))
    return 1;
  return number_before_hyphen(w);
}

/* -------------------------------------------------------------------- */
/* Number phrases                                                        */
/* -------------------------------------------------------------------- */

long numex_word_num(const word_t *w) {
  const char *h;
  if (!w->len)
    return -1;
  if (w->lex.cls == X_NUM)
    return w->lex.val;
  h = w->hyphen ? memchr(w->low, '-', w->len) : NULL;
  if (h) {
    lex_t a = numex_lex_find(w->low, (size_t)(h - w->low));
    lex_t b = numex_lex_find(h + 1, w->len - (size_t)(h - w->low) - 1);
    if (a.cls == X_NUM && b.cls == X_NUM && a.val >= 20 && a.val % 10 == 0 &&
        b.val >= 1 && b.val <= 9)
      return a.val + b.val;
  }
  return -1;
}

/* Whether a glued scale abbreviation w after the number nt is taken: 5m
** people, 1.2bn, 10k, $5 m (where: PHRASE_MONEY), not a 100m sprint. */
static int takes_abbr(const ctx_t *c, size_t i, const word_t *w,
                      const ntok_t *nt, phrase_ctx_t where) {
  int money = where == PHRASE_MONEY;
  if (wcls(w) != X_ABBR || !(glued(c, i) || money) || nt->kind == NT_OTHER)
    return 0;
  if (wis(w, "m") && !money) {
    /* 5m people (million) or 100m sprint (metres)? */
    word_t x;
    get_word(c, i + 2, &x);
    return nt->kind == NT_DEC ||
           (x.len > 2 && x.low[x.len - 1] == 's' && !x.upper) ||
           wis(&x, "people");
  }
  if (wis(w, "b") && !money)
    return 0;
  if (wis(w, "k") && !money && !glued(c, i))
    return 0;
  return 1;
}

/* A phrase led by a number token: 11,000; 5m; 1.5 million; 2 dozen. */
static int digits_phrase(const ctx_t *c, size_t i, phrase_ctx_t where,
                         nphr_t *p) {
  ntok_t nt;
  word_t w;
  size_t j = i + 1;
  numex_parse_ntok(c, i, &nt);
  if (nt.kind != NT_INT && nt.kind != NT_DEC && nt.kind != NT_OTHER &&
      nt.kind != NT_RANGE)
    return 0;
  if (nt.kind == NT_RANGE) {
    nt.kind = NT_OTHER; /* 10-15: a range, no single value */
    nt.v.ok = 0;
  }
  p->digits = 1;
  p->nt = nt.kind;
  p->ndig = nt.ndig;
  p->commas = nt.commas;
  p->v = nt.v;
  get_word(c, j, &w);
  if (takes_abbr(c, i, &w, &nt, where)) {
    p->v = dec_scale(p->v, w.lex.val);
    p->e = j + 1;
    return 1;
  }
  for (; j < c->n; j++) {
    get_word(c, j, &w);
    if (wcls(&w) == X_SCALE)
      p->v = dec_scale(p->v, w.lex.val);
    else if (wcls(&w) == X_DOZEN)
      p->v = dec_mul(p->v, (uint64_t)w.lex.val); /* 2 dozen */
    else
      break;
  }
  p->e = j;
  return 1;
}

/* Vague amounts: thousands, tens of thousands, hundreds of millions. */
static int vague_phrase(const ctx_t *c, size_t i, const word_t *w, nphr_t *p) {
  size_t j = i + 1;
  if (wis(w, "tens") && !(word_is(c, j, "of") && cls_at(c, j + 1) == X_VAGUE))
    return 0;
  while (word_is(c, j, "of") && cls_at(c, j + 1) == X_VAGUE && j + 1 > i)
    j += 2;
  p->vague = 1;
  p->e = j;
  return 1;
}

/* half a million; half a percentage point (a half standing for a unit). */
static int half_phrase(const ctx_t *c, size_t i, nphr_t *p) {
  word_t x;
  get_word(c, i + 2, &x);
  p->v.m = 5;
  p->v.e = -1;
  p->v.ok = 1;
  if (wcls(&x) == X_SCALE) {
    p->v = dec_scale(p->v, x.lex.val);
    p->e = i + 3;
  } else if (wcls(&x) == X_DOZEN) { /* half a dozen: 6 */
    p->v = dec_int((uint64_t)x.lex.val / 2u);
    p->e = i + 3;
  } else {
    p->e = i + 2;
    p->is_a = 1;
  }
  return 1;
}

/* What the last word of a spelled-out number was, for what may follow. */
typedef enum spelled_last {
  SP_START = 0, /* nothing yet, or "and" */
  SP_UNIT,      /* one..nineteen, or tens and units: twenty-five */
  SP_TENS,      /* twenty..ninety */
  SP_HUNDRED,   /* three hundred */
  SP_BIG        /* thousand, million ...; a dozen */
} spelled_last_t;

/* A spelled-out number being summed: total + cur, last word last. */
typedef struct spelled {
  uint64_t total, cur;
  spelled_last_t last;
} spelled_t;

/* Adds the word w to the spelled number s; 0 when it ends it. */
static int spelled_step(const word_t *w, spelled_t *s) {
  long v = numex_word_num(w);
  if (v >= 0) {
    if (s->last == SP_UNIT || (s->last == SP_TENS && (v >= 10 || s->cur % 10)))
      return 0;
    s->cur += (uint64_t)v;
    s->last = s->last == SP_TENS       ? SP_UNIT
              : v >= 20 && v % 10 == 0 ? SP_TENS
                                       : SP_UNIT;
    return 1;
  }
  if (wcls(w) == X_SCALE && (s->last == SP_UNIT || s->last == SP_TENS ||
                             (s->last == SP_HUNDRED && w->lex.val > 2))) {
    int pw = w->lex.val;
    if (pw == 2) {
      s->cur *= 100;
      s->last = SP_HUNDRED;
    } else {
      uint64_t m = 1;
      for (int k = 0; k < pw; k++)
        m *= 10;
      s->total += s->cur * m;
      s->cur = 0;
      s->last = SP_BIG;
    }
    return 1;
  }
  if (wcls(w) == X_DOZEN && (s->last == SP_UNIT || s->last == SP_TENS)) {
    s->cur *= (uint64_t)w->lex.val; /* two dozen */
    s->last = SP_BIG;
    return 1;
  }
  return 0;
}

/* Whether "and" at j goes on a spelled number: "three hundred and five". */
static int spelled_and(const ctx_t *c, size_t j, const word_t *w,
                       const spelled_t *s) {
  word_t x;
  if (!wis(w, "and") || (s->last != SP_HUNDRED && s->last != SP_BIG))
    return 0;
  get_word(c, j + 1, &x);
  return numex_word_num(&x) >= 0 && numex_word_num(&x) < 100;
}

/* A spelled-out number: twenty-five, three hundred and five, a dozen, a
** million. */
static int spelled_phrase(const ctx_t *c, size_t i, const word_t *first,
                          nphr_t *p) {
  spelled_t s = {0, 0, SP_START};
  size_t j = i;
  int any = 0;
  word_t w;
  if (wis(first, "a") || wis(first, "an")) {
    word_t x;
    get_word(c, i + 1, &x);
    if (wcls(&x) != X_SCALE && wcls(&x) != X_DOZEN)
      return 0;
    s.cur = 1;
    s.last = SP_UNIT;
    j = i + 1;
  }
  for (; j < c->n; j++) {
    get_word(c, j, &w);
    if (spelled_step(&w, &s)) {
      any = 1;
    } else if (spelled_and(c, j, &w, &s)) {
      s.last = SP_START;
    } else {
      break;
    }
  }
  if (!any)
    return 0;
  p->v = dec_int(s.total + s.cur);
  p->e = j;
  p->is_one = j == i + 1 && word_is(c, i, "one");
  return 1;
}

int numex_parse_phrase(const ctx_t *c, size_t i, phrase_ctx_t where,
                       nphr_t *p) {
  word_t w;
  memset(p, 0, sizeof(*p));
  p->s = i;
  if (i >= c->n)
    return 0;
  if (tkind(c, i) == NLP_TOKEN_NUMBER)
    return digits_phrase(c, i, where, p);
  get_word(c, i, &w);
  if (!w.len)
    return 0;
  if (wcls(&w) == X_VAGUE || wis(&w, "tens"))
    return vague_phrase(c, i, &w, p);
  if (wis(&w, "half") && (word_is(c, i + 1, "a") || word_is(c, i + 1, "an")))
    return half_phrase(c, i, p);
  return spelled_phrase(c, i, &w, p);
}

/* Appends s[0..n) to buf (cap bytes) at *len, as far as it fits with a NUL;
** *len counts every byte. */
static void fmt_put(char *buf, size_t cap, size_t *len, const char *s,
                    size_t n) {
  for (size_t k = 0; k < n; k++, (*len)++)
    if (*len + 1 < cap)
      buf[*len] = s[k];
}

/* Appends c n times (padding). */
static void fmt_pad(char *buf, size_t cap, size_t *len, char c, int n) {
  for (; n > 0; n--)
    fmt_put(buf, cap, len, &c, 1);
}

/* Appends the integer v as "%+0*ld" would, with the flags given. */
static void fmt_long(char *buf, size_t cap, size_t *len, long v, int plus,
                     int zero, int width) {
  char d[24];
  size_t nd = 0;
  unsigned long u = v < 0 ? 0ul - (unsigned long)v : (unsigned long)v;
  char sign = v < 0 ? '-' : plus ? '+' : 0;
  do
    d[sizeof d - 1 - nd++] = (char)('0' + u % 10u);
  while ((u /= 10u) != 0);
  width -= (int)nd + (sign != 0);
  if (!zero)
    fmt_pad(buf, cap, len, ' ', width);
  if (sign)
    fmt_put(buf, cap, len, &sign, 1);
  if (zero)
    fmt_pad(buf, cap, len, '0', width);
  fmt_put(buf, cap, len, d + sizeof d - nd, nd);
}

/* Reads a width or precision at *f: digits, or FMT_ARG for "*" (the caller
** takes it from its arguments). */
#define FMT_ARG (-2)
static int fmt_num(const char **f) {
  int n = 0;
  if (**f == '*') {
    (*f)++;
    return FMT_ARG;
  }
  while (**f >= '0' && **f <= '9')
    n = n * 10 + (*(*f)++ - '0');
  return n;
}

/* NOLINTBEGIN(clang-analyzer-valist.Uninitialized): clang-tidy 14 reads
** ap as uninitialised in this loop although va_start opens it (a false
** positive; the sanitizer build and the tests run every conversion). */
int numex_fmt(char *buf, size_t cap, const char *fmt, ...) {
  va_list ap;
  size_t len = 0;
  va_start(ap, fmt);
  for (const char *f = fmt; *f; f++) {
    int plus = 0, zero = 0, width, prec = -1, lng = 0;
    if (*f != '%') {
      fmt_put(buf, cap, &len, f, 1);
      continue;
    }
    f++;
    for (; *f == '+' || *f == '0'; f++)
      *f == '+' ? (plus = 1) : (zero = 1);
    width = fmt_num(&f);
    if (width == FMT_ARG)
      width = va_arg(ap, int);
    if (*f == '.') {
      f++;
      prec = fmt_num(&f);
      if (prec == FMT_ARG)
        prec = va_arg(ap, int);
    }
    if (*f == 'l') {
      lng = 1;
      f++;
    }
    if (*f == 'd') {
      fmt_long(buf, cap, &len, lng ? va_arg(ap, long) : va_arg(ap, int), plus,
               zero, width);
    } else if (*f == 'c') {
      char c = (char)va_arg(ap, int);
      fmt_pad(buf, cap, &len, ' ', width - 1);
      fmt_put(buf, cap, &len, &c, 1);
    } else if (*f == 's') {
      const char *s = va_arg(ap, const char *);
      size_t n = 0;
      while (s[n] && (prec < 0 || n < (size_t)prec))
        n++;
      fmt_pad(buf, cap, &len, ' ', width - (int)n);
      fmt_put(buf, cap, &len, s, n);
    } else if (*f == '%') {
      fmt_put(buf, cap, &len, "%", 1);
    } else {
      break; /* no other conversion is used: stop rather than guess */
    }
  }
  va_end(ap);
  if (cap)
    buf[len < cap ? len : cap - 1] = 0;
  return (int)len;
}
/* NOLINTEND(clang-analyzer-valist.Uninitialized) */
