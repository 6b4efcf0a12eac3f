/*
** nlp_ext.c: the entry point of the sqlite-nlp extension.
**
**   .load ./build/nlp
**   SELECT * FROM nlp_sentences('Hello world. Bye.');
**
** Built as nlp.so, SQLite finds sqlite3_nlp_init by the file name. Built
** with -DSQLITE_CORE into libnlp_sqlite.a, a program registers it with
** sqlite3_auto_extension() (include/sqlite-nlp.h).
*/
#ifndef SQLITE_CORE
#include <sqlite3ext.h>
SQLITE_EXTENSION_INIT1
#else
#include <sqlite3.h>
#endif

#include "binding.h"
#include "sqlite-nlp.h"

int nlp_register_json(sqlite3 *db);
int nlp_register_fts5(sqlite3 *db);

typedef int (*register_fn)(sqlite3 *db);

/* SQLite's allocator for the core (nlp_set_allocator): every byte the core
** holds counts in sqlite3_memory_used() and against
** sqlite3_hard_heap_limit64(), and fails as SQLite's own memory does. */
static void *sqlite_malloc(size_t n) { return sqlite3_malloc64(n); }
static void *sqlite_realloc(void *p, size_t n) {
  return sqlite3_realloc64(p, n);
}
static void sqlite_free(void *p) { sqlite3_free(p); }
static const nlp_allocator_t SQLITE_ALLOCATOR = {sqlite_malloc, sqlite_realloc,
                                                 sqlite_free};

static int register_sentences(sqlite3 *db) {
  return nlp_register_table(db, &nlp_sentences_table);
}
static int register_tokens(sqlite3 *db) {
  return nlp_register_table(db, &nlp_tokens_table);
}
static int register_quotes(sqlite3 *db) {
  return nlp_register_table(db, &nlp_quotes_table);
}
static int register_parts(sqlite3 *db) {
  return nlp_register_table(db, &nlp_parts_table);
}

/* Everything the extension registers, in order. */
static const struct {
  const char *what;
  register_fn fn;
} REGISTRY[] = {
    {"nlp_sentences", register_sentences},
    {"nlp_tokens", register_tokens},
    {"nlp_quotes", register_quotes},
    {"nlp_parts", register_parts},
    {"scalar functions", nlp_register_scalars},
    {"JSON functions", nlp_register_json},
    {"the FTS5 tokenizer", nlp_register_fts5},
    {"nlp_entities", nlp_register_entities}, /* table_entities_config.c */
    {"nlp_entities_json", nlp_register_entities_json},
    {"nlp_labels", nlp_register_labels},
    {"nlp_html", nlp_register_html},
};

/* What went wrong when a registration returned rc: the connection's own
** message ("unable to delete/modify user-function due to active
** statements"), or, when the call left none, the text of rc. */
static const char *failure_text(sqlite3 *db, int rc) {
  return sqlite3_errcode(db) != SQLITE_OK ? sqlite3_errmsg(db)
                                          : sqlite3_errstr(rc);
}

#ifdef _WIN32
__declspec(dllexport)
#else
__attribute__((visibility("default")))
#endif
    int sqlite3_nlp_init(sqlite3 *db, char **pzErrMsg,
                         const sqlite3_api_routines *pApi) {
#ifndef SQLITE_CORE
  SQLITE_EXTENSION_INIT2(pApi);
#else
  (void)pApi;
#endif
  /* Setting the same allocator again is safe while other connections run. */
  nlp_set_allocator(&SQLITE_ALLOCATOR);
  for (size_t i = 0; i < sizeof(REGISTRY) / sizeof(REGISTRY[0]); i++) {
    int rc = REGISTRY[i].fn(db);
    if (rc != SQLITE_OK) {
      if (pzErrMsg)
        *pzErrMsg = sqlite3_mprintf("sqlite-nlp: cannot register %s: %s",
                                    REGISTRY[i].what, failure_text(db, rc));
      return rc;
    }
  }
  return SQLITE_OK;
}
