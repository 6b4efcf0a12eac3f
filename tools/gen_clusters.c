/*
** gen_clusters.c: word clusters and capitalisation habits for the entity
** tagger's features, learnt from unlabelled text (data/clusters.bin).
**
**   gen_clusters OUT.bin [-w 2] [-2 SECOND.bin] FILE.txt... [-t TRAIN.txt...]
**
** (tools/train_ner.sh runs it twice: the second clustering from all the
** texts, then the first with -2 naming the second; data/README.md.)
** Plain text files are read as they are; files after -t are in the format
** of tools/conll_to_train.py (only their text is used, not the labels).
** Words are tokenised and hashed as the tagger does (ner_doc_*, h_lower:
** the ASCII-lower-cased form), so a word's cluster does not depend on its
** case.
**
** Clusters: each word seen at least MIN_COUNT times is described by the
** words just before and after it (positive PMI with the NCTX most frequent
** words, and the segment's start or end), and the words are split in two
** again and again (principal direction, then spherical 2-means) down to
** DEPTH levels: a word's cluster is its path of left/right turns, so its
** prefixes are coarser clusters (as Brown clusters' paths are).
**
** Capitalisation habit: how often the word is written capitalised inside a
** sentence (not first in it, not in a headline) against in lower case:
** 0 unknown (fewer than 2 such uses), 1 almost always lower case, 2 both, 3
** almost always capitalised.
**
** -w 2: a word is described by the two words either side (default one).
** -2 SECOND.bin: a table written by this program (one path per word) whose
** paths are merged in as each word's second path.
**
** File (little-endian): "NLPCLUST" | uint32 count | uint32 depth | count
** entries sorted by hash: uint32 h_lower, uint16 path (the first turn in the
** highest of `depth` bits), uint8 path length, uint8 habit. With -2,
** "NLPCLUS2" and entries of 12 bytes: the same, then uint16 path2, uint8
** its length, one byte 0 (a word only the second clustering has: path
** length 0, habit 0). Deterministic.
*/
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ner/ner.h"

#define NCTX 400
#define DIM_MAX (4 * (NCTX + 1)) /* a context of two words either side */
#define MIN_COUNT 3
#define DEPTH 12
#define MIN_SPLIT 8

typedef struct word {
  uint32_t h;
  uint32_t count, mid_cap, mid_low;
  uint32_t *ctx; /* dim counts, only for clustered words */
  uint16_t path;
  uint8_t depth;
} word_t;

static size_t ctxw = 1;             /* words either side read (-w) */
static size_t dim = 2 * (NCTX + 1); /* 2 * ctxw * (NCTX + 1) */
static word_t *words;
static size_t nwords, wcap;
static size_t *slots; /* hash -> index + 1 */
static size_t nslots;

static size_t word_index(uint32_t h) {
  size_t j;
  if ((nwords + 1) * 2 > nslots) {
    size_t ns = nslots ? nslots * 2 : 1 << 16;
    size_t *s = calloc(ns, sizeof *s);
    if (!s)
      exit(1);
    for (size_t i = 0; i < nwords; i++) {
      j = words[i].h & (ns - 1);
      while (s[j])
        j = (j + 1) & (ns - 1);
      s[j] = i + 1;
    }
    free(slots);
    slots = s;
    nslots = ns;
  }
  j = h & (nslots - 1);
  while (slots[j]) {
    if (words[slots[j] - 1].h == h)
      return slots[j] - 1;
    j = (j + 1) & (nslots - 1);
  }
  if (nwords == wcap) {
    wcap = wcap ? wcap * 2 : 4096;
    words = realloc(words, wcap * sizeof *words);
    if (!words)
      exit(1);
  }
  memset(&words[nwords], 0, sizeof *words);
  words[nwords].h = h;
  slots[j] = nwords + 1;
  return nwords++;
}

static int32_t *ctx_of; /* word index -> context column, or -1 */

