/*
** ner_hash.h: the tagger's hashes (internal): of bytes, of features and of
** the fixed previous-tag features. Shared by ner_feat.c and the build-time
** generator tools/gen_ner_data.c, so that the tables made at build time (the
** gazetteer's index, the built-in model's sums) hash as the features do.
*/
#ifndef NLP_NER_HASH_H
#define NLP_NER_HASH_H

#include <stddef.h>
#include <stdint.h>

#include "text/fnv.h"

#if defined(__GNUC__)
#define NER_INLINE inline __attribute__((always_inline))
#define NER_PREFETCH(p) __builtin_prefetch(p) /* a hint: memory soon read */
/* a path the hot loops seldom take: kept out of them */
#define NER_COLD __attribute__((noinline, cold))
#else
#define NER_COLD
#define NER_INLINE inline
#define NER_PREFETCH(p) ((void)(p))
#endif

/* ner_hash in parts, for callers that feed it a byte at a time: the start
** for a seed, one byte, and the final mixing (ner_hash_final). */
#define NER_HASH_START(seed) (NLP_FNV_START ^ (seed))
#define NER_HASH_STEP(h, b) NLP_FNV_STEP(h, b)

static inline uint32_t ner_hash_final(uint32_t h) {
  h ^= h >> 16;
  h *= 0x85ebca6bu;
  h ^= h >> 13;
  h *= 0xc2b2ae35u;
  h ^= h >> 16;
  return h;
}

/* ner_hash() of ner.h: FNV-1a of p[0..n) from seed, then mixed. */
static inline uint32_t ner_hash_bytes(const void *p, size_t n, uint32_t seed) {
  const unsigned char *s = p;
  uint32_t h = NER_HASH_START(seed);
  for (size_t i = 0; i < n; i++)
    NER_HASH_STEP(h, s[i]);
  return ner_hash_final(h);
}

/* The two bit positions of a word of hash h (its h_lower) in a Bloom
** filter of 2^bits bits of data/words.bin (tools/gen_words.py sets them). */
static inline void ner_words_probes(uint32_t h, unsigned bits, uint32_t *p1,
                                    uint32_t *p2) {
  const uint32_t mask = ((uint32_t)1 << bits) - 1;
  uint32_t h2 = (h ^ (h >> 15)) * 0x2c1b3c6du;
  h2 ^= h2 >> 12;
  *p1 = h & mask;
  *p2 = h2 & mask;
}

static inline uint32_t ner_mix(uint32_t h) {
  h ^= h >> 16;
  h *= 0x7feb352du;
  h ^= h >> 15;
  h *= 0x846ca68bu;
  h ^= h >> 16;
  return h;
}

/* A feature: template t with up to two values (ner_feat), in two halves:
** the first of template t and value a, then the second with value b. */
static NER_INLINE uint32_t ner_feat_a(uint32_t t, uint32_t a) {
  return ner_mix(a + 0x9e3779b9u * (t + 1));
}

static NER_INLINE uint32_t ner_feat_b(uint32_t t, uint32_t ha, uint32_t b) {
  return ner_mix(ha ^ (b * 0x27d4eb2du + t));
}

static NER_INLINE uint32_t ner_feat(uint32_t t, uint32_t a, uint32_t b) {
  return ner_feat_b(t, ner_feat_a(t, a), b);
}

/* ner_features_prev_fixed() of ner.h: the previous tag prev (-1: none) alone
** and with the capitalisation key (ner_prev_key); returns 2. */
static inline size_t ner_prev_fixed_feats(int prev, uint32_t key, uint32_t mask,
                                          uint32_t *out) {
  uint32_t p1 = prev < 0 ? 99u : (uint32_t)prev;
  out[0] = ner_feat(25, p1, 0) & mask;
  out[1] = ner_feat(26, p1, (key & 3) | (key >> 2) << 4) & mask;
  return 2;
}

#endif /* NLP_NER_HASH_H */
