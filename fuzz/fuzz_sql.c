/*
** fuzz_sql.c: libFuzzer harness of the SQL layer (in-process SQLITE_CORE).
**
** At start it lists every nlp* function and module the extension registers
** (pragma_function_list, pragma_module_list), so functions added later are
** fuzzed with no change here. Each input is read as:
**   byte 0      which function or table (modulo the number of them)
**   byte 1      argument count (modulo 1..max) for variadic calls
**   per argument: a type byte (NULL, integer, float, text, blob), then for
**               integer/float 8 bytes, for text/blob a length byte and that
**               many bytes (the last argument takes the rest)
** It runs the call twice and checks:
**   - the two runs give the same rows (or the same error) -- determinism;
**   - an error always has a message;
**   - for table-valued functions with char/byte offset columns: offsets are
**     in range, in order and non-overlapping, and
**       substr(CAST(doc AS TEXT), char_start + 1, char_end - char_start)
**     and substr(CAST(doc AS BLOB), byte_start + 1, ...) give the span's
**     text column (the `substr` identity, computed by SQLite itself).
*/
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <sqlite3.h>

#include "sqlite-nlp.h"

#define FZ_ASSERT(cond, ...)                                                   \
  do {                                                                         \
    if (!(cond)) {                                                             \
      fprintf(stderr, "fuzz invariant failed: %s (line %d): ", #cond,          \
              __LINE__);                                                       \
      fprintf(stderr, __VA_ARGS__);                                            \
      fputc('\n', stderr);                                                     \
      abort();                                                                 \
    }                                                                          \
  } while (0)

#define MAX_TARGETS 64
#define MAX_ARGS 4

typedef struct target {
  char name[64];
  int nargs; /* -1: variadic; for tables the number we try is 1..2 */
  int is_table;
  char text_col[32]; /* tables: the span's text column, "" if none */
} target_t;

/* Harness state, set up once (a fuzz target is one process). */
static sqlite3 *g_db;
static target_t g_targets[MAX_TARGETS];
static int g_ntargets;

static void add_target(const char *name, int nargs, int is_table) {
  target_t *t;
  if (g_ntargets == MAX_TARGETS)
    return;
  t = &g_targets[g_ntargets++];
  snprintf(t->name, sizeof(t->name), "%s", name);
  t->nargs = nargs;
  t->is_table = is_table;
  t->text_col[0] = 0;
}

/* A table's span text column, if it has char_start and char_end columns:
** the column named for one row of the table (nlp_parts -> part,
** nlp_entities -> entity), else the first column after idx. */
static void find_text_col(target_t *t) {
  char *sql =
      sqlite3_mprintf("SELECT name FROM pragma_table_info('%q')", t->name);
  sqlite3_stmt *st;
  int has_start = 0, has_end = 0, i = 0;
  char first[32] = "", row[32] = "";
  int has_row = 0;
  size_t n;
  /* nlp_quotes -> quote, nlp_entities -> entity */
  snprintf(row, sizeof(row), "%s",
           t->name + (strncmp(t->name, "nlp_", 4) ? 0 : 4));
  n = strlen(row);
  if (n > 3 && !strcmp(row + n - 3, "ies"))
    strcpy(row + n - 3, "y");
  else if (n > 1 && row[n - 1] == 's')
    row[n - 1] = 0;
  FZ_ASSERT(sql, "oom");
  FZ_ASSERT(sqlite3_prepare_v2(g_db, sql, -1, &st, NULL) == SQLITE_OK, "%s",
            sqlite3_errmsg(g_db));
  sqlite3_free(sql);
  while (sqlite3_step(st) == SQLITE_ROW) {
    const char *c = (const char *)sqlite3_column_text(st, 0);
    if (!strcmp(c, "char_start"))
      has_start = 1;
    if (!strcmp(c, "char_end"))
      has_end = 1;
    if (!strcmp(c, row))
      has_row = 1;
    if (i++ == 1)
      snprintf(first, sizeof(first), "%s", c);
  }
  sqlite3_finalize(st);
  if (has_start && has_end)
    snprintf(t->text_col, sizeof(t->text_col), "%s", has_row ? row : first);
}