/* Calls fn on every block of tokens of text. */
static void each_block(const char *text, size_t len, int pass) {
  ner_doc_t d;
  if (ner_doc_init_lines(&d, text, len) != NLP_OK)
    exit(1);
  while (ner_doc_block(&d, 4096) == NLP_OK) {
    for (size_t i = 0; i < d.ntoks; i++) {
      const ner_tok_t *t = &d.toks[i];
      size_t w = word_index(t->h_lower);
      word_t *x = &words[w];
      if (pass == 0) {
        x->count++;
        if (t->kind == NLP_TOKEN_WORD && i > t->sent_first && !t->sent_caps &&
            d.toks[i - 1].kind == NLP_TOKEN_WORD) {
          if (t->cap == 1)
            x->mid_cap++;
          else if (t->cap == 0)
            x->mid_low++;
        }
        continue;
      }
      if (!x->ctx)
        continue;
      for (size_t k = 1; k <= ctxw; k++) {
        /* the word k before and k after: a context word, the segment's
        ** start / end (NCTX), or none (-1) */
        int32_t l = NCTX, r = NCTX;
        if (i >= t->sent_first + k)
          l = ctx_of[word_index(d.toks[i - k].h_lower)];
        if (i + k < t->sent_end)
          r = ctx_of[word_index(d.toks[i + k].h_lower)];
        if (l >= 0)
          x->ctx[(2 * k - 2) * (NCTX + 1) + (size_t)l]++;
        if (r >= 0)
          x->ctx[(2 * k - 1) * (NCTX + 1) + (size_t)r]++;
      }
    }
  }
  ner_doc_free(&d);
}

typedef struct text {
  char *s;
  size_t len;
} text_t;

static text_t *texts;
static size_t ntexts, tcap;

static void add_text(char *s, size_t len) {
  if (ntexts == tcap) {
    tcap = tcap ? tcap * 2 : 1024;
    texts = realloc(texts, tcap * sizeof *texts);
    if (!texts)
      exit(1);
  }
  texts[ntexts].s = s;
  texts[ntexts++].len = len;
}

static char *slurp(const char *path, size_t *len) {
  FILE *f = fopen(path, "rb");
  char *s;
  long n;
  if (!f || fseek(f, 0, SEEK_END) != 0 || (n = ftell(f)) < 0) {
    perror(path);
    exit(1);
  }
  rewind(f);
  s = malloc((size_t)n + 1);
  if (!s || fread(s, 1, (size_t)n, f) != (size_t)n)
    exit(1);
  fclose(f);
  s[n] = 0;
  *len = (size_t)n;
  return s;
}

/* The texts of a tools/conll_to_train.py file (documents "D", or "W" from
** tools/wnut_to_train.py). */
static void read_train(const char *path) {
  size_t n;
  char *all = slurp(path, &n), *p = all;
  while (p < all + n) {
    size_t len, ne;
    int used = 0;
    if ((*p != 'D' && *p != 'W') ||
        sscanf(p + 1, " %zu %zu%n", &len, &ne, &used) != 2)
      break;
    used++;
    p += used + 1;
    add_text(p, len);
    p += len + 1;
    for (size_t k = 0; k < ne; k++) {
      p = strchr(p, '\n');
      if (!p)
        exit(1);
      p++;
    }
  }
}

static float *vec;   /* nclus x dim, L2-normalised */
static size_t *clus; /* the clustered words' indices */
static size_t nclus;

static int by_count(const void *a, const void *b) {
  const word_t *x = &words[*(const size_t *)a], *y = &words[*(const size_t *)b];
  if (x->count != y->count)
    return x->count < y->count ? 1 : -1;
  return x->h < y->h ? -1 : x->h > y->h;
}

/* The principal direction v of the centred vectors items[0..n) (power
** iteration from a fixed start), and their mean. */
static void principal(const size_t *items, size_t n, double *mean, double *v) {
  double nv[DIM_MAX];
  for (size_t k = 0; k < dim; k++)
    mean[k] = 0;
  for (size_t i = 0; i < n; i++)
    for (size_t k = 0; k < dim; k++)
      mean[k] += vec[items[i] * dim + k];
  for (size_t k = 0; k < dim; k++) {
    mean[k] /= (double)n;
    v[k] = (double)((k * 2654435761u) % 1000) / 1000.0 - 0.5;
  }
  for (int it = 0; it < 12; it++) {
    double norm = 0;
    memset(nv, 0, sizeof nv);
    for (size_t i = 0; i < n; i++) {
      const float *x = vec + items[i] * dim;
      double dot = 0;
      for (size_t k = 0; k < dim; k++)
        dot += (x[k] - mean[k]) * v[k];
      for (size_t k = 0; k < dim; k++)
        nv[k] += (x[k] - mean[k]) * dot;
    }
    for (size_t k = 0; k < dim; k++)
      norm += nv[k] * nv[k];
    norm = sqrt(norm);
    if (!(norm > 0))
      break;
    for (size_t k = 0; k < dim; k++)
      v[k] = nv[k] / norm;
  }
}

