/*
** ner_gaz.h: the gazetteer (internal): its entries (ner_gaz_data.c, made by
** tools/gen_gazetteer.py) and their index by hash (made at build time by
** tools/gen_ner_data.c into <build>/generated/ner_data.c).
*/
#ifndef NLP_NER_GAZ_H
#define NLP_NER_GAZ_H

#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "ner/ner_hash.h"

/* What a gazetteer name is (ner_tok_t.gaz, ner_gaz_entry_t.bits): bits. */
enum ner_gaz_bits {
  NER_GAZ_COUNTRY = 1,
  NER_GAZ_PLACE = 2,     /* subdivisions, cities */
  NER_GAZ_DEMONYM = 4,   /* Mexican, Canadians */
  NER_GAZ_REGION = 8,    /* continents, regions, natural features */
  NER_GAZ_TITLE = 16,    /* President, Secretary, Mr. */
  NER_GAZ_MONTHDAY = 32, /* January, Monday */
  NER_GAZ_ORG = 64       /* Google, NATO, Reuters */
};

typedef struct ner_gaz_entry {
  const char *name;   /* lower-case, single spaces; sorted by strcmp */
  unsigned char len;  /* strlen(name), < 256 */
  unsigned char bits; /* enum ner_gaz_bits */
} ner_gaz_entry_t;
extern const ner_gaz_entry_t NER_GAZ[];
extern const size_t NER_GAZ_COUNT;

/* The index: each name (NAME, with its entry) and each run of its first
** words that another word follows (MORE: "new york" of "new york city"), by
** hash with linear probing. A look-up walks a run of tokens word by word and
** stops where no name goes on. */
#define NER_GAZ_SLOTS 16384u
enum ner_gaz_key { NER_GAZ_KEY_NAME = 1, NER_GAZ_KEY_MORE = 2 };
typedef struct ner_gaz_slot {
  uint32_t h;     /* ner_gaz_hash_end of the key; 0: empty */
  uint16_t entry; /* the key is NER_GAZ[entry].name[0..len) */
  uint8_t len;
  uint8_t flags; /* enum ner_gaz_key bits */
} ner_gaz_slot_t;
extern const ner_gaz_slot_t NER_GAZ_INDEX[NER_GAZ_SLOTS];

/* A Bloom filter of the names' first words (ner_hash(word, n, 1), as a
** token's h_lower): a token outside it starts no name. */
#define NER_GAZ_FIRST_BITS 32768u
extern const uint64_t NER_GAZ_FIRST[NER_GAZ_FIRST_BITS / 64];

/* The key hash, fed a byte at a time: start, NER_HASH_STEP, end (never 0). */
#define NER_GAZ_HASH_START NER_HASH_START(7)
static inline uint32_t ner_gaz_hash_end(uint32_t h) {
  return ner_hash_final(h) | 1;
}

/* The two bits of first-word hash h in NER_GAZ_FIRST. */
static inline void ner_gaz_first_bits(uint32_t h, uint32_t *p1, uint32_t *p2) {
  *p1 = h & (NER_GAZ_FIRST_BITS - 1);
  *p2 = (h >> 17) & (NER_GAZ_FIRST_BITS - 1);
}

/* The slot index of key s[0..n) (hash h) in index: its own, or the empty
** one where it would go. */
static inline uint32_t ner_gaz_probe(const ner_gaz_slot_t *index, const char *s,
                                     size_t n, uint32_t h) {
  uint32_t j = h & (NER_GAZ_SLOTS - 1);
  for (;; j = (j + 1) & (NER_GAZ_SLOTS - 1)) {
    const ner_gaz_slot_t *e = &index[j];
    if (!e->h ||
        (e->h == h && e->len == n && memcmp(NER_GAZ[e->entry].name, s, n) == 0))
      return j;
  }
}

#endif /* NLP_NER_GAZ_H */
