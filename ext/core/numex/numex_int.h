/*
** numex_int.h: what the files of the numex stage share (private to
** ext/core/numex/; the stage's API is numex.h).
**
** The files, one job each:
**   lexicon.c  the lexicon (word classes and values) and reading a token as
**              a word (word_t, decoded once into a small cache)
**   numbers.c  exact decimal values, number tokens ("11,000", "10:30"),
**              number phrases ("1.5 million", "twenty-five") and
**              approximators ("more than")
**   times.c    clock times ("3 p.m.", "quarter past six")
**   dates.c    calendar dates ("December 19, 2023", "19/12/2023",
**              "Monday", "the 1990s")
**   relative.c relative dates and periods ("last week", "earlier this
**              month", "the past two years", "the end of 2023")
**   amounts.c  number-led MONEY, PERCENT, QUANTITY, CARDINAL, durations
**              and bare years ("$5m", "3.5%", "10 km", "two years")
**   ordinals.c ORDINAL ("2nd", "twenty-first", "fifth-largest")
**   timex_read.c  the TimeML value or template of a DATE or TIME ("last
**              week" -> "~W-1", "two years" -> "P2Y")
**   timeml.c   templates placed on the calendar (nlp_numex_resolve)
**   numex.c    the matchers in order, the scan, the public API
** Every matcher has the same shape: given token i, it fills a match_t and
** returns the end of the match (one past its last token), or 0.
*/
#ifndef NLP_NUMEX_INT_H
#define NLP_NUMEX_INT_H

#include <stdint.h>
#include <string.h>

#include "numex/numex.h"
#include "text/wordset.h"

/* -------------------------------------------------------------------- */
/* The lexicon (lexicon.c)                                               */
/* -------------------------------------------------------------------- */

/* The class of a lexicon word: what the matchers read it as. */
typedef enum numex_class {
  X_NONE = 0,
  X_NUM,     /* zero..nineteen, twenty..ninety: val */
  X_SCALE,   /* hundred..trillion: val = power of ten */
  X_ABBR,    /* k m mn bn: val = power of ten (glued or in money only) */
  X_DOZEN,   /* dozen: val = the factor, 12 */
  X_VAGUE,   /* hundreds, thousands, dozens ...: val = power of ten */
  X_ORD,     /* first..: val */
  X_MONTH,   /* val 1..12 */
  X_WDAY,    /* monday..sunday: val 1..7 */
  X_DUNIT,   /* day, week, month, year, decade, century, weekend ... */
  X_TUNIT,   /* hour, minute, seconds */
  X_TOD,     /* morning, afternoon, evening, night */
  X_CLOCK,   /* noon, midnight, midday: val = hour */
  X_REL,     /* today, yesterday, tomorrow (REL_DAY), tonight (REL_NIGHT) */
  X_DMOD,    /* this, last, next, past, coming, previous ... */
  X_EARLY,   /* early, earlier, late, later, mid */
  X_SEASON,  /* spring, summer, autumn, fall, winter */
  X_CUR,     /* currency words: canon = ISO code (F_SUBUNIT: a cent) */
  X_UNIT,    /* units of measure: canon */
  X_PCT,     /* percent, pct */
  X_APPROX,  /* about, around, nearly ... */
  X_AMPM,    /* am, pm, a.m, p.m: val AM or PM */
  X_CURADJ,  /* US, American, Canadian ... before "dollars": canon */
  X_WORD,    /* other words the matchers test by name */
  X_REFW,    /* now, recently, daily: canon = the TimeML value */
  X_HOLIDAY, /* Christmas, Easter: canon = "--MM-DD" or "" */
  X_LIFE     /* twenties..nineties, the decades of a life: val */
} numex_class_t;

/* Entry flags. */
enum {
  F_AMBIG = 1,   /* month that is also a common word or name: May, March */
  F_ABBR = 2,    /* abbreviated month: Jan, Sept */
  F_PLURAL = 4,  /* a plural unit word */
  F_OLD = 8,     /* year-old, month-old */
  F_SUBUNIT = 16 /* a hundredth of a currency: cent, penny */
};

