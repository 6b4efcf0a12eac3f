/*
** ner_feat.c: the features of the entity tagger (see ner.h). Used by both
** the core (entities.c) and the training program (tools/train_ner.c).
**
** Per token: its word (lower-cased and exact), shape, prefixes, suffixes,
** capitalisation; the words and shapes of the two tokens either side in the
** sentence; whether the sentence is all capitals (a headline);
** document-level facts about the same word (seen in lower case elsewhere,
** seen capitalised mid-sentence elsewhere, the label it was last given);
** gazetteer, word-list and given-name membership; the word's cluster
** (data/clusters.bin); and, apart (ner_features_prev), the previous tag.
** ner_decode() is the Viterbi decoder over them, for tagging and training.
** The word lists, clusters and gazetteer index it reads are const tables
** made at build time (ner_data.h, by tools/gen_ner_data.c): nothing is set
** up at run time.
*/
#include <stdlib.h>
#include <string.h>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "text/chars.h"
#include "text/fnv.h"
#include "ner/ner.h"
#include "ner/ner_gaz.h"
#include "ner/ner_hash.h"
#include "generated/ner_data.h" /* NER_WORDS, NER_CLUS, NER_GAZ_INDEX */

uint32_t ner_hash(const void *p, size_t n, uint32_t seed) {
  return ner_hash_bytes(p, n, seed);
}

/* Whether p[0..n) is all ASCII. */
static int all_ascii(const unsigned char *p, size_t n) {
  for (size_t i = 0; i < n; i++)
    if (p[i] >= 0x80)
      return 0;
  return 1;
}

/* ner_feat_a(t, p1) of a previous tag as the features read it (99 for none):
** constants once t is one, folded by the compiler. */
static NER_INLINE uint32_t feat_a_prev(uint32_t t, int prev) {
  _Static_assert(NER_NTAGS == 9, "one case per tag");
  switch (prev) {
  case 0:
    return ner_feat_a(t, 0);
  case 1:
    return ner_feat_a(t, 1);
  case 2:
    return ner_feat_a(t, 2);
  case 3:
    return ner_feat_a(t, 3);
  case 4:
    return ner_feat_a(t, 4);
  case 5:
    return ner_feat_a(t, 5);
  case 6:
    return ner_feat_a(t, 6);
  case 7:
    return ner_feat_a(t, 7);
  case 8:
    return ner_feat_a(t, 8);
  default:
    return ner_feat_a(t, 99);
  }
}

#define MAXW 64 /* bytes of a word looked at for shapes and affixes */

/* The first MAXW bytes of token t as the features read them: curly quotes
** as straight ones (CoNLL text has only those), in raw[] as written and in
** lower[] with ASCII capitals lowered. Returns the length of both. */
static size_t tok_bytes(const ner_tok_t *t, const char *text, char *raw,
                        char *lower) {
  const unsigned char *p = (const unsigned char *)text + t->bs;
  size_t n = t->be - t->bs, nr = 0;
  if (n > MAXW)
    n = MAXW;
  for (size_t i = 0; i < n; i++) {
    unsigned char b = p[i];
    if (b == 0xE2 && i + 2 < n && p[i + 1] == 0x80 &&
        (p[i + 2] == 0x98 || p[i + 2] == 0x99 || p[i + 2] == 0x9C ||
         p[i + 2] == 0x9D)) {
      b = p[i + 2] >= 0x9C ? '"' : '\'';
      i += 2;
    }
    if (raw)
      raw[nr] = (char)b;
    lower[nr++] = (char)(b >= 'A' && b <= 'Z' ? b + 32 : b);
  }
  return nr;
}

/* The hashes of the lower-case prefixes (1..3 bytes) and suffixes (1..4
** bytes) of token t, 0 where the word is not longer; only the tokens that
** are scored need them, so they are found then. */
static void tok_affixes(const ner_tok_t *t, const char *text, uint32_t *pre,
                        uint32_t *suf) {
  const unsigned char *p = (const unsigned char *)text + t->bs;
  size_t n = t->be - t->bs, nl = n > MAXW ? MAXW : n, m;
  char lower[MAXW], head[3], tail[4];
  const char *hp = head, *tp = tail; /* the first 3, the last 4 bytes */
  if (!all_ascii(p, nl)) {
    /* not plain ASCII: tok_bytes reads the curly quotes */
    nl = tok_bytes(t, text, NULL, lower);
    m = nl < 4 ? nl : 4;
    hp = lower;
    tp = lower + nl - m;
  } else {
    /* ASCII: the first 3 and last 4 bytes, lowered */
    for (size_t j = 0; j < 3 && j < nl; j++)
      head[j] = (char)(p[j] >= 'A' && p[j] <= 'Z' ? p[j] + 32 : p[j]);
    m = nl < 4 ? nl : 4;
    for (size_t j = 0; j < m; j++) {
      unsigned char b = p[nl - m + j];
      tail[j] = (char)(b >= 'A' && b <= 'Z' ? b + 32 : b);
    }
  }
  for (size_t k = 0; k < 3; k++)
    pre[k] = nl > k + 1 ? ner_hash(hp, k + 1, 5 + (uint32_t)k) : 0;
  for (size_t k = 0; k < 4; k++)
    suf[k] = nl > k + 1 ? ner_hash(tp + m - k - 1, k + 1, 9 + (uint32_t)k) : 0;
}

/* The shapes and the exact form of token t (its cap and h_lower are set
** when it is read: tok_case). */
static void tok_shapes(ner_tok_t *t, const char *text) {
  const unsigned char *p = (const unsigned char *)text + t->bs;
  const unsigned char *end = (const unsigned char *)text + t->be;
  char lower[MAXW], raw[MAXW], shape[MAXW], sshape[MAXW];
  size_t ns = 0, nss = 0, n = t->be - t->bs, nl = n > MAXW ? MAXW : n;
  shape[0] = sshape[0] = 0;
  if (all_ascii(p, nl)) {
    t->h_raw = ner_hash(p, nl, 2); /* the exact form is the bytes */
  } else {
    size_t nr = tok_bytes(t, text, raw, lower);
    t->h_raw = ner_hash(raw, nr, 2);
  }
  if (all_ascii(p, n < 8 ? n : 8)) {
    /* the shape of the first 8 ASCII characters as below, and its hashes
    ** as ner_hash() gives them, without the buffers */
    uint32_t hs = NER_HASH_START(3), hss = NER_HASH_START(4);
    char prev = 0;
    for (size_t k = 0; k < n && k < 8; k++) {
      unsigned char b = p[k];
      char c = b >= 'A' && b <= 'Z'   ? 'X'
               : b >= 'a' && b <= 'z' ? 'x'
               : b >= '0' && b <= '9' ? 'd'
                                      : (char)b;
      NER_HASH_STEP(hs, (unsigned char)c);
      if (k == 0 || c != prev)
        NER_HASH_STEP(hss, (unsigned char)c);
      prev = c;
    }
    t->h_shape = ner_hash_final(hs);
    t->h_sshape = ner_hash_final(hss);
    return;
  }
  while (p < end && ns < 8) {
    nlp_char_t c = nlp_char_at(p, end);
    char s;
    if (c.klass & NLP_C_UPPER)
      s = 'X';
    else if (c.klass & (NLP_C_LOWER | NLP_C_LETTER))
      s = 'x';
    else if (c.klass & NLP_C_DIGIT)
      s = 'd';
    else if (c.cp == 0x2018 || c.cp == 0x2019)
      s = '\'';
    else if (c.cp == 0x201C || c.cp == 0x201D)
      s = '"';
    else
      s = c.cp < 128 ? (char)c.cp : '*';
    shape[ns++] = s;
    if (nss == 0 || sshape[nss - 1] != s)
      sshape[nss++] = s;
    p += c.len;
  }
  t->h_shape = ner_hash(shape, ns, 3);
  t->h_sshape = ner_hash(sshape, nss, 4);
}

