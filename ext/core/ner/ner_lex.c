/*
** ner_lex.c: the tagger's lexicons, const tables made at build time by
** tools/gen_ner_data.c (generated/ner_data.h; data/README.md): the word
** clusters (data/clusters.bin), the city names of the word lists
** (data/words.bin; the other lists are looked up inline, ner_int.h) and the
** gazetteer's index (ner_gaz.h). Nothing is set up at run time.
*/
#include <string.h>

#include "ner/ner_int.h"

/* ---- word clusters (data/clusters.bin, generated NER_CLUS) ------------- */

_Static_assert(NER_CLUS_DEPTH <= CLUS_BITS, "a path fits ner_tok_t.clus");

/* The index of hash h in NER_CLUS, or NER_CLUS_COUNT if absent: a scan of
** its bucket (NER_CLUS_BUCKET, a few entries), sorted by hash. */
static size_t clus_find(uint32_t h) {
  uint32_t k = h >> (32u - NER_CLUS_BUCKET_BITS);
  for (size_t i = NER_CLUS_BUCKET[k]; i < NER_CLUS_BUCKET[k + 1]; i++)
    if (NER_CLUS[i].h >= h)
      return NER_CLUS[i].h == h ? i : NER_CLUS_COUNT;
  return NER_CLUS_COUNT;
}

void ner_lex_cluster(ner_tok_t *t) {
  size_t i = clus_find(t->h_lower);
  if (i == NER_CLUS_COUNT)
    return;
  t->clus =
      (uint16_t)((uint32_t)NER_CLUS[i].path << (CLUS_BITS - NER_CLUS_DEPTH));
  t->clus_depth = NER_CLUS[i].depth;
  t->habit = NER_CLUS[i].habit;
  t->clus2 =
      (uint16_t)((uint32_t)NER_CLUS[i].path2 << (CLUS_BITS - NER_CLUS_DEPTH));
  t->clus2_depth = NER_CLUS[i].depth2;
}

/* ner_city_match: the longest city name (data/words.bin, up to 3 words and
** NER_CITY_MAX - 1 bytes) that starts at token i: its hashes of 1, 2 and 3
** words (ner_city_hashes; ner_doc_block asks for their memory ahead), then
** looked up. */
size_t ner_city_match(const ner_doc_t *d, size_t i) {
  uint32_t hs[3];
  return ner_city_best(hs, ner_city_hashes(d, i, hs));
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
      ner_all_ascii((const unsigned char *)d->text + t0->bs, t0->be - t0->bs) &&
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
