/*
** gen_wordlists.c: turns the word lists of data/lists/ into const C tables
** (run by the build; see ext/core/text/wordset.h for the look-up).
**
**   gen_wordlists OUTDIR data/lists/STAGE/NAME.txt ...
**
** writes OUTDIR/wordlists.h (enum nlp_list: NLP_LIST_STAGE_NAME, one per
** file, in the order of the paths sorted) and OUTDIR/wordlists.c: every
** entry of every list in the file's order, each list's entries sorted for
** nlp_list_get(), and one open-addressing hash table of the distinct
** entries (FNV-1a folded, text/fnv.h) with the set of lists of each.
**
** A list file: lines starting with '#' are comments, blank lines are
** skipped, every other line is one entry with its leading and trailing
** spaces trimmed ("\#" starts an entry with '#'). A TAB ends the entry;
** what follows is the entry's data, and its value when it is an integer.
** An entry twice in one file, an empty list or an entry of over 255 bytes
** is an error: the build stops with the file and line.
*/
#include <ctype.h>
#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "text/fnv.h"

#define MAX_ENTRY 255

typedef struct entry {
  char *s;     /* the entry */
  size_t n;    /* its length */
  char *data;  /* after the TAB, or "" */
  long value;  /* data as an integer, or 0 */
  size_t list; /* the list's number */
  size_t line; /* its line, for messages */
} entry_t;

typedef struct list {
  char *path;
  char *name;   /* STAGE_NAME in capitals */
  size_t first; /* its first entry in ents */
  size_t count;
} list_t;

static entry_t *ents;
static size_t nents, capents;
static list_t *lists;
static size_t nlists;

static void die(const char *what, const char *path, size_t line) {
  if (line)
    fprintf(stderr, "gen_wordlists: %s:%zu: %s\n", path, line, what);
  else
    fprintf(stderr, "gen_wordlists: %s: %s\n", path, what);
  exit(1);
}

static void *xmalloc(size_t n) {
  void *p = malloc(n ? n : 1);
  if (!p)
    die("out of memory", "-", 0);
  return p;
}

static char *xstrndup(const char *s, size_t n) {
  char *p = xmalloc(n + 1);
  memcpy(p, s, n);
  p[n] = 0;
  return p;
}

/* The enum suffix of data/lists/STAGE/NAME.txt: STAGE_NAME in capitals. */
static char *list_name(const char *path) {
  const char *end = strrchr(path, '.'), *base = strrchr(path, '/'), *dir;
  size_t k = 0;
  char *name;
  if (!end || !base || strcmp(end, ".txt") != 0)
    die("a list's name must be STAGE/NAME.txt", path, 0);
  for (dir = base; dir > path && dir[-1] != '/'; dir--)
    ;
  name = xmalloc((size_t)(end - dir) + 1);
  for (const char *p = dir; p < end; p++) {
    if (p == base) {
      name[k++] = '_';
      continue;
    }
    if (!isalnum((unsigned char)*p) && *p != '_')
      die("a list's name may hold only letters, digits and '_'", path, 0);
    name[k++] = (char)toupper((unsigned char)*p);
  }
  name[k] = 0;
  return name;
}

static void add_entry(size_t list, const char *s, size_t n, const char *data,
                      size_t line) {
  entry_t *e;
  char *endp;
  if (nents == capents) {
    capents = capents ? 2 * capents : 1024;
    ents = realloc(ents, capents * sizeof *ents);
    if (!ents)
      die("out of memory", "-", 0);
  }
  e = &ents[nents++];
  e->s = xstrndup(s, n);
  e->n = n;
  e->data = xstrndup(data, strlen(data));
  errno = 0;
  e->value = strtol(data, &endp, 10);
  if (*data == 0 || *endp != 0 || errno || e->value < INT32_MIN ||
      e->value > INT32_MAX)
    e->value = 0;
  e->list = list;
  e->line = line;
}

