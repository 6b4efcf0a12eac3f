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
#include "ner_data.h" /* generated: NER_DATA_HASH */

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

int main(int argc, char **argv) {
  FILE *f;
  doc_t *docs = NULL;
  size_t ndocs = 0, cap = 0, mismatched = 0, ents = 0, ntok = 0;
  int epochs = argc > 3 ? atoi(argv[3]) : 10;
  int lower_every = argc > 4 ? atoi(argv[4]) : 0;
  const uint32_t nb = 1u << NER_BITS, mask = nb - 1;
  int runs = argc > 5 ? atoi(argv[5]) : 1;
  float *w, *u, *avg;
  double c = 1;
  static uint8_t back[NER_CHUNK * NER_NTAGS];
  size_t *order;
  if (getenv("NER_SEED")) /* another shuffle order (to measure noise) */
    rng_state ^= strtoull(getenv("NER_SEED"), NULL, 10) * 0x9E3779B97F4A7C15ull;
  if (argc < 3) {
    fprintf(
        stderr,
        "usage: train_ner TRAIN.txt OUT.model [epochs [lower_every [runs]]]\n");
    return 2;
  }
  if (!(f = fopen(argv[1], "rb"))) {
    perror(argv[1]);
    return 1;
  }
  for (size_t docno = 0;; docno++) {
    size_t len, ne, *bs, *be;
    char *text, (*lb)[16];
    int copies;
    if (fscanf(f, "D %zu %zu", &len, &ne) != 2)
      break;
    fgetc(f);
    text = malloc(len + 1);
    bs = malloc((ne + 1) * sizeof *bs);
    be = malloc((ne + 1) * sizeof *be);
    lb = malloc((ne + 1) * sizeof *lb);
    if (!text || !bs || !be || !lb || fread(text, 1, len, f) != len)
      return 1;
    fgetc(f);
    for (size_t k = 0; k < ne; k++) {
      if (fscanf(f, "%zu %zu %15s", &bs[k], &be[k], lb[k]) != 3)
        return 1;
      fgetc(f);
    }
    ents += ne;
    /* every lower_every-th document is also learnt in lower case, so that
    ** the tagger does not rely on capitals alone (web text) */
    copies = lower_every > 0 && docno % (size_t)lower_every == 0 ? 2 : 1;
    for (int cpy = 0; cpy < copies; cpy++) {
      doc_t *d;
      if (ndocs == cap) {
        cap = cap ? cap * 2 : 256;
        docs = realloc(docs, cap * sizeof *docs);
        if (!docs)
          return 1;
      }
      d = &docs[ndocs++];
      d->text = malloc(len + 1);
      if (!d->text)
        return 1;
      memcpy(d->text, text, len);
      if (cpy)
        for (size_t i = 0; i < len; i++)
          if (d->text[i] >= 'A' && d->text[i] <= 'Z')
            d->text[i] += 32;
      d->len = len;
      if (ner_doc_init(&d->nd, d->text, len) != NLP_OK)
        return 1;
      /* one block: the whole document stays in memory for all epochs */
      if (ner_doc_block(&d->nd, (size_t)-1) == NLP_ENOMEM)
        return 1;
      ntok += d->nd.ntoks;
      d->gold = calloc(d->nd.ntoks + 1, 1);
      if (!d->gold)
        return 1;
      for (size_t k = 0; k < ne; k++) {
        int ty = type_of(lb[k]), first = 1, exact_s = 0, exact_e = 0;
        if (ty < 0)
          continue;
        for (size_t i = 0; i < d->nd.ntoks; i++) {
          const ner_tok_t *t = &d->nd.toks[i];
          if (t->be <= bs[k] || t->bs >= be[k])
            continue;
          if (t->bs == bs[k])
            exact_s = 1;
          if (t->be == be[k])
            exact_e = 1;
          d->gold[i] = (uint8_t)(first ? NER_B(ty) : NER_I(ty));
          first = 0;
        }
        if (!cpy && (!exact_s || !exact_e))
          mismatched++;
      }
    }
    free(text);
    free(bs);
    free(be);
    free(lb);
  }
  fclose(f);
  fprintf(stderr,
          "train_ner: %zu documents, %zu tokens, %zu entities "
          "(%zu not on token boundaries)\n",
          ndocs, ntok, ents, mismatched);
  w = calloc((size_t)nb * NER_NTAGS, sizeof *w);
  u = calloc((size_t)nb * NER_NTAGS, sizeof *u);
  order = malloc(ndocs * sizeof *order);
  if (!w || !u || !order)
    return 1;
  avg = calloc((size_t)nb * NER_NTAGS, sizeof *avg);
  if (!avg)
    return 1;
  for (int run = 0; run < runs; run++) {
    /* each run learns from scratch in another order; the model is the mean
    ** of the runs' averaged weights (less dependent on one order) */
    memset(w, 0, (size_t)nb * NER_NTAGS * sizeof *w);
    memset(u, 0, (size_t)nb * NER_NTAGS * sizeof *u);
    c = 1;
    for (size_t i = 0; i < ndocs; i++)
      order[i] = i;
    for (int ep = 0; ep < epochs; ep++) {
      size_t errors = 0, total = 0;
      for (size_t i = ndocs; i > 1; i--) {
        size_t j = rng() % i, t = order[i - 1];
        order[i - 1] = order[j];
        order[j] = t;
      }
      for (size_t di = 0; di < ndocs; di++) {
        const ner_scorer_t scorer = {score, NULL, w, NULL};
        doc_t *d = &docs[order[di]];
        uint8_t *pred = malloc(d->nd.ntoks + 1);
        if (!pred)
          return 1;
        ner_doc_forget(&d->nd);
        /* each segment in chunks, as ner_model_tag() decodes them */
        for (size_t a = 0; a < d->nd.ntoks;) {
          size_t first = d->nd.toks[a].sent_first, end = d->nd.toks[a].sent_end;
          size_t b = end - a > NER_CHUNK ? a + NER_CHUNK : end, n = b - a;
          int prev0 = a > first ? pred[a - 1] : -1, diff = 0;
          uint8_t g[NER_CHUNK];
          ner_decode(&d->nd, a, b, prev0, mask, &scorer, back, pred + a);
          /* the gold path as the decoder can give it */
          for (size_t k = 0; k < n; k++) {
            int gp = k ? g[k - 1] : prev0 < 0 ? NER_O : prev0;
            int gt = d->gold[a + k];
            if (!ner_tag_allowed(gp, gt))
              gt = NER_B(NER_TAG_TYPE(gt));
            if (ner_skip(&d->nd, a + k, NER_O) && gp == NER_O)
              gt = NER_O;
            g[k] = (uint8_t)gt;
            diff |= gt != pred[a + k];
            errors += d->gold[a + k] != pred[a + k];
          }
          if (diff)
            for (size_t k = 0; k < n; k++) {
              int gp = k ? g[k - 1] : prev0, pp = k ? pred[a + k - 1] : prev0;
              int sk = ner_skip(&d->nd, a + k, NER_O);
              if (g[k] == pred[a + k] && gp == pp)
                continue; /* the same features and tag: no change */
              for (int side = 0; side < 2; side++) {
                int prev = side ? pp : gp, tag = side ? pred[a + k] : g[k];
                float by = side ? -1.0f : 1.0f;
                uint32_t fs[NER_MAX_FEATS];
                size_t nf;
                if (sk && (prev < 0 ? NER_O : prev) == NER_O)
                  continue; /* tagged O unscored */
                nf = ner_features_obs(&d->nd, a + k, mask, fs);
                nf += ner_features_prev(&d->nd, a + k, prev, mask, fs + nf);
                for (size_t f = 0; f < nf; f++) {
                  size_t r = (size_t)fs[f] * NER_NTAGS + (size_t)tag;
                  w[r] += by;
                  u[r] += by * (float)c;
                }
              }
            }
          c += (double)n;
          total += n;
          for (size_t i = a; i < b; i++)
            if (ner_doc_remember(&d->nd, i, pred[i]) != NLP_OK)
              return 1;
          a = b;
        }
        free(pred);
      }
      fprintf(stderr, "run %d epoch %d: %zu/%zu token errors\n", run + 1,
              ep + 1, errors, total);
    }
    for (size_t i = 0; i < (size_t)nb * NER_NTAGS; i++)
      avg[i] += (w[i] - u[i] / (float)c) / (float)runs;
  }
  {
    float maxabs = 0, scale;
    int16_t *q = malloc((size_t)nb * NER_NTAGS * sizeof *q);
    unsigned char hdr[NER_HEADER_SIZE] = {0};
    uint32_t v[4] = {NER_FORMAT_VERSION, NER_BITS, NER_NTAGS,
                     NER_FEATURE_VERSION},
             data_hash = NER_DATA_HASH;
    size_t nz = 0;
    if (!q)
      return 1;
    for (size_t i = 0; i < (size_t)nb * NER_NTAGS; i++) {
      w[i] = avg[i];
      if (fabsf(w[i]) > maxabs)
        maxabs = fabsf(w[i]);
    }
    scale = maxabs > 0 ? maxabs / 32767.0f : 1.0f;
    for (size_t i = 0; i < (size_t)nb * NER_NTAGS; i++) {
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
    if (!(f = fopen(argv[2], "wb"))) {
      perror(argv[2]);
      return 1;
    }
    if (fwrite(hdr, 1, sizeof hdr, f) != sizeof hdr ||
        fwrite(q, sizeof *q, (size_t)nb * NER_NTAGS, f) !=
            (size_t)nb * NER_NTAGS ||
        fclose(f) != 0) {
      perror(argv[2]);
      return 1;
    }
    fprintf(stderr, "train_ner: wrote %s (scale %g, %zu non-zero weights)\n",
            argv[2], (double)scale, nz);
    free(q);
  }
  for (size_t i = 0; i < ndocs; i++) {
    ner_doc_free(&docs[i].nd);
    free(docs[i].text);
    free(docs[i].gold);
  }
  free(docs);
  free(w);
  free(u);
  free(avg);
  free(order);
  return 0;
}
