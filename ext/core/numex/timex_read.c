/*
** timex_read.c: the words of a DATE or TIME match read into a TimeML value
** or template (numex_timeml; the forms are listed in timeml.c): "last
** week" -> "~W-1", "two years" -> "P2Y", "Wednesday" in "met on
** Wednesday" -> "~w3<". The rules, in the order numex_timeml tries them:
**   1. a value the matchers gave: a year, a full date, a decade ("199X" ->
**      "199"), a month and day with no year ("--12-19" -> "~d12-19<");
**   2. reference words: "recent years" -> PAST_REF;
**   3. a number of units: "two years ago" (~Y-2), "a day later" (~AD+1),
**      "two years" (P2Y);
**   4. a named day: "Wednesday" (~w3<), "yesterday" (~D-1);
**   5. a modifier and a unit: "last week" (~W-1), "this fall" (~Y0:-FA);
**   6. a quarter with no year: "the fourth quarter" (~q4<);
**   7. a unit alone: "the weekend" (~k<), "years" (PXY).
** A clock time or a part of the day is added to the date as "T14:00" or
** "TNI".
*/
#include <stdio.h>
#include <stdlib.h>

#include "numex/numex_int.h"

/* What the words of a match say. */
typedef struct reading {
  long num;        /* a number before the unit ("two years"), -1: none */
  char unit[8];    /* the unit's TimeML code ("Y", "10Y", "TH", "WE"), "" */
  int plural;      /* the unit is plural ("years") */
  int mod;         /* the modifier: MOD_* */
  int ago;         /* "ago" */
  int anchored;    /* "later", "earlier": +1, -1; 0 none */
  int wday;        /* 1..7, 0 none */
  int rel_day;     /* today 0, yesterday -1, tomorrow 1 */
  int has_rel;     /* a relative day was read */
  int ord;         /* an ordinal ("fourth quarter"), 0 none */
  int same;        /* "the same day": the anchor's */
  int every;       /* a plural weekday ("Sundays"): a set */
  int from_anchor; /* "the following week", "the previous day" */
  int month;       /* a month named, 1..12, 0 none */
  int year;        /* a year named ("the 1988 quarter"), 0 none */
  char season[3];  /* "FA", "" */
  char tod[3];     /* "NI", "" */
  const char *ref; /* "PAST_REF" ..., NULL */
  char clock[8];   /* "14:00" of a TIME value, "" */
} reading_t;

enum { MOD_NONE = 0, MOD_LAST, MOD_NEXT, MOD_THIS };

/* The TimeML code of w in timeml_codes.txt ("Y", "10Y", "FA"), or NULL. */
static const char *code_of(const char *w, size_t n) {
  const nlp_list_item *it = nlp_list_get(NLP_LIST_NUMEX_TIMEML_CODES, w, n);
  return it ? it->data : NULL;
}

/* Reads the unit, season or part of the day named by code into r. */
static void read_code(reading_t *r, const char *code, const char *w, size_t n) {
  size_t cl = strlen(code);
  if (cl == 2 && code[0] >= 'A' && code[1] >= 'A' && strcmp(code, "WE") != 0 &&
      code[0] != 'T') {
    if (!strcmp(code, "MO") || !strcmp(code, "AF") || !strcmp(code, "EV") ||
        !strcmp(code, "NI")) {
      memcpy(r->tod, code, 3);
      r->every |= n > 1 && w[n - 1] == 's'; /* "Tuesday nights" */
    } else
      memcpy(r->season, code, 3);
    return;
  }
  /* the first unit is the expression's ("the first nine months of the
  ** year"), but "half" gives way ("half an hour") */
  if (r->unit[0] && strcmp(r->unit, "H") != 0)
    return;
  if (cl < sizeof r->unit) {
    memcpy(r->unit, code, cl + 1);
    r->plural = n > 1 && w[n - 1] == 's';
  }
}

/* The modifier of w (date_modifiers.txt): MOD_*. */
static int modifier_of(const word_t *w) {
  if (wis(w, "last") || wis(w, "past") || wis(w, "previous") ||
      wis(w, "latest"))
    return MOD_LAST;
  if (wis(w, "next") || wis(w, "coming") || wis(w, "following") ||
      wis(w, "upcoming"))
    return MOD_NEXT;
  if (wis(w, "this") || wis(w, "current"))
    return MOD_THIS;
  return MOD_NONE;
}

