/*
** table_entities.c: nlp_entities(text), one row per named entity, and
** nlp_labels, the entity labels.
**
**   SELECT entity, label, canonical FROM nlp_entities(
**     'President Joe Biden met Mexican officials. Biden left on Sunday.');
**   -- Joe Biden|PERSON|Joe Biden   Mexican|NORP|Mexican
**   -- Biden|PERSON|Joe Biden       Sunday|DATE|Sunday
**
**   CREATE TABLE x(idx, entity, label, canonical, value, sentence,
**                  char_start, char_end, byte_start, byte_end, qualifier,
**                  document HIDDEN, reference_date HIDDEN)
**
**   SELECT label, description, example FROM nlp_labels;
**   CREATE TABLE x(label, description, example)
**
** entity is the exact surface text; canonical the entity's name, the same
** for every mention in the text; value the normalised value of a numeric
** or temporal entity (NULL otherwise): a DATE or TIME has its TimeML value,
** placed against reference_date (nlp_entities(text, '2023-12-19'); read
** back, the reference date used, given or the text's own, or NULL). The
** built-in model is used.
*/
#include <string.h>

#include "binding.h"

#define COL_IDX 0
#define COL_ENTITY 1
#define COL_LABEL 2
#define COL_CANONICAL 3
#define COL_VALUE 4
#define COL_SENTENCE 5
#define COL_CHAR_START 6
#define COL_CHAR_END 7
#define COL_BYTE_START 8
#define COL_BYTE_END 9
#define COL_QUALIFIER 10
#define NCOLS 11
/* hidden: the document (NCOLS), then the reference date: given, it places
** relative dates; read, it is the date used (given or the text's own) */
#define COL_REFERENCE_DATE (NCOLS + 1)

static int open_iter(const char *text, size_t len, nlp_check_fn check,
                     void *arg, void **iter) {
  return nlp_entities_new_checked(NULL, text, len, check, arg,
                                  (nlp_entities_t **)iter);
}

/* nlp_entities(text, reference_date): the reference date must be an ISO
** date or date-time; NULL is none (the text's own date then). */
int nlp_entities_read_date(sqlite3_value *ref, nlp_entities_opts_t *o,
                           char **err) {
  if (ref && sqlite3_value_type(ref) != SQLITE_NULL) {
    const char *s = (const char *)sqlite3_value_text(ref);
    if (sqlite3_value_type(ref) != SQLITE_TEXT || !s ||
        !nlp_date_ok(s, (size_t)sqlite3_value_bytes(ref)) ||
        strlen(s) != (size_t)sqlite3_value_bytes(ref)) {
      *err = sqlite3_mprintf("nlp_entities(): reference_date must be an ISO "
                             "date 'YYYY-MM-DD' or date-time "
                             "'YYYY-MM-DDThh:mm', not %Q",
                             s ? s : "(blob)");
      return *err ? NLP_EINVAL : NLP_ENOMEM;
    }
    o->reference_date = s;
  }
  return NLP_OK;
}

static int open_with_date(const char *text, size_t len, sqlite3_value **opts,
                          nlp_check_fn check, void *arg, void **iter,
                          char **err) {
  nlp_entities_opts_t o = {0};
  int rc = nlp_entities_read_date(opts[0], &o, err);
  if (rc != NLP_OK)
    return rc;
  return nlp_entities_new_opts(NULL, text, len, &o, check, arg,
                               (nlp_entities_t **)iter);
}

static int next_row(void *iter, void *row) {
  return nlp_entities_next(iter, row);
}

static void close_iter(void *iter) { nlp_entities_free(iter); }

static void row_span(const void *row, size_t *bs, size_t *be) {
  const nlp_entity_t *e = row;
  *bs = e->byte_start;
  *be = e->byte_end;
}

static int column(sqlite3_context *ctx, const nlp_span_cursor_t *c, int i) {
  const nlp_entity_t *e = c->row;
  switch (i) {
  case COL_LABEL:
    sqlite3_result_text(ctx, nlp_label_name(e->label), -1, SQLITE_STATIC);
    break;
  case COL_CANONICAL:
    if (e->canonical)
      sqlite3_result_text(ctx, e->canonical, -1, SQLITE_TRANSIENT);
    break;
  case COL_VALUE:
    if (e->value)
      sqlite3_result_text(ctx, e->value, -1, SQLITE_TRANSIENT);
    break;
  case COL_SENTENCE:
    sqlite3_result_int64(ctx, (sqlite3_int64)e->sentence);
    break;
  case COL_QUALIFIER:
    if (e->qualifier)
      sqlite3_result_text(ctx, e->qualifier, -1, SQLITE_STATIC);
    break;
  case COL_REFERENCE_DATE: {
    /* a configured instance's iterator (c->user) is a user list's */
    const char *d = c->user ? nlp_userlist_entities_reference_date(c->iter)
                            : nlp_entities_reference_date(c->iter);
    if (d)
      sqlite3_result_text(ctx, d, -1, SQLITE_TRANSIENT);
    break;
  }
  }
  return SQLITE_OK;
}

const nlp_table_t nlp_entities_table = {
    .name = "nlp_entities",
    .schema =
        "CREATE TABLE x(idx INTEGER, entity TEXT, label TEXT, canonical TEXT,"
        " value TEXT, sentence INTEGER, char_start INTEGER, char_end INTEGER,"
        " byte_start INTEGER, byte_end INTEGER, qualifier TEXT,"
        " document HIDDEN,"
        " reference_date HIDDEN)",
    .ncols = NCOLS,
    .row_size = sizeof(nlp_entity_t),
    .open = open_iter,
    .next = next_row,
    .close = close_iter,
    .span = row_span,
    .text_col = COL_ENTITY,
    .offsets_col = COL_CHAR_START,
    .column = column,
    .nopts = 1,
    .open_opts = open_with_date,
};