/* ---- the English word lists (data/words.bin, generated NER_WORDS) ------ */

/* The word lists' Bloom filters (NER_WORDS, interleaved at build time by
** tools/gen_ner_data.c: a word's look-up in every set reads two cache
** lines), in the order of data/words.bin. */
enum words_set {
  WORDS_LOWER, /* listed in lower case: a common word */
  WORDS_CAP,   /* listed capitalised: a proper noun */
  WORDS_GIVEN, /* a given name */
  WORDS_CITY   /* a city name, lower-cased (up to 3 words) */
};
_Static_assert(NER_WORDS_SETS >= 4, "data/words.bin: the four sets above");

/* Whether bit p of set k is set. */
static int words_bit(enum words_set k, uint32_t p) {
  return NER_WORDS.bytes[(size_t)(p >> 3) * NER_WORDS_SETS + k] >> (p & 7) & 1;
}

/* The two bit positions of hash h in each set of the word list. */
static void words_pos(uint32_t h, uint32_t *p1, uint32_t *p2) {
  ner_words_probes(h, NER_WORDS_BITS, p1, p2);
}

/* Whether hash h is in set k of the word lists. */
static int words_has(enum words_set k, uint32_t h) {
  uint32_t p1, p2;
  words_pos(h, &p1, &p2);
  return words_bit(k, p1) && words_bit(k, p2);
}

/* The enum ner_dict bits of the word of hash h (its lower form), and in
** *given whether it is a given name. */
static unsigned dict_bits(uint32_t h, uint8_t *given) {
  uint32_t p1, p2;
  unsigned out = 0;
  words_pos(h, &p1, &p2);
  if (words_bit(WORDS_LOWER, p1) && words_bit(WORDS_LOWER, p2))
    out |= NER_DICT_LOWER;
  if (words_bit(WORDS_CAP, p1) && words_bit(WORDS_CAP, p2))
    out |= NER_DICT_CAP;
  *given = words_bit(WORDS_GIVEN, p1) && words_bit(WORDS_GIVEN, p2);
  return out;
}

/* ---- word clusters (data/clusters.bin, generated NER_CLUS) ------------- */

#define CLUS_BITS 16 /* bits of a path as stored in ner_tok_t.clus */
_Static_assert(NER_CLUS_DEPTH <= CLUS_BITS, "a path fits ner_tok_t.clus");

/* The index of hash h in NER_CLUS, or NER_CLUS_COUNT if absent: the hashes
** are uniform, so start where h would be, gallop to bracket it (a few
** neighbouring cache lines), then halve. */
static size_t clus_find(uint32_t h) {
  const size_t n = NER_CLUS_COUNT;
  size_t lo, hi, step, at = (size_t)(((uint64_t)h * n) >> 32);
  if (NER_CLUS[at].h < h) {
    lo = at + 1;
    for (step = 1; lo + step <= n && NER_CLUS[lo + step - 1].h < h;)
      lo += step, step *= 2;
    hi = lo + step <= n ? lo + step : n;
  } else {
    hi = at + 1;
    for (step = 1; hi > step && NER_CLUS[hi - step - 1].h >= h;)
      hi -= step, step *= 2;
    lo = hi > step ? hi - step - 1 : 0;
  }
  while (lo < hi) {
    size_t mid = (lo + hi) / 2;
    if (NER_CLUS[mid].h < h)
      lo = mid + 1;
    else if (NER_CLUS[mid].h > h)
      hi = mid;
    else
      return mid;
  }
  return n;
}

/* Sets t->clus, t->clus_depth and t->habit from the word's entry. */
static void clus_lookup(ner_tok_t *t) {
  size_t i = clus_find(t->h_lower);
  if (i == NER_CLUS_COUNT)
    return;
  t->clus =
      (uint16_t)((uint32_t)NER_CLUS[i].path << (CLUS_BITS - NER_CLUS_DEPTH));
  t->clus_depth = NER_CLUS[i].depth;
  t->habit = NER_CLUS[i].habit;
}

/* A cluster path prefix of k turns, with its length (0: no cluster). */
static uint32_t clus_prefix(const ner_tok_t *t, uint32_t k) {
  uint32_t d = t->clus_depth < k ? t->clus_depth : k;
  return (uint32_t)(t->clus >> (CLUS_BITS - k)) | d << 16 | k << 24;
}

/* The longest city name (data/words.bin, up to 3 words and CITY_MAX - 1
** bytes) that starts at token i: its token count, or 0. */
#define CITY_MAX 96
static size_t city_match(const ner_doc_t *d, size_t i) {
  size_t n = 0, best = 0;
  /* ner_hash(name so far, lowered, 1), unmixed */
  uint32_t h = NER_HASH_START(1);
  for (size_t k = 0; k < 3 && i + k < d->toks[i].sent_end; k++) {
    const ner_tok_t *t = &d->toks[i + k];
    size_t tl = t->be - t->bs;
    if (t->kind != NLP_TOKEN_WORD || n + tl + 1 > CITY_MAX)
      break;
    if (k) {
      if (t->bs != d->toks[i + k - 1].be + 1)
        break; /* one space between the words */
      NER_HASH_STEP(h, ' ');
      n++;
    }
    for (size_t j = 0; j < tl; j++) {
      unsigned char c = (unsigned char)d->text[t->bs + j];
      NER_HASH_STEP(h, c >= 'A' && c <= 'Z' ? c + 32 : c);
    }
    n += tl;
    if (words_has(WORDS_CITY, ner_hash_final(h)))
      best = k + 1;
  }
  return best;
}

/* The capitalisation class of a word (ner_tok_t.cap) from its counts of
** capitals, lower-case letters and letters, and whether it opens with a
** capital. */
static uint8_t cap_class(size_t nup, size_t nlow, size_t letters,
                         int first_up) {
  if (nup == 0)
    return NER_CAP_NONE;
  if (first_up && nlow > 0)
    return NER_CAP_TITLE;
  if (nlow == 0)
    return letters >= 2 ? NER_CAP_UPPER : NER_CAP_TITLE;
  return NER_CAP_MIXED;
}

/* The cap and h_lower of a token: h_lower of its first MAXW bytes as
** written (pass 1) or with curly quotes as straight ones (pass 2: the form
** the features read, as tok_bytes gives it), ASCII capitals lowered. */
static void tok_case_any(ner_tok_t *t, const char *text, int straight_quotes);

#if defined(NLP_SWAR)
/* tok_case for an ASCII token of at most 16 bytes with 8 bytes readable
** after each start of 8 (most tokens): eight bytes at a time, the case
** counts by bit tricks, the hash still byte by byte. Returns 0, leaving t
** as it was, for any other token. */
static int tok_case_short(ner_tok_t *t, const char *text, size_t len) {
  const unsigned char *start = (const unsigned char *)text + t->bs;
  size_t n = t->be - t->bs, nup = 0, nlow = 0;
  uint32_t h = NER_HASH_START(1);
  int first_up = 0;
  if (n == 0 || n > 16 || t->bs + (n > 8 ? 16 : 8) > len)
    return 0;
  for (size_t off = 0; off < n; off += 8) {
    size_t m = n - off < 8 ? n - off : 8;
    uint64_t x, up, low;
    memcpy(&x, start + off, 8);
    if (m < 8)
      x &= ((uint64_t)1 << (8 * m)) - 1;
    if (x & 0x8080808080808080u)
      return 0;
    up = nlp_bytes_in(x, 'A', 'Z');
    low = nlp_bytes_in(x, 'a', 'z');
    if (off == 0)
      first_up = (up & 0x80) != 0;
    /* the flags counted: one per byte, summed into the top byte */
    nup += (size_t)(((up >> 7) * 0x0101010101010101u) >> 56);
    nlow += (size_t)(((low >> 7) * 0x0101010101010101u) >> 56);
    x |= up >> 2; /* lower-cased */
    for (size_t k = 0; k < m; k++)
      NER_HASH_STEP(h, (unsigned char)(x >> (8 * k)));
  }
  t->cap = cap_class(nup, nlow, nup + nlow, first_up);
  t->h_lower = ner_hash_final(h);
  return 1;
}
#endif

