/*
** lexicon.c: the numex lexicon (every word the matchers read by class or
** value) and reading a token as a word.
**
** The lexicon is the union of the class lists in CLASS_OF: lists of
** data/lists/numex/ and the calendar facts of data/lists/common/, read
** through text/wordset.h. A word is in one class list at most, with its
** value (a month's number, a power of ten) or its data (a unit, an ISO
** 4217 code). A plain word is screened with one look-up of its bytes
** (numex_word_screen): in no class list, it starts nothing and is never
** decoded; any other word is decoded once into the caller's word cache
** (word_at), reusing that look-up when there was one.
*/
#include <stdint.h>
#include <string.h>

#include "numex/numex_classes.h"
#include "numex/numex_int.h"
#include "generated/numex_screen.h"
#include "text/wordset.h"

/* The class and flags of each list (the lists not in CLASS_LISTS: none). */
static const struct class_of {
  unsigned char cls, flags;
} CLASS_OF[NLP_LIST_COUNT] = {
#define CLASS_ENTRY(id, cls, flags) [id] = {cls, flags},
    CLASS_LISTS(CLASS_ENTRY)
#undef CLASS_ENTRY
};

/* The class lists as a set, word k of NLP_LIST_BITWORDS (a word is in many
** lists of other stages: one AND sets them aside). */
#define CLASS_BIT(id, k)                                                       \
  ((unsigned)(id) / 64u == (k) ? (uint64_t)1 << ((unsigned)(id) % 64u) : 0u)
#define CLASS_BIT0(id, cls, flags) | CLASS_BIT(id, 0u)
#define CLASS_BIT1(id, cls, flags) | CLASS_BIT(id, 1u)
#define CLASS_BIT2(id, cls, flags) | CLASS_BIT(id, 2u)
#define CLASS_BIT3(id, cls, flags) | CLASS_BIT(id, 3u)
_Static_assert(NLP_LIST_BITWORDS <= 4, "CLASS_MASK covers 256 lists");
static const uint64_t CLASS_MASK[4] = {
    0u CLASS_LISTS(CLASS_BIT0), 0u CLASS_LISTS(CLASS_BIT1),
    0u CLASS_LISTS(CLASS_BIT2), 0u CLASS_LISTS(CLASS_BIT3)};
#undef CLASS_BIT0
#undef CLASS_BIT1
#undef CLASS_BIT2
#undef CLASS_BIT3
#undef CLASS_BIT

/* The entry of the word whose lists are lw in its class list id. */
static lex_t entry_of(const nlp_list_word *lw, enum nlp_list id) {
  lex_t x = {CLASS_OF[id].cls, CLASS_OF[id].flags, 0, ""};
  /* the rule words, the most frequent, carry neither value nor data */
  const nlp_list_item *it = x.cls == X_WORD ? NULL : nlp_list_word_item(lw, id);
  if (it) {
    x.val = (short)it->value;
    x.canon = it->data;
  }
  if (x.cls == X_MONTH && nlp_list_word_in(lw, NLP_LIST_NUMEX_MONTHS_AMBIGUOUS))
    x.flags |= F_AMBIG;
  return x;
}

/* The lexicon entry of the word whose lists are lw (nlp_list_find): of
** its class list (a word is in one at most), found among the few lists
** it is in. */
static lex_t lex_of(const nlp_list_word *lw) {
  lex_t none = {X_NONE, 0, 0, ""};
  if (lw)
    for (unsigned k = 0; k < NLP_LIST_BITWORDS; k++) {
      uint64_t b = lw->bits[k] & CLASS_MASK[k];
      if (b)
        return entry_of(lw, (enum nlp_list)(k * 64u + nlp_lowest_bit(b)));
    }
  return none;
}

lex_t numex_lex_find(const char *w, size_t n) {
  return lex_of(nlp_list_find(w, n));
}

int numex_is_code(const char *w, size_t len) {
  if (len != 3 || w[0] < 'A' || w[0] > 'Z' || w[2] < 'A' || w[2] > 'Z')
    return 0;
  return nlp_list_has(NLP_LIST_NUMEX_CURRENCY_CODES, w, len);
}

