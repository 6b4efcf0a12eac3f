/*
** errors.c: how the core's error statuses reach SQL.
**
**   SELECT * FROM nlp_quotes(x);   -- stopped by sqlite3_interrupt():
**   -- Error: nlp_quotes(): interrupted                  (SQLITE_INTERRUPT)
**
** Every error of the core carries its own text, nlp_errstr(rc), after the
** name of the SQL function ("nlp_sentences(): invalid argument"): never a
** message of the binding's own in its place. NLP_EINTR is SQLITE_INTERRUPT,
** NLP_ENOMEM stays SQLITE_NOMEM (SQLite's "out of memory"), every other
** status is SQLITE_ERROR.
*/
#include "binding.h"

int nlp_sqlite_code(int rc) {
  switch (rc) {
  case NLP_ENOMEM:
    return SQLITE_NOMEM;
  case NLP_EINTR:
    return SQLITE_INTERRUPT;
  default:
    return SQLITE_ERROR;
  }
}

int nlp_result_error_code(sqlite3_context *ctx, const char *fn, int rc) {
  char *msg;
  if (rc == NLP_ENOMEM) {
    sqlite3_result_error_nomem(ctx);
    return SQLITE_NOMEM;
  }
  msg = sqlite3_mprintf("%s(): %s", fn, nlp_errstr(rc));
  if (!msg) {
    sqlite3_result_error_nomem(ctx);
    return SQLITE_NOMEM;
  }
  sqlite3_result_error(ctx, msg, -1);
  sqlite3_free(msg);
  sqlite3_result_error_code(ctx, nlp_sqlite_code(rc));
  return nlp_sqlite_code(rc);
}

int nlp_vtab_error_code(sqlite3_vtab *vtab, const char *fn, int rc) {
  sqlite3_free(vtab->zErrMsg);
  vtab->zErrMsg = NULL;
  if (rc == NLP_ENOMEM)
    return SQLITE_NOMEM;
  vtab->zErrMsg = sqlite3_mprintf("%s(): %s", fn, nlp_errstr(rc));
  return vtab->zErrMsg ? nlp_sqlite_code(rc) : SQLITE_NOMEM;
}