/* tok_case for an ASCII token in one loop; others go to tok_case_any. */
static void tok_case(ner_tok_t *t, const char *text, size_t len,
                     int straight_quotes) {
  const unsigned char *start = (const unsigned char *)text + t->bs;
  const unsigned char *end = (const unsigned char *)text + t->be;
  const unsigned char *lim = t->be - t->bs > MAXW ? start + MAXW : end;
  uint32_t h = NER_HASH_START(1), first = 0;
  size_t nup = 0, nlow = 0, letters = 0;
#if defined(NLP_SWAR)
  if (tok_case_short(t, text, len))
    return;
#else
  (void)len;
#endif
  for (const unsigned char *p = start; p < end; p++) {
    unsigned char b = *p;
    uint32_t k;
    if (b >= 0x80) {
      tok_case_any(t, text, straight_quotes);
      return;
    }
    k = nlp_ascii_class[b];
    if (p == start)
      first = k;
    nup += (k & NLP_C_UPPER) != 0;
    nlow += (k & NLP_C_LOWER) != 0;
    letters += (k & NLP_C_LETTER) != 0;
    if (p < lim)
      NER_HASH_STEP(h, b >= 'A' && b <= 'Z' ? b + 32 : b);
  }
  t->cap = cap_class(nup, nlow, letters, (first & NLP_C_UPPER) != 0);
  t->h_lower = ner_hash_final(h);
}

static void tok_case_any(ner_tok_t *t, const char *text, int straight_quotes) {
  const unsigned char *p = (const unsigned char *)text + t->bs;
  const unsigned char *end = (const unsigned char *)text + t->be;
  const unsigned char *lim = t->be - t->bs > MAXW ? p + MAXW : end;
  size_t nup = 0, nlow = 0, letters = 0;
  uint32_t h = NER_HASH_START(1);
  int first_up = -1;
  for (const unsigned char *q = p; q < lim;) {
    unsigned char b = *q++;
    if (b == 0xE2 && straight_quotes && q + 1 < lim && q[0] == 0x80 &&
        (q[1] == 0x98 || q[1] == 0x99 || q[1] == 0x9C || q[1] == 0x9D)) {
      b = q[1] >= 0x9C ? '"' : '\'';
      q += 2;
    }
    NER_HASH_STEP(h, b >= 'A' && b <= 'Z' ? b + 32 : b);
  }
  while (p < end) {
    nlp_char_t c = nlp_char_at(p, end);
    if (first_up < 0)
      first_up = (c.klass & NLP_C_UPPER) != 0;
    nup += (c.klass & NLP_C_UPPER) != 0;
    nlow += (c.klass & NLP_C_LOWER) != 0;
    letters += (c.klass & NLP_C_LETTER) != 0;
    p += c.len;
  }
  t->cap = cap_class(nup, nlow, letters, first_up == 1);
  t->h_lower = ner_hash_final(h);
}

/* The shapes and exact form of token t, once. */
static void detail_shapes(ner_tok_t *t, const char *text) {
  if (!(t->detailed & NER_DETAIL_SHAPES)) {
    tok_shapes(t, text);
    t->detailed |= NER_DETAIL_SHAPES;
  }
}

void ner_tok_detail(ner_doc_t *d, size_t i) {
  ner_tok_t *t = &d->toks[i];
  detail_shapes(t, d->text);
  if (!(t->detailed & NER_DETAIL_CLUSTER)) {
    clus_lookup(t);
    t->detailed |= NER_DETAIL_CLUSTER;
  }
}

/* The details of token i and what its features read of its neighbours
** (their shapes and exact forms; a cluster only of the token itself). */
static void detail_near(ner_doc_t *d, size_t i) {
  const ner_tok_t *t = &d->toks[i];
  if (i > t->sent_first)
    detail_shapes(&d->toks[i - 1], d->text);
  ner_tok_detail(d, i);
  if (i + 1 < t->sent_end)
    detail_shapes(&d->toks[i + 1], d->text);
}

/* ---- the per-document word map ---------------------------------------- */

#define MAP_SEEN_LOWER 1
#define MAP_SEEN_TITLE 2
#define MAP_SEEN_TITLE2 4 /* capitalised mid-sentence twice or more */
#define MAP_FACTS 0x0f    /* the bits above */
#define MAP_LAST_SHIFT 4  /* 0 unseen, 1..4 type+1, MAP_LAST_O tagged O */
#define MAP_LAST_O 5

static int map_grow(ner_doc_t *d) {
  size_t ncap = d->mcap ? d->mcap * 2 : 1024;
  struct ner_map_slot *m = calloc(ncap, sizeof *m);
  if (!m)
    return NLP_ENOMEM;
  for (size_t i = 0; i < d->mcap; i++) {
    if (!d->map[i].key)
      continue;
    size_t j = d->map[i].key & (ncap - 1);
    while (m[j].key)
      j = (j + 1) & (ncap - 1);
    m[j] = d->map[i];
  }
  free(d->map);
  d->map = m;
  d->mcap = ncap;
  return NLP_OK;
}

/* The value of key h, added if absent; NULL when out of memory. */
static uint8_t *map_slot(ner_doc_t *d, uint32_t h) {
  size_t j;
  if (!h)
    h = 1;
  if ((d->mcount + 1) * 2 > d->mcap && map_grow(d) != NLP_OK)
    return NULL;
  j = h & (d->mcap - 1);
  while (d->map[j].key && d->map[j].key != h)
    j = (j + 1) & (d->mcap - 1);
  if (!d->map[j].key) {
    d->map[j].key = h;
    d->mcount++;
  }
  return &d->map[j].val;
}

static uint8_t map_get(const ner_doc_t *d, uint32_t h) {
  size_t j;
  if (!h)
    h = 1;
  if (!d->mcap)
    return 0;
  j = h & (d->mcap - 1);
  while (d->map[j].key) {
    if (d->map[j].key == h)
      return d->map[j].val;
    j = (j + 1) & (d->mcap - 1);
  }
  return 0;
}

/* How many tokens ahead ner_doc_block and ner_decode ask for a word's
** memory. */
#define NER_PREFETCH_AHEAD 32

/* Asks for the memory that map_get() will read for hash h. */
static void prefetch_map(const ner_doc_t *d, uint32_t h) {
  if (d->mcap)
    NER_PREFETCH(&d->map[(h ? h : 1) & (d->mcap - 1)]);
}

/* Asks for the memory that dict_bits() and map_get() will read for hash h
** (the word lists and the map are too big for the nearer caches; a token
** is far too much work for the processor to reach the next one's reads by
** itself). */
static void prefetch_word(const ner_doc_t *d, uint32_t h) {
  uint32_t p1, p2;
  words_pos(h, &p1, &p2);
  NER_PREFETCH(NER_WORDS.bytes + (size_t)(p1 >> 3) * NER_WORDS_SETS);
  NER_PREFETCH(NER_WORDS.bytes + (size_t)(p2 >> 3) * NER_WORDS_SETS);
  prefetch_map(d, h);
}

/* ---- gazetteer (NER_GAZ, indexed at build time: ner_gaz.h) ------------- */