/* The power of ten of a currency's subunit: 50 cents are 0.5 USD. */
#define SUBUNIT_POWER (-2)

/* The value of an X_AMPM word. */
enum { AM = 0, PM = 1 };
/* The hour h (1..12) read with am/pm (AM, PM, or -1: neither) on a 24-hour
** clock: 3 pm -> 15, 12 am -> 0. */
static inline int hour24(int h, int ampm) {
  if (ampm == PM && h < 12)
    return h + 12;
  if (ampm == AM && h == 12)
    return 0;
  return h;
}
/* The value of an X_REL word: a day (DATE) or tonight (TIME). */
enum { REL_DAY = 0, REL_NIGHT = 1 };

/* What the lexicon knows of a word. */
typedef struct lex {
  unsigned char cls;   /* numex_class_t; X_NONE: not in the lexicon */
  unsigned char flags; /* F_* */
  short val;           /* the value its list gives it (a month's number) */
  const char *canon;   /* the data its list gives it (a unit, an ISO 4217
                       ** code), or "" */
} lex_t;

/* The lexicon entry of the lower-case w[0..n) (cls X_NONE when none). */
lex_t numex_lex_find(const char *w, size_t n);

/* Whether w[0..len) is one of the ISO 4217 codes read before or after an
** amount ("USD"; case-sensitive). */
int numex_is_code(const char *w, size_t len);

/* The ISO 4217 code of a currency sign ("$", "£"), or NULL. */
const char *numex_sign_code(const char *p, size_t n);
/* The ISO 4217 code of the letters glued before "$" ("US" in US$5), or
** NULL. */
const char *numex_dollar_code(const char *p, size_t n);

/* -------------------------------------------------------------------- */
/* Tokens read as words (lexicon.c)                                      */
/* -------------------------------------------------------------------- */

#define WMAX 24 /* longest word looked up, in bytes */

typedef struct word {
  char low[WMAX + 1]; /* lower-cased ASCII, trailing period removed */
  size_t len;         /* 0 when not a plain ASCII word of <= WMAX bytes */
  lex_t lex;          /* lexicon entry of low (cls X_NONE: none) */
  const nlp_list_word *lists; /* the word lists of low (len not 0), or NULL */
  int upper;                  /* first letter is a capital */
  int allcaps;                /* all letters are capitals */
  int hyphen;                 /* low has a '-' (0 when len is 0) */
} word_t;

/* The matchers read the same few tokens again and again; a small
** direct-mapped cache of decoded words (on the caller's stack) keeps that
** to one decode and one look-up per token. */
#define WCACHE 16

typedef struct ctx {
  const char *text;
  const nlp_token_t *toks;
  size_t n;
  word_t *cache;     /* WCACHE entries */
  size_t *cache_idx; /* token index + 1 held by each entry, 0 = empty */
  size_t *nothing;   /* token index + 1 of the last word found to start
                        nothing (numex_starts_nothing), 0 = none */
} ctx_t;

static inline const char *tptr(const ctx_t *c, size_t i) {
  return c->text + c->toks[i].byte_start;
}

static inline size_t tlen(const ctx_t *c, size_t i) {
  const nlp_token_t *t = &c->toks[i];
  return t->byte_end > t->byte_start ? t->byte_end - t->byte_start : 0;
}

/* The kind of token i; past the last token, punctuation (so a rule that
** looks ahead stops there). */
static inline nlp_token_kind_t tkind(const ctx_t *c, size_t i) {
  return i < c->n ? c->toks[i].kind : NLP_TOKEN_PUNCT;
}

/* Whether token i ends exactly where token i+1 starts. */
static inline int glued(const ctx_t *c, size_t i) {
  return i + 1 < c->n && c->toks[i].byte_end == c->toks[i + 1].byte_start;
}