/* A hyphenated "five-year", "30-day", "third-quarter": the number or
** ordinal and the unit into r. */
static void read_hyphenated(reading_t *r, const word_t *w) {
  const char *h = strrchr(w->low, '-'), *code;
  lex_t left;
  size_t ln;
  if (!h || !h[1])
    return;
  ln = (size_t)(h - w->low);
  code = code_of(h + 1, strlen(h + 1));
  if (!code)
    return;
  read_code(r, code, h + 1, strlen(h + 1));
  if (w->low[0] >= '0' && w->low[0] <= '9') {
    r->num = strtol(w->low, NULL, 10);
    return;
  }
  left = numex_lex_find(w->low, ln);
  if (left.cls == X_NUM)
    r->num = left.val;
  else if (left.cls == X_ORD)
    r->ord = left.val;
}

/* Reads number token k into r: a year ("1988", not before a unit) or a
** count ("30 days"). */
static void read_number(const ctx_t *c, size_t k, reading_t *r) {
  nphr_t p;
  int y = numex_year_at(c, k);
  if (y && !(k + 1 < c->n &&
             code_of(word_at(c, k + 1)->low, word_at(c, k + 1)->len))) {
    r->year = y;
    return;
  }
  if (numex_parse_phrase(c, k, PHRASE_PLAIN, &p) && p.v.ok && !p.vague &&
      p.v.e == 0 && p.v.m < 100000)
    r->num = (long)p.v.m;
}

/* Reads word token k into r. */
static void read_word(const ctx_t *c, size_t k, reading_t *r) {
  const word_t *w = word_at(c, k);
  const char *code;
  const nlp_list_item *ref;
  if (tkind(c, k) == NLP_TOKEN_NUMBER) {
    read_number(c, k, r);
    return;
  }
  if (!w->len)
    return;
  if ((ref = word_item(w, NLP_LIST_NUMEX_TIMEML_REFS)))
    r->ref = ref->data;
  switch (wcls(w)) {
  case X_DMOD:
    if (modifier_of(w))
      r->mod = modifier_of(w);
    if (wis(w, "following") || wis(w, "previous") ||
        (k > 0 && word_is(c, k - 1, "the") && wis(w, "next")))
      r->from_anchor = 1;
    else if (wis(w, "same"))
      r->same = 1;
    return;
  case X_REL:
    r->has_rel = 1;
    r->rel_day = wis(w, "yesterday") ? -1 : wis(w, "tomorrow") ? 1 : 0;
    if (wis(w, "tonight"))
      memcpy(r->tod, "NI", 3);
    return;
  case X_MONTH:
    r->month = w->lex.val;
    return;
  case X_WDAY:
    r->wday = w->lex.val;
    r->every = w->low[w->len - 1] == 's'; /* "Sundays" */
    return;
  case X_ORD:
    r->ord = w->lex.val;
    return;
  case X_EARLY:
    if (wis(w, "later"))
      r->anchored = 1;
    else if (wis(w, "earlier"))
      r->anchored = -1;
    return;
  default:
    break;
  }
  if (wis(w, "ago")) {
    r->ago = 1;
  } else if (wis(w, "a") || wis(w, "an")) {
    r->num = r->num < 0 ? 1 : r->num;
  } else if ((code = code_of(w->low, w->len))) {
    read_code(r, code, w->low, w->len);
  } else if (w->hyphen) {
    read_hyphenated(r, w);
  } else if (wcls(w) == X_NUM) {
    nphr_t p;
    if (numex_parse_phrase(c, k, PHRASE_PLAIN, &p) && p.v.ok && !p.vague &&
        p.v.e == 0 && p.v.m < 100000)
      r->num = (long)p.v.m;
  }
}