int LLVMFuzzerInitialize(int *argc, char ***argv);
int LLVMFuzzerInitialize(int *argc, char ***argv) {
  sqlite3_stmt *st;
  char *err = NULL;
  (void)argc, (void)argv;
  FZ_ASSERT(sqlite3_open(":memory:", &g_db) == SQLITE_OK, "open");
  FZ_ASSERT(sqlite3_nlp_init(g_db, &err, NULL) == SQLITE_OK, "init: %s", err);
  FZ_ASSERT(sqlite3_prepare_v2(g_db,
                               "SELECT DISTINCT name, narg FROM "
                               "pragma_function_list WHERE name LIKE 'nlp%' "
                               "ORDER BY name, narg",
                               -1, &st, NULL) == SQLITE_OK,
            "%s", sqlite3_errmsg(g_db));
  while (sqlite3_step(st) == SQLITE_ROW)
    add_target((const char *)sqlite3_column_text(st, 0),
               sqlite3_column_int(st, 1), 0);
  sqlite3_finalize(st);
  FZ_ASSERT(sqlite3_prepare_v2(g_db,
                               "SELECT name FROM pragma_module_list WHERE "
                               "name LIKE 'nlp%' ORDER BY name",
                               -1, &st, NULL) == SQLITE_OK,
            "%s", sqlite3_errmsg(g_db));
  while (sqlite3_step(st) == SQLITE_ROW)
    add_target((const char *)sqlite3_column_text(st, 0), -1, 1);
  sqlite3_finalize(st);
  for (int i = 0; i < g_ntargets; i++)
    if (g_targets[i].is_table)
      find_text_col(&g_targets[i]);
  FZ_ASSERT(g_ntargets >= 2, "only %d nlp functions found", g_ntargets);
  /* Keep single values small so that one input stays fast. */
  sqlite3_limit(g_db, SQLITE_LIMIT_LENGTH, 1 << 20);
  return 0;
}

typedef struct reader {
  const uint8_t *p, *end;
} reader_t;

static int rd_byte(reader_t *r) { return r->p < r->end ? *r->p++ : 0; }

static void bind_args(sqlite3_stmt *st, reader_t *r, int nargs) {
  for (int i = 1; i <= nargs; i++) {
    int type = rd_byte(r) % 5;
    size_t avail = (size_t)(r->end - r->p), n;
    uint64_t bits = 0;
    switch (type) {
    case 0:
      sqlite3_bind_null(st, i);
      break;
    case 1:
    case 2:
      n = avail < 8 ? avail : 8;
      memcpy(&bits, r->p, n);
      r->p += n;
      if (type == 1) {
        sqlite3_bind_int64(st, i, (sqlite3_int64)bits);
      } else {
        double d;
        memcpy(&d, &bits, sizeof(d));
        sqlite3_bind_double(st, i, d);
      }
      break;
    default:
      n = avail;
      if (i < nargs) {
        n = (size_t)rd_byte(r);
        avail = (size_t)(r->end - r->p);
        if (n > avail)
          n = avail;
      }
      if (type == 3)
        sqlite3_bind_text(st, i, (const char *)r->p, (int)n, SQLITE_TRANSIENT);
      else
        sqlite3_bind_blob(st, i, r->p, (int)n, SQLITE_TRANSIENT);
      r->p += n;
      break;
    }
  }
}

/* FNV-1a over the rows of a statement; *rc_out gets the final code. */
static uint64_t hash_rows(sqlite3_stmt *st, int *rc_out, int *nrows) {
  uint64_t h = 1469598103934665603ULL;
  int rc, cols = sqlite3_column_count(st);
#define MIX(b) (h = (h ^ (uint8_t)(b)) * 1099511628211ULL)
  *nrows = 0;
  while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
    (*nrows)++;
    for (int c = 0; c < cols; c++) {
      int type = sqlite3_column_type(st, c);
      MIX(type);
      if (type == SQLITE_INTEGER || type == SQLITE_FLOAT) {
        const unsigned char *s = sqlite3_column_text(st, c);
        for (; s && *s; s++)
          MIX(*s);
      } else if (type != SQLITE_NULL) {
        const unsigned char *s = sqlite3_column_blob(st, c);
        int n = sqlite3_column_bytes(st, c);
        for (int k = 0; k < n; k++)
          MIX(s[k]);
        MIX(0xFF);
      }
    }
    MIX('\n');
  }
#undef MIX
  *rc_out = rc;
  return h;
}

/* Offsets of table rows: in range, ordered, not overlapping. */
static void check_offsets(sqlite3_stmt *st, sqlite3_int64 chars,
                          sqlite3_int64 bytes) {
  int cs = -1, ce = -1, bs = -1, be = -1, rc;
  sqlite3_int64 prev_c = 0, prev_b = 0;
  for (int c = 0; c < sqlite3_column_count(st); c++) {
    const char *n = sqlite3_column_name(st, c);
    if (!strcmp(n, "char_start"))
      cs = c;
    if (!strcmp(n, "char_end"))
      ce = c;
    if (!strcmp(n, "byte_start"))
      bs = c;
    if (!strcmp(n, "byte_end"))
      be = c;
  }
  if (cs < 0 || ce < 0 || bs < 0 || be < 0)
    return;
  while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
    sqlite3_int64 a = sqlite3_column_int64(st, cs);
    sqlite3_int64 b = sqlite3_column_int64(st, ce);
    sqlite3_int64 x = sqlite3_column_int64(st, bs);
    sqlite3_int64 y = sqlite3_column_int64(st, be);
    FZ_ASSERT(prev_c <= a && a <= b && b <= chars, "chars %lld..%lld of %lld",
              (long long)a, (long long)b, (long long)chars);
    FZ_ASSERT(prev_b <= x && x <= y && y <= bytes, "bytes %lld..%lld of %lld",
              (long long)x, (long long)y, (long long)bytes);
    prev_c = b, prev_b = y;
  }
  FZ_ASSERT(rc == SQLITE_DONE, "offset scan: %s", sqlite3_errmsg(g_db));
}

