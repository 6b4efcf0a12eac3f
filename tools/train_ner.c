/*
** train_ner.c: trains the entity tagger's model (an averaged perceptron over
** the hashed features of ext/core/ner/ner_feat.c) and writes the model file.
**
**   /usr/bin/python3 tools/conll_to_train.py \
**       < ../shared/data/ner/conll2003-train.jsonl > build/ner-train.txt
**   nice build/tools/train_ner build/ner-train.txt data/ner.model [epochs]
**
** (tools/train_ner.sh runs both.) The header records NER_DATA_HASH, the
** hash of the word lists, clusters and gazetteer the features read: the
** build and nlp_model_load() refuse a model of other data. Deterministic:
*documents are shuffled each
** epoch by a fixed-seed generator, so the same input gives the same file.
*/
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ner/ner.h"
#include "generated/ner_data.h" /* NER_DATA_HASH */
#include "text/alloc.h"

/* entities/truecase.c: the copy the entity finder tags for a text in
** capitals (entities_int.h) */
int truecase_copy(const char *text, size_t len, char **copy);

/* upper-cased copies are learnt as the entity finder reads them: through
** truecase_copy() (NER_UPPER_RECASED=1 in the environment) */
static int upper_recased;

/* -c: the caseless model (ner.h NER_FEATURE_CASELESS): every document is
** learnt lower-cased and upper-cased (not as written), read with the
** caseless features */
static int caseless;

typedef struct doc {
  char *text;
  size_t len;
  ner_doc_t nd;
  uint8_t *gold;
} doc_t;

static int type_of(const char *label) {
  if (!strcmp(label, "PER"))
    return NER_TYPE_PER;
  if (!strcmp(label, "LOC"))
    return NER_TYPE_LOC;
  if (!strcmp(label, "ORG"))
    return NER_TYPE_ORG;
  if (!strcmp(label, "MISC"))
    return NER_TYPE_MISC;
  return -1;
}

static uint64_t rng_state = 0x2545F4914F6CDD1Dull;
static uint32_t rng(void) {
  rng_state = rng_state * 6364136223846793005ull + 1442695040888963407ull;
  return (uint32_t)(rng_state >> 33);
}

/* ner_score_fn over the float weights being learnt. */
static void score(const void *ctx, const uint32_t *fs, size_t nf, float *out) {
  const float *w = ctx;
  for (int t = 0; t < NER_NTAGS; t++)
    out[t] = 0;
  for (size_t k = 0; k < nf; k++) {
    const float *row = w + (size_t)fs[k] * NER_NTAGS;
    for (int t = 0; t < NER_NTAGS; t++)
      out[t] += row[t];
  }
}

/* The training documents, and counts for the report. */
typedef struct corpus {
  doc_t *docs;
  size_t ndocs, cap, mismatched, ents, ntok;
} corpus_t;

/* One entity of a document being read: bytes [bs, be), label (PER, ...). */
typedef struct gold_ent {
  size_t bs, be;
  char label[16];
} gold_ent_t;

/* How a copy of a training document is cased (add_doc). */
enum copy_case {
  COPY_AS_IS = 0,
  COPY_LOWER, /* all lower case: web text */
  COPY_UPPER  /* all capitals: headlines, wire copy */
};

/* Recases text[0..len) in place as copy says (ASCII letters only: the
** byte offsets of the entities stay). */
static void recase(char *text, size_t len, enum copy_case copy) {
  for (size_t i = 0; i < len; i++) {
    if (copy == COPY_LOWER && text[i] >= 'A' && text[i] <= 'Z')
      text[i] += 32;
    else if (copy == COPY_UPPER && text[i] >= 'a' && text[i] <= 'z')
      text[i] -= 32;
  }
}