/* A number of words read whole before its unit ("twenty four hours" 24,
** "a hundred years" 100): the token after it, or 0 when none starts at k
** (one token is read_word's). */
static size_t read_phrase(const ctx_t *c, size_t k, size_t e, reading_t *r) {
  nphr_t p;
  dec_t v;
  if (r->num >= 0 || tkind(c, k) == NLP_TOKEN_NUMBER ||
      !numex_parse_phrase(c, k, PHRASE_PLAIN, &p) || p.s != k || p.e <= k + 1 ||
      p.e > e || !p.v.ok || p.vague || p.v.e < 0 || p.v.e > 5)
    return 0;
  v = p.v;
  for (; v.e > 0; v.e--)
    v.m *= 10;
  if (v.m >= 100000)
    return 0;
  r->num = (long)v.m;
  return p.e;
}

/* -------------------------------------------------------------------- */
/* Tense                                                                 */
/* -------------------------------------------------------------------- */

/* Whether w is a past form in -ed ("announced"), not "need". */
static int ed_past(const word_t *w) {
  return w->len >= 4 && !w->upper && w->low[w->len - 1] == 'd' &&
         w->low[w->len - 2] == 'e' && !word_in(w, NLP_LIST_NUMEX_ED_NOT_PAST);
}

/* Whether the word in -ed at k is an adjective: a determiner before it,
** or before an adverb before it ("the reduced dividend", "a still
** unspecified date"). */
static int ed_adjective(const ctx_t *c, size_t k) {
  const word_t *p;
  if (k == 0)
    return 0;
  p = word_at(c, k - 1);
  if (word_in(p, NLP_LIST_NUMEX_DETERMINERS))
    return 1;
  return k >= 2 && p->len > 3 &&
         (wis(p, "still") ||
          (p->low[p->len - 2] == 'l' && p->low[p->len - 1] == 'y')) &&
         word_in(word_at(c, k - 2), NLP_LIST_NUMEX_DETERMINERS);
}

/* The tense token k gives: '<', '>' or 0. A participle after "be", "to"
** or "been" ("will be released") gives none: its auxiliary decides; so
** does an adjective in -ed ("the reduced dividend"). */
static char tense_at(const ctx_t *c, size_t k) {
  const word_t *w = word_at(c, k);
  if (!w->len)
    return 0;
  if (word_in(w, NLP_LIST_NUMEX_TENSE_FUTURE))
    return ed_past(w) && ed_adjective(c, k) ? 0 : '>'; /* "the planned" */
  if (!word_in(w, NLP_LIST_NUMEX_TENSE_PAST) &&
      !(ed_past(w) && !ed_adjective(c, k)))
    return 0;
  if ((wis(w, "was") || wis(w, "were")) && k + 1 < c->n &&
      word_in(word_at(c, k + 1), NLP_LIST_NUMEX_TENSE_FUTURE))
    return '>'; /* "were planning", "was expected": the future it names */
  if (k > 0 && (word_is(c, k - 1, "be") || word_is(c, k - 1, "to") ||
                word_is(c, k - 1, "been") || word_is(c, k - 1, "being")))
    return 0;
  return '<';
}

#define TENSE_LEFT 15 /* tokens looked at before the match */
#define TENSE_RIGHT 8 /* and after it */

/* The nearest tense word around [s, e), before the match first on a tie;
** '=' when there is none ("was charged Thursday" -> '<'). */
static char verb_tense(const ctx_t *c, size_t s, size_t e) {
  for (size_t d = 1; d <= TENSE_LEFT; d++) {
    char t;
    if (d <= s && (t = tense_at(c, s - d)))
      return t;
    if (d <= TENSE_RIGHT && e + d - 1 < c->n && (t = tense_at(c, e + d - 1)))
      return t;
  }
  return '=';
}

/* The tense of the clause of [s, e): a deadline before it ("by August")
** is ahead; in a past clause ("had filed reports by Wednesday") a near
** date (a weekday) is past and another has no direction; else the
** nearest tense word's. */
static char tense_of(const ctx_t *c, size_t s, size_t e, int near) {
  char t;
  if (s > 0 && word_is(c, s - 1, "since")) /* "since March": the last one */
    return '<';
  t = verb_tense(c, s, e);
  if (s == 0 || !word_in(word_at(c, s - 1), NLP_LIST_NUMEX_DEADLINE_WORDS))
    return t;
  if (t != '<')
    return '>';
  return near ? '<' : '=';
}

/* -------------------------------------------------------------------- */
/* The rules                                                             */
/* -------------------------------------------------------------------- */