/* Reads one line into the list: a comment, a blank or an entry. */
static void read_line(size_t list, char *line, size_t lineno) {
  char *tab = strchr(line, '\t'), *data = "";
  size_t n;
  if (line[0] == '#')
    return;
  if (tab) {
    *tab = 0;
    data = tab + 1;
    n = strlen(data);
    while (n && isspace((unsigned char)data[n - 1]))
      data[--n] = 0;
  }
  while (*line == ' ')
    line++;
  n = strlen(line);
  while (n && isspace((unsigned char)line[n - 1]))
    line[--n] = 0;
  if (line[0] == '\\' && line[1] == '#')
    line++, n--;
  if (n == 0) {
    if (tab)
      die("data without an entry", lists[list].path, lineno);
    return;
  }
  if (n > MAX_ENTRY)
    die("entry longer than 255 bytes", lists[list].path, lineno);
  add_entry(list, line, n, data, lineno);
}

static void read_list(size_t list) {
  FILE *f = fopen(lists[list].path, "rb");
  char buf[4096];
  size_t lineno = 0;
  if (!f)
    die(strerror(errno), lists[list].path, 0);
  lists[list].first = nents;
  while (fgets(buf, sizeof buf, f)) {
    lineno++;
    if (!strchr(buf, '\n') && !feof(f))
      die("line too long", lists[list].path, lineno);
    buf[strcspn(buf, "\r\n")] = 0;
    read_line(list, buf, lineno);
  }
  fclose(f);
  lists[list].count = nents - lists[list].first;
  if (lists[list].count == 0)
    die("no entries", lists[list].path, 0);
}

static int bytes_cmp(const char *a, size_t an, const char *b, size_t bn) {
  int c = memcmp(a, b, an < bn ? an : bn);
  return c ? c : (an > bn) - (an < bn);
}

static int entry_cmp(const void *pa, const void *pb) {
  const entry_t *a = *(const entry_t *const *)pa,
                *b = *(const entry_t *const *)pb;
  int c = bytes_cmp(a->s, a->n, b->s, b->n);
  if (c)
    return c;
  return (a->list > b->list) - (a->list < b->list);
}

static int path_cmp(const void *a, const void *b) {
  return strcmp(*(char *const *)a, *(char *const *)b);
}

static uint32_t word_hash(const char *s, size_t n) {
  uint32_t h = NLP_FNV_START;
  for (size_t i = 0; i < n; i++)
    NLP_FNV_STEP(h, (unsigned char)s[i]);
  return NLP_FNV_FOLD(h);
}

/* s[0..n) as a C string literal ('?' escaped against trigraphs). */
static void put_string(FILE *f, const char *s, size_t n) {
  fputc('"', f);
  for (size_t i = 0; i < n; i++) {
    unsigned char c = (unsigned char)s[i];
    if (c == '"' || c == '\\' || c == '?')
      fprintf(f, "\\%c", c);
    else if (c < 0x20 || c >= 0x7F)
      fprintf(f, "\\%03o", c);
    else
      fputc(c, f);
  }
  fputc('"', f);
}

static FILE *open_out(const char *dir, const char *file, char *path,
                      size_t size) {
  FILE *f;
  snprintf(path, size, "%s/%s", dir, file);
  f = fopen(path, "wb");
  if (!f)
    die(strerror(errno), path, 0);
  return f;
}

static size_t bitwords(void) { return (nlists + 63) / 64; }

static size_t max_len(void) {
  size_t m = 0;
  for (size_t i = 0; i < nents; i++)
    if (ents[i].n > m)
      m = ents[i].n;
  return m;
}

