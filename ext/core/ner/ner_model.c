/*
** ner_model.c: entity models: the built-in one (ner_builtin_model, made at
** build time from data/ner.model by tools/gen_ner_data.c), loading a model
** file, tagging with a model, and the labels' names.
**
**   const nlp_model_t *m = nlp_model_default();
**
** Format: see ner.h. Weights are int16, 2^bits rows of NER_NTAGS.
*/
#include <stdlib.h>
#include <string.h>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "text/alloc.h"
#include "ner/ner.h"
#include "ner/ner_model.h"
#include "ner/ner_hash.h"       /* NER_INLINE, NER_PREFETCH */
#include "generated/ner_data.h" /* NER_DATA_HASH */

static uint32_t rd32(const unsigned char *p) {
  return (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 |
         (uint32_t)p[3] << 24;
}

/* The sums init[t] (NULL: 0) + the weight of tag t in each row fs[0..nf),
** into score (int32, unless NULL) and out (as float, unless NULL): the
** same sums in the same int32 arithmetic either way (integer sums: the
** order does not matter), the same conversion (cvtdq2ps rounds as
** cvtsi2ss does); with SSE2, eight tags of two rows at a time (their
** weights interleaved, pairs summed to int32 by pmaddwd), the ninth alone. */
static NER_INLINE void sum_rows(const int16_t *w, const uint32_t *fs, size_t nf,
                                const int32_t *init, int32_t *score,
                                float *out) {
#if defined(__SSE2__)
  _Static_assert(NER_NTAGS == 9, "eight tags by SSE2, the ninth alone");
  const __m128i ones = _mm_set1_epi16(1);
  __m128i lo = _mm_setzero_si128(), hi = _mm_setzero_si128();
  int32_t last = 0;
  size_t k = 0;
  if (init) {
    lo = _mm_loadu_si128((const __m128i *)(const void *)init);
    hi = _mm_loadu_si128((const __m128i *)(const void *)(init + 4));
    last = init[8];
  }
  for (; k + 4 <= nf; k += 4) { /* four rows a turn: fewer loop steps */
    const int16_t *r1 = w + (size_t)fs[k] * NER_NTAGS;
    const int16_t *r2 = w + (size_t)fs[k + 1] * NER_NTAGS;
    const int16_t *r3 = w + (size_t)fs[k + 2] * NER_NTAGS;
    const int16_t *r4 = w + (size_t)fs[k + 3] * NER_NTAGS;
    __m128i v1 = _mm_loadu_si128((const __m128i *)(const void *)r1);
    __m128i v2 = _mm_loadu_si128((const __m128i *)(const void *)r2);
    __m128i v3 = _mm_loadu_si128((const __m128i *)(const void *)r3);
    __m128i v4 = _mm_loadu_si128((const __m128i *)(const void *)r4);
    lo = _mm_add_epi32(lo, _mm_madd_epi16(_mm_unpacklo_epi16(v1, v2), ones));
    hi = _mm_add_epi32(hi, _mm_madd_epi16(_mm_unpackhi_epi16(v1, v2), ones));
    lo = _mm_add_epi32(lo, _mm_madd_epi16(_mm_unpacklo_epi16(v3, v4), ones));
    hi = _mm_add_epi32(hi, _mm_madd_epi16(_mm_unpackhi_epi16(v3, v4), ones));
    last += r1[8] + r2[8] + r3[8] + r4[8];
  }
  for (; k + 2 <= nf; k += 2) {
    const int16_t *r1 = w + (size_t)fs[k] * NER_NTAGS;
    const int16_t *r2 = w + (size_t)fs[k + 1] * NER_NTAGS;
    __m128i v1 = _mm_loadu_si128((const __m128i *)(const void *)r1);
    __m128i v2 = _mm_loadu_si128((const __m128i *)(const void *)r2);
    lo = _mm_add_epi32(lo, _mm_madd_epi16(_mm_unpacklo_epi16(v1, v2), ones));
    hi = _mm_add_epi32(hi, _mm_madd_epi16(_mm_unpackhi_epi16(v1, v2), ones));
    last += r1[8] + r2[8];
  }
  if (k < nf) {
    const int16_t *row = w + (size_t)fs[k] * NER_NTAGS;
    __m128i v = _mm_loadu_si128((const __m128i *)(const void *)row);
    /* sign-extend the eight int16 to two times four int32 */
    lo = _mm_add_epi32(lo, _mm_srai_epi32(_mm_unpacklo_epi16(v, v), 16));
    hi = _mm_add_epi32(hi, _mm_srai_epi32(_mm_unpackhi_epi16(v, v), 16));
    last += row[8];
  }
  if (score) {
    _mm_storeu_si128((__m128i *)(void *)score, lo);
    _mm_storeu_si128((__m128i *)(void *)(score + 4), hi);
    score[8] = last;
  }
  if (out) {
    _mm_storeu_ps(out, _mm_cvtepi32_ps(lo));
    _mm_storeu_ps(out + 4, _mm_cvtepi32_ps(hi));
    out[8] = (float)last;
  }
#else
  int32_t sum[NER_NTAGS];
  for (int t = 0; t < NER_NTAGS; t++)
    sum[t] = init ? init[t] : 0;
  for (size_t k = 0; k < nf; k++) {
    const int16_t *row = w + (size_t)fs[k] * NER_NTAGS;
    for (int t = 0; t < NER_NTAGS; t++)
      sum[t] += row[t];
  }
  for (int t = 0; t < NER_NTAGS; t++) {
    if (score)
      score[t] = sum[t];
    if (out)
      out[t] = (float)sum[t];
  }
#endif
}

/* The sums of m's fixed previous-tag features (m->prev_fixed; the built-in
** model has them from tools/gen_ner_data.c). */
static void prev_fixed_init(nlp_model_t *m) {
  for (int p = -1; p < NER_NTAGS; p++)
    for (uint32_t key = 0; key < NER_PREV_KEYS; key++) {
      uint32_t fs[NER_PREV_FIXED_FEATS];
      size_t nf = ner_features_prev_fixed(p, key, m->mask, fs);
      int32_t *sum = m->prev_fixed[p + 1][key];
      sum_rows(m->w, fs, nf, NULL, sum, NULL);
    }
}

/* Checks the header (as tools/gen_ner_data.c does the built-in model's) and
** points m at bytes (not copied): NLP_EINVAL if they are not a model of
** this format and feature set, NLP_EMODEL if it was trained with other data
** (word lists, word clusters, gazetteer) than this library's. */
static int model_init(nlp_model_t *m, const unsigned char *b, size_t len) {
  uint32_t bits, ntags;
  float scale;
  if (!b || len < NER_HEADER_SIZE || memcmp(b, NER_MAGIC, 8) != 0)
    return NLP_EINVAL;
  if (rd32(b + 8) != NER_FORMAT_VERSION || rd32(b + 20) != NER_FEATURE_VERSION)
    return NLP_EINVAL;
  bits = rd32(b + 12);
  ntags = rd32(b + 16);
  if (ntags != NER_NTAGS || bits < 8 || bits > 26)
    return NLP_EINVAL;
  if (len != NER_HEADER_SIZE + ((size_t)1 << bits) * ntags * 2)
    return NLP_EINVAL;
  memcpy(&scale, b + 24, 4);
  if (!(scale > 0))
    return NLP_EINVAL;
  if (rd32(b + NER_HEADER_DATA_HASH) != NER_DATA_HASH)
    return NLP_EMODEL;
  m->w = (const int16_t *)(const void *)(b + NER_HEADER_SIZE);
  m->mask = ((uint32_t)1 << bits) - 1;
  m->scale = scale;
  m->owned = NULL;
  /* text without case is read by the built-in caseless model (NULL in a
  ** library without one) */
  m->caseless = ner_builtin_model.caseless;
  prev_fixed_init(m);
  return NLP_OK;
}

const nlp_model_t *nlp_model_default(void) {
  return ner_builtin_model.w ? &ner_builtin_model : NULL;
}

int nlp_model_load(const void *bytes, size_t len, nlp_model_t **out) {
  nlp_model_t *m;
  unsigned char *copy;
  int rc;
  if (!out)
    return NLP_EINVAL;
  *out = NULL;
  if (!bytes)
    return NLP_EINVAL;
  m = nlp_mem_calloc(1, sizeof *m);
  /* int16 weights need 2-byte alignment: malloc gives more */
  copy = nlp_mem_malloc(len ? len : 1);
  if (!m || !copy) {
    nlp_mem_free(m);
    nlp_mem_free(copy);
    return NLP_ENOMEM;
  }
  memcpy(copy, bytes, len);
  rc = model_init(m, copy, len);
  if (rc != NLP_OK) {
    nlp_mem_free(m);
    nlp_mem_free(copy);
    return rc;
  }
  m->owned = copy;
  *out = m;
  return NLP_OK;
}

void nlp_model_free(nlp_model_t *m) {
  if (!m || !m->owned) /* the built-in model owns nothing */
    return;
  nlp_mem_free(m->owned);
  nlp_mem_free(m);
}

static const char *const LABELS[NLP_LABEL_COUNT][3] = {
    {"PERSON", "People, including fictional", "Joe Biden"},
    {"NORP", "Nationalities or religious or political groups",
     "Mexican, Republicans"},
    {"FAC", "Buildings, airports, highways, bridges", "Heathrow Airport"},
    {"ORG", "Companies, agencies, institutions", "Wilson Center"},
    {"GPE", "Countries, cities, states", "Eagle Pass, Texas"},
    {"LOC", "Non-GPE locations: regions, mountain ranges, bodies of water",
     "Rio Grande"},
    {"PRODUCT", "Objects, vehicles, foods (not services)", "Boeing 747"},
    {"EVENT", "Named hurricanes, battles, wars, summits, sports events",
     "North American Leaders' Summit"},
    {"WORK_OF_ART", "Titles of books, songs, films", "War and Peace"},
    {"LAW", "Named documents made into laws", "Affordable Care Act"},
    {"LANGUAGE", "Any named language", "Spanish"},
    {"DATE", "Absolute or relative dates or periods", "December 19, 2023"},
    {"TIME", "Times smaller than a day", "10:30 a.m."},
    {"PERCENT", "Percentage", "3.5%"},
    {"MONEY", "Monetary values, including unit", "$1.2 billion"},
    {"QUANTITY", "Measurements, as of weight or distance", "5 miles"},
    {"ORDINAL", "First, second, ...", "third"},
    {"CARDINAL", "Numerals that do not fall under another type", "11,000"},
    {"MISC", "A name of no finer class the tagger can decide", "Euro 96"},
};

const char *nlp_label_name(nlp_label_t label) {
  return (unsigned)label < NLP_LABEL_COUNT ? LABELS[label][0] : NULL;
}

const char *nlp_label_description(nlp_label_t label) {
  return (unsigned)label < NLP_LABEL_COUNT ? LABELS[label][1] : NULL;
}

const char *nlp_label_example(nlp_label_t label) {
  return (unsigned)label < NLP_LABEL_COUNT ? LABELS[label][2] : NULL;
}

/* Asks for row f of weights w: its first and last weight, as a row of 18
** bytes crosses into the next cache line one time in four. */
static NER_INLINE void prefetch_row(const int16_t *w, uint32_t f) {
  NER_PREFETCH(w + (size_t)f * NER_NTAGS);
  NER_PREFETCH(w + (size_t)f * NER_NTAGS + NER_NTAGS - 1);
}

/* ner_scorer_t.prefetch: the rows of fs[0..nf). */
static void prefetch_rows(const void *ctx, const uint32_t *fs, size_t nf) {
  const int16_t *w = ((const nlp_model_t *)ctx)->w;
  size_t k = 0;
  for (; k + 4 <= nf; k += 4) { /* four a turn: fewer loop instructions */
    prefetch_row(w, fs[k]);
    prefetch_row(w, fs[k + 1]);
    prefetch_row(w, fs[k + 2]);
    prefetch_row(w, fs[k + 3]);
  }
  for (; k < nf; k++)
    prefetch_row(w, fs[k]);
}

/* ner_score_fn over the model's int16 weights. */
static void score_row(const void *ctx, const uint32_t *fs, size_t nf,
                      float *out) {
  const nlp_model_t *m = ctx;
  sum_rows(m->w, fs, nf, NULL, NULL, out); /* rows asked for by ner_decode */
}

/* ner_prev_score_fn over the model: the fixed features' sums from
** m->prev_fixed, the word's rows added (all asked for first). */
static void prev_rows(const void *ctx, const ner_doc_t *d, size_t i,
                      uint32_t mask, const int *preds, size_t npred,
                      float (*out)[NER_NTAGS]) {
  const nlp_model_t *m = ctx;
  uint32_t key = ner_prev_key(d, i);
  if (key < NER_PREV_KEYS) {
    uint32_t fw[NER_NTAGS][NER_PREV_WORD_FEATS];
    ner_features_prev_words(d, i, preds, npred, mask, fw);
    for (size_t q = 0; q < npred; q++) { /* prefetch_rows, inline */
      prefetch_row(m->w, fw[q][0]);
      prefetch_row(m->w, fw[q][1]);
    }
    for (size_t q = 0; q < npred; q++)
      sum_rows(m->w, fw[q], NER_PREV_WORD_FEATS,
               m->prev_fixed[preds[q] + 1][key], NULL, out[q]);
  } else { /* a key the fixed sums do not have: all four features */
    uint32_t fs[NER_PREV_FEATS];
    for (size_t q = 0; q < npred; q++) {
      size_t nf = ner_features_prev(d, i, preds[q], mask, fs);
      sum_rows(m->w, fs, nf, NULL, NULL, out[q]);
    }
  }
}

/* Whether segment [a, end) of a cased document is a headline in capitals
** ("FLOODS CLOSE ROADS, TOWN IN STATE OF ALERT"), which the caseless
** model reads: flagged a headline (sent_caps) and every word of two or
** more in capitals, a word of one letter a capital ("A"). */
static int caps_segment(const ner_doc_t *d, size_t a, size_t end) {
  size_t words = 0;
  if (d->toks[a].sent_caps != 1)
    return 0;
  for (size_t k = a; k < end; k++) {
    const ner_tok_t *t = &d->toks[k];
    if (t->kind != NLP_TOKEN_WORD)
      continue;
    if (t->cap != NER_CAP_UPPER &&
        (t->cap != NER_CAP_TITLE || t->be - t->bs > 1))
      return 0;
    words++;
  }
  return words >= 2;
}

/* Decodes tokens [a, b) of a headline in capitals of a cased document
** with m's caseless model and features (ner_decode). */
static void decode_caseless(const nlp_model_t *m, ner_doc_t *d, size_t a,
                            size_t b, int prev0, uint8_t *back, uint8_t *out) {
  const ner_scorer_t sc = {score_row, prev_rows, m->caseless, prefetch_rows};
  d->caseless = NER_CASELESS_CAPS; /* for this segment only */
  ner_decode(d, a, b, prev0, m->caseless->mask, &sc, back, out);
  d->caseless = NER_CASELESS_NO;
}

void ner_model_tag(const nlp_model_t *m, ner_doc_t *d, uint8_t *tags) {
  const ner_scorer_t sc = {score_row, prev_rows, m, prefetch_rows};
  uint8_t back[NER_CHUNK * NER_NTAGS];
  const int caseless = d->caseless;
  /* each segment in chunks of at most NER_CHUNK tokens; a chunk after the
  ** first follows the tag chosen for the token before it */
  for (size_t a = 0; a < d->ntoks;) {
    size_t first = d->toks[a].sent_first, end = d->toks[a].sent_end;
    size_t b = end - a > NER_CHUNK ? a + NER_CHUNK : end;
    int prev0 = a > first ? tags[a - 1] : -1;
    /* a headline in capitals: the caseless model */
    if (!caseless && m->caseless && caps_segment(d, first, end))
      decode_caseless(m, d, a, b, prev0, back, tags + a);
    else
      ner_decode(d, a, b, prev0, m->mask, &sc, back, tags + a);
    /* capitalised words (any word in a caseless document): the others
    ** are not remembered (no call for them) */
    for (size_t i = a; i < b; i++)
      if (d->toks[i].kind == NLP_TOKEN_WORD &&
          (d->toks[i].cap != NER_CAP_NONE || caseless))
        (void)ner_doc_remember(d, i, tags[i]); /* a lost hint only, on OOM */
    a = b;
  }
}