/* Whether first-word hash h is in the names' Bloom filter. */
static int gaz_first_has(uint32_t h) {
  uint32_t p1, p2;
  ner_gaz_first_bits(h, &p1, &p2);
  return (NER_GAZ_FIRST[p1 / 64] >> (p1 % 64) & 1) &&
         (NER_GAZ_FIRST[p2 / 64] >> (p2 % 64) & 1);
}

/* The index slot of key s[0..n) of hash h (empty: h 0 if none). */
static const ner_gaz_slot_t *gaz_find(const char *s, size_t n, uint32_t h) {
  return &NER_GAZ_INDEX[ner_gaz_probe(NER_GAZ_INDEX, s, n, h)];
}

/* The hash of key s[0..n) in the index (never 0). */
static uint32_t gaz_hash(const char *s, size_t n) {
  uint32_t h = NER_GAZ_HASH_START;
  for (size_t k = 0; k < n; k++)
    NER_HASH_STEP(h, (unsigned char)s[k]);
  return ner_gaz_hash_end(h);
}

unsigned ner_gaz_lookup(const char *lower, size_t n) {
  const ner_gaz_slot_t *e = gaz_find(lower, n, gaz_hash(lower, n));
  return e->h && (e->flags & NER_GAZ_KEY_NAME) ? NER_GAZ[e->entry].bits : 0;
}

size_t ner_gaz_match(const ner_doc_t *d, size_t i, unsigned *bits) {
  char buf[128];
  size_t n = 0, best = 0;
  uint32_t h = NER_GAZ_HASH_START; /* of buf[0..n), unmixed */
  const ner_tok_t *t0 = &d->toks[i];
  *bits = 0;
  /* a name's first word is its first token, lowered: by h_lower for an
  ** ASCII token it covers whole (not for curly quotes: h_lower reads them
  ** straight, the names do not) */
  if (t0->be - t0->bs <= MAXW &&
      all_ascii((const unsigned char *)d->text + t0->bs, t0->be - t0->bs) &&
      !gaz_first_has(t0->h_lower))
    return 0;
  for (size_t k = 0; k < 5 && i + k < d->toks[i].sent_end; k++) {
    const ner_tok_t *t = &d->toks[i + k];
    size_t tl = t->be - t->bs;
    const ner_gaz_slot_t *e;
    if (t->kind != NLP_TOKEN_WORD && t->kind != NLP_TOKEN_PUNCT)
      break;
    if (n + tl + 1 > sizeof buf)
      break;
    if (k) {
      buf[n++] = ' ';
      NER_HASH_STEP(h, ' ');
    }
    for (size_t j = 0; j < tl; j++) {
      unsigned char b = (unsigned char)d->text[t->bs + j];
      b = (unsigned char)(b >= 'A' && b <= 'Z' ? b + 32 : b);
      buf[n++] = (char)b;
      NER_HASH_STEP(h, b);
    }
    e = gaz_find(buf, n, ner_gaz_hash_end(h));
    if (!e->h)
      break; /* no name is or goes on from these words */
    if (e->flags & NER_GAZ_KEY_NAME) {
      best = k + 1;
      *bits = NER_GAZ[e->entry].bits;
    }
    if (!(e->flags & NER_GAZ_KEY_MORE))
      break;
  }
  return best;
}

/* ---- documents ------------------------------------------------------------
 */

/* The length of the part before a final run of 2+ ASCII capitals that
** follows a lower-case letter, or 0. */
static size_t glued_caps(const char *w, size_t n) {
  size_t k = n;
  while (k > 0 && w[k - 1] >= 'A' && w[k - 1] <= 'Z')
    k--;
  if (n - k >= 2 && k >= 2 && w[k - 1] >= 'a' && w[k - 1] <= 'z')
    return k;
  return 0;
}

/* Pass 1 keeps what pass 2 needs of each token (its bytes, kind and
** sentence) as the gap after the previous token, its length and the step in
** sentence number: two bytes for most tokens,
**   [kind | gap << 4 | step << 5] [length]   (gap, step 0 or 1; length 1-255)
** else 0x80 | kind, then gap, length and step as varints (7 bits a byte,
** the high bit set on all but the last). About 0.4 bytes per byte of news,
** for any size of text: no second tokenisation, and no threshold at which
** the speed per MB would change. */
static int cache_put(ner_doc_t *d, const unsigned char *b, size_t n) {
  if (d->cbuf_cap - d->cbuf_len < n) {
    size_t ncap = d->cbuf_cap ? d->cbuf_cap * 2 : 4096;
    unsigned char *nb;
    if (ncap < d->cbuf_len + n)
      ncap = d->cbuf_len + n;
    nb = realloc(d->cbuf, ncap);
    if (!nb)
      return NLP_ENOMEM;
    d->cbuf = nb;
    d->cbuf_cap = ncap;
  }
  memcpy(d->cbuf + d->cbuf_len, b, n);
  d->cbuf_len += n;
  return NLP_OK;
}

static size_t varint(unsigned char *out, size_t v) {
  size_t n = 0;
  while (v >= 0x80) {
    out[n++] = (unsigned char)(v | 0x80);
    v >>= 7;
  }
  out[n++] = (unsigned char)v;
  return n;
}

static size_t unvarint(const unsigned char *b, size_t *pos) {
  size_t v = 0;
  for (unsigned shift = 0;; shift += 7) {
    unsigned char c = b[(*pos)++];
    v |= (size_t)(c & 0x7F) << shift;
    if (!(c & 0x80))
      return v;
  }
}

static int cache_token(ner_doc_t *d, const nlp_token_t *t) {
  unsigned char b[1 + 3 * 10];
  size_t gap = t->byte_start - d->cw_be, len = t->byte_end - t->byte_start;
  size_t step = t->sentence - d->cw_sentence, n = 0;
  if (gap <= 1 && step <= 1 && len >= 1 && len <= 255) {
    b[n++] = (unsigned char)((unsigned)t->kind | gap << 4 | step << 5);
    b[n++] = (unsigned char)len;
  } else {
    b[n++] = (unsigned char)(0x80 | (unsigned)t->kind);
    n += varint(b + n, gap);
    n += varint(b + n, len);
    n += varint(b + n, step);
  }
  d->cw_be = t->byte_end;
  d->cw_sentence = t->sentence;
  d->nctoks++;
  return cache_put(d, b, n);
}

/* The next token of pass 2, from the cache or the tokeniser. */
static int next_token(ner_doc_t *d, nlp_token_t *t) {
  const unsigned char *b = d->cbuf;
  size_t gap, len, step;
  unsigned head;
  if (!d->use_cache)
    return nlp_tokens_next(d->tokit, t);
  if (d->ctok_pos == d->nctoks)
    return NLP_DONE;
  d->ctok_pos++;
  head = b[d->cbuf_pos++];
  if (head & 0x80) {
    gap = unvarint(b, &d->cbuf_pos);
    len = unvarint(b, &d->cbuf_pos);
    step = unvarint(b, &d->cbuf_pos);
  } else {
    gap = head >> 4 & 1;
    step = head >> 5 & 1;
    len = b[d->cbuf_pos++];
  }
  memset(t, 0, sizeof *t);
  t->kind = (nlp_token_kind_t)(head & 15);
  t->byte_start = d->cr_be + gap;
  t->byte_end = t->byte_start + len;
  t->sentence = d->cr_sentence + step;
  d->cr_be = t->byte_end;
  d->cr_sentence = t->sentence;
  return NLP_OK;
}

void ner_doc_free(ner_doc_t *d) {
  if (!d)
    return;
  nlp_tokens_free(d->tokit);
  free(d->cbuf);
  free(d->toks);
  free(d->map);
  memset(d, 0, sizeof *d);
}