static void write_header(const char *dir, size_t nwords, size_t slots) {
  char path[4096];
  FILE *f = open_out(dir, "wordlists.h", path, sizeof path);
  fprintf(f,
          "/* GENERATED by tools/gen_wordlists.c from data/lists/: do not "
          "edit. */\n#ifndef NLP_WORDLISTS_H\n#define NLP_WORDLISTS_H\n\n"
          "/* One per file data/lists/STAGE/NAME.txt. */\nenum nlp_list {\n");
  for (size_t k = 0; k < nlists; k++) {
    const char *rel = strstr(lists[k].path, "data/lists/");
    fprintf(f, "  NLP_LIST_%s, /* %s, %zu entries */\n", lists[k].name,
            rel ? rel : lists[k].path, lists[k].count);
  }
  fprintf(f, "  NLP_LIST_COUNT\n};\n\n");
  fprintf(f, "#define NLP_LIST_BITWORDS %zu /* uint64_t of a list set */\n",
          bitwords());
  fprintf(f, "#define NLP_LIST_NWORDS %zu /* distinct entries */\n", nwords);
  fprintf(f, "#define NLP_LIST_SLOTS %zuu /* hash slots, a power of two */\n",
          slots);
  fprintf(f, "#define NLP_LIST_MAX_LEN %zu /* the longest entry */\n",
          max_len());
  fprintf(f, "\n#endif /* NLP_WORDLISTS_H */\n");
  if (fclose(f))
    die("write failed", path, 0);
}

/* The entries of every list, each list's sorted order and bounds. */
static void write_items(FILE *f, entry_t **sorted) {
  size_t *order = xmalloc(nents * sizeof *order);
  size_t *fill = calloc(nlists, sizeof *fill); /* entries placed, a list */
  if (!fill)
    die("out of memory", "-", 0);
  fprintf(f, "const nlp_list_item NLP_LIST_ITEM[%zu] = {\n", nents);
  for (size_t i = 0; i < nents; i++) {
    fprintf(f, "  {");
    put_string(f, ents[i].s, ents[i].n);
    fprintf(f, ", %zu, %ld, ", ents[i].n, ents[i].value);
    put_string(f, ents[i].data, strlen(ents[i].data));
    fprintf(f, "},\n");
  }
  fprintf(f, "};\n\nconst uint32_t NLP_LIST_FIRST[%zu] = {", nlists + 1);
  for (size_t k = 0; k <= nlists; k++)
    fprintf(f, "%s%zu", k ? ", " : "", k < nlists ? lists[k].first : nents);
  /* sorted[] is by entry: each list's entries, taken in that order into
  ** the list's own range, come out sorted. */
  for (size_t i = 0; i < nents; i++) {
    size_t k = sorted[i]->list;
    order[lists[k].first + fill[k]++] = (size_t)(sorted[i] - ents);
  }
  fprintf(f,
          "};\n\n/* Each list's entries in byte order (NLP_LIST_FIRST "
          "bounds them). */\nconst uint16_t NLP_LIST_SORTED[%zu] = {",
          nents);
  for (size_t i = 0; i < nents; i++)
    fprintf(f, "%s%zu",
            !i       ? "\n  "
            : i % 12 ? ", "
                     : ",\n  ",
            order[i] - lists[ents[order[i]].list].first);
  fprintf(f, "};\n\n");
  free(order);
  free(fill);
}