/* Adds text[0..len) (recased as copy says) with the gold tags of its
** entities es[0..ne): 0, or -1 when out of memory. */
static int add_doc(corpus_t *cp, const char *text, size_t len,
                   const gold_ent_t *es, size_t ne, enum copy_case lower) {
  doc_t *d;
  if (cp->ndocs == cp->cap) {
    cp->cap = cp->cap ? cp->cap * 2 : 256;
    cp->docs = realloc(cp->docs, cp->cap * sizeof *cp->docs);
    if (!cp->docs)
      return -1;
  }
  d = &cp->docs[cp->ndocs++];
  d->text = malloc(len + 1);
  if (!d->text)
    return -1;
  memcpy(d->text, text, len);
  recase(d->text, len, lower);
  if (lower == COPY_UPPER && upper_recased) {
    char *c = NULL;
    if (truecase_copy(d->text, len, &c) != NLP_OK)
      return -1;
    if (c) {
      memcpy(d->text, c, len);
      nlp_mem_free(c);
    }
  }
  d->len = len;
  if (ner_doc_init_lines(&d->nd, d->text, len) != NLP_OK)
    return -1;
  d->nd.caseless = caseless;
  /* one block: the whole document stays in memory for all epochs */
  if (ner_doc_block(&d->nd, (size_t)-1) == NLP_ENOMEM)
    return -1;
  cp->ntok += d->nd.ntoks;
  d->gold = calloc(d->nd.ntoks + 1, 1);
  if (!d->gold)
    return -1;
  for (size_t k = 0; k < ne; k++) {
    int ty = type_of(es[k].label), first = 1, exact_s = 0, exact_e = 0;
    if (ty < 0)
      continue;
    for (size_t i = 0; i < d->nd.ntoks; i++) {
      const ner_tok_t *t = &d->nd.toks[i];
      if (t->be <= es[k].bs || t->bs >= es[k].be)
        continue;
      exact_s |= t->bs == es[k].bs;
      exact_e |= t->be == es[k].be;
      d->gold[i] = (uint8_t)(first ? NER_B(ty) : NER_I(ty));
      first = 0;
    }
    if (lower == COPY_AS_IS && (!exact_s || !exact_e))
      cp->mismatched++;
  }
  return 0;
}

/* Reads the training file (tools/conll_to_train.py: "D len nents", the
** text, then "bs be LABEL" per entity; "W" for "D": web text, learnt only
** as written); every lower_every-th document is
** also learnt in lower case, so that the tagger does not rely on capitals
** alone (web text), and every upper_every-th (another one) in capitals
** (headlines, wire copy). 0, or -1 on a bad file or out of memory. */
static int read_corpus(FILE *f, int lower_every, int upper_every,
                       corpus_t *cp) {
  for (size_t docno = 0;; docno++) {
    size_t len, ne;
    char kind, *text;
    gold_ent_t *es;
    enum copy_case copies[3];
    int ncopies = 0;
    if (fscanf(f, "%c %zu %zu", &kind, &len, &ne) != 3)
      return 0;
    fgetc(f);
    text = malloc(len + 1);
    es = malloc((ne + 1) * sizeof *es);
    if (!text || !es || fread(text, 1, len, f) != len)
      return -1;
    fgetc(f);
    for (size_t k = 0; k < ne; k++) {
      if (fscanf(f, "%zu %zu %15s", &es[k].bs, &es[k].be, es[k].label) != 3)
        return -1;
      fgetc(f);
    }
    cp->ents += ne;
    copies[ncopies++] = caseless ? COPY_LOWER : COPY_AS_IS;
    if (caseless) /* and in capitals: the tokeniser cuts other sentences */
      copies[ncopies++] = COPY_UPPER;
    else if (kind == 'W') /* web text as written: no recased copies */
      ;
    else if (lower_every > 0 && docno % (size_t)lower_every == 0)
      copies[ncopies++] = COPY_LOWER;
    if (upper_every > 0 &&
        docno % (size_t)upper_every == (size_t)upper_every - 1)
      copies[ncopies++] = COPY_UPPER;
    for (int cpy = 0; cpy < ncopies; cpy++)
      if (add_doc(cp, text, len, es, ne, copies[cpy]) != 0)
        return -1;
    free(text);
    free(es);
  }
}

/* The weights being learnt (w), their sums over time for the average (u),
** and the time c (tokens seen, from 1). */
typedef struct learner {
  float *w, *u;
  double c;
  uint32_t mask;
} learner_t;

/* The gold path of tokens [a, a + n) as the decoder can give it (I-X only
** after B-X or I-X; O where ner_skip leaves O after O) into g. */
static void gold_path(const doc_t *d, size_t a, size_t n, int prev0,
                      uint8_t *g) {
  for (size_t k = 0; k < n; k++) {
    int gp = k ? g[k - 1] : prev0 < 0 ? NER_O : prev0;
    int gt = d->gold[a + k];
    if (!ner_tag_allowed(gp, gt))
      gt = NER_B(NER_TAG_TYPE(gt));
    if (ner_skip(&d->nd, a + k, NER_O) && gp == NER_O)
      gt = NER_O;
    g[k] = (uint8_t)gt;
  }
}