/* Spherical 2-means over items[0..n) from the sides side[0..n) (0 or 1),
** at most 8 rounds. */
static void two_means(const size_t *items, size_t n, char *side) {
  double c[2][DIM_MAX];
  for (int it = 0; it < 8; it++) {
    size_t changed = 0;
    memset(c, 0, sizeof c[0] * 2);
    for (size_t i = 0; i < n; i++)
      for (size_t k = 0; k < dim; k++)
        c[(int)side[i]][k] += vec[items[i] * dim + k];
    for (int s = 0; s < 2; s++) {
      double norm = 0;
      for (size_t k = 0; k < dim; k++)
        norm += c[s][k] * c[s][k];
      norm = sqrt(norm);
      if (norm > 0)
        for (size_t k = 0; k < dim; k++)
          c[s][k] /= norm;
    }
    for (size_t i = 0; i < n; i++) {
      const float *x = vec + items[i] * dim;
      double d0 = 0, d1 = 0;
      for (size_t k = 0; k < dim; k++) {
        d0 += x[k] * c[0][k];
        d1 += x[k] * c[1][k];
      }
      char s = d1 > d0;
      changed += s != side[i];
      side[i] = s;
    }
    if (!changed)
      break;
  }
}

/* Orders items[0..n) side 0 first, each side in its order; returns the
** size of side 0. */
static size_t partition(size_t *items, size_t n, const char *side) {
  size_t *tmp = malloc(n * sizeof *tmp), k = 0, n0;
  if (!tmp)
    exit(1);
  for (size_t i = 0; i < n; i++)
    if (!side[i])
      tmp[k++] = items[i];
  n0 = k;
  for (size_t i = 0; i < n; i++)
    if (side[i])
      tmp[k++] = items[i];
  memcpy(items, tmp, n * sizeof *tmp);
  free(tmp);
  return n0;
}

/* Splits items[0..n) (indices into vec) in two in place, by the sign along
** their principal direction, then 2-means; returns the size of the first
** part. */
static size_t split(size_t *items, size_t n) {
  double mean[DIM_MAX], v[DIM_MAX];
  char *side = malloc(n);
  size_t n0;
  if (!side)
    exit(1);
  principal(items, n, mean, v);
  for (size_t i = 0; i < n; i++) {
    const float *x = vec + items[i] * dim;
    double dot = 0;
    for (size_t k = 0; k < dim; k++)
      dot += (x[k] - mean[k]) * v[k];
    side[i] = dot < 0;
  }
  two_means(items, n, side);
  n0 = partition(items, n, side);
  free(side);
  return n0;
}

static void cluster(size_t *items, size_t n, uint16_t path, int depth) {
  size_t n0;
  for (size_t i = 0; i < n; i++) {
    word_t *w = &words[clus[items[i]]];
    w->path = path;
    w->depth = (uint8_t)depth;
  }
  if (depth >= DEPTH || n < MIN_SPLIT)
    return;
  n0 = split(items, n);
  if (n0 == 0 || n0 == n)
    return;
  cluster(items, n0, path, depth + 1);
  cluster(items + n0, n - n0, (uint16_t)(path | 1u << (DEPTH - 1 - depth)),
          depth + 1);
}

static const char *second; /* -2 FILE: a second clustering's table */

/* Reads the texts of argv[2..] (training files after -t) and counts their
** words; -w N reads N words either side (1 or 2), -2 FILE names a second
** clustering (a table this program wrote) to merge into the output. */
static void read_inputs(int argc, char **argv) {
  int train = 0;
  for (int a = 2; a < argc; a++) {
    if (!strcmp(argv[a], "-t")) {
      train = 1;
    } else if (!strcmp(argv[a], "-w") && a + 1 < argc) {
      ctxw = argv[++a][0] == '2' ? 2 : 1;
      dim = 2 * ctxw * (NCTX + 1);
    } else if (!strcmp(argv[a], "-2") && a + 1 < argc) {
      second = argv[++a];
    } else if (train) {
      read_train(argv[a]);
    } else {
      size_t n;
      char *s = slurp(argv[a], &n);
      add_text(s, n);
    }
  }
  for (size_t i = 0; i < ntexts; i++)
    each_block(texts[i].s, texts[i].len, 0);
}