const char *numex_sign_code(const char *p, size_t n) {
  const nlp_list_item *it = nlp_list_get(NLP_LIST_NUMEX_CURRENCY_SIGNS, p, n);
  return it ? it->data : NULL;
}

const char *numex_dollar_code(const char *p, size_t n) {
  const nlp_list_item *it = nlp_list_get(NLP_LIST_NUMEX_DOLLAR_PREFIXES, p, n);
  return it ? it->data : NULL;
}

int nlp_numex_is_calendar_word(const char *w, size_t n) {
  lex_t x;
  if (!w)
    return 0;
  x = lex_of(nlp_list_find_lower(w, n));
  return x.cls == X_MONTH || x.cls == X_WDAY;
}

int nlp_numex_is_holiday(const char *w, size_t n) {
  return w && lex_of(nlp_list_find_lower(w, n)).cls == X_HOLIDAY;
}

/* Each byte of a plain word as it is looked up (ASCII lower case), 0 for
** the bytes that make a word not plain: NUL, '-' and non-ASCII. */
#define I4(b) (b), (b) + 1, (b) + 2, (b) + 3
#define I16(b) I4(b), I4((b) + 4), I4((b) + 8), I4((b) + 12)
static const unsigned char PLAIN_BYTE[256] = {
    /* 0x00 */ 0,
    1,
    2,
    3,
    I4(4),
    I4(8),
    I4(12),
    I16(0x10),
    /* 0x20 */ I4(0x20),
    I4(0x24),
    I4(0x28),
    0x2C,
    0 /* - */,
    0x2E,
    0x2F,
    /* 0x30 */ I16(0x30),
    /* 0x40 */ 0x40,
    I4(0x61),
    I4(0x65),
    I4(0x69),
    I4(0x6D),
    I4(0x71),
    I4(0x75),
    0x79,
    0x7A,
    0x5B,
    0x5C,
    0x5D,
    0x5E,
    0x5F,
    /* 0x60 */ I16(0x60),
    I16(0x70)};
#undef I16
#undef I4

/* Whether word token i is plain, read from its bytes: plain ASCII (no NUL),
** no digit first, no hyphen, not a possible currency code (three bytes,
** the first and last capitals: numex_is_code) nor before a glued "$". Such
** a word, when it is in no class list, starts nothing. Its bytes less a
** final period, lower-cased, go to low[0..*k) and their word-list hash
** (NLP_LIST_HASH_*) to *h, in the same pass. */
static int plain_word(const ctx_t *c, size_t i, char low[WMAX], size_t *k,
                      uint32_t *h) {
  const unsigned char *p = (const unsigned char *)tptr(c, i);
  size_t n = tlen(c, i), q;
  uint32_t hash = NLP_LIST_HASH_START;
  if (n == 0 || n > WMAX || (glued(c, i) && is_tok(c, i + 1, "$")))
    return 0;
  if (n == 3 && p[0] >= 'A' && p[0] <= 'Z' && p[2] >= 'A' && p[2] <= 'Z')
    return 0;
  if (p[0] >= '0' && p[0] <= '9')
    return 0;
  /* a final period is plain ASCII and no hyphen */
  if (n > 1 && p[n - 1] == '.')
    n--;
  /* two bytes a round: every word comes here */
  for (q = 0; q + 1 < n; q += 2) {
    unsigned char a = PLAIN_BYTE[p[q]], b = PLAIN_BYTE[p[q + 1]];
    if (!a || !b)
      return 0;
    low[q] = (char)a;
    low[q + 1] = (char)b;
    NLP_LIST_HASH_STEP(hash, a);
    NLP_LIST_HASH_STEP(hash, b);
  }
  if (q < n) {
    unsigned char b = PLAIN_BYTE[p[q]];
    if (!b)
      return 0;
    low[q] = (char)b;
    NLP_LIST_HASH_STEP(hash, b);
  }
  *k = n;
  *h = NLP_LIST_HASH_END(hash);
  return 1;
}

