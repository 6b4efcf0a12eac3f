/*
** table_labels.c: nlp_labels, the entity labels nlp_entities() can give.
**
**   SELECT label, description, example FROM nlp_labels WHERE label = 'NORP';
**   -- NORP|Nationalities or religious or political groups|Mexican, Republicans
**
**   CREATE TABLE x(label, description, example)
**
** One row per label, in nlp_label_t order; rowid is the label's number.
*/
#include <string.h>

#include "binding.h"

const char *nlp_label_example(nlp_label_t label);

#define COL_LABEL 0
#define COL_DESCRIPTION 1
#define COL_EXAMPLE 2

typedef struct labels_cursor {
  sqlite3_vtab_cursor base;
  int row;
} labels_cursor;

static int labels_connect(sqlite3 *db, void *aux, int argc,
                          const char *const *argv, sqlite3_vtab **out,
                          char **err) {
  sqlite3_vtab *v;
  int rc;
  (void)aux, (void)argc, (void)argv, (void)err;
  rc = sqlite3_declare_vtab(
      db, "CREATE TABLE x(label TEXT, description TEXT, example TEXT)");
  if (rc != SQLITE_OK)
    return rc;
  v = sqlite3_malloc(sizeof(*v));
  if (!v)
    return SQLITE_NOMEM;
  memset(v, 0, sizeof(*v));
  sqlite3_vtab_config(db, SQLITE_VTAB_INNOCUOUS);
  *out = v;
  return SQLITE_OK;
}

static int labels_disconnect(sqlite3_vtab *vtab) {
  sqlite3_free(vtab);
  return SQLITE_OK;
}

static int labels_best_index(sqlite3_vtab *vtab, sqlite3_index_info *info) {
  (void)vtab;
  info->estimatedCost = NLP_LABEL_COUNT;
  info->estimatedRows = NLP_LABEL_COUNT;
  return SQLITE_OK;
}

static int labels_open(sqlite3_vtab *vtab, sqlite3_vtab_cursor **out) {
  labels_cursor *c = sqlite3_malloc(sizeof(*c));
  (void)vtab;
  if (!c)
    return SQLITE_NOMEM;
  memset(c, 0, sizeof(*c));
  *out = &c->base;
  return SQLITE_OK;
}

static int labels_close(sqlite3_vtab_cursor *cur) {
  sqlite3_free(cur);
  return SQLITE_OK;
}

static int labels_filter(sqlite3_vtab_cursor *cur, int idxNum,
                         const char *idxStr, int argc, sqlite3_value **argv) {
  (void)idxNum, (void)idxStr, (void)argc, (void)argv;
  ((labels_cursor *)cur)->row = 0;
  return SQLITE_OK;
}

static int labels_next(sqlite3_vtab_cursor *cur) {
  ((labels_cursor *)cur)->row++;
  return SQLITE_OK;
}

static int labels_eof(sqlite3_vtab_cursor *cur) {
  return ((labels_cursor *)cur)->row >= NLP_LABEL_COUNT;
}

static int labels_column(sqlite3_vtab_cursor *cur, sqlite3_context *ctx,
                         int i) {
  nlp_label_t l = (nlp_label_t)((labels_cursor *)cur)->row;
  const char *s = i == COL_LABEL         ? nlp_label_name(l)
                  : i == COL_DESCRIPTION ? nlp_label_description(l)
                                         : nlp_label_example(l);
  sqlite3_result_text(ctx, s, -1, SQLITE_STATIC);
  return SQLITE_OK;
}

static int labels_rowid(sqlite3_vtab_cursor *cur, sqlite3_int64 *rowid) {
  *rowid = ((labels_cursor *)cur)->row;
  return SQLITE_OK;
}

static const sqlite3_module labels_module = {
    .iVersion = 0,
    .xCreate = 0, /* eponymous only */
    .xConnect = labels_connect,
    .xBestIndex = labels_best_index,
    .xDisconnect = labels_disconnect,
    .xDestroy = 0,
    .xOpen = labels_open,
    .xClose = labels_close,
    .xFilter = labels_filter,
    .xNext = labels_next,
    .xEof = labels_eof,
    .xColumn = labels_column,
    .xRowid = labels_rowid,
};

int nlp_register_labels(sqlite3 *db) {
  return sqlite3_create_module(db, "nlp_labels", &labels_module, 0);
}