/* The context words (ctx_of: the NCTX most frequent tokens) and the words
** to cluster (clus: those seen MIN_COUNT times or more), then their context
** counts. 0, or -1 when out of memory. */
static int pick_words(void) {
  size_t *order = malloc(nwords * sizeof *order);
  ctx_of = malloc((nwords + 1) * sizeof *ctx_of);
  clus = malloc(nwords * sizeof *clus);
  if (!order || !ctx_of || !clus)
    return -1;
  for (size_t i = 0; i < nwords; i++) {
    order[i] = i;
    ctx_of[i] = -1;
  }
  qsort(order, nwords, sizeof *order, by_count);
  for (size_t i = 0; i < nwords && i < NCTX; i++)
    ctx_of[order[i]] = (int32_t)i;
  for (size_t i = 0; i < nwords; i++) {
    word_t *w = &words[order[i]];
    if (w->count < MIN_COUNT)
      break;
    w->ctx = calloc(dim, sizeof *w->ctx);
    if (!w->ctx)
      return -1;
    clus[nclus++] = order[i];
  }
  for (size_t i = 0; i < ntexts; i++)
    each_block(texts[i].s, texts[i].len, 1);
  free(order);
  return 0;
}

/* The words' vectors (vec): positive PMI of their context counts (smoothed
** ^0.75 as in word2vec), L2-normalised. 0, or -1 when out of memory. */
static int pmi_vectors(void) {
  double *colsum = calloc(dim, sizeof *colsum), total = 0;
  vec = malloc(nclus * dim * sizeof *vec);
  if (!colsum || !vec)
    return -1;
  for (size_t i = 0; i < nclus; i++)
    for (size_t k = 0; k < dim; k++) {
      colsum[k] += words[clus[i]].ctx[k];
      total += words[clus[i]].ctx[k];
    }
  for (size_t i = 0; i < nclus; i++) {
    const word_t *w = &words[clus[i]];
    double rowsum = 0, norm = 0;
    float *x = vec + i * dim;
    for (size_t k = 0; k < dim; k++)
      rowsum += w->ctx[k];
    for (size_t k = 0; k < dim; k++) {
      double p = 0;
      if (w->ctx[k] && colsum[k] > 0)
        p = log((double)w->ctx[k] * pow(total, 0.75) /
                (rowsum * pow(colsum[k], 0.75)));
      x[k] = p > 0 ? (float)p : 0;
      norm += (double)x[k] * x[k];
    }
    norm = sqrt(norm);
    for (size_t k = 0; k < dim; k++)
      x[k] = norm > 0 ? (float)(x[k] / norm) : 0;
  }
  free(colsum);
  return 0;
}

/* A word's capitalisation habit inside sentences: 0 unknown (seen fewer
** than twice), 1 nearly always lower case, 3 nearly always capitalised, 2
** either. */
static uint8_t habit_of(const word_t *w) {
  uint32_t mid = w->mid_cap + w->mid_low;
  if (mid < 2)
    return 0;
  return w->mid_cap * 10 <= mid ? 1 : w->mid_cap * 10 >= mid * 9 ? 3 : 2;
}

/* An entry of the output: a word, its path and habit, and its path in the
** second clustering (-2). */
typedef struct entry {
  uint32_t h;
  uint16_t path, path2;
  uint8_t depth, habit, depth2;
} entry_t;

static int entry_by_hash(const void *a, const void *b) {
  const entry_t *x = a, *y = b;
  return x->h < y->h ? -1 : x->h > y->h;
}

static uint32_t rd32(const unsigned char *b) {
  return (uint32_t)b[0] | (uint32_t)b[1] << 8 | (uint32_t)b[2] << 16 |
         (uint32_t)b[3] << 24;
}

