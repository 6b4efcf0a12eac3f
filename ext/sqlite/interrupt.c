/*
** interrupt.c: the check function (nlp_check_fn) through which the core's
** long document passes (nlp_entities, nlp_quotes, nlp_entities_json) see
** sqlite3_interrupt() and the progress handler.
**
** SQLite looks for an interrupt between virtual machine steps, and tagging a
** long text is one step (the entity finder reads the whole text before its
** first row). SQLite 3.40 (Debian 12) has no sqlite3_is_interrupted(), so
** the check steps a tiny statement, "SELECT 1", on the same connection: it
** fails with SQLITE_INTERRUPT once the connection is interrupted, or when
** the progress handler asks to stop (its steps count towards the handler's
** N). It is prepared at the first check only: texts under 4,096 tokens
** never check. Tracing (sqlite3_trace_v2) shows these statements.
*/
#include "binding.h"

void nlp_interrupt_init(nlp_interrupt_t *x, sqlite3 *db) {
  x->db = db;
  x->probe = NULL;
  x->broken = 0;
}

int nlp_interrupt_check(void *arg) {
  nlp_interrupt_t *x = arg;
  int rc;
  if (!x || !x->db || x->broken)
    return 0;
  if (!x->probe) {
    rc = sqlite3_prepare_v2(x->db, "SELECT 1 /* sqlite-nlp: interrupt check */",
                            -1, &x->probe, NULL);
    if (rc != SQLITE_OK) {
      sqlite3_finalize(x->probe);
      x->probe = NULL;
      /* the parser refuses to work on an interrupted connection */
      if (rc == SQLITE_INTERRUPT)
        return 1;
      x->broken = 1; /* e.g. an authorizer refuses it: no checks */
      return 0;
    }
  }
  rc = sqlite3_step(x->probe);
  sqlite3_reset(x->probe);
  return rc == SQLITE_INTERRUPT;
}

void nlp_interrupt_done(nlp_interrupt_t *x) {
  sqlite3_finalize(x->probe);
  x->probe = NULL;
}