/* The distinct entries with their list sets, and the hash table. */
static void write_words(FILE *f, entry_t **sorted, size_t nwords,
                        size_t slots) {
  uint32_t *slot = calloc(slots, sizeof *slot);
  uint64_t *bits = xmalloc(bitwords() * sizeof *bits);
  size_t w = 0;
  if (!slot)
    die("out of memory", "-", 0);
  fprintf(f, "const nlp_list_word NLP_LIST_WORD[%zu] = {\n", nwords);
  for (size_t i = 0; i < nents; w++) {
    size_t j = i;
    uint32_t h = word_hash(sorted[i]->s, sorted[i]->n), at;
    memset(bits, 0, bitwords() * sizeof *bits);
    for (; j < nents &&
           !bytes_cmp(sorted[j]->s, sorted[j]->n, sorted[i]->s, sorted[i]->n);
         j++)
      bits[sorted[j]->list / 64] |= (uint64_t)1 << (sorted[j]->list % 64);
    fprintf(f, "  {");
    put_string(f, sorted[i]->s, sorted[i]->n);
    /* sorted[i] is its entry in the first list that has it */
    fprintf(f, ", %zu, %zu, %zu, {", sorted[i]->n, sorted[i]->list,
            (size_t)(sorted[i] - ents));
    for (size_t b = 0; b < bitwords(); b++)
      fprintf(f, "%s0x%llxu", b ? ", " : "", (unsigned long long)bits[b]);
    fprintf(f, "}},\n");
    for (at = h & (uint32_t)(slots - 1); slot[at];)
      at = (at + 1) & (uint32_t)(slots - 1);
    slot[at] = (uint32_t)(w + 1) | (h >> 16) << 16;
    i = j;
  }
  fprintf(f, "};\n\n/* Word index + 1 | the hash's high 16 bits << 16; 0 is "
             "empty. */\nconst uint32_t NLP_LIST_SLOT[NLP_LIST_SLOTS] = {");
  for (size_t j = 0; j < slots; j++)
    fprintf(f, "%s0x%xu", !j ? "\n  " : j % 8 ? ", " : ",\n  ", slot[j]);
  fprintf(f, "};\n");
  free(slot);
  free(bits);
}

/* Frees what main() read, so a leak checker finds nothing. */
static void free_all(entry_t **sorted) {
  for (size_t i = 0; i < nents; i++) {
    free(ents[i].s);
    free(ents[i].data);
  }
  for (size_t k = 0; k < nlists; k++)
    free(lists[k].name);
  free(sorted);
  free(ents);
  free(lists);
}

int main(int argc, char **argv) {
  char **paths = argv + 2, path[4096];
  entry_t **sorted;
  size_t nwords = 0, slots = 16;
  FILE *f;
  if (argc < 3) {
    fprintf(stderr, "usage: gen_wordlists OUTDIR LIST.txt ...\n");
    return 2;
  }
  nlists = (size_t)argc - 2;
  qsort(paths, nlists, sizeof *paths, path_cmp);
  lists = calloc(nlists, sizeof *lists);
  if (!lists)
    die("out of memory", "-", 0);
  for (size_t k = 0; k < nlists; k++) {
    lists[k].path = paths[k];
    lists[k].name = list_name(paths[k]);
    if (k && !strcmp(lists[k].name, lists[k - 1].name))
      die("two lists of one name", paths[k], 0);
    read_list(k);
  }
  sorted = xmalloc(nents * sizeof *sorted);
  for (size_t i = 0; i < nents; i++)
    sorted[i] = &ents[i];
  qsort(sorted, nents, sizeof *sorted, entry_cmp);
  for (size_t i = 0; i < nents; i++) {
    if (i && !bytes_cmp(sorted[i]->s, sorted[i]->n, sorted[i - 1]->s,
                        sorted[i - 1]->n)) {
      if (sorted[i]->list == sorted[i - 1]->list)
        die("entry written twice", lists[sorted[i]->list].path,
            sorted[i]->line);
      continue;
    }
    nwords++;
  }
  if (nwords >= 0xFFFF)
    die("over 65534 distinct entries", "data/lists", 0);
  while (slots < 2 * nwords)
    slots *= 2;
  write_header(argv[1], nwords, slots);
  f = open_out(argv[1], "wordlists.c", path, sizeof path);
  fprintf(f, "/* GENERATED by tools/gen_wordlists.c from data/lists/: do not "
             "edit. */\n#include \"text/wordset.h\"\n#include "
             "\"text/wordset_tables.h\"\n\n");
  write_items(f, sorted);
  write_words(f, sorted, nwords, slots);
  if (fclose(f))
    die("write failed", path, 0);
  free_all(sorted);
  return 0;
}
