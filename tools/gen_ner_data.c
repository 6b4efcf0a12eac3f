/*
** gen_ner_data.c: makes, at build time, the entity tagger's const tables
** (run by CMake; see data/README.md):
**
**   gen_ner_data data OUT.h OUT.c WORDS.bin CLUSTERS.bin
**     OUT.h: the tables' sizes and NER_DATA_HASH (a hash of the word lists,
**     the word clusters and the gazetteer); OUT.c: data/words.bin's bit
**     sets interleaved, data/clusters.bin's entries, and the gazetteer's
**     index by hash and Bloom filter of first words.
**   gen_ner_data model OUT.c WORDS.bin CLUSTERS.bin MODEL|- [CASELESS]
**     OUT.c: the built-in model (ner_builtin_model): data/ner.model's
**     weights and the sums of its fixed previous-tag features; "-" for a
**     library without one; with CASELESS (data/ner-caseless.model), the
**     caseless model too, the built-in model's .caseless; with WEB
**     (data/ner-web.model) after it, the web-text model, its .web (which
**     has the same .caseless). Fails when the
**     model is not of this code's format and features, or was trained with
**     other data (its header's
**     data hash is not NER_DATA_HASH): retrain it (tools/train_ner.sh).
**
** Linked with ext/core/generated/ner_gaz_data.c (the gazetteer's entries);
** hashes with ext/core/ner/ner_hash.h, as the tagger does. Bytes are written
** as string literals of at most BLOB_ROW bytes (C11 compilers accept 4095),
** which compile in seconds where integer literals take minutes.
*/
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ner/ner.h"
#include "ner/ner_gaz.h"
#include "ner/ner_hash.h"

#define BLOB_ROW 4000 /* bytes of one string literal */

static const char *out_paths[2]; /* removed when the program fails */

/* Prints "gen_ner_data: <message>" and exits with 1, removing a partial
** output. */
static void die(const char *fmt, ...) {
  va_list ap;
  fputs("gen_ner_data: ", stderr);
  va_start(ap, fmt);
  vfprintf(stderr, fmt, ap);
  va_end(ap);
  fputc('\n', stderr);
  for (int k = 0; k < 2; k++)
    if (out_paths[k])
      remove(out_paths[k]);
  exit(1);
}

/* The bytes of file path (malloc'd) and their count in *len. */
static unsigned char *read_file(const char *path, size_t *len) {
  FILE *f = fopen(path, "rb");
  unsigned char *b = NULL;
  size_t cap = 0, n = 0, got;
  if (!f)
    die("cannot open %s%s", path,
        strstr(path, ".model") ? " (train a model with tools/train_ner.sh)"
                               : "");
  do {
    if (n == cap) {
      cap = cap ? cap * 2 : 1 << 20;
      if (!(b = realloc(b, cap)))
        die("out of memory reading %s", path);
    }
    got = fread(b + n, 1, cap - n, f);
    n += got;
  } while (got > 0);
  if (ferror(f))
    die("cannot read %s", path);
  fclose(f);
  *len = n;
  return b;
}