/* The direction of a yearless date: its modifier's, else the tense's. */
static char direction(const ctx_t *c, size_t s, size_t e, const reading_t *r) {
  if (r->mod == MOD_LAST)
    return 'L';
  if (r->mod == MOD_NEXT)
    return 'N';
  if (r->mod == MOD_THIS)
    return 'S';
  return tense_of(c, s, e, r->wday != 0);
}

/* The unit's letter and its count of them: "10Y" -> 'Y', *mult 10. */
static char unit_letter(const char *unit, long *mult) {
  char *end;
  long m = strtol(unit, &end, 10);
  *mult = m > 0 ? m : 1;
  return *end;
}

/* Rule 1: the matchers' value: "199X" -> "199", "--12-19" -> "~d12-19<",
** a year with an ordinal quarter -> "2023-Q4". 1 when it decides. */
static int from_value(const ctx_t *c, size_t s, size_t e, const reading_t *r,
                      char *v, size_t cap) {
  size_t n = strlen(v);
  char dir;
  if (!n || v[0] == '~')
    return 0;
  if (v[0] >= 'A' && v[0] <= 'Z' && v[0] != 'X') /* PAST_REF, P1D */
    return 1;
  if (n >= 3 && n <= 4 && v[n - 1] == 'X') { /* 199X, 18XX: 199, 18 */
    while (n > 2 && v[n - 1] == 'X')
      v[--n] = 0;
    return 1;
  }
  if (n == 4 && r->ord >= 1 && r->ord <= 4 && r->unit[0] == 'Q') {
    numex_fmt(v + 4, cap - 4, "-Q%d", r->ord);
    return 1;
  }
  if (v[0] != '-' || v[1] != '-')
    return v[0] >= '0' && v[0] <= '9';
  if (n == 4 && r->mod && r->unit[0] == 'Y' && !r->plural)
    return 0; /* "June last year": rule 5 */
  dir = direction(c, s, e, r);
  if (n == 7 && !strchr(v, '/')) { /* --12-19 */
    char d[NLP_NUMEX_VALUE_MAX];
    numex_fmt(d, sizeof d, "~d%.5s%c", v + 2, dir);
    numex_fmt(v, cap, "%s", d);
  } else if (n == 4) { /* --12 */
    char d[NLP_NUMEX_VALUE_MAX];
    numex_fmt(d, sizeof d, "~m%.2s%c", v + 2, dir);
    numex_fmt(v, cap, "%s", d);
  } else { /* a range: --12-19/--12-20 -> XXXX-12-19/XXXX-12-20 */
    char d[NLP_NUMEX_VALUE_MAX], *slash = strchr(v, '/');
    if (slash && slash[1] == '-' && slash[2] == '-')
      numex_fmt(d, sizeof d, "XXXX%.*s/XXXX%s", (int)(slash - v - 1), v + 1,
                slash + 2);
    else
      d[0] = 0;
    numex_fmt(v, cap, "%s", d);
  }
  return 1;
}

/* Rule 3: a number of units: "two years ago", "a day later", "P2Y". */
static int counted(const reading_t *r, char *v, size_t cap) {
  long mult, n;
  char u;
  if (r->num < 0 || !r->unit[0] || !strcmp(r->unit, "WE") ||
      !strcmp(r->unit, "H"))
    return 0;
  u = unit_letter(r->unit, &mult);
  n = r->num * mult;
  if (u == 'T') {
    if (r->ago || r->anchored)
      return 0;
    numex_fmt(v, cap, "PT%ld%c", n, r->unit[1]);
  } else if (r->ago) {
    numex_fmt(v, cap, "~%c-%ld%s", u, n, u == 'Y' ? "g" : "");
  } else if (r->anchored) {
    numex_fmt(v, cap, "~A%c%+ld", u, r->anchored * n);
  } else if (u == 'Q') {
    numex_fmt(v, cap, "P%ldQ", n);
  } else {
    numex_fmt(v, cap, "P%ld%c", n, u);
  }
  return 1;
}