/* Whether the n bytes at p are plain: no NUL, '-' or non-ASCII byte (what
** PLAIN_BYTE maps to 0). Words of 4 to 8 bytes are tested 8 bytes at a time
** (two loads that overlap, inside the word). */
static int plain_bytes(const unsigned char *p, size_t n) {
  const uint64_t ones = 0x0101010101010101u, highs = 0x8080808080808080u;
  if (n >= 4 && n <= 8) {
    uint32_t a, b;
    uint64_t x, d;
    memcpy(&a, p, 4);
    memcpy(&b, p + n - 4, 4);
    x = (uint64_t)a << 32 | b;
    d = x ^ 0x2D2D2D2D2D2D2D2Du; /* '-' bytes become 0 */
    return !((x & highs) | ((x - ones) & ~x & highs) |
             ((d - ones) & ~d & highs));
  }
  for (size_t q = 0; q < n; q++)
    if (!PLAIN_BYTE[p[q]])
      return 0;
  return 1;
}

/* Whether word token i is plain (plain_word) and its bit in the screen map
** (NUMEX_SCREEN: in no class list; NUMEX_LEAD: in none or a rule word that
** starts nothing) is clear, read by its length and its first and last
** bytes, without hashing it: most words are ("said", "Smith"; "of" for
** NUMEX_LEAD). 0 when the screen cannot tell ("sixty" might be a class
** word): plain_word decides. */
static int screened_out(const ctx_t *c, size_t i, const uint64_t *map) {
  const unsigned char *p = (const unsigned char *)tptr(c, i);
  size_t n = tlen(c, i);
  uint32_t key;
  if (n > 1 && p[n - 1] == '.')
    n--;
  if (n == 0 || n >= NUMEX_SCREEN_LEN || p[0] >= 0x80 || p[n - 1] >= 0x80)
    return 0;
  key = NUMEX_SCREEN_KEY(n, p[0], p[n - 1]);
  if (map[key / 64u] >> (key % 64u) & 1u)
    return 0;
  /* in no class list when plain: the tests of plain_word, no hash */
  if (tlen(c, i) > WMAX || (glued(c, i) && is_tok(c, i + 1, "$")) ||
      (tlen(c, i) == 3 && p[0] >= 'A' && p[0] <= 'Z' && p[2] >= 'A' &&
       p[2] <= 'Z') ||
      (p[0] >= '0' && p[0] <= '9'))
    return 0;
  return plain_bytes(p, n);
}

/* The word lists of a plain word: one probe of its lower-cased bytes. */
static const nlp_list_word *plain_lists(const char *low, size_t k, uint32_t h) {
  return nlp_list_find_hashed(low, k, h);
}

/* Whether the word whose lists are lw is in a class list. */
static int in_class_list(const nlp_list_word *lw) {
  if (lw)
    for (unsigned k = 0; k < NLP_LIST_BITWORDS; k++)
      if (lw->bits[k] & CLASS_MASK[k])
        return 1;
  return 0;
}

int numex_starts_nothing(const ctx_t *c, size_t i) {
  char low[WMAX];
  size_t k;
  uint32_t h;
  if (*c->nothing == i + 1)
    return 1;
  if (screened_out(c, i, NUMEX_SCREEN) ||
      (plain_word(c, i, low, &k, &h) &&
       !in_class_list(plain_lists(low, k, h)))) {
    *c->nothing = i + 1; /* the scan's next look at it (numex_word_screen) */
    return 1;
  }
  return 0;
}

/* Copies token i lower-cased into w->low (a right single quotation mark
** as ', a final period dropped) and sets w->len, w->upper, w->allcaps,
** w->hyphen;
** returns whether it has a letter. w->len stays 0 for a word over WMAX
** bytes or with other non-ASCII bytes. */
static int lower_word(const ctx_t *c, size_t i, word_t *w) {
  const unsigned char *p = (const unsigned char *)tptr(c, i);
  const unsigned char *e = p + tlen(c, i);
  size_t k = 0;
  int letters = 0, caps = 0, hyphen = 0;
  w->upper = p < e && *p >= 'A' && *p <= 'Z';
  while (p < e) {
    unsigned char ch = *p;
    if (k >= WMAX)
      return 0;
    if (ch == 0xE2 && e - p >= 3 && p[1] == 0x80 && p[2] == 0x99) {
      w->low[k++] = '\'';
      p += 3;
      continue;
    }
    if (ch >= 0x80)
      return 0;
    if (ch >= 'A' && ch <= 'Z') {
      caps++;
      ch = (unsigned char)(ch | 0x20);
    }
    letters += ch >= 'a' && ch <= 'z';
    hyphen |= ch == '-';
    w->low[k++] = (char)ch;
    p++;
  }
  if (k > 1 && w->low[k - 1] == '.')
    k--;
  w->low[k] = 0;
  w->len = k;
  w->allcaps = letters > 1 && caps == letters;
  w->hyphen = hyphen;
  return letters > 0;
}

