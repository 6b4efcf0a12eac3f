/*
** ner_int.h: what the files of ner/ share, internal to them: ner_doc.c
** (documents and their passes), ner_lex.c (the clusters, city names and
** gazetteer), ner_feat.c (features and decoder); and the English word
** lists, looked up inline (every word of a text is).
*/
#ifndef NLP_NER_INT_H
#define NLP_NER_INT_H

#include <string.h>

#include "ner/ner.h"
#include "ner/ner_hash.h"
#include "generated/ner_data.h" /* NER_WORDS, NER_CLUS, NER_GAZ_INDEX */

#define MAXW 64 /* bytes of a word looked at for its hash, shapes, affixes */

/* Whether p[0..n) is all ASCII: its bytes ORed together, by loads inside
** it that overlap (no loop for a word of 8 bytes or fewer, whose length
** would end it at a branch hard to predict): 1 to 3 bytes are p[0],
** p[n / 2] and p[n - 1]; 4 to 8 the first and last 4; more, 8 a turn and
** the last 8. */
static inline int ner_all_ascii(const unsigned char *p, size_t n) {
  uint64_t acc = 0, w;
  uint32_t a, b;
  if (n < 4)
    return n == 0 || ((p[0] | p[n / 2] | p[n - 1]) & 0x80) == 0;
  if (n <= 8) {
    memcpy(&a, p, 4);
    memcpy(&b, p + n - 4, 4);
    return ((a | b) & 0x80808080u) == 0;
  }
  for (size_t i = 0; i + 8 < n; i += 8) {
    memcpy(&w, p + i, 8);
    acc |= w;
  }
  memcpy(&w, p + n - 8, 8);
  return ((acc | w) & 0x8080808080808080ull) == 0;
}

/* ---- the per-document word map (ner_doc_t.map; ner_doc.c fills it) ---- */

#define MAP_SEEN_LOWER 1
#define MAP_SEEN_TITLE 2
#define MAP_SEEN_TITLE2 4 /* capitalised mid-sentence twice or more */
#define MAP_FACTS 0x0f    /* the bits above */
#define MAP_LAST_SHIFT 4  /* 0 unseen, 1..4 type+1, MAP_LAST_O tagged O */
#define MAP_LAST_O 5