/* Rule 5: a modifier and a unit or season: "last week", "this fall". */
static int modified(const reading_t *r, char *v, size_t cap) {
  int off = r->mod == MOD_LAST ? -1 : r->mod == MOD_NEXT ? 1 : 0;
  long mult;
  char u;
  const char *a = r->from_anchor ? "A" : "";
  if (r->mod == MOD_NONE)
    return 0;
  if (r->season[0]) {
    numex_fmt(v, cap, "~%sY%d:-%s", a, off, r->season);
    return 1;
  }
  if (r->month && r->unit[0] == 'Y' && !r->plural) { /* June last year */
    numex_fmt(v, cap, "~%sY%d:-%02d", a, off, r->month);
    return 1;
  }
  if (!r->unit[0] || r->unit[0] == 'T')
    return 0;
  if (!strcmp(r->unit, "WE")) {
    numex_fmt(v, cap, "~%sW%d:-WE", a, off);
    return 1;
  }
  u = unit_letter(r->unit, &mult);
  if (!strchr("DWMQY", u))
    return 0;
  if (mult == 10 && u == 'Y')
    u = 'E';
  else if (mult != 1)
    return 0;
  if (r->plural) /* "the past years" */
    return 0;
  numex_fmt(v, cap, "~%s%c%d", a, u, off);
  return 1;
}

/* Rule 7: a unit alone: "the weekend" (~k<: the weekend in the direction
** dir), "the year", "the quarter" (the anchor's), "years" (PXY). */
static int unit_alone(const reading_t *r, char dir, char *v, size_t cap) {
  long mult;
  char u;
  if (r->season[0]) {
    numex_fmt(v, cap, "~Y0:-%s", r->season);
    return 1;
  }
  if (!r->unit[0])
    return 0;
  if (!strcmp(r->unit, "WE")) {
    numex_fmt(v, cap, "~k%c", dir);
    return 1;
  }
  u = unit_letter(r->unit, &mult);
  if (!strchr("DWMQYT", u))
    return 0;
  if (r->plural)
    numex_fmt(v, cap, u == 'T' ? "PTX%c" : "PX%c", u == 'T' ? r->unit[1] : u);
  else if (u == 'Q') /* "the quarter": the one the text is about */
    numex_fmt(v, cap, "~AQ0");
  else if (u != 'T' && mult == 1)
    numex_fmt(v, cap, "~%c0", u);
  else
    return 0;
  return 1;
}

/* Rule 5a: a year named with a part of it: "the third quarter of 1984",
** "the first half of 2024", "June 1987", "the end of 1990". */
static int year_named(const reading_t *r, char *v, size_t cap) {
  char u = r->unit[0];
  if (!r->year)
    return 0;
  if (r->ord >= 1 && r->ord <= 4 && u == 'Q')
    numex_fmt(v, cap, "%04d-Q%d", r->year, r->ord);
  else if (r->ord >= 1 && r->ord <= 2 && u == 'H')
    numex_fmt(v, cap, "%04d-H%d", r->year, r->ord);
  else if (r->mod == MOD_LAST && (u == 'Q' || u == 'H'))
    numex_fmt(v, cap, "%04d-%s", r->year, u == 'Q' ? "Q4" : "H2");
  else if (r->month)
    numex_fmt(v, cap, "%04d-%02d", r->year, r->month);
  else if (!u)
    numex_fmt(v, cap, "%04d", r->year);
  else
    return 0;
  return 1;
}

/* Rule 6a: "the year" that ends on a date is a fiscal year, a duration
** ("the year ended June 30", "the year ending tomorrow": P1Y). */
static int fiscal_year(const ctx_t *c, size_t e, const reading_t *r, char *v,
                       size_t cap) {
  if (strcmp(r->unit, "Y") != 0 || r->plural || r->mod || r->num >= 0 ||
      r->year || r->month || e + 1 >= c->n ||
      !(word_is(c, e, "ended") || word_is(c, e, "ending")) ||
      !(cls_at(c, e + 1) == X_MONTH || cls_at(c, e + 1) == X_REL))
    return 0;
  numex_fmt(v, cap, "P1Y");
  return 1;
}

/* Whether "each" or "every" stands before [s, ...): "each Thursday" and
** "every July" are sets. */
static int every_before(const ctx_t *c, size_t s) {
  return word_is(c, s, "each") || word_is(c, s, "every") ||
         (s > 0 && (word_is(c, s - 1, "each") || word_is(c, s - 1, "every")));
}