static sqlite3_stmt *prepare(const char *sql) {
  sqlite3_stmt *st = NULL;
  int rc = sqlite3_prepare_v2(g_db, sql, -1, &st, NULL);
  FZ_ASSERT(rc == SQLITE_OK || rc == SQLITE_ERROR, "prepare %s: %d", sql, rc);
  return st;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  reader_t r = {data, data + size};
  const target_t *t;
  sqlite3_str *q;
  char *sql;
  sqlite3_stmt *st;
  int nargs, rc1, rc2, n1, n2;
  uint64_t h1, h2;
  if (size < 2)
    return 0;
  t = &g_targets[rd_byte(&r) % g_ntargets];
  nargs = t->nargs;
  if (nargs < 0)
    nargs = 1 + rd_byte(&r) % (t->is_table ? 2 : MAX_ARGS);
  else
    rd_byte(&r);
  q = sqlite3_str_new(g_db);
  if (t->is_table)
    sqlite3_str_appendf(q, "SELECT * FROM %s(", t->name);
  else
    sqlite3_str_appendf(q, "SELECT %s(", t->name);
  for (int i = 1; i <= nargs; i++)
    sqlite3_str_appendf(q, "%s?%d", i > 1 ? ", " : "", i);
  sqlite3_str_appendall(q, ")");
  sql = sqlite3_str_finish(q);
  FZ_ASSERT(sql, "oom");
  st = prepare(sql);
  sqlite3_free(sql);
  if (!st)
    return 0; /* e.g. too many arguments for a table */
  bind_args(st, &r, nargs);

  h1 = hash_rows(st, &rc1, &n1);
  if (rc1 != SQLITE_DONE)
    FZ_ASSERT(sqlite3_errmsg(g_db) && *sqlite3_errmsg(g_db), "no message");
  sqlite3_reset(st);
  h2 = hash_rows(st, &rc2, &n2);
  FZ_ASSERT(rc1 == rc2 && n1 == n2 && h1 == h2,
            "%s: runs differ (rc %d/%d, rows %d/%d)", t->name, rc1, rc2, n1,
            n2);

  if (t->is_table && t->text_col[0] && nargs == 1 && rc1 == SQLITE_DONE) {
    sqlite3_stmt *id;
    sqlite3_int64 chars, bytes;
    sqlite3_reset(st);
    sql = sqlite3_mprintf(
        "SELECT count(*),"
        " sum(substr(CAST(?1 AS TEXT), char_start + 1, char_end - char_start)"
        "     IS \"%w\"),"
        " sum(substr(CAST(?1 AS BLOB), byte_start + 1, byte_end - byte_start)"
        "     IS CAST(\"%w\" AS BLOB)),"
        " length(CAST(?1 AS TEXT)), length(CAST(?1 AS BLOB)),"
        " instr(CAST(?1 AS BLOB), x'00')"
        " FROM %s(?1)",
        t->text_col, t->text_col, t->name);
    FZ_ASSERT(sql, "oom");
    id = prepare(sql);
    sqlite3_free(sql);
    FZ_ASSERT(id, "prepare identity: %s", sqlite3_errmsg(g_db));
    /* Rebind the same argument bytes. */
    r.p = data + 2;
    bind_args(id, &r, 1);
    FZ_ASSERT(sqlite3_step(id) == SQLITE_ROW, "identity: %s",
              sqlite3_errmsg(g_db));
    /* SQLite's substr() and length() stop at a NUL in a TEXT value. */
    if (sqlite3_column_int64(id, 5) > 0) {
      sqlite3_finalize(id);
      sqlite3_finalize(st);
      return 0;
    }
    if (sqlite3_column_int64(id, 0) > 0) {
      FZ_ASSERT(sqlite3_column_int64(id, 0) == sqlite3_column_int64(id, 1),
                "%s: char substr identity fails on %lld of %lld rows", t->name,
                (long long)(sqlite3_column_int64(id, 0) -
                            sqlite3_column_int64(id, 1)),
                (long long)sqlite3_column_int64(id, 0));
      FZ_ASSERT(sqlite3_column_int64(id, 0) == sqlite3_column_int64(id, 2),
                "%s: byte substr identity fails", t->name);
    }
    chars = sqlite3_column_int64(id, 3);
    bytes = sqlite3_column_int64(id, 4);
    sqlite3_finalize(id);
    check_offsets(st, chars, bytes);
  }
  sqlite3_finalize(st);
  return 0;
}