/* Segment rule: a line break before token x ends a segment, as a sentence
** end does ("Reuters\nLONDON"). */
static int line_break_before(const ner_doc_t *d, const ner_tok_t *x) {
  for (size_t k = d->last_be; k < x->bs; k++)
    if (d->text[k] == '\n')
      return 1;
  return 0;
}

/* Segment rule: a segment of NER_SEG_MAX_TOKENS tokens ends before a token
** x that is not capitalised, and always at twice as many (a text without
** punctuation: memory stays bounded). */
static int segment_full(const ner_doc_t *d, const ner_tok_t *x) {
  return d->seg_toks >= NER_SEG_MAX_TOKENS &&
         (x->cap == NER_CAP_NONE || d->seg_toks >= 2 * NER_SEG_MAX_TOKENS);
}

/* The segment rules in order, before token x of sentence idx sentence:
** starts a new segment (d->seg) where one applies. */
static void next_segment(ner_doc_t *d, const ner_tok_t *x, size_t sentence) {
  size_t seg = d->seg;
  d->seg += (size_t)line_break_before(d, x);
  d->seg += d->last_sentence != sentence; /* a new sentence */
  if (d->seg == seg && segment_full(d, x))
    d->seg++;
  if (d->seg != seg)
    d->seg_toks = 0;
}

/* Appends a token to d->toks (two when a glued word is split). */
static int add_token(ner_doc_t *d, const nlp_token_t *t, int light) {
  ner_tok_t *x;
  size_t cut = 0;
  if (d->ntoks + 2 > d->cap) {
    size_t ncap = d->cap ? d->cap * 2 : 256;
    ner_tok_t *nt = realloc(d->toks, ncap * sizeof *nt);
    if (!nt)
      return NLP_ENOMEM;
    d->toks = nt;
    d->cap = ncap;
  }
  if (t->kind == NLP_TOKEN_WORD)
    /* "ImagesCNN" (a credit glued to the next word) is two words: split
    ** before a final run of 2+ capitals that follows a lower-case letter
    ** (not "McDonald", "iPhone") */
    cut = glued_caps(d->text + t->byte_start, t->byte_end - t->byte_start);
  for (int part = 0; part < (cut ? 2 : 1); part++) {
    x = &d->toks[d->ntoks++];
    memset(x, 0, sizeof *x);
    x->bs = part ? t->byte_start + cut : t->byte_start;
    x->be = cut && !part ? t->byte_start + cut : t->byte_end;
    x->kind = t->kind;
    if (light) {
      if (t->kind == NLP_TOKEN_WORD)
        tok_case(x, d->text, d->len, 0);
    } else {
      /* the dict bits in ner_doc_block, the rest when scored */
      tok_case(x, d->text, d->len, 1);
    }
    if (d->started)
      next_segment(d, x, t->sentence);
    d->seg_toks++;
    d->started = 1;
    d->last_be = x->be;
    d->last_sentence = t->sentence;
    x->sentence = d->seg;      /* the segment number for now */
    x->sent_end = t->sentence; /* the sentence idx for now */
  }
  return NLP_OK;
}

/* ner_tok_t.sent_caps of a word of a capitals run while mark_segments
** looks for runs (then 1). */
#define SENT_CAPS_RUN 2

/* Headline rule: a segment of 2+ words, at most a fifth of them not in
** capitals, is a headline ("EAGLE PASS, TEXAS"). */
static int headline(size_t words, size_t lowers) {
  return words >= 2 && lowers * 5 <= words;
}

/* A word in capitals of 3 bytes or more ("PASS"). */
static int long_caps(const ner_tok_t *t) {
  return t->kind == NLP_TOKEN_WORD && t->cap == NER_CAP_UPPER &&
         t->be - t->bs >= 3;
}

/* Headline rule: inside a mixed segment [i, j), a word in capitals of 3+
** bytes (token k) next to another, across punctuation, reads like a
** headline: "EAGLE PASS, TEXAS - DECEMBER 19: In ...". */
static int in_caps_run(const ner_doc_t *d, size_t i, size_t j, size_t k) {
  size_t a = k, b = k + 1;
  if (!long_caps(&d->toks[k]))
    return 0;
  while (a > i && d->toks[a - 1].kind != NLP_TOKEN_WORD)
    a--;
  while (b < j && d->toks[b].kind != NLP_TOKEN_WORD)
    b++;
  return (a > i && long_caps(&d->toks[a - 1])) ||
         (b < j && long_caps(&d->toks[b]));
}

/* Segments of d->toks[0..ntoks): bounds, real sentence numbers and the
** all-capitals flag; with caps_runs, also on capitals runs inside mixed
** sentences (flags only words in capitals: pass 1 reads the flag of
** capitalised words alone, so it goes without). */
static void mark_segments(ner_doc_t *d, int caps_runs) {
  for (size_t i = 0; i < d->ntoks;) {
    size_t j = i, words = 0, lowers = 0;
    while (j < d->ntoks && d->toks[j].sentence == d->toks[i].sentence) {
      if (d->toks[j].kind == NLP_TOKEN_WORD) {
        words++;
        if (d->toks[j].cap != NER_CAP_UPPER)
          lowers++;
      }
      j++;
    }
    for (size_t k = i; k < j; k++) {
      d->toks[k].sent_first = i;
      d->toks[k].sentence = d->toks[k].sent_end; /* the real sentence idx */
      d->toks[k].sent_end = j;
      d->toks[k].sent_caps = (uint8_t)headline(words, lowers);
    }
    /* none when no word is in capitals */
    for (size_t k = i; k < j && caps_runs && lowers != words; k++)
      if (!d->toks[k].sent_caps && in_caps_run(d, i, j, k))
        d->toks[k].sent_caps = SENT_CAPS_RUN;
    for (size_t k = i; k < j && caps_runs && lowers != words; k++)
      if (d->toks[k].sent_caps == SENT_CAPS_RUN)
        d->toks[k].sent_caps = 1;
    i = j;
  }
}

/* The document facts of the words of d->toks[0..ntoks) (whole segments),
** into the map: a word seen in lower case; seen capitalised after a word
** inside a mixed sentence ("met Angela"), once or twice and more. */
static int record_facts(ner_doc_t *d) {
  for (size_t i = 0; i < d->ntoks; i++) {
    const ner_tok_t *x = &d->toks[i];
    uint8_t *v;
    if (x->kind != NLP_TOKEN_WORD)
      continue;
    if (x->cap == NER_CAP_NONE) {
      if (!(v = map_slot(d, x->h_lower)))
        return NLP_ENOMEM;
      *v |= MAP_SEEN_LOWER;
    } else if (x->cap == NER_CAP_TITLE && i > x->sent_first && !x->sent_caps &&
               d->toks[i - 1].kind == NLP_TOKEN_WORD) {
      if (!(v = map_slot(d, x->h_lower)))
        return NLP_ENOMEM;
      if (*v & MAP_SEEN_TITLE)
        *v |= MAP_SEEN_TITLE2;
      *v |= MAP_SEEN_TITLE;
    }
  }
  return NLP_OK;
}

