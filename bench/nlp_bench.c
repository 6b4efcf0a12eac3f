/*
** nlp_bench.c: throughput and peak memory of sqlite-nlp, with ICU's
** sentence BreakIterator as the peer.
**
**   ./run.sh bench                      (builds build-bench/, runs this)
**   build-bench/bench/nlp_bench [BBC.txt] [--quick]
**   build-bench/bench/nlp_bench --linear   (the adversarial shapes only)
**
** BBC.txt defaults to ../shared/data/news/bbc.txt; bbc.jsonl is read from
** the same folder for the SQL cases (one row per article). Inputs:
**   bbc        the corpus once (4.5 MB)
**   bbc x22    22 copies in memory (~100 MB)
**   adversarial texts: no punctuation and no line breaks (one sentence),
**              long runs of periods, all capitals, a quote mark around
**              every word (built at 100 MB from the corpus)
**   linear time: 1, 10 and 100 MB of the repetition ("news") and of each
**              adversarial text, every function; MB/s of the three sizes
**              within 25% (the best of three rounds over all of them, minutes
**              apart; one round read the machine's slow stretches as
**              non-linear time)
**   adversarial shapes (bench/adversarial.h: runs of periods, quotes,
**              brackets, links, numbers, ...): every function on N and 4N
**              bytes of each, in this process; linear work gives a time
**              ratio near 4, quadratic near 16; a ratio over 10 in three
**              tries running is NOT LINEAR and makes the exit status 1
**              (a quadratic function is measured too, to show the check
**              catches one). --linear runs this part alone, without the
**              corpus; --quick skips it.
** Each measurement runs in a forked child, so its peak RSS
** (getrusage(RUSAGE_SELF).ru_maxrss) is its own: the child builds its input,
** notes its current RSS ("base"), then times the work. Peak includes the
** input; "+peak" is peak minus base (it can be a little negative: the
** input builder's freed scratch). The best of up to 50 runs within 0.3 s
** (at least 3 when one takes under 2 s; one when it takes longer) is
** reported. MB/s is input bytes (UTF-8) / 10^6 / seconds; CPU MB/s the
** same by the best CPU time of the measuring thread (cpu_now), which the
** other work of a shared machine moves much less (the time the process
** waits for a core is not in it; what the others do to the caches is).
** The machine is shared: expect noise of 20-30% in MB/s.
**
** The ICU peer (only if built with ICU, see bench/CMakeLists.txt) counts
** UBRK_SENTENCE boundaries, timed including the UTF-8 -> UTF-16 conversion
** with u_strFromUTF8 ("icu", the fair peer: ICU's native form is UTF-16)
** and, separately, through utext_openUTF8 ("icu-utext", no copy).
** libicu is used here only; the extension never links it.
*/
#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include <sqlite3.h>

#include "adversarial.h"
#include "nlp.h"
#include "sqlite-nlp.h"

#ifdef NLP_BENCH_ICU
#include <unicode/ubrk.h>
#include <unicode/ustring.h>
#include <unicode/utext.h>
#endif

/* ------------------------------------------------------------------ */
/* The cases. To add a core iterator (nlp_<name>_new/next/free with     */
/* row type nlp_<row>_t), add one line to each list.                   */
/* ------------------------------------------------------------------ */

/* X(name, iterator type, row type): C API cases. */
#define NLP_BENCH_SPANS(X)                                                     \
  X(sentences, nlp_sentences_t, nlp_sentence_t)                                \
  X(tokens, nlp_tokens_t, nlp_token_t)                                         \
  X(entities, nlp_entities_t, nlp_entity_t)                                    \
  X(quotes, nlp_quotes_t, nlp_quote_t)                                         \
  X(parts, nlp_parts_t, nlp_part_t)

/* X(name): SQL cases over the table-valued function nlp_<name>. */
#define NLP_BENCH_SQL(X)                                                       \
  X(sentences)                                                                 \
  X(tokens)                                                                    \
  X(entities)                                                                  \
  X(quotes)                                                                    \
  X(parts)

/* Constructors with one signature (entities take the built-in model). */
#define bench_new_sentences nlp_sentences_new
#define bench_new_tokens nlp_tokens_new
#define bench_new_quotes nlp_quotes_new
#define bench_new_parts nlp_parts_new
static int bench_new_entities(const char *text, size_t len,
                              nlp_entities_t **out) {
  return nlp_entities_new(nlp_model_default(), text, len, out);
}

typedef struct input {
  char *text; /* the whole input as one text */
  size_t len;
  sqlite3 *db; /* for SQL cases: table articles(text), or NULL */
  size_t db_bytes;
} input_t;

typedef size_t (*case_fn)(const input_t *in, int *err);