static uint32_t rd32(const unsigned char *p) {
  return (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 |
         (uint32_t)p[3] << 24;
}

/* Opens output k (0 or 1) for writing. */
static FILE *open_out(int k, const char *path) {
  FILE *f = fopen(path, "w");
  if (!f)
    die("cannot write %s", path);
  out_paths[k] = path;
  return f;
}

/* Closes output k, written whole. */
static void close_out(int k, FILE *f) {
  if (ferror(f) || fclose(f) != 0)
    die("cannot write %s", out_paths[k]);
  out_paths[k] = NULL;
}

/* Writes b[0..n) as rows of string literals ("...",), each of at most
** BLOB_ROW bytes, broken into lines of 64 bytes. */
static void emit_rows(FILE *f, const unsigned char *b, size_t n) {
  for (size_t i = 0; i < n; i++) {
    unsigned char c = b[i];
    size_t r = i % BLOB_ROW; /* the place in the row */
    if (r % 64 == 0)
      fputs(r == 0 ? "    \"" : "     \"", f);
    /* printable ASCII as itself; '?' escaped (trigraphs), as are '"' and
    ** '\\'; all else in three octal digits (no digit after can extend it) */
    if (c >= 0x20 && c < 0x7f && c != '"' && c != '\\' && c != '?')
      fputc(c, f);
    else
      fprintf(f, "\\%03o", c);
    if (i + 1 == n || r + 1 == BLOB_ROW)
      fputs("\",\n", f);
    else if ((r + 1) % 64 == 0)
      fputs("\"\n", f);
  }
}

/* The number of BLOB_ROW rows that n bytes take. */
static size_t blob_rows(size_t n) { return (n + BLOB_ROW - 1) / BLOB_ROW; }

/* ---- the data hash --------------------------------------------------------
 */

/* FNV-1a of n and b[0..n) on h. */
static uint32_t hash_on(uint32_t h, const unsigned char *b, size_t n) {
  for (int k = 0; k < 8; k++)
    NER_HASH_STEP(h, (unsigned char)((uint64_t)n >> (8 * k)));
  for (size_t i = 0; i < n; i++)
    NER_HASH_STEP(h, b[i]);
  return h;
}

/* The hash of the data a model is trained with: the word lists, the word
** clusters and the gazetteer's entries (names and bits); never 0. */
static uint32_t data_hash(const unsigned char *words, size_t nwords,
                          const unsigned char *clus, size_t nclus) {
  uint32_t h = NER_HASH_START(0x4e455244u); /* "NERD" */
  h = hash_on(h, words, nwords);
  h = hash_on(h, clus, nclus);
  for (size_t i = 0; i < NER_GAZ_COUNT; i++) {
    h = hash_on(h, (const unsigned char *)NER_GAZ[i].name, NER_GAZ[i].len);
    NER_HASH_STEP(h, NER_GAZ[i].bits);
  }
  h = ner_hash_final(h);
  return h ? h : 1;
}

/* ---- data/words.bin -------------------------------------------------------
 */

/* Checks the word lists ("NLPWORDS", bits at 8, the sets from 16): their
** bits in *bits, the number of sets in *nsets, the bytes of one set. */
static size_t words_check(const unsigned char *b, size_t len, uint32_t *bits,
                          size_t *nsets) {
  size_t bytes;
  if (len < 16 || memcmp(b, "NLPWORDS", 8) != 0)
    die("data/words.bin: not a word list file (tools/gen_words.py)");
  *bits = (uint32_t)b[8] | (uint32_t)b[9] << 8 | (uint32_t)b[10] << 16;
  if (*bits < 3 || *bits > 30)
    die("data/words.bin: %u bits per set, not 3 to 30", (unsigned)*bits);
  bytes = ((size_t)1 << *bits) / 8;
  *nsets = (len - 16) / bytes;
  if (*nsets < 4 || (len - 16) % bytes != 0)
    die("data/words.bin: %zu bytes, not 4 or more sets of %zu", len - 16,
        bytes);
  return bytes;
}

/* Whether the word w (lower case) is in set k of the word lists b (the
** layout of data/words.bin), as the tagger looks it up. */
static int words_has(const unsigned char *b, uint32_t bits, size_t k,
                     const char *w) {
  const unsigned char *set = b + 16 + k * (((size_t)1 << bits) / 8);
  uint32_t p1, p2;
  ner_words_probes(ner_hash_bytes(w, strlen(w), 1), bits, &p1, &p2);
  return (set[p1 >> 3] >> (p1 & 7) & 1) && (set[p2 >> 3] >> (p2 & 7) & 1);
}

/* Checks that the sets hold words they must (so tools/gen_words.py hashed
** them as the tagger does): a common word, a proper noun, a given name, a
** city name. */
static void words_probe(const unsigned char *b, uint32_t bits) {
  static const char *const MUST[4] = {"house", "london", "john", "new york"};
  for (size_t k = 0; k < 4; k++)
    if (!words_has(b, bits, k, MUST[k]))
      die("data/words.bin: set %zu lacks \"%s\": not hashed as "
          "ext/core/ner/ner_hash.h does (tools/gen_words.py)",
          k, MUST[k]);
}

/* The word lists' sets interleaved: the bits of one position in all sets
** share a byte run, so a word's look-up in every set reads two cache lines
** instead of two per set. */
static void emit_words(FILE *h, FILE *c, const unsigned char *b, size_t len) {
  uint32_t bits;
  size_t nsets, bytes = words_check(b, len, &bits, &nsets);
  unsigned char *il = malloc(nsets * bytes);
  words_probe(b, bits);
  if (!il)
    die("out of memory");
  for (size_t k = 0; k < nsets; k++)
    for (size_t j = 0; j < bytes; j++)
      il[j * nsets + k] = b[16 + k * bytes + j];
  fprintf(h,
          "/* data/words.bin: NER_WORDS_SETS Bloom filters of 2^NER_WORDS_BITS "
          "bits, interleaved:\n** bit p of set k is bit p %% 8 of byte "
          "(p / 8) * NER_WORDS_SETS + k. */\n"
          "#define NER_WORDS_BITS %u\n#define NER_WORDS_SETS %zu\n"
          "#define NER_WORDS_SIZE %zu\n"
          "union ner_words_blob {\n  unsigned char rows[%zu][%d];\n"
          "  unsigned char bytes[NER_WORDS_SIZE];\n};\n"
          "extern const union ner_words_blob NER_WORDS;\n\n",
          (unsigned)bits, nsets, nsets * bytes, blob_rows(nsets * bytes),
          BLOB_ROW);
  fputs("_Alignas(64) const union ner_words_blob NER_WORDS = {{\n", c);
  emit_rows(c, il, nsets * bytes);
  fputs("}};\n\n", c);
  free(il);
}

/* ---- data/clusters.bin ----------------------------------------------------
 */

/* The buckets of the word clusters (NER_CLUS_BUCKET): where the entries
** of each value of the top CLUS_BUCKET_BITS bits of the hash start, so a
** look-up scans a few entries (ner_lex.c: clus_find). The n entries of es
** bytes from b + 16 are sorted by hash. */
#define CLUS_BUCKET_BITS 13u
static void emit_cluster_buckets(FILE *c, const unsigned char *b, size_t es,
                                 size_t n) {
  size_t i = 0;
  if (n > 0xFFFFu)
    die("data/clusters.bin: %zu entries, over the buckets' 65535", n);
  fprintf(c, "const uint16_t NER_CLUS_BUCKET[%u] = {",
          (1u << CLUS_BUCKET_BITS) + 1u);
  for (uint32_t k = 0; k <= 1u << CLUS_BUCKET_BITS; k++) {
    while (i < n && (rd32(b + 16 + es * i) >> (32u - CLUS_BUCKET_BITS)) < k)
      i++;
    fprintf(c, "%s%zu", !k ? "\n    " : k % 12 ? ", " : ",\n    ", i);
  }
  fputs("};\n\n", c);
}

/* The word clusters: "NLPCLUST", the count at 8, the path depth at 12, and
** from 16 entries of 8 bytes sorted by hash (uint32 hash, uint16 path, uint8
** depth, uint8 habit; tools/gen_clusters.c); or "NLPCLUS2", whose entries
** of 12 bytes go on with a second clustering's path (uint16 path2, uint8
** depth2, one byte 0). */
static void emit_clusters(FILE *h, FILE *c, const unsigned char *b,
                          size_t len) {
  size_t n, es;
  unsigned depth;
  if (len < 16 ||
      (memcmp(b, "NLPCLUST", 8) != 0 && memcmp(b, "NLPCLUS2", 8) != 0))
    die("data/clusters.bin: not a cluster file (tools/gen_clusters.c)");
  es = b[7] == '2' ? 12 : 8;
  n = rd32(b + 8);
  depth = b[12];
  if (n == 0 || len != 16 + es * n || depth > 16)
    die("data/clusters.bin: %zu bytes for %zu entries of depth %u", len, n,
        depth);
  fprintf(
      h,
      "/* data/clusters.bin: a word's cluster, by the hash of its lower "
      "form; sorted by h. */\n"
      "#define NER_CLUS_COUNT %zu\n#define NER_CLUS_DEPTH %u\n"
      "typedef struct ner_clus_entry {\n  uint32_t h;\n"
      "  uint16_t path;   /* NER_CLUS_DEPTH turns, the first the highest */\n"
      "  uint8_t depth;   /* the turns of this word's path */\n"
      "  uint8_t habit;   /* capitalisation habit, 0..3 */\n"
      "  uint16_t path2;  /* its path in the second clustering */\n"
      "  uint8_t depth2;  /* the turns of path2 (0: none) */\n"
      "} ner_clus_entry_t;\n"
      "extern const ner_clus_entry_t NER_CLUS[NER_CLUS_COUNT];\n"
      "/* NER_CLUS[NER_CLUS_BUCKET[b] .. NER_CLUS_BUCKET[b + 1]): the entries "
      "whose h >> (32 - NER_CLUS_BUCKET_BITS) is b. */\n"
      "#define NER_CLUS_BUCKET_BITS %u\n"
      "extern const uint16_t NER_CLUS_BUCKET[(1u << NER_CLUS_BUCKET_BITS) + "
      "1];\n\n",
      n, depth, CLUS_BUCKET_BITS);
  fputs("const ner_clus_entry_t NER_CLUS[NER_CLUS_COUNT] = {\n", c);
  for (size_t i = 0; i < n; i++) {
    const unsigned char *e = b + 16 + es * i;
    if (i > 0 && rd32(e) <= rd32(e - es))
      die("data/clusters.bin: entry %zu is not in order of hash", i);
    fprintf(c, "    {0x%08xu, %u, %u, %u, %u, %u},\n", (unsigned)rd32(e),
            (unsigned)(e[4] | e[5] << 8), e[6], e[7] & 3u,
            es == 12 ? (unsigned)(e[8] | e[9] << 8) : 0u,
            es == 12 ? e[10] : 0u);
  }
  fputs("};\n\n", c);
  emit_cluster_buckets(c, b, es, n);
}

/* ---- the gazetteer's index ------------------------------------------------
 */

static ner_gaz_slot_t gaz_index[NER_GAZ_SLOTS];
static uint64_t gaz_first[NER_GAZ_FIRST_BITS / 64];

/* Adds key NER_GAZ[entry].name[0..n) with flags (enum ner_gaz_key); the
** first entry of a name names it. */
static void gaz_add(size_t entry, size_t n, unsigned flags) {
  static size_t used;
  const char *s = NER_GAZ[entry].name;
  uint32_t h = NER_GAZ_HASH_START;
  ner_gaz_slot_t *e;
  for (size_t k = 0; k < n; k++)
    NER_HASH_STEP(h, (unsigned char)s[k]);
  h = ner_gaz_hash_end(h);
  e = &gaz_index[ner_gaz_probe(gaz_index, s, n, h)];
  if (!e->h) {
    if (++used > NER_GAZ_SLOTS / 2)
      die("the gazetteer has too many names for NER_GAZ_SLOTS (ner_gaz.h)");
    e->h = h;
    e->entry = (uint16_t)entry;
    e->len = (uint8_t)n;
  }
  if ((flags & NER_GAZ_KEY_NAME) && !(e->flags & NER_GAZ_KEY_NAME))
    e->entry = (uint16_t)entry;
  e->flags |= (uint8_t)flags;
}

/* Indexes every name, its runs of first words and its first word. */
static void gaz_build(void) {
  if (NER_GAZ_COUNT > 65535)
    die("the gazetteer has more than 65535 entries (ner_gaz_slot_t.entry)");
  for (size_t i = 0; i < NER_GAZ_COUNT; i++) {
    const char *name = NER_GAZ[i].name;
    size_t len = NER_GAZ[i].len, first = len;
    uint32_t p1, p2;
    for (size_t k = len; k-- > 1;)
      if (name[k] == ' ') {
        gaz_add(i, k, NER_GAZ_KEY_MORE);
        first = k;
      }
    gaz_add(i, len, NER_GAZ_KEY_NAME);
    ner_gaz_first_bits(ner_hash_bytes(name, first, 1), &p1, &p2);
    gaz_first[p1 / 64] |= (uint64_t)1 << (p1 % 64);
    gaz_first[p2 / 64] |= (uint64_t)1 << (p2 % 64);
  }
}

static const char *const GAZ_KEY_NAMES[] = {
    "0", "NER_GAZ_KEY_NAME", "NER_GAZ_KEY_MORE",
    "NER_GAZ_KEY_NAME | NER_GAZ_KEY_MORE"};

static void emit_gazetteer(FILE *c) {
  gaz_build();
  fputs("const ner_gaz_slot_t NER_GAZ_INDEX[NER_GAZ_SLOTS] = {\n", c);
  for (size_t j = 0; j < NER_GAZ_SLOTS; j++)
    if (gaz_index[j].h)
      fprintf(c, "    [%zu] = {0x%08xu, %u, %u, %s},\n", j,
              (unsigned)gaz_index[j].h, (unsigned)gaz_index[j].entry,
              (unsigned)gaz_index[j].len, GAZ_KEY_NAMES[gaz_index[j].flags]);
  fputs("};\n\nconst uint64_t NER_GAZ_FIRST[NER_GAZ_FIRST_BITS / 64] = {\n", c);
  for (size_t j = 0; j < NER_GAZ_FIRST_BITS / 64; j++)
    fprintf(c, "    0x%016llxu,\n", (unsigned long long)gaz_first[j]);
  fputs("};\n", c);
}

/* gen_ner_data data OUT.h OUT.c WORDS.bin CLUSTERS.bin */
static void gen_data(char **argv) {
  size_t nw, nc;
  unsigned char *words = read_file(argv[4], &nw);
  unsigned char *clus = read_file(argv[5], &nc);
  FILE *h = open_out(0, argv[2]), *c = open_out(1, argv[3]);
  fputs("/* GENERATED by tools/gen_ner_data.c from data/words.bin, "
        "data/clusters.bin and the gazetteer; do not edit. */\n"
        "#ifndef NLP_NER_DATA_H\n#define NLP_NER_DATA_H\n"
        "#include <stdint.h>\n\n",
        h);
  fprintf(h,
          "/* The hash of the data above: a model file records the one it "
          "was trained with. */\n#define NER_DATA_HASH 0x%08xu\n\n",
          (unsigned)data_hash(words, nw, clus, nc));
  fputs("/* GENERATED by tools/gen_ner_data.c from data/words.bin, "
        "data/clusters.bin and the gazetteer; do not edit. */\n"
        "#include \"ner/ner_gaz.h\"\n#include \"generated/ner_data.h\"\n\n",
        c);
  emit_words(h, c, words, nw);
  emit_clusters(h, c, clus, nc);
  emit_gazetteer(c);
  fputs("#endif\n", h);
  close_out(0, h);
  close_out(1, c);
  free(words);
  free(clus);
}

/* ---- data/ner.model -------------------------------------------------------
 */

/* Checks the model file's header against this code and the data's hash:
** returns its bits. */
static uint32_t model_check(const char *path, const unsigned char *b,
                            size_t len, uint32_t want_hash, uint32_t features) {
  uint32_t bits, hash;
  float scale;
  if (len < NER_HEADER_SIZE || memcmp(b, NER_MAGIC, 8) != 0)
    die("%s: not a model file (tools/train_ner.sh makes one)", path);
  if (rd32(b + 8) != NER_FORMAT_VERSION || rd32(b + 20) != features)
    die("%s: format %u, features 0x%x; this code reads format %u, features "
        "0x%x: retrain it with tools/train_ner.sh",
        path, (unsigned)rd32(b + 8), (unsigned)rd32(b + 20), NER_FORMAT_VERSION,
        (unsigned)features);
  bits = rd32(b + 12);
  if (rd32(b + 16) != NER_NTAGS || bits < 8 || bits > 26 ||
      len != NER_HEADER_SIZE + ((size_t)1 << bits) * NER_NTAGS * 2)
    die("%s: bad header or length", path);
  memcpy(&scale, b + 24, 4);
  if (!(scale > 0))
    die("%s: bad scale", path);
  hash = rd32(b + NER_HEADER_DATA_HASH);
  if (hash != want_hash)
    die("%s was trained with other word lists, word clusters or gazetteer "
        "(data hash 0x%08x; data/words.bin, data/clusters.bin and the "
        "gazetteer now hash to 0x%08x): retrain it with tools/train_ner.sh",
        path, (unsigned)hash, (unsigned)want_hash);
  return bits;
}

/* The int16 weight at row r, tag t of the model's weights w. */
static int32_t weight(const unsigned char *w, size_t r, int t) {
  const unsigned char *p = w + 2 * (r * NER_NTAGS + (size_t)t);
  int32_t v = p[0] | p[1] << 8;
  return v >= 32768 ? v - 65536 : v;
}

/* The sums of the fixed previous-tag features (ner_prev_fixed_feats) of
** each previous tag (-1..8) and capitalisation key, as nlp_model's
** prev_fixed. */
static void emit_prev_fixed(FILE *c, const unsigned char *w, uint32_t mask) {
  fputs("    .prev_fixed =\n        {\n", c);
  for (int p = -1; p < NER_NTAGS; p++) {
    fputs("            {\n", c);
    for (uint32_t key = 0; key < NER_PREV_KEYS; key++) {
      uint32_t fs[NER_PREV_FIXED_FEATS];
      size_t nf = ner_prev_fixed_feats(p, key, mask, fs);
      fputs("                {", c);
      for (int t = 0; t < NER_NTAGS; t++) {
        int32_t sum = 0;
        for (size_t k = 0; k < nf; k++)
          sum += weight(w, fs[k], t);
        fprintf(c, "%s%ld", t ? ", " : "", (long)sum);
      }
      fputs("},\n", c);
    }
    fputs("            },\n", c);
  }
  fputs("        },\n", c);
}

/* Writes the model file at path (checked against the data's hash want and
** the feature set features) as the const nlp_model_t name, its weights as
** the union wname; static unless exported; caseless names the caseless
** model it refers to, or is NULL; web the web-text model, or NULL. */
static void emit_model(FILE *c, const char *path, uint32_t want,
                       uint32_t features, const char *name, const char *wname,
                       int exported, const char *caseless, const char *web) {
  size_t nm;
  unsigned char *m = read_file(path, &nm);
  uint32_t bits = model_check(path, m, nm, want, features);
  float scale;
  memcpy(&scale, m + 24, 4);
  fprintf(c,
          "static _Alignas(64) const union {\n  unsigned char rows[%zu][%d];\n"
          "  int16_t w[%zu];\n} %s = {{\n",
          blob_rows(nm - NER_HEADER_SIZE), BLOB_ROW, (nm - NER_HEADER_SIZE) / 2,
          wname);
  emit_rows(c, m + NER_HEADER_SIZE, nm - NER_HEADER_SIZE);
  fprintf(c,
          "}};\n\n%sconst nlp_model_t %s = {\n"
          "    .w = %s.w,\n    .mask = 0x%xu,\n    .scale = %af,\n",
          exported ? "" : "static ", name, wname,
          (unsigned)(((uint32_t)1 << bits) - 1), (double)scale);
  if (caseless)
    fprintf(c, "    .caseless = &%s,\n", caseless);
  if (web)
    fprintf(c, "    .web = &%s,\n", web);
  emit_prev_fixed(c, m + NER_HEADER_SIZE, ((uint32_t)1 << bits) - 1);
  fputs("};\n\n", c);
  free(m);
}

/* gen_ner_data model OUT.c WORDS.bin CLUSTERS.bin MODEL|- [CASELESS [WEB]] */
static void gen_model(int argc, char **argv) {
  size_t nw, nc;
  unsigned char *words = read_file(argv[3], &nw);
  unsigned char *clus = read_file(argv[4], &nc);
  uint32_t want = data_hash(words, nw, clus, nc);
  const char *caseless = argc > 6 ? argv[6] : NULL;
  const char *web = argc > 7 ? argv[7] : NULL;
  free(words);
  free(clus);
  FILE *c = open_out(0, argv[2]);
  fputs("/* GENERATED by tools/gen_ner_data.c from data/ner.model and "
        "data/ner-caseless.model; do not edit. */\n"
        "#include \"ner/ner_model.h\"\n\n",
        c);
  if (!strcmp(argv[5], "-")) {
    fputs("/* built without a model: nlp_model_default() is NULL */\n"
          "const nlp_model_t ner_builtin_model = {.w = NULL};\n",
          c);
    close_out(0, c);
    return;
  }
  if (caseless)
    emit_model(c, caseless, want, NER_FEATURE_VERSION | NER_FEATURE_CASELESS,
               "CASELESS", "CASELESS_WEIGHTS", 0, NULL, NULL);
  if (web)
    emit_model(c, web, want, NER_FEATURE_VERSION, "WEB", "WEB_WEIGHTS", 0,
               caseless ? "CASELESS" : NULL, NULL);
  emit_model(c, argv[5], want, NER_FEATURE_VERSION, "ner_builtin_model",
             "WEIGHTS", 1, caseless ? "CASELESS" : NULL, web ? "WEB" : NULL);
  close_out(0, c);
}

int main(int argc, char **argv) {
  if (argc == 6 && !strcmp(argv[1], "data"))
    gen_data(argv);
  else if (argc >= 6 && argc <= 8 && !strcmp(argv[1], "model"))
    gen_model(argc, argv);
  else {
    fputs("usage: gen_ner_data data OUT.h OUT.c WORDS.bin CLUSTERS.bin\n"
          "       gen_ner_data model OUT.c WORDS.bin CLUSTERS.bin MODEL|- "
          "[CASELESS [WEB]]\n",
          stderr);
    return 2;
  }
  return 0;
}