/* Pass 1: the document facts of every word (seen in lower case, seen
** capitalised mid-sentence), one segment at a time. */
static int scan_facts(ner_doc_t *d) {
  nlp_tokens_t *it;
  nlp_token_t t;
  int rc;
  size_t count = 0;
  rc = nlp_tokens_new(d->text, d->len, &it);
  if (rc != NLP_OK)
    return rc;
  for (;;) {
    size_t seg_before = d->seg;
    int more = (rc = nlp_tokens_next(it, &t)) == NLP_OK;
    size_t n = d->ntoks;
    if (more && ++count % NER_CHECK_TOKENS == 0 && d->check &&
        d->check(d->check_arg)) {
      rc = NLP_EINTR;
      break;
    }
    if (more && d->use_cache && (rc = cache_token(d, &t)) != NLP_OK)
      break;
    if (more) {
      rc = add_token(d, &t, 1);
      if (rc != NLP_OK)
        break;
    }
    /* a finished segment: all tokens before the new one(s) */
    if (!more || d->seg != seg_before) {
      size_t keep = more ? d->ntoks - n : 0;
      d->ntoks -= keep;
      mark_segments(d, 0);
      if (record_facts(d) != NLP_OK)
        goto nomem;
      if (keep)
        memmove(d->toks, d->toks + d->ntoks, keep * sizeof *d->toks);
      d->ntoks = keep;
      for (size_t i = 0; i < keep; i++)
        d->toks[i].sentence = d->seg; /* still a segment number */
    }
    if (!more)
      break;
  }
  nlp_tokens_free(it);
  d->ntoks = 0;
  d->seg = 0;
  d->seg_toks = 0;
  d->started = 0;
  return rc == NLP_DONE ? NLP_OK : rc;
nomem:
  nlp_tokens_free(it);
  return NLP_ENOMEM;
}

int ner_doc_init(ner_doc_t *d, const char *text, size_t len) {
  return ner_doc_init_checked(d, text, len, NULL, NULL);
}

int ner_doc_init_checked(ner_doc_t *d, const char *text, size_t len,
                         nlp_check_fn check, void *arg) {
  int rc;
  memset(d, 0, sizeof *d);
  d->text = text;
  d->len = len;
  d->check = check;
  d->check_arg = arg;
  d->use_cache = 1;
  rc = scan_facts(d);
  if (rc == NLP_OK)
    rc = nlp_tokens_new(text, len, &d->tokit);
  if (rc != NLP_OK)
    ner_doc_free(d);
  return rc;
}

/* The city name that starts at capitalised word i, unless i is in one. */
static void mark_city(ner_doc_t *d, size_t i) {
  size_t m;
  if (d->toks[i].cap == NER_CAP_NONE || d->toks[i].city != NER_POS_NONE)
    return;
  m = city_match(d, i);
  for (size_t k = 0; k < m; k++)
    d->toks[i + k].city = k == 0 ? NER_POS_FIRST : NER_POS_INSIDE;
}

/* The gazetteer name that starts at word i ("new york city"), up to a
** token of an earlier match; not looked for at a lower-case word of one
** byte or a common one outside a match ("the"). */
static void mark_gazetteer(ner_doc_t *d, size_t i) {
  const ner_tok_t *x = &d->toks[i];
  unsigned bits;
  size_t n;
  if (x->be - x->bs < 2 && x->cap == NER_CAP_NONE)
    return;
  if (x->cap == NER_CAP_NONE && (x->dict & NER_DICT_LOWER) && !x->gaz)
    return;
  n = ner_gaz_match(d, i, &bits);
  for (size_t k = 0; k < n; k++) {
    if (d->toks[i + k].gaz_pos != NER_POS_NONE)
      break; /* already in an earlier match */
    d->toks[i + k].gaz = (uint8_t)bits;
    d->toks[i + k].gaz_pos = k == 0 ? NER_POS_FIRST : NER_POS_INSIDE;
  }
}

/* The facts of word i, in order: its word lists, its document facts (pass
** 1), the city name and the gazetteer name it starts. */
static void word_facts(ner_doc_t *d, size_t i) {
  ner_tok_t *x = &d->toks[i];
  uint8_t v;
  x->dict = (uint8_t)dict_bits(x->h_lower, &x->given);
  v = map_get(d, x->h_lower);
  x->doc_lower = (v & MAP_SEEN_LOWER) != 0;
  x->doc_title = (v & MAP_SEEN_TITLE) != 0;
  x->doc_title2 = (v & MAP_SEEN_TITLE2) != 0;
  mark_city(d, i);
  mark_gazetteer(d, i);
}

int ner_doc_block(ner_doc_t *d, size_t max_tokens) {
  nlp_token_t t;
  int rc = NLP_OK;
  d->ntoks = 0;
  if (!d->tokit)
    return NLP_DONE;
  /* blocks are NER_CHECK_TOKENS or more: check before each but the first */
  if (d->blocks++ > 0 && d->check && d->check(d->check_arg))
    return NLP_EINTR;
  if (d->has_pending) {
    d->has_pending = 0;
    rc = add_token(d, &d->pending, 0);
  }
  while (rc == NLP_OK) {
    size_t seg_before = d->seg, seg_toks = d->seg_toks, n = d->ntoks;
    if ((rc = next_token(d, &t)) != NLP_OK)
      break;
    if ((rc = add_token(d, &t, 0)) != NLP_OK)
      break;
    if (d->seg != seg_before && n >= max_tokens) {
      /* the new token starts the next block: give it back */
      d->ntoks = n;
      d->seg = seg_before;
      d->seg_toks = seg_toks;
      d->last_be = d->toks[n - 1].be;
      d->last_sentence = d->toks[n - 1].sent_end;
      d->pending = t;
      d->has_pending = 1;
      break;
    }
  }
  if (rc == NLP_DONE) {
    nlp_tokens_free(d->tokit);
    d->tokit = NULL;
    rc = NLP_OK;
  }
  if (rc != NLP_OK)
    return rc;
  if (d->ntoks == 0)
    return NLP_DONE;
  mark_segments(d, 1);
  for (size_t i = 0; i < d->ntoks; i++) {
    if (i + NER_PREFETCH_AHEAD < d->ntoks &&
        d->toks[i + NER_PREFETCH_AHEAD].kind == NLP_TOKEN_WORD)
      prefetch_word(d, d->toks[i + NER_PREFETCH_AHEAD].h_lower);
    if (d->toks[i].kind == NLP_TOKEN_WORD)
      word_facts(d, i);
  }
  return NLP_OK;
}

int ner_doc_remember(ner_doc_t *d, size_t i, int tag) {
  const ner_tok_t *x = &d->toks[i];
  uint8_t *v, last;
  if (x->kind != NLP_TOKEN_WORD || x->cap == NER_CAP_NONE)
    return NLP_OK;
  last = tag == NER_O ? MAP_LAST_O : (uint8_t)(NER_TAG_TYPE(tag) + 1);
  if (!(v = map_slot(d, x->h_lower)))
    return NLP_ENOMEM;
  *v = (uint8_t)((*v & MAP_FACTS) | (last << MAP_LAST_SHIFT));
  return NLP_OK;
}

void ner_doc_forget(ner_doc_t *d) {
  for (size_t i = 0; i < d->mcap; i++)
    d->map[i].val &= MAP_FACTS;
}

int ner_tag_allowed(int prev, int tag) {
  if (tag == NER_O || NER_TAG_IS_B(tag))
    return 1;
  return prev != NER_O && NER_TAG_TYPE(prev) == NER_TAG_TYPE(tag);
}

#define BOS 0x5bd1e995u
#define EOS 0x1b873593u

size_t ner_city_match(const ner_doc_t *d, size_t i) { return city_match(d, i); }

/* What the features of a token read of the tokens either side in its
** sentence: their words (two each way), shapes, short shapes and exact
** forms; BOS and EOS past the sentence's ends. */
typedef struct near {
  uint32_t wl, wr, wl2, wr2, sl, sr, ssl, ssr, rl, rr;
} near_t;