/* Whether token i is exactly the string s. */
static inline int is_tok(const ctx_t *c, size_t i, const char *s) {
  size_t n = strlen(s);
  return i < c->n && tlen(c, i) == n && memcmp(tptr(c, i), s, n) == 0;
}

/* Reads token i as a word into w: lower-cased ASCII, a right single
** quotation mark read as ', a final period dropped, looked up in the
** lexicon. Out of line: word_at, inlined in every reader, is the cache
** hit. */
void numex_decode_word(const ctx_t *c, size_t i, word_t *w);

/* Token i read as a word, in the cache: good until a word is read for
** another token of the same cache entry (i + k * WCACHE). For use before
** reading words further away; get_word keeps a copy. */
static inline const word_t *word_at(const ctx_t *c, size_t i) {
  size_t slot = i % WCACHE;
  if (c->cache_idx[slot] != i + 1) {
    numex_decode_word(c, i, &c->cache[slot]);
    c->cache_idx[slot] = i + 1;
  }
  return &c->cache[slot];
}

static inline void get_word(const ctx_t *c, size_t i, word_t *w) {
  *w = *word_at(c, i);
}

/* Whether w is the word s (the first bytes compared inline: most differ). */
static inline int wis(const word_t *w, const char *s) {
  return w->len && w->low[0] == s[0] && strcmp(w->low, s) == 0;
}

static inline int word_is(const ctx_t *c, size_t i, const char *s) {
  return wis(word_at(c, i), s);
}

static inline int wcls(const word_t *w) { return w->lex.cls; }

/* Whether w is an entry of the list id (text/wordset.h). */
static inline int word_in(const word_t *w, enum nlp_list id) {
  return w->len && nlp_list_word_in(w->lists, id);
}

/* The entry of w in the list id (text/wordset.h), or NULL. */
static inline const nlp_list_item *word_item(const word_t *w,
                                             enum nlp_list id) {
  return w->len ? nlp_list_word_item(w->lists, id) : NULL;
}

static inline int cls_at(const ctx_t *c, size_t i) {
  return wcls(word_at(c, i));
}

/* Whether token i is a hyphen or an en dash. */
static inline int is_dash(const ctx_t *c, size_t i) {
  return is_tok(c, i, "-") || is_tok(c, i, "\xE2\x80\x93"); /* - – */
}

/* Whether token i is "'s" (straight or curly apostrophe). */
static inline int is_apos_s(const ctx_t *c, size_t i) {
  return is_tok(c, i, "'s") || is_tok(c, i, "\xE2\x80\x99s");
}

/* -------------------------------------------------------------------- */
/* Numbers (numbers.c)                                                   */
/* -------------------------------------------------------------------- */

/* The years a plain four-digit number may be ("in 2019"), and the first
** year a range may not reach ("2019-2020", not "2019-2250"). */
#define YEAR_MIN 1000
#define YEAR_MAX 2099
#define YEAR_RANGE_END 2200

/* A two-digit year read in full: 19 -> 2019, 85 -> 1985. */
static inline int full_year(int yy) { return yy + (yy < 50 ? 2000 : 1900); }

/* An exact decimal: value = m * 10^e. */
typedef struct dec {
  uint64_t m;
  int e;
  int ok; /* 0: unknown or too large */
} dec_t;

#define MANT_MAX 100000000000000000ULL /* 1e17 */

static inline dec_t dec_int(uint64_t v) {
  dec_t d = {v, 0, 1};
  return d;
}

static inline dec_t dec_scale(dec_t d, int p) {
  d.e += p;
  if (d.e > 30 || d.e < -30)
    d.ok = 0;
  return d;
}

static inline dec_t dec_mul(dec_t d, uint64_t k) {
  if (!d.ok)
    return d;
  if (k && d.m > UINT64_MAX / k / 10)
    d.ok = 0;
  d.m *= k;
  return d;
}

/* Writes d in plain decimal notation ("1200000", "3.5"); "" when unknown. */
void numex_dec_fmt(dec_t d, char *buf, size_t cap);