/* The date part of the value of [s, e) into v (cap bytes), by the rules. */
static void date_part(const ctx_t *c, size_t s, size_t e, const reading_t *r,
                      char *v, size_t cap) {
  if (r->month && !r->year && !r->wday && !r->mod && every_before(c, s) &&
      (v[0] == 0 || (v[0] == '-' && v[1] == '-' && !strchr(v, '/')))) {
    char d[NLP_NUMEX_VALUE_MAX]; /* "every July", "each July 4" */
    if (v[0])
      numex_fmt(d, sizeof d, "XXXX%s", v + 1);
    else
      numex_fmt(d, sizeof d, "XXXX-%02d", r->month);
    numex_fmt(v, cap, "%s", d);
    return;
  }
  if (from_value(c, s, e, r, v, cap))
    return;
  v[0] = 0;
  if (r->ref && r->plural && r->num < 0 && !r->ago &&
      strcmp(r->ref, "PAST_REF") != 0) {
    numex_fmt(v, cap, "%s", r->ref); /* "coming weeks": FUTURE_REF */
  } else if (counted(r, v, cap)) {
  } else if (r->wday && (r->every || every_before(c, s))) {
    numex_fmt(v, cap, "XXXX-WXX-%d", r->wday);
  } else if (r->wday) {
    numex_fmt(v, cap, "~w%d%c", r->wday, direction(c, s, e, r));
  } else if (r->same && r->unit[0] && r->unit[0] != 'T') {
    long mult;
    numex_fmt(v, cap, "~A%c0", unit_letter(r->unit, &mult));
  } else if (r->has_rel) {
    numex_fmt(v, cap, "~D%d", r->rel_day);
  } else if (year_named(r, v, cap)) {
  } else if (r->season[0] && strcmp(r->season, "WI") != 0 &&
             r->mod == MOD_LAST && s > 0 && word_is(c, s - 1, "this")) {
    numex_fmt(v, cap, "~s%s<", r->season); /* "this past spring" */
  } else if (modified(r, v, cap)) {
  } else if (r->ord >= 1 && r->ord <= 4 && r->unit[0] == 'Q') {
    numex_fmt(v, cap, "~q%d%c", r->ord, direction(c, s, e, r));
  } else if (r->month) {
    numex_fmt(v, cap, "~m%02d%c", r->month, direction(c, s, e, r));
  } else if (fiscal_year(c, e, r, v, cap)) {
  } else if (unit_alone(r, direction(c, s, e, r), v, cap)) {
  } else if (r->tod[0] && r->num > 1) {  /* "two nights": no value */
  } else if (r->tod[0] || r->clock[0]) { /* "last night": yesterday's */
    numex_fmt(v, cap, "~D%d", r->mod == MOD_LAST && !r->clock[0] ? -1 : 0);
  }
}

void numex_timeml(const ctx_t *c, match_t *m) {
  reading_t r;
  char *v = m->value;
  size_t n;
  if ((m->label != NLP_NUMEX_DATE && m->label != NLP_NUMEX_TIME) ||
      v[0] == '~') /* a matcher's template ("year-earlier") */
    return;
  memset(&r, 0, sizeof r);
  r.num = -1;
  if (m->label == NLP_NUMEX_TIME && strlen(v) == 5 && v[2] == ':') {
    memcpy(r.clock, v, 6);
    v[0] = 0;
  }
  for (size_t k = m->s, after; k < m->e; k++)
    if ((after = read_phrase(c, k, m->e, &r)))
      k = after - 1;
    else
      read_word(c, k, &r);
  if (r.clock[0]) { /* "a quarter to nine", "1400 GMT": no unit, no year */
    r.unit[0] = 0;
    r.num = -1;
    r.year = 0;
  }
  date_part(c, m->s, m->e, &r, v, NLP_NUMEX_VALUE_MAX);
  n = strlen(v);
  if (!n || v[0] == 'P' ||
      (v[0] >= 'A' && v[0] <= 'Z' && strncmp(v, "XXXX-WXX-", 9) != 0))
    return;
  if (r.clock[0])
    numex_fmt(v + n, NLP_NUMEX_VALUE_MAX - n, "T%s", r.clock);
  else if (r.tod[0]) /* a template or a set ("Sunday nights") */
    numex_fmt(v + n, NLP_NUMEX_VALUE_MAX - n, "T%s", r.tod);
}