static NER_INLINE void near_words(const ner_doc_t *d, size_t i, near_t *nb) {
  const ner_tok_t *t = &d->toks[i];
  const ner_tok_t *tp = i > t->sent_first ? t - 1 : NULL;
  const ner_tok_t *tp2 = i > t->sent_first + 1 ? t - 2 : NULL;
  const ner_tok_t *tn = i + 1 < t->sent_end ? t + 1 : NULL;
  const ner_tok_t *tn2 = i + 2 < t->sent_end ? t + 2 : NULL;
  nb->wl = tp ? tp->h_lower : BOS;
  nb->wr = tn ? tn->h_lower : EOS;
  nb->wl2 = tp2 ? tp2->h_lower : BOS;
  nb->wr2 = tn2 ? tn2->h_lower : EOS;
  nb->sl = tp ? tp->h_shape : BOS;
  nb->sr = tn ? tn->h_shape : EOS;
  nb->ssl = tp ? tp->h_sshape : BOS;
  nb->ssr = tn ? tn->h_sshape : EOS;
  nb->rl = tp ? tp->h_raw : BOS;
  nb->rr = tn ? tn->h_raw : EOS;
}

size_t ner_features_obs(ner_doc_t *d, size_t i, uint32_t mask, uint32_t *out) {
  const ner_tok_t *t = &d->toks[i], *tp = NULL, *tn = NULL;
  size_t n = 0, first = t->sent_first;
  uint32_t cap = t->cap, caps = t->sent_caps, last;
  uint32_t h_pre[3], h_suf[4];
  near_t nb;
  detail_near(d, i);
  tok_affixes(t, d->text, h_pre, h_suf);
  if (i > first)
    tp = t - 1;
  if (i + 1 < t->sent_end)
    tn = t + 1;
  near_words(d, i, &nb);
  last = (map_get(d, t->h_lower) >> MAP_LAST_SHIFT) & 7;
#define F(tpl, a, b) out[n++] = ner_feat(tpl, a, b) & mask
  F(0, 0, 0);
  F(1, t->h_lower, 0);
  F(2, t->h_raw, caps);
  F(3, t->h_shape, caps);
  F(4, t->h_sshape, caps);
  for (uint32_t k = 0; k < 3; k++)
    if (h_pre[k])
      F(5 + k, h_pre[k], 0);
  for (uint32_t k = 0; k < 4; k++)
    if (h_suf[k])
      F(8 + k, h_suf[k], 0);
  F(12, nb.wl, 0);
  F(13, nb.wr, 0);
  F(14, nb.wl2, 0);
  F(15, nb.wr2, 0);
  F(16, nb.wl, t->h_lower);
  F(17, t->h_lower, nb.wr);
  F(18, nb.sl, t->h_shape);
  F(19, t->h_shape, nb.sr);
  F(20, nb.ssl * 31 + t->h_sshape, nb.ssr);
  F(21, i == first, t->h_sshape);
  F(22, cap | caps << 4 | (uint32_t)(i == first) << 5,
    (uint32_t)t->doc_lower | (uint32_t)t->doc_title << 1);
  F(23, t->gaz | (uint32_t)t->gaz_pos << 8, cap);
  F(24, tp ? tp->gaz | (uint32_t)tp->gaz_pos << 8 : 999,
    tn ? tn->gaz | (uint32_t)tn->gaz_pos << 8 : 999);
  F(29, nb.rl, cap);
  F(30, nb.rr, cap);
  F(31, last, cap | caps << 4);
  F(32, last, t->h_lower);
  F(33, t->kind, cap);
  F(34, nb.ssl, t->h_lower);
  F(35, t->h_lower, nb.ssr);
  F(36, nb.wl, nb.wl2);
  F(37, nb.wr, nb.wr2);
  F(41, tp && tp->be == t->bs, cap | (tp ? (uint32_t)tp->cap << 4 : 99u));
  F(39, t->dict | (uint32_t)(i == first) << 2, cap | caps << 4);
  F(40, t->dict, (tp ? tp->dict : 9) | (tn ? tn->dict : 9) << 4);
  /* the word's cluster (data/clusters.bin), at three granularities */
  F(42, clus_prefix(t, 4), cap);
  F(43, clus_prefix(t, 8), 0);
  F(44, clus_prefix(t, 12), 0);
  /* given names (data/words.bin): the word, the word before */
  F(45, t->given, cap | caps << 4 | (uint32_t)(i == first) << 5);
  F(46, tp ? tp->given | (uint32_t)tp->cap << 1 : 99, cap | t->given << 4);
  /* city names (data/words.bin) */
  F(47, t->city, cap | (uint32_t)t->gaz_pos << 4);
  if (caps) {
    /* headlines: the word's document facts replace its shape */
    F(38, t->h_lower, (uint32_t)t->doc_lower | (uint32_t)t->doc_title << 1);
  }
#undef F
  return n;
}

uint32_t ner_prev_key(const ner_doc_t *d, size_t i) {
  return (uint32_t)d->toks[i].cap | (uint32_t)d->toks[i].sent_caps << 2;
}

size_t ner_features_prev_fixed(int prev, uint32_t key, uint32_t mask,
                               uint32_t *out) {
  return ner_prev_fixed_feats(prev, key, mask, out); /* ner_hash.h */
}

size_t ner_features_prev_word(const ner_doc_t *d, size_t i, int prev,
                              uint32_t mask, uint32_t *out) {
  const ner_tok_t *t = &d->toks[i];
  out[0] = ner_feat_b(27, feat_a_prev(27, prev), t->h_lower) & mask;
  out[1] = ner_feat_b(28, feat_a_prev(28, prev), t->h_sshape) & mask;
  return 2;
}

size_t ner_features_prev(const ner_doc_t *d, size_t i, int prev, uint32_t mask,
                         uint32_t *out) {
  size_t n = ner_features_prev_fixed(prev, ner_prev_key(d, i), mask, out);
  return n + ner_features_prev_word(d, i, prev, mask, out + n);
}

/* ner_prev_score_fn by ner_features_prev() and the plain score(). */
static void prev_generic(const ner_scorer_t *sc, const ner_doc_t *d, size_t i,
                         uint32_t mask, const int *preds, size_t npred,
                         float (*out)[NER_NTAGS]) {
  uint32_t fs[NER_PREV_FEATS];
  for (size_t q = 0; q < npred; q++) {
    size_t nf = ner_features_prev(d, i, preds[q], mask, fs);
    sc->score(sc->ctx, fs, nf, out[q]);
  }
}

/* ner_tag_allowed(prev, t) for every t, as bit t: O and B-X always, I-X
** after B-X or I-X. */
static unsigned allowed_after(int prev) {
  unsigned m = 1u; /* O */
  for (int type = 0; type < NER_NTYPES; type++)
    m |= 1u << NER_B(type);
  if (prev != NER_O)
    m |= 1u << NER_I(NER_TAG_TYPE(prev));
  return m;
}