/* The perceptron's update over tokens [a, a + n): + the features of the
** gold path g, - those of the predicted one. A token that one of the two
** paths tags O unscored (ner_skip after O) is left out on both sides. Where
** both paths tag it O and only one scores it, the update is one-sided: it
** adds to the O weight of the scored path's features and nothing takes it
** back, so those weights grew without end (in session 12, with 941 more
** documents, runs stayed at 2.5 times the errors of others and the largest
** weight, which sets the int16 scale, grew 30 times). Leaving out only that
** case (same tag) was as stable but measured worse (CoNLL dev -0.39, BBC
** P/L/O -0.27, UNER +0.19: docs/entities.md, Session 12). */
static void update(learner_t *l, doc_t *d, size_t a, size_t n, int prev0,
                   const uint8_t *g, const uint8_t *pred) {
  for (size_t k = 0; k < n; k++) {
    int gp = k ? g[k - 1] : prev0, pp = k ? pred[a + k - 1] : prev0;
    int sk = ner_skip(&d->nd, a + k, NER_O);
    if (g[k] == pred[a + k] && gp == pp)
      continue; /* the same features and tag: no change */
    if (sk &&
        ((gp < 0 ? NER_O : gp) == NER_O || (pp < 0 ? NER_O : pp) == NER_O))
      continue; /* tagged O unscored on a side: see above */
    for (int side = 0; side < 2; side++) {
      int prev = side ? pp : gp, tag = side ? pred[a + k] : g[k];
      float by = side ? -1.0f : 1.0f;
      uint32_t fs[NER_MAX_FEATS];
      size_t nf;
      nf = ner_features_obs(&d->nd, a + k, l->mask, fs);
      nf += ner_features_prev(&d->nd, a + k, prev, l->mask, fs + nf);
      for (size_t f = 0; f < nf; f++) {
        size_t r = (size_t)fs[f] * NER_NTAGS + (size_t)tag;
        l->w[r] += by;
        l->u[r] += by * (float)l->c;
      }
    }
  }
}

/* Tags document d with the weights being learnt, each segment in chunks as
** ner_model_tag() does, and learns from each chunk's errors: the count of
** wrong tokens added to *errors, of tokens to *total. 0, or -1 (OOM). */
static int learn_doc(learner_t *l, doc_t *d, size_t *errors, size_t *total) {
  static uint8_t back[NER_CHUNK * NER_NTAGS];
  const ner_scorer_t scorer = {score, NULL, l->w, NULL};
  uint8_t *pred = malloc(d->nd.ntoks + 1);
  if (!pred)
    return -1;
  ner_doc_forget(&d->nd);
  for (size_t a = 0; a < d->nd.ntoks;) {
    size_t first = d->nd.toks[a].sent_first, end = d->nd.toks[a].sent_end;
    size_t b = end - a > NER_CHUNK ? a + NER_CHUNK : end, n = b - a;
    int prev0 = a > first ? pred[a - 1] : -1, diff = 0;
    uint8_t g[NER_CHUNK];
    ner_decode(&d->nd, a, b, prev0, l->mask, &scorer, back, pred + a);
    gold_path(d, a, n, prev0, g);
    for (size_t k = 0; k < n; k++) {
      diff |= g[k] != pred[a + k];
      *errors += d->gold[a + k] != pred[a + k];
    }
    if (diff)
      update(l, d, a, n, prev0, g, pred);
    l->c += (double)n;
    *total += n;
    for (size_t i = a; i < b; i++)
      if (ner_doc_remember(&d->nd, i, pred[i]) != NLP_OK)
        return -1;
    a = b;
  }
  free(pred);
  return 0;
}

/* Learns runs times from scratch, epochs each, in orders shuffled by the
** fixed-seed generator; avg (zeroed) gets the mean of the runs' averaged
** weights (less dependent on one order). 0, or -1 when out of memory. */
static int train(corpus_t *cp, int epochs, int runs, float *avg) {
  const size_t nw = ((size_t)1 << NER_BITS) * NER_NTAGS;
  learner_t l = {calloc(nw, sizeof(float)), calloc(nw, sizeof(float)), 1,
                 ((uint32_t)1 << NER_BITS) - 1};
  size_t *order = malloc(cp->ndocs * sizeof *order);
  if (!l.w || !l.u || !order)
    return -1;
  for (int run = 0; run < runs; run++) {
    memset(l.w, 0, nw * sizeof *l.w);
    memset(l.u, 0, nw * sizeof *l.u);
    l.c = 1;
    for (size_t i = 0; i < cp->ndocs; i++)
      order[i] = i;
    for (int ep = 0; ep < epochs; ep++) {
      size_t errors = 0, total = 0;
      for (size_t i = cp->ndocs; i > 1; i--) {
        size_t j = rng() % i, t = order[i - 1];
        order[i - 1] = order[j];
        order[j] = t;
      }
      for (size_t di = 0; di < cp->ndocs; di++)
        if (learn_doc(&l, &cp->docs[order[di]], &errors, &total) != 0)
          return -1;
      fprintf(stderr, "run %d epoch %d: %zu/%zu token errors\n", run + 1,
              ep + 1, errors, total);
    }
    for (size_t i = 0; i < nw; i++)
      avg[i] += (l.w[i] - l.u[i] / (float)l.c) / (float)runs;
  }
  free(l.w);
  free(l.u);
  free(order);
  return 0;
}

