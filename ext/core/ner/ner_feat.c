/*
** ner_feat.c: the features of the entity tagger (see ner.h). Used by both
** the core (entities.c) and the training program (tools/train_ner.c).
**
** Per token: its word (lower-cased and exact), shape, prefixes, suffixes,
** capitalisation; the words and shapes of the two tokens either side in the
** sentence; whether the sentence is all capitals (a headline);
** document-level facts about the same word (seen in lower case elsewhere,
** seen capitalised mid-sentence elsewhere, the label it was last given);
** gazetteer, word-list and given-name membership; the word's clusters
** (data/clusters.bin, two clusterings); and, apart (ner_features_prev),
** the previous tag.
** ner_decode() is the Viterbi decoder over them, for tagging and training.
** The tokens and their document facts come from ner_doc.c, the word lists,
** clusters and gazetteer from ner_lex.c.
*/
#include <stdlib.h>
#include <string.h>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "text/chars.h"
#include "ner/ner_int.h"

uint32_t ner_hash(const void *p, size_t n, uint32_t seed) {
  return ner_hash_bytes(p, n, seed);
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
static NER_INLINE void tok_affixes(const ner_tok_t *t, const char *text,
                                   uint32_t *pre, uint32_t *suf) {
  const unsigned char *p = (const unsigned char *)text + t->bs;
  size_t n = t->be - t->bs, nl = n > MAXW ? MAXW : n, m;
  char lower[MAXW], head[3], tail[4];
  const char *hp = head, *tp = tail; /* the first 3, the last 4 bytes */
  if (!ner_all_ascii(p, nl)) {
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

/* The shape letter of an ASCII byte: X, x, d or the byte itself; a table
** written out by the preprocessor (SH64), read a byte at a time. */
#define SH(b)                                                                  \
  ((b) >= 'A' && (b) <= 'Z'   ? 'X'                                            \
   : (b) >= 'a' && (b) <= 'z' ? 'x'                                            \
   : (b) >= '0' && (b) <= '9' ? 'd'                                            \
                              : (b))
#define SH4(b) SH(b), SH((b) + 1), SH((b) + 2), SH((b) + 3)
#define SH16(b) SH4(b), SH4((b) + 4), SH4((b) + 8), SH4((b) + 12)
#define SH64(b) SH16(b), SH16((b) + 16), SH16((b) + 32), SH16((b) + 48)
static const unsigned char ASCII_SHAPE[128] = {SH64(0), SH64(64)};

/* The shapes of the first 8 characters of an ASCII word p[0..n) and their
** hashes as ner_hash() gives them, without the buffers; with the hash of
** the exact form p[0..nr) too when with_raw (nr >= n or 8), in one pass. */
static NER_INLINE void ascii_shapes(ner_tok_t *t, const unsigned char *p,
                                    size_t n, int with_raw, size_t nr) {
  uint32_t hs = NER_HASH_START(3), hss = NER_HASH_START(4);
  uint32_t h = NER_HASH_START(2);
  unsigned char prev = 0;
  size_t k = 0;
  for (; k < n && k < 8; k++) {
    unsigned char c = ASCII_SHAPE[p[k]];
    if (with_raw)
      NER_HASH_STEP(h, p[k]);
    NER_HASH_STEP(hs, c);
    if (k == 0 || c != prev)
      NER_HASH_STEP(hss, c);
    prev = c;
  }
  if (with_raw) {
    for (; k < nr; k++)
      NER_HASH_STEP(h, p[k]);
    t->h_raw = ner_hash_final(h);
  }
  t->h_shape = ner_hash_final(hs);
  t->h_sshape = ner_hash_final(hss);
}

/* The shapes and the exact form of token t (its cap and h_lower are set
** when it is read: tok_case). */
static void tok_shapes(ner_tok_t *t, const char *text) {
  const unsigned char *p = (const unsigned char *)text + t->bs;
  const unsigned char *end = (const unsigned char *)text + t->be;
  char lower[MAXW], raw[MAXW], shape[MAXW], sshape[MAXW];
  size_t ns = 0, nss = 0, n = t->be - t->bs, nl = n > MAXW ? MAXW : n;
  shape[0] = sshape[0] = 0;
  if (ner_all_ascii(p, nl)) {
    /* the exact form is the bytes; one pass for it and the shapes */
    ascii_shapes(t, p, n, 1, nl);
    return;
  }
  t->h_raw = ner_hash(raw, tok_bytes(t, text, raw, lower), 2);
  if (ner_all_ascii(p, n < 8 ? n : 8)) {
    ascii_shapes(t, p, n, 0, 0);
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

/* A cluster path prefix of k turns, with its length (0: no cluster). */
static uint32_t clus_prefix(const ner_tok_t *t, uint32_t k) {
  uint32_t d = t->clus_depth < k ? t->clus_depth : k;
  return (uint32_t)(t->clus >> (CLUS_BITS - k)) | d << 16 | k << 24;
}

/* The same of the second clustering's path (clus2). */
static uint32_t clus2_prefix(const ner_tok_t *t, uint32_t k) {
  uint32_t d = t->clus2_depth < k ? t->clus2_depth : k;
  return (uint32_t)(t->clus2 >> (CLUS_BITS - k)) | d << 16 | k << 24;
}

/* The shapes and exact form of token t as the caseless model reads them:
** of the word lower-cased, so a letter's shape is x whatever its case
** ("Paris", "PARIS" and "paris" are all xxxxx). */
static void caseless_shapes(ner_tok_t *t, const char *text) {
  char lower[MAXW], shape[8], sshape[8];
  size_t n = tok_bytes(t, text, NULL, lower), ns = 0, nss = 0;
  const unsigned char *p = (const unsigned char *)lower, *end = p + n;
  t->h_raw = ner_hash(lower, n, 2);
  if (ner_all_ascii(p, n < 8 ? n : 8)) { /* the first 8 bytes, as tok_shapes */
    /* ASCII (capitals lowered): a letter x, a digit d, else the byte, as
    ** the loop below gives them */
    ascii_shapes(t, p, n, 0, 0);
    return;
  }
  while (p < end && ns < 8) {
    nlp_char_t c = nlp_char_at(p, end);
    char s = c.cp < 128 ? (char)c.cp : '*';
    if (c.klass & (NLP_C_UPPER | NLP_C_LOWER | NLP_C_LETTER))
      s = 'x';
    else if (c.klass & NLP_C_DIGIT)
      s = 'd';
    shape[ns++] = s;
    if (nss == 0 || sshape[nss - 1] != s)
      sshape[nss++] = s;
    p += c.len ? c.len : 1;
  }
  t->h_shape = ner_hash(shape, ns, 3);
  t->h_sshape = ner_hash(sshape, nss, 4);
}

/* The shapes and exact form of token t, once (caseless: of the word
** lower-cased). */
static void detail_shapes(ner_tok_t *t, const char *text, int caseless) {
  if (!(t->detailed & NER_DETAIL_SHAPES)) {
    if (caseless)
      caseless_shapes(t, text);
    else
      tok_shapes(t, text);
    t->detailed |= NER_DETAIL_SHAPES;
  }
}

/* The cluster of token t (and its habit), once. */
static void detail_cluster(ner_tok_t *t) {
  if (!(t->detailed & NER_DETAIL_CLUSTER)) {
    ner_lex_cluster(t);
    t->detailed |= NER_DETAIL_CLUSTER;
  }
}

void ner_tok_detail(ner_doc_t *d, size_t i) {
  detail_shapes(&d->toks[i], d->text, d->caseless);
  detail_cluster(&d->toks[i]);
}

/* The details of token i of a cased document and what its features read
** of its neighbours (their shapes and exact forms; a cluster only of the
** token itself). */
static void detail_near(ner_doc_t *d, size_t i) {
  ner_tok_t *t = &d->toks[i];
  if (i > t->sent_first)
    detail_shapes(t - 1, d->text, 0);
  detail_shapes(t, d->text, 0);
  detail_cluster(t);
  if (i + 1 < t->sent_end)
    detail_shapes(t + 1, d->text, 0);
}

int ner_tag_allowed(int prev, int tag) {
  if (tag == NER_O || NER_TAG_IS_B(tag))
    return 1;
  return prev != NER_O && NER_TAG_TYPE(prev) == NER_TAG_TYPE(tag);
}

#define BOS 0x5bd1e995u
#define EOS 0x1b873593u

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

/* The features of a token before hashing: feature k is template t with
** values a and b, kept as ner_feat's two inputs before their mixes,
** fa[k] = a + 0x9e3779b9 (t + 1) and fb[k] = b 0x27d4eb2d + t (ner_hash.h),
** so that feats_hash mixes them all in one loop. */
typedef struct feat_list {
  uint32_t fa[NER_MAX_FEATS], fb[NER_MAX_FEATS];
  size_t n;
} feat_list_t;

/* Adds feature (t, a, b) to list l. */
#define FEAT_ADD(l, t, a, b)                                                   \
  ((l)->fa[(l)->n] = (uint32_t)(a) + 0x9e3779b9u * ((uint32_t)(t) + 1u),       \
   (l)->fb[(l)->n] = (uint32_t)(b)*0x27d4eb2du + (uint32_t)(t), (l)->n++)

/* Built twice, for AVX2 and for any x86-64, the loader picking by the
** processor (GNU C's target_clones, an ifunc): on x86-64 Linux with GCC,
** not under a sanitizer (ThreadSanitizer crashes in an ifunc's resolver,
** which runs before the sanitizer has started). */
#if defined(__x86_64__) && defined(__GNUC__) && !defined(__clang__) &&         \
    defined(__linux__) && !defined(__SANITIZE_THREAD__) &&                     \
    !defined(__SANITIZE_ADDRESS__)
#define NER_CLONES __attribute__((target_clones("avx2", "default")))
#else
#define NER_CLONES
#endif

/* The hashes of the features of l, ner_feat() & mask each, into out;
** returns their count. One loop of the same arithmetic for every feature,
** which the compiler does four (SSE2) or eight (AVX2) at a time; on
** x86-64 with GNU C, built for both, the loader picks by the processor. */
NER_CLONES static size_t feats_hash(const feat_list_t *l, uint32_t mask,
                                    uint32_t *out) {
  for (size_t k = 0; k < l->n; k++)
    out[k] = ner_mix(ner_mix(l->fa[k]) ^ l->fb[k]) & mask;
  return l->n;
}

/* out[k] = ner_mix(x[k]) & mask for k < n: the second halves of features
** (ner_feat_b) whose first are known, as feats_hash does them. */
NER_CLONES static void mix_all(const uint32_t *x, size_t n, uint32_t mask,
                               uint32_t *out) {
  for (size_t k = 0; k < n; k++)
    out[k] = ner_mix(x[k]) & mask;
}

/* The features both models share, of the word's affixes and its
** neighbours (templates 5-20), added to fl in this order. */
static NER_INLINE void context_feats(feat_list_t *fl, const ner_tok_t *t,
                                     const near_t *nb, const uint32_t *h_pre,
                                     const uint32_t *h_suf) {
  for (uint32_t k = 0; k < 3; k++)
    if (h_pre[k])
      FEAT_ADD(fl, 5 + k, h_pre[k], 0);
  for (uint32_t k = 0; k < 4; k++)
    if (h_suf[k])
      FEAT_ADD(fl, 8 + k, h_suf[k], 0);
  FEAT_ADD(fl, 12, nb->wl, 0);
  FEAT_ADD(fl, 13, nb->wr, 0);
  FEAT_ADD(fl, 14, nb->wl2, 0);
  FEAT_ADD(fl, 15, nb->wr2, 0);
  FEAT_ADD(fl, 16, nb->wl, t->h_lower);
  FEAT_ADD(fl, 17, t->h_lower, nb->wr);
  FEAT_ADD(fl, 18, nb->sl, t->h_shape);
  FEAT_ADD(fl, 19, t->h_shape, nb->sr);
  FEAT_ADD(fl, 20, nb->ssl * 31 + t->h_sshape, nb->ssr);
}

/* The features both models share of the word with its short-shape
** neighbours and of the two neighbours either side (templates 34-37). */
static NER_INLINE void neighbour_feats(feat_list_t *fl, const ner_tok_t *t,
                                       const near_t *nb) {
  FEAT_ADD(fl, 34, nb->ssl, t->h_lower);
  FEAT_ADD(fl, 35, t->h_lower, nb->ssr);
  FEAT_ADD(fl, 36, nb->wl, nb->wl2);
  FEAT_ADD(fl, 37, nb->wr, nb->wr2);
}

/* The features of token i in a caseless document (ner_doc_t.caseless):
** those of ner_features_obs that do not read capitals (the shapes are of
** the lower-cased word), with the word's capitalisation habit in news and
** its neighbours' clusters and habits, which stand in for capitals. */
static size_t features_caseless(ner_doc_t *d, size_t i, uint32_t mask,
                                uint32_t *out) {
  const ner_tok_t *t = &d->toks[i], *tp = NULL, *tn = NULL;
  size_t first = t->sent_first;
  feat_list_t fl;
  uint32_t last, hp = 9, hn = 9, at = i == first, ok;
  uint32_t h_pre[3], h_suf[4];
  near_t nb;
  fl.n = 0;
  if (i > first) {
    tp = t - 1;
    ner_tok_detail(d, i - 1);
    hp = tp->habit;
  }
  if (i + 1 < t->sent_end) {
    tn = t + 1;
    ner_tok_detail(d, i + 1);
    hn = tn->habit;
  }
  ner_tok_detail(d, i);
  tok_affixes(t, d->text, h_pre, h_suf);
  near_words(d, i, &nb);
  last = (ner_map_get(d, t->h_lower) >> MAP_LAST_SHIFT) & 7;
  ok = t->gaz | (uint32_t)t->gaz_pos << 8;
#define F(tpl, a, b) FEAT_ADD(&fl, tpl, a, b)
  F(0, 0, 0);
  F(1, t->h_lower, 0);
  F(3, t->h_shape, 0);
  F(4, t->h_sshape, 0);
  context_feats(&fl, t, &nb, h_pre, h_suf);
  F(21, at, t->h_sshape);
  F(23, ok, t->habit);
  F(24, tp ? tp->gaz | (uint32_t)tp->gaz_pos << 8 : 999,
    tn ? tn->gaz | (uint32_t)tn->gaz_pos << 8 : 999);
  F(31, last, t->habit);
  F(32, last, t->h_lower);
  F(33, t->kind, t->habit);
  neighbour_feats(&fl, t, &nb);
  F(41, tp && tp->be == t->bs, hp);
  F(39, t->dict | at << 2, t->habit);
  F(40, t->dict, (tp ? tp->dict : 9) | (tn ? tn->dict : 9) << 4);
  F(42, clus_prefix(t, 4), t->habit);
  F(43, clus_prefix(t, 8), 0);
  F(44, clus_prefix(t, 12), 0);
  F(48, clus2_prefix(t, 8), 0);
  F(49, clus2_prefix(t, 12), 0);
  F(45, t->given, t->habit | at << 4);
  F(46, tp ? tp->given | hp << 1 : 99, t->habit | t->given << 4);
  F(47, t->city, (uint32_t)t->gaz_pos << 4 | t->habit);
  /* what stands in for capitals: the habits of the word and its
  ** neighbours, the neighbours' clusters */
  F(50, t->habit | at << 4, hp | hn << 4);
  F(51, t->habit, t->dict | (uint32_t)t->given << 2);
  F(52, nb.wl, t->habit);
  F(53, t->habit, nb.wr);
  F(54, tp ? clus_prefix(tp, 8) : 999, t->habit);
  F(55, tn ? clus_prefix(tn, 8) : 999, t->habit);
  F(56, clus_prefix(t, 8), hp | hn << 4);
#undef F
  return feats_hash(&fl, mask, out);
}

size_t ner_features_obs(ner_doc_t *d, size_t i, uint32_t mask, uint32_t *out) {
  const ner_tok_t *t = &d->toks[i], *tp = NULL, *tn = NULL;
  size_t first = t->sent_first;
  feat_list_t fl;
  uint32_t cap = t->cap, caps = t->sent_caps, last;
  uint32_t h_pre[3], h_suf[4];
  near_t nb;
  fl.n = 0;
  if (d->caseless)
    return features_caseless(d, i, mask, out);
  detail_near(d, i);
  tok_affixes(t, d->text, h_pre, h_suf);
  if (i > first)
    tp = t - 1;
  if (i + 1 < t->sent_end)
    tn = t + 1;
  near_words(d, i, &nb);
  last = (ner_map_get(d, t->h_lower) >> MAP_LAST_SHIFT) & 7;
#define F(tpl, a, b) FEAT_ADD(&fl, tpl, a, b)
  F(0, 0, 0);
  F(1, t->h_lower, 0);
  F(2, t->h_raw, caps);
  F(3, t->h_shape, caps);
  F(4, t->h_sshape, caps);
  context_feats(&fl, t, &nb, h_pre, h_suf);
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
  neighbour_feats(&fl, t, &nb);
  F(41, tp && tp->be == t->bs, cap | (tp ? (uint32_t)tp->cap << 4 : 99u));
  F(39, t->dict | (uint32_t)(i == first) << 2, cap | caps << 4);
  F(40, t->dict, (tp ? tp->dict : 9) | (tn ? tn->dict : 9) << 4);
  /* the word's cluster (data/clusters.bin), at three granularities */
  F(42, clus_prefix(t, 4), cap);
  F(43, clus_prefix(t, 8), 0);
  F(44, clus_prefix(t, 12), 0);
  /* its cluster in the second clustering (more and more varied text) */
  F(48, clus2_prefix(t, 8), 0);
  F(49, clus2_prefix(t, 12), 0);
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
  return feats_hash(&fl, mask, out);
}

uint32_t ner_prev_key(const ner_doc_t *d, size_t i) {
  if (d->caseless) /* the word's habit (ner_tok_detail), not its case */
    return d->toks[i].habit;
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

void ner_features_prev_words(const ner_doc_t *d, size_t i, const int *preds,
                             size_t npred, uint32_t mask,
                             uint32_t (*out)[NER_PREV_WORD_FEATS]) {
  const ner_tok_t *t = &d->toks[i];
  /* ner_feat_b's word halves, the same for every previous tag */
  uint32_t w27 = t->h_lower * 0x27d4eb2du + 27u;
  uint32_t w28 = t->h_sshape * 0x27d4eb2du + 28u;
  uint32_t x[NER_NTAGS * NER_PREV_WORD_FEATS];
  _Static_assert(NER_PREV_WORD_FEATS == 2, "as ner_features_prev_word");
  for (size_t q = 0; q < npred; q++) {
    x[2 * q] = feat_a_prev(27, preds[q]) ^ w27;
    x[2 * q + 1] = feat_a_prev(28, preds[q]) ^ w28;
  }
  mix_all(x, 2 * npred, mask, &out[0][0]); /* the rows of out are adjacent */
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

/* ner_tag_allowed(prev, t) as a table of masks: ALLOWED[prev][t] is -1
** where tag t may follow tag prev (O and B-X always, I-X after B-X or I-X),
** else 0; a constant expression per entry. */
#define AL(p, t)                                                               \
  (-(int32_t)((t) == NER_O || NER_TAG_IS_B(t) ||                               \
              ((p) != NER_O && (t) == NER_I(NER_TAG_TYPE(p)))))
#define AL_ROW(p)                                                              \
  {                                                                            \
    AL(p, 0), AL(p, 1), AL(p, 2), AL(p, 3), AL(p, 4), AL(p, 5), AL(p, 6),      \
        AL(p, 7), AL(p, 8)                                                     \
  }
static const int32_t ALLOWED[NER_NTAGS][NER_NTAGS] = {
    AL_ROW(0), AL_ROW(1), AL_ROW(2), AL_ROW(3), AL_ROW(4),
    AL_ROW(5), AL_ROW(6), AL_ROW(7), AL_ROW(8)};
#undef AL_ROW
#undef AL

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
    __m128 vb = _mm_set1_ps(base);
    __m128 s0 = _mm_add_ps(_mm_add_ps(vb, e0), _mm_loadu_ps(tr[q]));
    __m128 s1 = _mm_add_ps(_mm_add_ps(vb, e1), _mm_loadu_ps(tr[q] + 4));
    /* the tags that may follow ap, as lanes */
    __m128i ok0 = _mm_loadu_si128((const __m128i *)(const void *)ALLOWED[ap]);
    __m128i ok1 =
        _mm_loadu_si128((const __m128i *)(const void *)(ALLOWED[ap] + 4));
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
    if (ALLOWED[ap][8] && s8 > nxt[8]) {
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
    for (int t = 0; t < NER_NTAGS; t++) {
      float s = base + em[t] + tr[q][t];
      if (ALLOWED[ap][t] && s > nxt[t]) {
        nxt[t] = s;
        from[t] = ap;
      }
    }
  }
#endif
}

/* back[t] = from[t] (tags, 0..8) for every tag; with SSE2, eight packed
** to bytes at once. */
static NER_INLINE void store_back(const int32_t *from, uint8_t *back) {
#if defined(__SSE2__)
  __m128i f0 = _mm_loadu_si128((const __m128i *)(const void *)from);
  __m128i f1 = _mm_loadu_si128((const __m128i *)(const void *)(from + 4));
  __m128i b = _mm_packus_epi16(_mm_packs_epi32(f0, f1), _mm_setzero_si128());
  _mm_storel_epi64((__m128i *)(void *)back, b);
  back[8] = (uint8_t)from[8];
#else
  for (int t = 0; t < NER_NTAGS; t++)
    back[t] = (uint8_t)from[t];
#endif
}

/* The tag of the best score of cur, the first of equals (O first): the
** first tag whose score is the greatest; with SSE2 (and GNU C's
** __builtin_ctz), no branch a tag (the scores are never NaN). */
static NER_INLINE int best_tag(const float *cur) {
#if defined(__SSE2__) && defined(__GNUC__)
  __m128 a = _mm_loadu_ps(cur), b = _mm_loadu_ps(cur + 4), m;
  float top;
  int eq;
  m = _mm_max_ps(a, b);
  m = _mm_max_ps(m, _mm_shuffle_ps(m, m, _MM_SHUFFLE(1, 0, 3, 2)));
  m = _mm_max_ps(m, _mm_shuffle_ps(m, m, _MM_SHUFFLE(2, 3, 0, 1)));
  top = _mm_cvtss_f32(m);
  if (cur[8] > top)
    return 8;
  m = _mm_set1_ps(top);
  eq = _mm_movemask_ps(_mm_cmpeq_ps(a, m)) | _mm_movemask_ps(_mm_cmpeq_ps(b, m))
                                                 << 4;
  return __builtin_ctz((unsigned)eq | 0x100); /* 8 if none (never) */
#else
  int best = NER_O;
  for (int t = 1; t < NER_NTAGS; t++)
    if (cur[t] > cur[best])
      best = t;
  return best;
#endif
}

/* Closing punctuation of one byte (ner_skip): ",", ".", ")". */
static NER_INLINE int closing_punct(const ner_doc_t *d, const ner_tok_t *t) {
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

/* ner_skip after O in a caseless document: closing punctuation only (a
** common word may open a name there: "world cup", "new york"). */
static NER_INLINE int caseless_skip(const ner_doc_t *d, const ner_tok_t *t) {
  return closing_punct(d, t);
}

/* ner_skip after O, inline for ner_decode. */
static NER_INLINE int skip_after_o(const ner_doc_t *d, const ner_tok_t *t,
                                   int caseless) {
  if (t->gaz)
    return 0;
  if (caseless) /* d->caseless, read once by the caller */
    return caseless_skip(d, t);
  if (t->sent_caps)
    return 0;
  if (t->kind == NLP_TOKEN_WORD)
    return t->cap == NER_CAP_NONE && (t->dict & NER_DICT_LOWER);
  return closing_punct(d, t);
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

/* The first token of [j, b) that skip_after_o leaves scored (b: none),
** which ner_decode scores whatever the tags before it. */
static NER_INLINE size_t next_scored(const ner_doc_t *d, size_t j, size_t b,
                                     int caseless) {
  while (j < b && skip_after_o(d, &d->toks[j], caseless))
    j++;
  return j;
}

void ner_decode(ner_doc_t *d, size_t a, size_t b, int prev0, uint32_t mask,
                const ner_scorer_t *sc, uint8_t *back, uint8_t *out) {
  const float NEG = -3.0e38f;
  float cur[NER_NTAGS], nxt[NER_NTAGS], em[NER_NTAGS], tr[NER_NTAGS][NER_NTAGS];
  int32_t from[NER_NTAGS];
  /* the features of the token scored and of the next one sure to be
  ** scored, found when this one is, so that its rows are on their way */
  uint32_t fs[2][NER_MAX_FEATS];
  size_t nfs[2] = {0, 0}, ahead = (size_t)-1;
  int slot = 0, best = NER_O, caseless = d->caseless;
  if (a >= b)
    return;
  for (size_t i = a; i < b; i++) {
    size_t k = i - a, npred = 0, nf;
    int preds[NER_NTAGS], skip = skip_after_o(d, &d->toks[i], caseless);
    if (i + NER_PREFETCH_AHEAD < d->ntoks) {
      /* `last` and the cluster, past the chunk too (segments are short) */
      const ner_tok_t *ta = &d->toks[i + NER_PREFETCH_AHEAD];
      ner_map_prefetch(d, ta->h_lower);
      if (ta->kind == NLP_TOKEN_WORD)
        ner_clus_prefetch(ta->h_lower);
    }
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
        ahead = (size_t)-1;
      } else {
        nf = ner_features_obs(d, i, mask, fs[slot]);
        if (sc->prefetch)
          sc->prefetch(sc->ctx, fs[slot], nf);
      }
      if (sc->prefetch && (ahead == (size_t)-1 || ahead <= i)) {
        /* the next token sure to be scored (skip tokens between may be
        ** too, after a name: found then) */
        ahead = next_scored(d, i + 1, b, caseless);
        if (ahead < b) {
          nfs[slot ^ 1] = ner_features_obs(d, ahead, mask, fs[slot ^ 1]);
          sc->prefetch(sc->ctx, fs[slot ^ 1], nfs[slot ^ 1]);
        }
      }
      sc->score(sc->ctx, fs[slot], nf, em);
      if (sc->prev)
        sc->prev(sc->ctx, d, i, mask, preds, npred, tr);
      else
        prev_generic(sc, d, i, mask, preds, npred, tr);
    }
    relax(cur, em, tr, preds, npred, k == 0, nxt, from);
    store_back(from, back + k * NER_NTAGS);
    memcpy(cur, nxt, sizeof cur);
    best = best_tag(cur);
  }
  for (size_t k = b - a; k-- > 0;) {
    out[k] = (uint8_t)best;
    best = back[k * NER_NTAGS + (size_t)best];
  }
}

int ner_skip(const ner_doc_t *d, size_t i, int prev) {
  return prev == NER_O && skip_after_o(d, &d->toks[i], d->caseless);
}