/* snprintf for the values of this stage, without the C library's cost:
** the conversions d, ld, c, s and % with the flags + and 0, a width (or
** *) and a precision (or *) for s ("%04d", "%+ld", "%.5s", "%.*s",
** "%0*ld"). Writes at most cap bytes with a NUL; returns the length the
** whole would have (numbers.c). The compiler checks its arguments as
** printf's. */
#if defined(__GNUC__)
__attribute__((format(printf, 3, 4)))
#endif
int numex_fmt(char *buf, size_t cap, const char *fmt, ...);

/* The kind of a number token. */
typedef enum ntok_kind {
  NT_NONE = 0,
  NT_INT,     /* 2023, 11,000 */
  NT_DEC,     /* 3.5 */
  NT_TIME,    /* 10:30 */
  NT_DECADE,  /* 1990s, 90s */
  NT_ORD,     /* 2nd */
  NT_DOTDATE, /* 19.12.2023 */
  NT_SLASH3,  /* 12/19/2023 as one token: a b d */
  NT_ISO,     /* 2023-12-19 as one token: d (year) a (month) b (day) */
  NT_RANGE,   /* 19-20, 2019-20, 4-1: a b, ndig = digits of a, d of b */
  NT_FRAC,    /* 1/2, 9/11 */
  NT_OTHER    /* other digits (3,5 or non-ASCII digits) */
} ntok_kind_t;

/* A number token read. */
typedef struct ntok {
  ntok_kind_t kind;
  dec_t v;
  int ndig;    /* digits of an NT_INT without commas, of NT_DECADE */
  int commas;  /* NT_INT written with thousands separators */
  int a, b, d; /* parts: hh mm for NT_TIME, d m y for NT_DOTDATE */
} ntok_t;

/* a or b of an NT_DEC that cannot be an hour or minutes (10.30am) */
#define NOT_CLOCK 99

/* Reads token i as a number token (kind NT_NONE when it is none). */
void numex_parse_ntok(const ctx_t *c, size_t i, ntok_t *nt);

/* A number phrase: 11,000; 1.5 million; twenty-five; a dozen; thousands. */
typedef struct nphr {
  size_t s, e;
  dec_t v;
  int vague;      /* thousands, dozens: no value */
  int digits;     /* led by a number token */
  ntok_kind_t nt; /* the kind of that token */
  int ndig;
  int commas;
  int is_one; /* the single word "one" */
  int is_a;   /* "a"/"an" standing for one before a unit */
} nphr_t;

/* Where a number phrase is read: in a money context, "m", "bn" after the
** amount are scales even with a space ("$5 m"). */
typedef enum phrase_ctx { PHRASE_PLAIN = 0, PHRASE_MONEY = 1 } phrase_ctx_t;

/* Parses a number phrase at i into p; 0 when there is none. */
int numex_parse_phrase(const ctx_t *c, size_t i, phrase_ctx_t where, nphr_t *p);

/* Value of a number word, hyphenated compounds included ("twenty-five");
** -1 if it is not one. */
long numex_word_num(const word_t *w);

/* Whether token i starts a number: digits, a number word, "a"/"half"
** before a scale. Used to decide whether an approximator applies. */
int numex_starts_number(const ctx_t *c, size_t i);

/* Length in tokens of an approximator at i ("more than", "about"), or 0. */
size_t numex_approx_len(const ctx_t *c, size_t i);

/* -------------------------------------------------------------------- */
/* Matches                                                               */
/* -------------------------------------------------------------------- */

/* An internal label: the tokens are consumed without an entity. */
#define NX_SKIP ((nlp_numex_label_t)100)

typedef struct match {
  size_t s, e; /* token span */
  nlp_numex_label_t label;
  char value[NLP_NUMEX_VALUE_MAX];
} match_t;