/* Reads token i into w; lists: its lists when known (a plain word: the
** look-up of its bytes lower-cased is that of w->low), else NULL. */
static void decode(const ctx_t *c, size_t i, word_t *w,
                   const nlp_list_word *const *lists) {
  w->len = 0;
  w->lex.cls = X_NONE;
  w->lex.flags = 0;
  w->lex.val = 0;
  w->lex.canon = "";
  w->upper = 0;
  w->allcaps = 0;
  w->hyphen = 0;
  w->low[0] = 0;
  w->lists = NULL;
  if (i >= c->n || tkind(c, i) != NLP_TOKEN_WORD)
    return;
  if (!lower_word(c, i, w)) { /* words need a letter */
    if (w->len)               /* for word_in ("--" is no word of the lexicon) */
      w->lists = nlp_list_find(w->low, w->len);
    return;
  }
  w->lists = lists ? *lists : nlp_list_find(w->low, w->len);
  w->lex = lex_of(w->lists);
}

void numex_decode_word(const ctx_t *c, size_t i, word_t *w) {
  decode(c, i, w, NULL);
}

/* decode() of a plain word token i (plain_word: its lower-cased bytes
** low[0..k), its lists), without lower-casing it again: 0 when it has no
** letter (decode() then reads it). */
static int decode_plain(const ctx_t *c, size_t i, word_t *w, const char *low,
                        size_t k, const nlp_list_word *lists) {
  const unsigned char *p = (const unsigned char *)tptr(c, i);
  size_t n = tlen(c, i);
  int letters = 0, caps = 0;
  for (size_t q = 0; q < n; q++) {
    unsigned char l = (unsigned char)(p[q] | 0x20);
    caps += p[q] >= 'A' && p[q] <= 'Z';
    letters += l >= 'a' && l <= 'z';
  }
  if (!letters)
    return 0;
  memcpy(w->low, low, k);
  w->low[k] = 0;
  w->len = k;
  w->upper = p[0] >= 'A' && p[0] <= 'Z';
  w->allcaps = letters > 1 && caps == letters;
  w->hyphen = 0;
  w->lists = lists;
  w->lex = lex_of(lists);
  return 1;
}

/* A function of the screen's slow path, kept out of its fast one (most
** words are screened out without a call). */
#if defined(__GNUC__)
#define SLOW_PATH __attribute__((noinline))
#else
#define SLOW_PATH
#endif

/* numex_word_screen for a word the screen could not set aside and that is
** not in the cache: one look-up of its bytes, for the screen and the word
** (a plain word), else decoded. */
static SLOW_PATH const word_t *screen_lookup(const ctx_t *c, size_t i) {
  size_t k, slot = i % WCACHE;
  const nlp_list_word *lists;
  char low[WMAX];
  uint32_t h;
  if (plain_word(c, i, low, &k, &h)) {
    lists = plain_lists(low, k, h);
    if (!in_class_list(lists) || numex_rule_word_follows(lists))
      return NULL;
    if (!decode_plain(c, i, &c->cache[slot], low, k, lists))
      decode(c, i, &c->cache[slot], &lists);
    c->cache_idx[slot] = i + 1;
  }
  return word_at(c, i);
}

const word_t *numex_word_screen(const ctx_t *c, size_t i) {
  size_t slot = i % WCACHE;
  if (c->cache_idx[slot] == i + 1)
    return &c->cache[slot];
  if (*c->nothing == i + 1 || screened_out(c, i, NUMEX_LEAD))
    return NULL;
  return screen_lookup(c, i);
}