/* The value of key h in the map (0: absent). */
static inline uint8_t ner_map_get(const ner_doc_t *d, uint32_t h) {
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

/* Asks for the memory that ner_map_get() will read for hash h. */
static NER_INLINE void ner_map_prefetch(const ner_doc_t *d, uint32_t h) {
  if (d->mcap)
    NER_PREFETCH(&d->map[(h ? h : 1) & (d->mcap - 1)]);
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
static inline int words_bit(enum words_set k, uint32_t p) {
  return NER_WORDS.bytes[(size_t)(p >> 3) * NER_WORDS_SETS + k] >> (p & 7) & 1;
}

/* The two bit positions of hash h in each set of the word list. */
static inline void words_pos(uint32_t h, uint32_t *p1, uint32_t *p2) {
  ner_words_probes(h, NER_WORDS_BITS, p1, p2);
}

/* Whether hash h is in set k of the word lists. */
static inline int words_has(enum words_set k, uint32_t h) {
  uint32_t p1, p2;
  words_pos(h, &p1, &p2);
  return words_bit(k, p1) && words_bit(k, p2);
}

/* The bits of the four sets at bit position p, one in the low bit of each
** byte (set k in byte k): the four bytes of its group read at once. */
static inline uint32_t words_bits4(uint32_t p) {
  const unsigned char *b = NER_WORDS.bytes + (size_t)(p >> 3) * NER_WORDS_SETS;
  uint32_t x = (uint32_t)b[0] | (uint32_t)b[1] << 8 | (uint32_t)b[2] << 16 |
               (uint32_t)b[3] << 24;
  return x >> (p & 7) & 0x01010101u;
}

/* The enum ner_dict bits of the word of hash h (its h_lower), and in *given
** whether it is a given name: both bit positions of every set at once. */
static inline unsigned ner_words_dict(uint32_t h, uint8_t *given) {
  uint32_t p1, p2, m;
  _Static_assert(WORDS_LOWER == 0 && WORDS_CAP == 1 && WORDS_GIVEN == 2,
                 "the sets in the bytes read by words_bits4");
  words_pos(h, &p1, &p2);
  m = words_bits4(p1) & words_bits4(p2);
  *given = (uint8_t)(m >> 16 & 1);
  return (m & 1 ? NER_DICT_LOWER : 0) | (m >> 8 & 1 ? NER_DICT_CAP : 0);
}

/* Asks for the memory that ner_words_dict() will read for hash h. */
static NER_INLINE void ner_words_prefetch(uint32_t h) {
  uint32_t p1, p2;
  words_pos(h, &p1, &p2);
  NER_PREFETCH(NER_WORDS.bytes + (size_t)(p1 >> 3) * NER_WORDS_SETS);
  NER_PREFETCH(NER_WORDS.bytes + (size_t)(p2 >> 3) * NER_WORDS_SETS);
}

/* ---- city names (ner_lex.c: ner_city_match) --------------------------- */

#define NER_CITY_MAX 96 /* bytes of a city name, and one */

/* The hashes of the city names of 1, 2 and 3 words that may start at token
** i of d (words one space apart in its sentence, under NER_CITY_MAX bytes),
** as the word lists have them (ner_hash of the lower-cased name, seed 1),
** into hs; returns their count. */
static inline size_t ner_city_hashes(const ner_doc_t *d, size_t i,
                                     uint32_t hs[3]) {
  size_t n = 0, nh = 0;
  /* ner_hash(name so far, lowered, 1), unmixed */
  uint32_t h = NER_HASH_START(1);
  for (size_t k = 0; k < 3 && i + k < d->toks[i].sent_end; k++) {
    const ner_tok_t *t = &d->toks[i + k];
    size_t tl = t->be - t->bs;
    if (t->kind != NLP_TOKEN_WORD || n + tl + 1 > NER_CITY_MAX)
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
    hs[nh++] = ner_hash_final(h);
  }
  return nh;
}

/* The longest of the city names of hashes hs[0..nh) (ner_city_hashes) in
** the word lists, as a count of words (0: none). */
static NER_INLINE size_t ner_city_best(const uint32_t hs[3], size_t nh) {
  size_t best = 0;
  for (size_t k = 0; k < nh; k++)
    if (words_has(WORDS_CITY, hs[k]))
      best = k + 1;
  return best;
}

/* ner_city_hashes(d, i, hs) into *nh, with the memory ner_city_best will
** read for the names of two and three words asked for (that of one word
** is the word's own, which ner_words_dict reads). */
static NER_INLINE void ner_city_prefetch(const ner_doc_t *d, size_t i,
                                         uint32_t hs[3], uint8_t *nh) {
  *nh = (uint8_t)ner_city_hashes(d, i, hs);
  for (size_t k = 1; k < *nh; k++)
    ner_words_prefetch(hs[k]);
}

/* ---- the other lexicons (ner_lex.c) ------------------------------------ */

/* Asks for the memory that ner_lex_cluster() will read for a word of hash
** h (its h_lower): the first entry of its bucket in NER_CLUS. */
static NER_INLINE void ner_clus_prefetch(uint32_t h) {
  NER_PREFETCH(&NER_CLUS[NER_CLUS_BUCKET[h >> (32u - NER_CLUS_BUCKET_BITS)]]);
}

#define CLUS_BITS 16 /* bits of a path as stored in ner_tok_t.clus */
/* Sets t->clus, t->clus_depth and t->habit from its word's cluster
** (data/clusters.bin), if it has one. */
void ner_lex_cluster(ner_tok_t *t);

#endif /* NLP_NER_INT_H */