#define SPAN_FN(name, ITER, ROW)                                               \
  static size_t capi_##name(const input_t *in, int *err) {                     \
    ITER *it;                                                                  \
    ROW row;                                                                   \
    size_t n = 0;                                                              \
    int rc = bench_new_##name(in->text, in->len, &it);                         \
    if (rc != NLP_OK) {                                                        \
      *err = rc;                                                               \
      return 0;                                                                \
    }                                                                          \
    while ((rc = nlp_##name##_next(it, &row)) == NLP_OK)                       \
      n++;                                                                     \
    if (rc != NLP_DONE)                                                        \
      *err = rc;                                                               \
    nlp_##name##_free(it);                                                     \
    return n;                                                                  \
  }
NLP_BENCH_SPANS(SPAN_FN)

static size_t sql_count(sqlite3 *db, const char *sql, const char *text,
                        size_t len, int *err) {
  sqlite3_stmt *st;
  size_t n = 0;
  if (sqlite3_prepare_v2(db, sql, -1, &st, NULL) != SQLITE_OK) {
    fprintf(stderr, "nlp_bench: %s: %s\n", sql, sqlite3_errmsg(db));
    *err = 1;
    return 0;
  }
  /* -1: the text is NUL-terminated (and has no NUL inside); SQLite then
  ** marks it terminated and sqlite3_value_text() needs no copy of it. */
  (void)len;
  if (text)
    sqlite3_bind_text(st, 1, text, -1, SQLITE_STATIC);
  if (sqlite3_step(st) == SQLITE_ROW)
    n = (size_t)sqlite3_column_int64(st, 0);
  else
    *err = 1, fprintf(stderr, "nlp_bench: %s\n", sqlite3_errmsg(db));
  sqlite3_finalize(st);
  return n;
}

#define SQL_FN(name)                                                           \
  static size_t sql_##name(const input_t *in, int *err) {                      \
    return sql_count(                                                          \
        in->db, "SELECT count(*) FROM articles, nlp_" #name "(articles.text)", \
        NULL, 0, err);                                                         \
  }                                                                            \
  static size_t sql1_##name(const input_t *in, int *err) {                     \
    return sql_count(in->db, "SELECT count(*) FROM nlp_" #name "(?1)",         \
                     in->text, in->len, err);                                  \
  }
NLP_BENCH_SQL(SQL_FN)

#ifdef NLP_BENCH_ICU
static size_t icu_count(UBreakIterator *bi, const UChar *u, int32_t n,
                        int *err) {
  UErrorCode ec = U_ZERO_ERROR;
  size_t count = 0;
  ubrk_setText(bi, u, n, &ec);
  if (U_FAILURE(ec)) {
    *err = 1;
    return 0;
  }
  ubrk_first(bi);
  while (ubrk_next(bi) != UBRK_DONE)
    count++;
  return count;
}

/* u_strFromUTF8 into UTF-16, then the break iterator (timed together). */
static size_t icu_sentences(const input_t *in, int *err) {
  UErrorCode ec = U_ZERO_ERROR;
  UBreakIterator *bi = ubrk_open(UBRK_SENTENCE, "en_US", NULL, 0, &ec);
  UChar *u = malloc((in->len + 1) * sizeof(UChar));
  int32_t n = 0;
  size_t count = 0;
  if (U_FAILURE(ec) || !u || in->len > INT32_MAX) {
    *err = 1;
  } else {
    u_strFromUTF8WithSub(u, (int32_t)in->len + 1, &n, in->text,
                         (int32_t)in->len, 0xFFFD, NULL, &ec);
    if (U_FAILURE(ec))
      *err = 1;
    else
      count = icu_count(bi, u, n, err);
  }
  free(u);
  ubrk_close(bi);
  return count;
}

/* utext_openUTF8: ICU reads the UTF-8 in place. */
static size_t icu_utext_sentences(const input_t *in, int *err) {
  UErrorCode ec = U_ZERO_ERROR;
  UBreakIterator *bi = ubrk_open(UBRK_SENTENCE, "en_US", NULL, 0, &ec);
  UText *ut = utext_openUTF8(NULL, in->text, (int64_t)in->len, &ec);
  size_t count = 0;
  if (U_FAILURE(ec)) {
    *err = 1;
  } else {
    ubrk_setUText(bi, ut, &ec);
    if (U_FAILURE(ec)) {
      *err = 1;
    } else {
      ubrk_first(bi);
      while (ubrk_next(bi) != UBRK_DONE)
        count++;
    }
  }
  utext_close(ut);
  ubrk_close(bi);
  return count;
}
#endif

/* ------------------------------------------------------------------ */
/* Inputs                                                               */
/* ------------------------------------------------------------------ */

typedef struct corpus {
  char *txt; /* bbc.txt */
  size_t txt_len;
  char **articles; /* texts of bbc.jsonl */
  size_t *article_len;
  size_t narticles;
} corpus_t;

static char *read_file(const char *path, size_t *len) {
  FILE *f = fopen(path, "rb");
  char *buf = NULL;
  long n;
  if (!f)
    return NULL;
  if (fseek(f, 0, SEEK_END) == 0 && (n = ftell(f)) >= 0 &&
      fseek(f, 0, SEEK_SET) == 0 && (buf = malloc((size_t)n + 1)) != NULL) {
    if (fread(buf, 1, (size_t)n, f) != (size_t)n) {
      free(buf);
      buf = NULL;
    } else {
      buf[n] = 0;
      *len = (size_t)n;
    }
  }
  fclose(f);
  return buf;
}

static int hexval(int c) {
  if (c >= '0' && c <= '9')
    return c - '0';
  if (c >= 'a' && c <= 'f')
    return c - 'a' + 10;
  if (c >= 'A' && c <= 'F')
    return c - 'A' + 10;
  return -1;
}