/* The table of `second` (a one-path table of this program, sorted by
** hash) merged into out[0..*n) (sorted): its paths as path2, its words
** that out lacks added without a path or habit of their own. 0, or -1. */
static int merge_second(entry_t **out, size_t *n) {
  size_t len, m, k = *n;
  unsigned char *b = (unsigned char *)slurp(second, &len);
  entry_t *o;
  if (len < 16 || memcmp(b, "NLPCLUST", 8) != 0 ||
      len != 16 + 8 * (size_t)rd32(b + 8) || b[12] != DEPTH)
    return -1;
  m = rd32(b + 8);
  if (!(o = realloc(*out, (*n + m) * sizeof *o)))
    return -1;
  for (size_t i = 0; i < m; i++) {
    const unsigned char *e = b + 16 + 8 * i;
    entry_t key = {.h = rd32(e)}, *hit;
    hit = bsearch(&key, o, *n, sizeof *o, entry_by_hash);
    if (!hit) {
      hit = &o[k++];
      *hit = key;
    }
    hit->path2 = (uint16_t)(e[4] | e[5] << 8);
    hit->depth2 = e[6];
  }
  free(b);
  qsort(o, k, sizeof *o, entry_by_hash);
  *out = o;
  *n = k;
  return 0;
}

/* Writes the table (format: data/README.md, tools/gen_ner_data.c): the
** clustered words and the others with a known habit, by hash; with -2, the
** second clustering's paths too ("NLPCLUS2", 12-byte entries). Their count
** in *nout. 0, or -1. */
static int write_table(const char *path, size_t *nout) {
  entry_t *out = malloc(nwords * sizeof *out);
  unsigned char hdr[16] = "NLPCLUST";
  size_t esize = second ? 12 : 8;
  FILE *f;
  if (!out)
    return -1;
  *nout = 0;
  for (size_t i = 0; i < nwords; i++) {
    const word_t *w = &words[i];
    entry_t e = {w->h, w->path, 0, w->ctx ? w->depth : 0, habit_of(w), 0};
    if (!w->ctx && !e.habit)
      continue;
    out[(*nout)++] = e;
  }
  qsort(out, *nout, sizeof *out, entry_by_hash);
  if (second && merge_second(&out, nout) != 0)
    return -1;
  if (second)
    hdr[7] = '2';
  for (int b = 0; b < 4; b++) {
    hdr[8 + b] = (unsigned char)(*nout >> (8 * b));
    hdr[12 + b] = (unsigned char)((uint32_t)DEPTH >> (8 * b));
  }
  if (!(f = fopen(path, "wb")))
    return -1;
  fwrite(hdr, 1, 16, f);
  for (size_t i = 0; i < *nout; i++) {
    unsigned char e[12] = {0};
    for (int b = 0; b < 4; b++)
      e[b] = (unsigned char)(out[i].h >> (8 * b));
    e[4] = (unsigned char)(out[i].path & 0xff);
    e[5] = (unsigned char)(out[i].path >> 8);
    e[6] = out[i].depth;
    e[7] = out[i].habit;
    e[8] = (unsigned char)(out[i].path2 & 0xff);
    e[9] = (unsigned char)(out[i].path2 >> 8);
    e[10] = out[i].depth2;
    fwrite(e, 1, esize, f);
  }
  free(out);
  return fclose(f) != 0 ? -1 : 0;
}

int main(int argc, char **argv) {
  size_t *items, nout = 0;
  if (argc < 3) {
    fprintf(stderr,
            "usage: gen_clusters OUT.bin [-w 2] [-2 SECOND.bin] FILE.txt... "
            "[-t TRAIN.txt...]\n");
    return 2;
  }
  read_inputs(argc, argv);
  if (pick_words() != 0 || pmi_vectors() != 0)
    return 1;
  items = malloc(nclus * sizeof *items);
  if (!items)
    return 1;
  for (size_t i = 0; i < nclus; i++)
    items[i] = i;
  cluster(items, nclus, 0, 0);
  free(items);
  if (write_table(argv[1], &nout) != 0)
    return 1;
  fprintf(stderr,
          "gen_clusters: %zu texts, %zu distinct tokens, %zu clustered, %zu "
          "written\n",
          ntexts, nwords, nclus, nout);
  return 0;
}