/* Writes the model file (format: ner.h): the weights w quantised to int16
** by the largest; the header records NER_DATA_HASH. 0, or -1. */
static int write_model(const char *path, const float *w) {
  const size_t nw = ((size_t)1 << NER_BITS) * NER_NTAGS;
  float maxabs = 0, scale;
  int16_t *q = malloc(nw * sizeof *q);
  unsigned char hdr[NER_HEADER_SIZE] = {0};
  uint32_t v[4] = {NER_FORMAT_VERSION, NER_BITS, NER_NTAGS,
                   NER_FEATURE_VERSION | (caseless ? NER_FEATURE_CASELESS : 0)},
           data_hash = NER_DATA_HASH;
  size_t nz = 0;
  FILE *f;
  if (!q)
    return -1;
  for (size_t i = 0; i < nw; i++)
    if (fabsf(w[i]) > maxabs)
      maxabs = fabsf(w[i]);
  scale = maxabs > 0 ? maxabs / 32767.0f : 1.0f;
  for (size_t i = 0; i < nw; i++) {
    long x = lroundf(w[i] / scale);
    q[i] = (int16_t)x;
    nz += x != 0;
  }
  memcpy(hdr, NER_MAGIC, 8);
  for (int k = 0; k < 4; k++)
    for (int b = 0; b < 4; b++)
      hdr[8 + 4 * k + b] = (unsigned char)(v[k] >> (8 * b));
  memcpy(hdr + 24, &scale, 4); /* little-endian hosts only */
  /* the data the features read: a library with other data refuses it */
  for (int b = 0; b < 4; b++)
    hdr[NER_HEADER_DATA_HASH + b] = (unsigned char)(data_hash >> (8 * b));
  if (!(f = fopen(path, "wb")) || fwrite(hdr, 1, sizeof hdr, f) != sizeof hdr ||
      fwrite(q, sizeof *q, nw, f) != nw || fclose(f) != 0) {
    perror(path);
    return -1;
  }
  fprintf(stderr, "train_ner: wrote %s (scale %g, %zu non-zero weights)\n",
          path, (double)scale, nz);
  free(q);
  return 0;
}

int main(int argc, char **argv) {
  FILE *f;
  corpus_t cp = {0};
  int epochs;
  if (argc > 1 && !strcmp(argv[1], "-c")) {
    caseless = 1;
    argv++;
    argc--;
  }
  epochs = argc > 3 ? atoi(argv[3]) : 10;
  int lower_every = argc > 4 ? atoi(argv[4]) : 0;
  int runs = argc > 5 ? atoi(argv[5]) : 1;
  int upper_every = argc > 6 ? atoi(argv[6]) : 0;
  float *avg;
  upper_recased = getenv("NER_UPPER_RECASED") != NULL;
  if (getenv("NER_SEED")) /* another shuffle order (to measure noise) */
    rng_state ^= strtoull(getenv("NER_SEED"), NULL, 10) * 0x9E3779B97F4A7C15ull;
  if (argc < 3) {
    fprintf(stderr, "usage: train_ner [-c] TRAIN.txt OUT.model "
                    "[epochs [lower_every [runs [upper_every]]]]\n"
                    "  -c: the caseless model (lower-cased text)\n");
    return 2;
  }
  if (!(f = fopen(argv[1], "rb"))) {
    perror(argv[1]);
    return 1;
  }
  if (read_corpus(f, lower_every, upper_every, &cp) != 0)
    return 1;
  fclose(f);
  fprintf(stderr,
          "train_ner: %zu documents, %zu tokens, %zu entities "
          "(%zu not on token boundaries)\n",
          cp.ndocs, cp.ntok, cp.ents, cp.mismatched);
  avg = calloc(((size_t)1 << NER_BITS) * NER_NTAGS, sizeof *avg);
  if (!avg || train(&cp, epochs, runs, avg) != 0 ||
      write_model(argv[2], avg) != 0)
    return 1;
  for (size_t i = 0; i < cp.ndocs; i++) {
    ner_doc_free(&cp.docs[i].nd);
    free(cp.docs[i].text);
    free(cp.docs[i].gold);
  }
  free(cp.docs);
  free(avg);
  return 0;
}