/* One Viterbi step: nxt[t] = the best of cur[p] + em[t] + tr[q][t] over
** the predecessors p = preds[q] that tag t may follow (base 0 for the first
** token), from[t] = that p; strictly greater wins, so the first of equals.
** The same float additions in the same order either way; with SSE2, eight
** tags at a time. */
static void relax(const float *cur, const float *em, float (*tr)[NER_NTAGS],
                  const int *preds, size_t npred, int first, float *nxt,
                  int32_t *from) {
#if defined(__SSE2__)
  _Static_assert(NER_NTAGS == 9, "eight tags by SSE2, the ninth alone");
  __m128 n0 = _mm_loadu_ps(nxt), n1 = _mm_loadu_ps(nxt + 4);
  __m128i f0 = _mm_loadu_si128((const __m128i *)(const void *)from);
  __m128i f1 = _mm_loadu_si128((const __m128i *)(const void *)(from + 4));
  __m128 e0 = _mm_loadu_ps(em), e1 = _mm_loadu_ps(em + 4);
  for (size_t q = 0; q < npred; q++) {
    int fp = preds[q], ap = fp < 0 ? NER_O : fp;
    float base = first ? 0 : cur[fp], s8;
    unsigned ok = allowed_after(ap);
    __m128 vb = _mm_set1_ps(base);
    __m128 s0 = _mm_add_ps(_mm_add_ps(vb, e0), _mm_loadu_ps(tr[q]));
    __m128 s1 = _mm_add_ps(_mm_add_ps(vb, e1), _mm_loadu_ps(tr[q] + 4));
    __m128i ok0 = _mm_set_epi32(-(int)(ok >> 3 & 1), -(int)(ok >> 2 & 1),
                                -(int)(ok >> 1 & 1), -(int)(ok & 1));
    __m128i ok1 = _mm_set_epi32(-(int)(ok >> 7 & 1), -(int)(ok >> 6 & 1),
                                -(int)(ok >> 5 & 1), -(int)(ok >> 4 & 1));
    __m128i g0 = _mm_and_si128(_mm_castps_si128(_mm_cmpgt_ps(s0, n0)), ok0);
    __m128i g1 = _mm_and_si128(_mm_castps_si128(_mm_cmpgt_ps(s1, n1)), ok1);
    __m128i va = _mm_set1_epi32(ap);
    n0 = _mm_or_ps(_mm_and_ps(_mm_castsi128_ps(g0), s0),
                   _mm_andnot_ps(_mm_castsi128_ps(g0), n0));
    n1 = _mm_or_ps(_mm_and_ps(_mm_castsi128_ps(g1), s1),
                   _mm_andnot_ps(_mm_castsi128_ps(g1), n1));
    f0 = _mm_or_si128(_mm_and_si128(g0, va), _mm_andnot_si128(g0, f0));
    f1 = _mm_or_si128(_mm_and_si128(g1, va), _mm_andnot_si128(g1, f1));
    s8 = base + em[8] + tr[q][8];
    if ((ok >> 8 & 1) && s8 > nxt[8]) {
      nxt[8] = s8;
      from[8] = ap;
    }
  }
  _mm_storeu_ps(nxt, n0);
  _mm_storeu_ps(nxt + 4, n1);
  _mm_storeu_si128((__m128i *)(void *)from, f0);
  _mm_storeu_si128((__m128i *)(void *)(from + 4), f1);
#else
  for (size_t q = 0; q < npred; q++) {
    int fp = preds[q], ap = fp < 0 ? NER_O : fp;
    float base = first ? 0 : cur[fp];
    unsigned ok = allowed_after(ap);
    for (int t = 0; t < NER_NTAGS; t++) {
      float s = base + em[t] + tr[q][t];
      if ((ok >> t & 1) && s > nxt[t]) {
        nxt[t] = s;
        from[t] = ap;
      }
    }
  }
#endif
}

/* ner_skip after O, inline for ner_decode. */
static NER_INLINE int skip_after_o(const ner_doc_t *d, const ner_tok_t *t) {
  if (t->sent_caps || t->gaz)
    return 0;
  if (t->kind == NLP_TOKEN_WORD)
    return t->cap == NER_CAP_NONE && (t->dict & NER_DICT_LOWER);
  if (t->kind != NLP_TOKEN_PUNCT || t->be - t->bs != 1)
    return 0;
  switch (d->text[t->bs]) {
  case ',':
  case '.':
  case ';':
  case ':':
  case '!':
  case '?':
  case ')':
  case ']':
  case '}':
    return 1;
  default:
    return 0;
  }
}

/* A token ner_skip leaves O after O: O from the predecessors that are O
** (-1: none), unscored, into nxt/from; returns the others, kept in preds
** to be scored. */
static NER_INLINE size_t o_unscored(const float *cur, int first, int *preds,
                                    size_t npred, float *nxt, int32_t *from) {
  size_t kept = 0;
  for (size_t q = 0; q < npred; q++) {
    int ap = preds[q] < 0 ? NER_O : preds[q];
    if (ap == NER_O) {
      float base = first ? 0 : cur[preds[q]];
      if (base > nxt[NER_O]) {
        nxt[NER_O] = base;
        from[NER_O] = NER_O;
      }
    } else
      preds[kept++] = preds[q];
  }
  return kept;
}

void ner_decode(ner_doc_t *d, size_t a, size_t b, int prev0, uint32_t mask,
                const ner_scorer_t *sc, uint8_t *back, uint8_t *out) {
  const float NEG = -3.0e38f;
  float cur[NER_NTAGS], nxt[NER_NTAGS], em[NER_NTAGS], tr[NER_NTAGS][NER_NTAGS];
  int32_t from[NER_NTAGS];
  /* the features of the token scored and of the next one, found a token
  ** ahead when it will be scored, so that its rows are on their way */
  uint32_t fs[2][NER_MAX_FEATS];
  size_t nfs[2] = {0, 0}, ahead = (size_t)-1;
  int slot = 0, best = NER_O;
  if (a >= b)
    return;
  for (size_t i = a; i < b; i++) {
    size_t k = i - a, npred = 0, nf;
    int preds[NER_NTAGS], skip = skip_after_o(d, &d->toks[i]);
    if (i + NER_PREFETCH_AHEAD < b)
      prefetch_map(d, d->toks[i + NER_PREFETCH_AHEAD].h_lower); /* `last` */
    if (k == 0)
      preds[npred++] = prev0;
    else if (skip && best == NER_O) {
      /* a lower-case common word after an O that leads: O, as greedy; O
      ** keeps its score, the other states end, O stays the best */
      for (int t = 1; t < NER_NTAGS; t++)
        cur[t] = NEG;
      memset(back + k * NER_NTAGS, NER_O, NER_NTAGS);
      continue;
    } else
      for (int p = 0; p < NER_NTAGS; p++)
        if (cur[p] > NEG)
          preds[npred++] = p;
    for (int t = 0; t < NER_NTAGS; t++) {
      nxt[t] = NEG;
      from[t] = NER_O;
    }
    if (skip)
      npred = o_unscored(cur, k == 0, preds, npred, nxt, from);
    if (npred) {
      if (ahead == i) {
        slot ^= 1;
        nf = nfs[slot];
      } else {
        nf = ner_features_obs(d, i, mask, fs[slot]);
        if (sc->prefetch)
          sc->prefetch(sc->ctx, fs[slot], nf);
      }
      ahead = (size_t)-1;
      if (sc->prefetch && i + 1 < b && !skip_after_o(d, &d->toks[i + 1])) {
        ahead = i + 1;
        nfs[slot ^ 1] = ner_features_obs(d, i + 1, mask, fs[slot ^ 1]);
        sc->prefetch(sc->ctx, fs[slot ^ 1], nfs[slot ^ 1]);
      }
      sc->score(sc->ctx, fs[slot], nf, em);
      if (sc->prev)
        sc->prev(sc->ctx, d, i, mask, preds, npred, tr);
      else
        prev_generic(sc, d, i, mask, preds, npred, tr);
    }
    relax(cur, em, tr, preds, npred, k == 0, nxt, from);
    for (int t = 0; t < NER_NTAGS; t++)
      back[k * NER_NTAGS + (size_t)t] = (uint8_t)from[t];
    memcpy(cur, nxt, sizeof cur);
    best = NER_O;
    for (int t = 1; t < NER_NTAGS; t++)
      if (cur[t] > cur[best])
        best = t;
  }
  for (size_t k = b - a; k-- > 0;) {
    out[k] = (uint8_t)best;
    best = back[k * NER_NTAGS + (size_t)best];
  }
}

int ner_skip(const ner_doc_t *d, size_t i, int prev) {
  return prev == NER_O && skip_after_o(d, &d->toks[i]);
}