/* Fills m with [s, e), label and value (NULL or too long: "");
** returns e. */
static inline size_t set(match_t *m, size_t s, size_t e,
                         nlp_numex_label_t label, const char *value) {
  m->s = s;
  m->e = e;
  m->label = label;
  m->value[0] = 0;
  if (value) {
    size_t n = strlen(value);
    if (n >= NLP_NUMEX_VALUE_MAX)
      n = 0;
    memcpy(m->value, value, n);
    m->value[n] = 0;
  }
  return e;
}

/* DATE or TIME, by whether a period is counted in time units. */
static inline nlp_numex_label_t date_or_time(int time) {
  return time ? NLP_NUMEX_TIME : NLP_NUMEX_DATE;
}

/* -------------------------------------------------------------------- */
/* Calendar pieces (dates.c)                                             */
/* -------------------------------------------------------------------- */

/* ISO date value: y may be 0 (no year), d may be 0 (no day); "" when the
** date does not exist. */
void numex_iso_date(char *buf, size_t cap, int y, int mo, int d);
/* A plain year at token i (1000..2099), or 0. */
int numex_year_at(const ctx_t *c, size_t i);
/* A day of the month at token i (1..31, 1st..31st), or 0. */
int numex_day_at(const ctx_t *c, size_t i);
/* A capitalised month name at token i: its number (flags: its F_*), or 0. */
int numex_month_at(const ctx_t *c, size_t i, int *flags);
/* A capitalised weekday at token i: 1..7, or 0. */
int numex_wday_at(const ctx_t *c, size_t i);
/* Extends a date ending at *e over ", 2023" / " 2023" / " of 2023"; the
** year or 0. */
int numex_trailing_year(const ctx_t *c, size_t *e);

/* Whether a rank follows the period ending at e: "the fifth week in a
** row", "the third year running" (relative.c). */
int numex_rank_after(const ctx_t *c, size_t e);

/* -------------------------------------------------------------------- */
/* The matchers, in the files that hold them                             */
/* -------------------------------------------------------------------- */

/* Whether an approximator leads the number (no bare years then). */
typedef enum approx { EXACT = 0, APPROXIMATE = 1 } approx_t;

size_t numex_time(const ctx_t *c, size_t i, match_t *m);        /* times.c */
size_t numex_month_date(const ctx_t *c, size_t i, match_t *m);  /* dates.c */
size_t numex_weekday(const ctx_t *c, size_t i, match_t *m);     /* dates.c */
size_t numex_holiday(const ctx_t *c, size_t i, match_t *m);     /* relative.c */
size_t numex_number_date(const ctx_t *c, size_t i, match_t *m); /* dates.c */
size_t numex_relative(const ctx_t *c, size_t i, match_t *m);    /* relative.c */
size_t numex_the_date(const ctx_t *c, size_t i, match_t *m);    /* relative.c */
size_t numex_vague_period(const ctx_t *c, size_t i,
                          match_t *m);                          /* relative.c */
size_t numex_number_word(const ctx_t *c, size_t i, match_t *m); /* amounts.c */
size_t numex_amount(const ctx_t *c, size_t i, approx_t approx,
                    match_t *m);                            /* amounts.c */
size_t numex_ordinal(const ctx_t *c, size_t i, match_t *m); /* ordinals.c */
/* A fraction in words: "a third" (1/3), "two thirds" (2/3), "a quarter" of
** (1/4), as a CARDINAL (ordinals.c). */
size_t numex_fraction(const ctx_t *c, size_t i, match_t *m);

/* Rewrites the value of a DATE or TIME match as its TimeML value or
** template (timex_read.c; the forms in timeml.c); other labels untouched. */
void numex_timeml(const ctx_t *c, match_t *m);

/* Whether word token i surely starts nothing: plain ASCII (no hyphen, no
** digit first, no currency code) and in no class list (lexicon.c). */
int numex_starts_nothing(const ctx_t *c, size_t i);

/* Word token i read as a word (word_at), or NULL when it surely starts
** nothing (numex_starts_nothing): the scan's first test of every word,
** with one look-up for both. */
const word_t *numex_word_screen(const ctx_t *c, size_t i);

#endif /* NLP_NUMEX_INT_H */