static size_t put_utf8(char *o, uint32_t cp) {
  if (cp < 0x80)
    return (size_t)(o[0] = (char)cp, 1);
  if (cp < 0x800) {
    o[0] = (char)(0xC0 | cp >> 6), o[1] = (char)(0x80 | (cp & 0x3F));
    return 2;
  }
  if (cp < 0x10000) {
    o[0] = (char)(0xE0 | cp >> 12), o[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
    o[2] = (char)(0x80 | (cp & 0x3F));
    return 3;
  }
  o[0] = (char)(0xF0 | cp >> 18), o[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
  o[2] = (char)(0x80 | ((cp >> 6) & 0x3F)), o[3] = (char)(0x80 | (cp & 0x3F));
  return 4;
}

static int read4(const char *p, uint32_t *v) {
  *v = 0;
  for (int i = 0; i < 4; i++) {
    int h = hexval((unsigned char)p[i]);
    if (h < 0)
      return 0;
    *v = *v << 4 | (uint32_t)h;
  }
  return 1;
}

/* Decodes the JSON string that starts after the quote at p, into out (as
** long as the input); returns its length, or (size_t)-1. */
static size_t json_string(const char *p, const char *end, char *out) {
  size_t n = 0;
  while (p < end && *p != '"') {
    if (*p != '\\') {
      out[n++] = *p++;
      continue;
    }
    if (++p >= end)
      return (size_t)-1;
    switch (*p++) {
    case 'n':
      out[n++] = '\n';
      break;
    case 't':
      out[n++] = '\t';
      break;
    case 'r':
      out[n++] = '\r';
      break;
    case 'b':
      out[n++] = '\b';
      break;
    case 'f':
      out[n++] = '\f';
      break;
    case 'u': {
      uint32_t cp, lo;
      if (end - p < 4 || !read4(p, &cp))
        return (size_t)-1;
      p += 4;
      if (cp >= 0xD800 && cp < 0xDC00 && end - p >= 6 && p[0] == '\\' &&
          p[1] == 'u' && read4(p + 2, &lo) && lo >= 0xDC00 && lo < 0xE000) {
        cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00);
        p += 6;
      }
      n += put_utf8(out + n, cp);
      break;
    }
    default:
      out[n++] = p[-1];
      break; /* \" \\ \/ */
    }
  }
  return p < end ? n : (size_t)-1;
}

/* The "text" field of each line of bbc.jsonl. */
static int read_articles(const char *path, corpus_t *c) {
  size_t len, cap = 0;
  char *buf = read_file(path, &len), *p, *end;
  if (!buf)
    return 0;
  end = buf + len;
  for (p = buf; p < end;) {
    char *eol = memchr(p, '\n', (size_t)(end - p)), *t;
    if (!eol)
      eol = end;
    t = strstr(p, "\"text\": \"");
    if (t && t < eol) {
      char *out = malloc((size_t)(eol - t));
      size_t n = out ? json_string(t + 9, eol, out) : (size_t)-1;
      if (n == (size_t)-1)
        return free(out), free(buf), 0;
      if (c->narticles == cap) {
        cap = cap ? 2 * cap : 1024;
        c->articles = realloc(c->articles, cap * sizeof(char *));
        c->article_len = realloc(c->article_len, cap * sizeof(size_t));
        if (!c->articles || !c->article_len)
          return free(buf), 0;
      }
      c->articles[c->narticles] = out;
      c->article_len[c->narticles++] = n;
    }
    p = eol + 1;
  }
  free(buf);
  return c->narticles > 0;
}

/* Input kinds. */
enum { IN_BBC, IN_REP, IN_PREFIX, IN_NOPUNCT, IN_PERIODS, IN_CAPS, IN_QUOTES };

/* Repeats the corpus until at least want bytes, then cuts to want at a
** character boundary (if want > 0). */
static char *repeat(const corpus_t *c, int copies, size_t want, size_t *len) {
  size_t n = (size_t)copies * (c->txt_len + 2);
  char *t, *p;
  if (want && want > n)
    return NULL;
  t = malloc(n + 1);
  if (!t)
    return NULL;
  for (p = t; copies-- > 0; p += c->txt_len + 2) {
    memcpy(p, c->txt, c->txt_len);
    memcpy(p + c->txt_len, "\n\n", 2);
  }
  *len = n;
  if (want) {
    while (want > 0 && (t[want] & 0xC0) == 0x80)
      want--;
    *len = want;
  }
  t[*len] = 0;
  return t;
}

#define HUNDRED_MB ((size_t)100 * 1000 * 1000)
#define LIN_ROUNDS 3 /* rounds of the linear-time table */
#define xstr(s) str(s)
#define str(s) #s

static char *make_full(const corpus_t *c, int kind, size_t size, size_t *len) {
  char *t;
  size_t i, n;
  switch (kind) {
  case IN_BBC:
    return repeat(c, 1, 0, len);
  case IN_REP:
    return repeat(c, 22, 0, len);
  case IN_PREFIX:
    return repeat(c, (int)(size / c->txt_len) + 1, size, len);
  case IN_NOPUNCT: /* letters, digits and spaces only: one 100 MB sentence */
    t = repeat(c, 22, HUNDRED_MB, len);
    for (i = 0; t && i < *len; i++) {
      unsigned char b = (unsigned char)t[i];
      if (b < 0x80 && !(b >= '0' && b <= '9') &&
          !((b | 0x20) >= 'a' && (b | 0x20) <= 'z'))
        t[i] = ' ';
    }
    return t;
  case IN_CAPS:
    t = repeat(c, 22, HUNDRED_MB, len);
    for (i = 0; t && i < *len; i++)
      if (t[i] >= 'a' && t[i] <= 'z')
        t[i] = (char)(t[i] - 32);
    return t;
  case IN_PERIODS: /* "Word" then 1..4096 periods, a space, repeated */
    n = HUNDRED_MB;
    t = malloc(n + 1);
    if (!t)
      return NULL;
    for (i = 0; i < n;) {
      static const char w[] = "Word";
      size_t run = 1 + (i * 2654435761u >> 7) % 4096;
      for (size_t k = 0; k < 4 && i < n; k++)
        t[i++] = w[k];
      for (size_t k = 0; k < run && i < n; k++)
        t[i++] = '.';
      if (i < n)
        t[i++] = ' ';
    }
    t[n] = 0;
    *len = n;
    return t;
  case IN_QUOTES: { /* every space becomes `" "` (alternately curly) */
    size_t k = 0, at = 0;
    char *p;
    t = malloc(HUNDRED_MB + 8);
    if (!t)
      return NULL;
    for (p = t; (size_t)(p - t) < HUNDRED_MB; at = (at + 1) % c->txt_len) {
      if (c->txt[at] == ' ') {
        if (k++ & 1) {
          memcpy(p, "\xE2\x80\x9D \xE2\x80\x9C", 7);
          p += 7;
        } else {
          memcpy(p, "\" \"", 3);
          p += 3;
        }
      } else {
        *p++ = c->txt[at];
      }
    }
    *len = (size_t)(p - t); /* whole characters only */
    t[*len] = 0;
    return t;
  }
  }
  return NULL;
}

/* The input of a job: an adversarial text is built at 100 MB and, when
** size is set, cut to its first size bytes (at a character boundary). */
static char *make_input(const corpus_t *c, int kind, size_t size, size_t *len) {
  char *t = make_full(c, kind, size, len);
  if (t && kind >= IN_NOPUNCT && size && size < *len) {
    while (size > 0 && ((unsigned char)t[size] & 0xC0) == 0x80)
      size--;
    *len = size;
    t[size] = 0;
  }
  return t;
}

/* An in-memory database with table articles(text): copies of the articles
** of bbc.jsonl. */
static sqlite3 *make_db(const corpus_t *c, int copies, size_t *bytes) {
  sqlite3 *db;
  sqlite3_stmt *st;
  char *err = NULL;
  *bytes = 0;
  if (sqlite3_open(":memory:", &db) != SQLITE_OK)
    return NULL;
  if (sqlite3_nlp_init(db, &err, NULL) != SQLITE_OK ||
      sqlite3_exec(db,
                   "CREATE TABLE articles(id INTEGER PRIMARY KEY, text TEXT);"
                   "BEGIN",
                   NULL, NULL, NULL) != SQLITE_OK ||
      sqlite3_prepare_v2(db, "INSERT INTO articles(text) VALUES (?1)", -1, &st,
                         NULL) != SQLITE_OK) {
    sqlite3_free(err);
    sqlite3_close(db);
    return NULL;
  }
  for (int k = 0; k < copies; k++)
    for (size_t i = 0; i < c->narticles; i++) {
      sqlite3_bind_text64(st, 1, c->articles[i], c->article_len[i],
                          SQLITE_STATIC, SQLITE_UTF8);
      sqlite3_step(st);
      sqlite3_reset(st);
      *bytes += c->article_len[i];
    }
  sqlite3_finalize(st);
  sqlite3_exec(db, "COMMIT", NULL, NULL, NULL);
  return db;
}

/* An empty database with the extension, for one-value SQL cases. */
static sqlite3 *make_db1(void) {
  sqlite3 *db;
  if (sqlite3_open(":memory:", &db) != SQLITE_OK)
    return NULL;
  if (sqlite3_nlp_init(db, NULL, NULL) != SQLITE_OK) {
    sqlite3_close(db);
    return NULL;
  }
  return db;
}

/* ------------------------------------------------------------------ */
/* Measurement                                                          */
/* ------------------------------------------------------------------ */

typedef struct result {
  int ok;
  double secs, cpu_secs; /* the best run's wall time; the best CPU time */
  size_t count, bytes;
  long base_kb, peak_kb;
} result_t;

static double now(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

/* CPU time of this thread, in seconds: the other processes of a shared
** machine do not count (wall time did, and made linear work look
** quadratic on a loaded machine). */
static double cpu_now(void) {
  struct timespec ts;
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
  return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

static long current_rss_kb(void) {
  long pages = 0, rss = 0;
  FILE *f = fopen("/proc/self/statm", "r");
  if (!f)
    return 0;
  if (fscanf(f, "%ld %ld", &pages, &rss) != 2)
    rss = 0;
  fclose(f);
  return rss * (sysconf(_SC_PAGESIZE) / 1024);
}

/* db: 0 none, 1 articles once, 22 articles x22, -1 empty (one value). */
typedef struct job {
  const char *label, *input_label;
  case_fn fn;
  int kind;
  size_t size;
  int db;
} job_t;

static void run_child(const corpus_t *c, const job_t *j, int fd) {
  result_t r = {0};
  input_t in = {0};
  struct rusage ru;
  int err = 0;
  double best = 1e30, best_cpu = 1e30, spent = 0;
  if (j->db > 0) {
    in.db = make_db(c, j->db, &in.db_bytes);
    r.ok = in.db != NULL;
    r.bytes = in.db_bytes;
  } else {
    in.text = make_input(c, j->kind, j->size, &in.len);
    if (j->db < 0)
      in.db = make_db1();
    r.ok = in.text != NULL && (j->db == 0 || in.db != NULL);
    r.bytes = in.len;
  }
  r.base_kb = current_rss_kb();
  /* Best of up to 50 runs within 0.3 s, and of at least 3 when one takes
  ** under 2 s: a short input gets many runs, so a few slow milliseconds of
  ** the shared machine do not make its figure, nor one slow second a
  ** 4.6 MB one; an input that takes longer runs once. */
  for (int run = 0;
       r.ok && run < 50 && (run == 0 || spent < 0.3 || (run < 3 && best < 2.0));
       run++) {
    double t0 = now(), c0 = cpu_now(), dt, dc;
    r.count = j->fn(&in, &err);
    dt = now() - t0;
    dc = cpu_now() - c0;
    spent += dt;
    if (dt < best)
      best = dt;
    if (dc < best_cpu)
      best_cpu = dc;
    if (err)
      r.ok = 0;
  }
  r.secs = best;
  r.cpu_secs = best_cpu;
  getrusage(RUSAGE_SELF, &ru);
  r.peak_kb = ru.ru_maxrss;
  if (write(fd, &r, sizeof(r)) != (ssize_t)sizeof(r))
    _exit(1);
  _exit(0);
}

static result_t measure(const corpus_t *c, const job_t *j) {
  result_t r = {0};
  int fds[2], status;
  pid_t pid;
  fflush(stdout);
  if (pipe(fds) != 0)
    return r;
  pid = fork();
  if (pid == 0) {
    close(fds[0]);
    run_child(c, j, fds[1]);
  }
  close(fds[1]);
  if (pid > 0) {
    if (read(fds[0], &r, sizeof(r)) != (ssize_t)sizeof(r))
      r.ok = 0;
    waitpid(pid, &status, 0);
  }
  close(fds[0]);
  return r;
}

static double mbps(const result_t *r) {
  return r->ok && r->secs > 0 ? (double)r->bytes / 1e6 / r->secs : 0;
}

/* MB/s by the best CPU time of the measuring process. */
static double cpu_mbps(const result_t *r) {
  return r->ok && r->cpu_secs > 0 ? (double)r->bytes / 1e6 / r->cpu_secs : 0;
}

static void print_row(const job_t *j, const result_t *rr) {
  const result_t r = *rr;
  if (!r.ok) {
    printf("| %-22s | %-16s | failed |\n", j->label, j->input_label);
    return;
  }
  printf("| %-22s | %-16s | %7.1f | %9zu | %8.1f | %8.1f | %7.1f | %7.1f |\n",
         j->label, j->input_label, (double)r.bytes / 1e6, r.count, mbps(&r),
         cpu_mbps(&r), (double)r.peak_kb / 1024,
         (double)(r.peak_kb - r.base_kb) / 1024);
}

static result_t report(const corpus_t *c, const job_t *j) {
  result_t r = measure(c, j);
  print_row(j, &r);
  return r;
}

static void header(const char *title) {
  printf("\n%s\n\n", title);
  printf("| %-22s | %-16s | %7s | %9s | %8s | %8s | %7s | %7s |\n", "case",
         "input", "MB", "rows", "MB/s", "CPU MB/s", "peak MB", "+peak");
  printf("|%s|%s|%s|%s|%s|%s|%s|%s|\n", "------------------------",
         "------------------", "--------:", "----------:", "---------:",
         "---------:", "--------:", "--------:");
}

static void ratio(const char *what, const result_t *a, const result_t *b) {
  if (a->ok && b->ok && mbps(b) > 0)
    printf("%-44s %.2fx\n", what, mbps(a) / mbps(b));
}

/* ------------------------------------------------------------------ */
/* Linear time on adversarial shapes                                    */
/* ------------------------------------------------------------------ */

#define ADV_N ((size_t)20000)           /* each shape at N and 4N bytes */
#define ADV_QUADRATIC_N ((size_t)4000)  /* the self-test: ratio ~16 */
#define ADV_WORD_N ((size_t)2 * 250000) /* 250,000 two-byte letters */
#define ADV_RATIO_MAX 10.0
#define ADV_TRIES 3

/* The functions a shape goes through (by its depth). */
static const struct {
  const char *name;
  case_fn fn;
  enum nlp_adv_depth depth;
} ADV_FNS[] = {{"sentences", capi_sentences, NLP_ADV_SEGMENT},
               {"tokens", capi_tokens, NLP_ADV_SEGMENT},
               {"entities", capi_entities, NLP_ADV_DEEP},
               {"quotes", capi_quotes, NLP_ADV_DEEP},
               {"parts", capi_parts, NLP_ADV_DEEP}};

/* Best CPU time of one call of f on n bytes of shape p (runs for 5 ms, and
** at least 3 times); -1 if the input cannot be built or f fails. */
static double adv_best(case_fn f, const nlp_adversarial_t *p, size_t n) {
  input_t in = {0};
  double best = 1e30, spent = 0;
  int err = 0;
  in.text = nlp_adversarial_fill(p, n);
  in.len = n;
  if (!in.text)
    return -1;
  for (int i = 0; i < 50 && (i < 3 || spent < 0.005) && !err; i++) {
    double t0 = cpu_now(), dt;
    f(&in, &err);
    dt = cpu_now() - t0;
    spent += dt;
    if (dt < best)
      best = dt;
  }
  free(in.text);
  return err ? -1 : best;
}

/* 1 if f is not linear on p: the time of 4n bytes over that of n is above
** ADV_RATIO_MAX in ADV_TRIES tries running (one slow try is the machine),
** or f fails. Prints one row. */
static int adv_check(const char *what, case_fn f, const nlp_adversarial_t *p,
                     size_t n) {
  double a = 0, b = 0, ratio = 0;
  int bad = 1;
  for (int k = 0; k < ADV_TRIES && bad; k++) {
    a = adv_best(f, p, n);
    b = adv_best(f, p, 4 * n);
    if (a < 0 || b < 0)
      break;
    ratio = a > 0 ? b / a : 0;
    bad = ratio > ADV_RATIO_MAX;
  }
  printf("| %-10s | %-32s | %9.3f | %9.3f | %6.1f | %-10s |\n", what, p->name,
         a * 1e3, b * 1e3, ratio,
         a < 0 || b < 0 ? "FAILED"
         : bad          ? "NOT LINEAR"
                        : "ok");
  return bad;
}

/* The self-test's function: quadratic in the length. */
static size_t adv_quadratic(const input_t *in, int *err) {
  volatile size_t s = 0;
  (void)err;
  for (size_t i = 0; i < in->len; i++)
    for (size_t j = i; j < in->len; j++)
      s += (unsigned char)in->text[j];
  return s;
}

/* Every shape through every function of its depth, a long word through
** sentences and tokens, and the self-test; the number of failures. */
static int adversarial_linear(void) {
  static const nlp_adversarial_t word = {"one word of 250,000 letters", "",
                                         "\xC3\xA9", NLP_ADV_SEGMENT};
  static const nlp_adversarial_t quad = {"self-test: a quadratic function", "",
                                         "ab", NLP_ADV_SEGMENT};
  int bad = 0, caught;
  printf("\nLinear time on adversarial shapes: best CPU time of N = %zu and "
         "4N bytes (ratio ~4 linear, ~16 quadratic; over %.0f in %d tries: "
         "NOT LINEAR)\n\n",
         ADV_N, ADV_RATIO_MAX, ADV_TRIES);
  printf("| %-10s | %-32s | %9s | %9s | %6s | %-10s |\n", "function", "shape",
         "N ms", "4N ms", "ratio", "");
  printf("|------------|----------------------------------|----------:|------"
         "----:|-------:|------------|\n");
  for (size_t i = 0; i < NLP_ADVERSARIAL_COUNT; i++)
    for (size_t f = 0; f < sizeof ADV_FNS / sizeof ADV_FNS[0]; f++)
      if (ADV_FNS[f].depth <= NLP_ADVERSARIAL[i].depth)
        bad += adv_check(ADV_FNS[f].name, ADV_FNS[f].fn, &NLP_ADVERSARIAL[i],
                         ADV_N);
  bad += adv_check("sentences", capi_sentences, &word, ADV_WORD_N);
  bad += adv_check("tokens", capi_tokens, &word, ADV_WORD_N);
  caught = adv_check("self-test", adv_quadratic, &quad, ADV_QUADRATIC_N);
  printf("\nLinear time on adversarial shapes: %d not linear; the quadratic "
         "self-test %s\n",
         bad, caught ? "was caught (as it must be)" : "was NOT caught");
  return bad + !caught;
}

/* The built-in entity model's one-off set-up (the first call in this
** process; later calls return the same shared model), and the load of the
** committed model file ($NLP_SOURCE_DIR or ., data/ner.model), which
** copies it. */
static void model_load_times(void) {
  const char *src = getenv("NLP_SOURCE_DIR");
  char path[4096];
  size_t len = 0;
  char *bytes;
  double t0 = now();
  const nlp_model_t *m = nlp_model_default();
  printf("entity model load: %.3f ms (%s)\n", (now() - t0) * 1e3,
         m ? "built-in model" : "no model");
  snprintf(path, sizeof path, "%s/data/ner.model", src ? src : ".");
  bytes = read_file(path, &len);
  if (bytes) {
    nlp_model_t *file = NULL;
    int rc;
    t0 = now();
    rc = nlp_model_load(bytes, len, &file);
    printf("entity model file load (%s, %zu bytes): %.3f ms (%s)\n", path, len,
           (now() - t0) * 1e3, rc == NLP_OK ? "ok" : nlp_errstr(rc));
    nlp_model_free(file);
    free(bytes);
  }
}

/* ------------------------------------------------------------------ */
/* Sections                                                             */
/* ------------------------------------------------------------------ */

/* Throughput and peak RSS of every function on bbc and bbc x22 (C and
** SQL), with the ICU peer and the ratios to it. */
static void bench_throughput(const corpus_t *c) {
  result_t r_sent = {0}, r_sent22 = {0}, r_icu = {0}, r_icu22 = {0},
           r_sql = {0}, r_sql22 = {0};
  header("Throughput and peak RSS (each row a separate process)");
  {
    static const job_t jobs_capi[] = {
#define CAPI_JOB(name, I, R)                                                   \
  {"C " #name, "bbc", capi_##name, IN_BBC, 0, 0},                              \
      {"C " #name, "bbc x22", capi_##name, IN_REP, 0, 0},
        NLP_BENCH_SPANS(CAPI_JOB)
#undef CAPI_JOB
    };
    static const job_t jobs_sql[] = {
#define SQL_JOB(name)                                                          \
  {"SQL " #name, "bbc articles", sql_##name, 0, 0, 1},                         \
      {"SQL " #name, "bbc x22 articles", sql_##name, 0, 0, 22},
        NLP_BENCH_SQL(SQL_JOB)
#undef SQL_JOB
    };
    for (size_t i = 0; i < sizeof(jobs_capi) / sizeof(jobs_capi[0]); i++) {
      result_t r = report(c, &jobs_capi[i]);
      if (i == 0)
        r_sent = r;
      if (i == 1)
        r_sent22 = r;
    }
    for (size_t i = 0; i < sizeof(jobs_sql) / sizeof(jobs_sql[0]); i++) {
      result_t r = report(c, &jobs_sql[i]);
      if (i == 0)
        r_sql = r;
      if (i == 1)
        r_sql22 = r;
    }
#ifdef NLP_BENCH_ICU
    {
      job_t j1 = {"ICU sentences", "bbc", icu_sentences, IN_BBC, 0, 0};
      job_t j2 = {"ICU sentences", "bbc x22", icu_sentences, IN_REP, 0, 0};
      job_t j3 = {
          "ICU-utext sentences", "bbc", icu_utext_sentences, IN_BBC, 0, 0};
      job_t j4 = {
          "ICU-utext sentences", "bbc x22", icu_utext_sentences, IN_REP, 0, 0};
      result_t u1, u2;
      r_icu = report(c, &j1);
      r_icu22 = report(c, &j2);
      u1 = report(c, &j3);
      u2 = report(c, &j4);
      /* The peer is the faster of the two ICU ways on each input. */
      if (mbps(&u1) > mbps(&r_icu))
        r_icu = u1;
      if (mbps(&u2) > mbps(&r_icu22))
        r_icu22 = u2;
    }
    printf("\nRatios ours/ICU (ICU = the faster of icu and icu-utext):\n");
    ratio("C sentences / ICU, bbc:", &r_sent, &r_icu);
    ratio("C sentences / ICU, bbc x22:", &r_sent22, &r_icu22);
    ratio("SQL sentences (articles) / ICU, bbc:", &r_sql, &r_icu);
    ratio("SQL sentences (articles) / ICU, bbc x22:", &r_sql22, &r_icu22);
#else
    (void)r_icu, (void)r_icu22, (void)r_sent, (void)r_sent22, (void)r_sql,
        (void)r_sql22;
#endif
  }
}

/* Linear time: MB/s of every function on 1, 10 and 100 MB of each input. */
static void bench_linear_sizes(const corpus_t *c) {
  header("Linear time: 1, 10 and 100 MB of each input (best of " xstr(
      LIN_ROUNDS) " rounds)");
  {
    static const size_t sizes[] = {1000 * 1000, 10 * 1000 * 1000, HUNDRED_MB};
    static const char *const sz[] = {"1 MB", "10 MB", "100 MB"};
    static const struct {
      int kind;
      const char *label;
    } kinds[] = {{IN_PREFIX, "news"},
                 {IN_NOPUNCT, "no punctuation"},
                 {IN_PERIODS, "period runs"},
                 {IN_CAPS, "all capitals"},
                 {IN_QUOTES, "quote marks"}};
    enum { NK = sizeof(kinds) / sizeof(kinds[0]), NS = 3 };
    static const struct {
      const char *name;
      case_fn fn;
    } fns[] = {
#define LIN_FN(name, I, R) {"C " #name, capi_##name},
        NLP_BENCH_SPANS(LIN_FN)
#undef LIN_FN
    };
    enum { NF = sizeof(fns) / sizeof(fns[0]) };
    static char labels[NK][NS][48];
    static result_t best[NK][NF][NS];
    int worst_ok = 1;
    double worst = 1;
    /* Each round measures everything once, each case in its own process,
    ** and the best MB/s of each case over the rounds counts: the rounds lie
    ** minutes apart, so a slow stretch of the shared machine (20-50% for
    ** minutes at a time) hits one round of a case, not all. */
    for (int round = 0; round < LIN_ROUNDS; round++)
      for (size_t k = 0; k < NK; k++)
        for (size_t f = 0; f < NF; f++)
          for (int i = 0; i < NS; i++) {
            job_t j = {fns[f].name,   labels[k][i], fns[f].fn,
                       kinds[k].kind, sizes[i],     0};
            result_t r;
            snprintf(labels[k][i], sizeof labels[k][i], "%s %s", kinds[k].label,
                     sz[i]);
            r = measure(c, &j);
            if (r.ok && (!best[k][f][i].ok || mbps(&r) > mbps(&best[k][f][i])))
              best[k][f][i] = r;
          }
    for (size_t k = 0; k < NK; k++)
      for (size_t f = 0; f < NF; f++) {
        double lo = 1e30, hi = 0;
        for (int i = 0; i < NS; i++) {
          job_t j = {fns[f].name,   labels[k][i], fns[f].fn,
                     kinds[k].kind, sizes[i],     0};
          print_row(&j, &best[k][f][i]);
          if (mbps(&best[k][f][i]) < lo)
            lo = mbps(&best[k][f][i]);
          if (mbps(&best[k][f][i]) > hi)
            hi = mbps(&best[k][f][i]);
        }
        printf("| %-22s | linear: MB/s min/max = %.2f (%s 0.75) |\n",
               fns[f].name + 2, hi > 0 ? lo / hi : 0,
               lo >= 0.75 * hi ? "ok, >=" : "NOT >=");
        if (hi > 0 && lo / hi < worst)
          worst = lo / hi;
        if (lo < 0.75 * hi)
          worst_ok = 0;
      }
    printf("\nLinear time, all inputs and functions: worst MB/s min/max = "
           "%.2f (%s)\n",
           worst, worst_ok ? "all within 25%" : "NOT all within 25%");
  }
}

#ifdef NLP_BENCH_ICU
/* The ICU peer on the adversarial 100 MB inputs. */
static void bench_peer_adversarial(const corpus_t *c) {
  header("The peer on the adversarial 100 MB inputs");
  {
    static const struct {
      int kind;
      const char *label;
    } adv[] = {{IN_NOPUNCT, "no punctuation"},
               {IN_PERIODS, "period runs"},
               {IN_CAPS, "all capitals"},
               {IN_QUOTES, "quote marks"}};
    for (size_t a = 0; a < sizeof(adv) / sizeof(adv[0]); a++) {
      job_t j = {
          "ICU sentences", adv[a].label, icu_sentences, adv[a].kind, 0, 0};
      report(c, &j);
    }
  }
}
#endif

/* One 100 MB value through SQL: memory does not grow with rows. */
static void bench_one_value(const corpus_t *c) {
  header("One 100 MB value through SQL: memory does not grow with rows");
  {
    job_t j1 = {
        "SQL sentences (1 value)", "bbc x22", sql1_sentences, IN_REP, 0, -1};
    job_t j2 = {"SQL sentences (1 value)",
                "no punctuation",
                sql1_sentences,
                IN_NOPUNCT,
                0,
                -1};
    job_t j3 = {"SQL tokens (1 value)", "bbc x22", sql1_tokens, IN_REP, 0, -1};
    job_t j4 = {
        "SQL entities (1 value)", "bbc x22", sql1_entities, IN_REP, 0, -1};
    job_t j5 = {"SQL quotes (1 value)", "bbc x22", sql1_quotes, IN_REP, 0, -1};
    job_t j6 = {"SQL parts (1 value)", "bbc x22", sql1_parts, IN_REP, 0, -1};
    report(c, &j1);
    report(c, &j2);
    report(c, &j3);
    report(c, &j4);
    report(c, &j5);
    report(c, &j6);
    printf("\n(+peak is memory above the input text held by the program; "
           "the table copies its argument once)\n");
  }
}

int main(int argc, char **argv) {
  const char *path = "../shared/data/news/bbc.txt";
  corpus_t c = {0};
  char *jsonl;
  size_t dir;
  int quick = 0, linear_only = 0, not_linear;
  for (int i = 1; i < argc; i++) {
    if (!strcmp(argv[i], "--quick"))
      quick = 1;
    else if (!strcmp(argv[i], "--linear"))
      linear_only = 1;
    else
      path = argv[i];
  }
  if (linear_only)
    return adversarial_linear() ? 1 : 0;
  c.txt = read_file(path, &c.txt_len);
  if (!c.txt) {
    fprintf(stderr, "nlp_bench: cannot read %s: %s\n", path, strerror(errno));
    return 2;
  }
  dir = strrchr(path, '/') ? (size_t)(strrchr(path, '/') - path + 1) : 0;
  jsonl = malloc(dir + sizeof("bbc.jsonl"));
  if (!jsonl)
    return 1;
  memcpy(jsonl, path, dir);
  strcpy(jsonl + dir, "bbc.jsonl");
  if (!read_articles(jsonl, &c)) {
    fprintf(stderr, "nlp_bench: cannot read articles from %s\n", jsonl);
    return 2;
  }
  printf("nlp_bench: sqlite-nlp %s, SQLite %s, %s: %zu bytes; %s: %zu "
         "articles\n",
         nlp_version(), sqlite3_libversion(), path, c.txt_len, jsonl,
         c.narticles);
#ifdef NLP_BENCH_ICU
  printf("peer: ICU %s ubrk_open(UBRK_SENTENCE, \"en_US\"); \"icu\" = "
         "u_strFromUTF8WithSub + ubrk_setText (conversion timed), "
         "\"icu-utext\" = utext_openUTF8 + ubrk_setUText\n",
         U_ICU_VERSION);
#else
  printf("peer: ICU not found at build time (pkg-config icu-uc icu-i18n): "
         "peer skipped\n");
#endif

  model_load_times();

  bench_throughput(&c);
  if (quick)
    return 0;

  bench_linear_sizes(&c);
  not_linear = adversarial_linear();

#ifdef NLP_BENCH_ICU
  bench_peer_adversarial(&c);
#endif

  bench_one_value(&c);
  for (size_t i = 0; i < c.narticles; i++)
    free(c.articles[i]);
  free(c.articles);
  free(c.article_len);
  free(c.txt);
  free(jsonl);
  return not_linear ? 1 : 0;
}
