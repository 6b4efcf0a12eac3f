/*
** span_table.c: the generic eponymous virtual table behind every
** table-valued function of sqlite-nlp (nlp_sentences, nlp_tokens, ...).
**
**   SELECT * FROM nlp_sentences('Hello world. Bye.');
**   SELECT s.* FROM articles a, nlp_sentences(a.body) s;   -- lateral join
**
** Each function is described by an nlp_table_t (binding.h): its schema, and
** how to start, advance and read a core iterator. The document argument is
** the first HIDDEN column. Rows are produced lazily, one core call per
** xNext, over a private copy of the document (argument values die when
** xFilter returns), so memory does not grow with the number of rows.
**
** Input contract: NULL, empty or all-space text gives no rows; numbers are
** read as their text; a BLOB is read as UTF-8 bytes.
*/
#include <string.h>

#include "binding.h"

/* idxNum bit: the document is constrained, and is argv[0]. */
#define IDX_DOCUMENT 1
/* The planner's estimates: a plan with the document reads about
** ROWS_DOCUMENT rows at COST_DOCUMENT; one without it must not be chosen. */
#define COST_DOCUMENT 1000.0
#define ROWS_DOCUMENT 100
#define COST_NO_DOCUMENT 1e300
#define ROWS_NO_DOCUMENT 2147483647
/* char_start, char_end, byte_start, byte_end: from offsets_col on. */
#define NOFFSETS 4

typedef struct span_vtab {
  sqlite3_vtab base;
  const nlp_table_t *table;
  sqlite3 *db; /* for the interrupt check (interrupt.c) */
} span_vtab;

static int span_connect(sqlite3 *db, void *aux, int argc,
                        const char *const *argv, sqlite3_vtab **out,
                        char **err) {
  const nlp_table_t *t = aux;
  span_vtab *v;
  int rc;
  (void)argc, (void)argv, (void)err;
  rc = sqlite3_declare_vtab(db, t->schema);
  if (rc != SQLITE_OK)
    return rc;
  v = sqlite3_malloc(sizeof(*v));
  if (!v)
    return SQLITE_NOMEM;
  memset(v, 0, sizeof(*v));
  v->table = t;
  v->db = db;
  sqlite3_vtab_config(db, SQLITE_VTAB_INNOCUOUS);
  *out = &v->base;
  return SQLITE_OK;
}

static int span_disconnect(sqlite3_vtab *vtab) {
  sqlite3_free(vtab);
  return SQLITE_OK;
}

/* The query gave the function no text: "nlp_tokens(): missing text
** argument". */
static int missing_text(sqlite3_vtab *vtab, const char *name) {
  sqlite3_free(vtab->zErrMsg);
  vtab->zErrMsg = sqlite3_mprintf("%s(): missing text argument", name);
  return vtab->zErrMsg ? SQLITE_ERROR : SQLITE_NOMEM;
}

/* The option arguments (hidden columns after the document) of the plan:
** option k, when the query gives it, is argv[1 + the options before it]
** and sets idxNum bit IDX_DOCUMENT << (k + 1). 0, or SQLITE_CONSTRAINT when
** one is given but unusable. */
static int plan_options(const nlp_table_t *t, sqlite3_index_info *info) {
  int opt[NLP_TABLE_OPTS], argv_next = 2;
  for (int k = 0; k < NLP_TABLE_OPTS; k++)
    opt[k] = -1;
  for (int i = 0; i < info->nConstraint; i++) {
    const struct sqlite3_index_constraint *c = &info->aConstraint[i];
    int k = c->iColumn - t->ncols - 1;
    if (k < 0 || k >= t->nopts || k >= NLP_TABLE_OPTS ||
        c->op != SQLITE_INDEX_CONSTRAINT_EQ)
      continue;
    if (!c->usable)
      return SQLITE_CONSTRAINT;
    opt[k] = i;
  }
  for (int k = 0; k < NLP_TABLE_OPTS; k++) {
    if (opt[k] < 0)
      continue;
    info->aConstraintUsage[opt[k]].argvIndex = argv_next++;
    info->aConstraintUsage[opt[k]].omit = 1;
    info->idxNum |= IDX_DOCUMENT << (k + 1);
  }
  return SQLITE_OK;
}

/* Plans with the document argument (IDX_DOCUMENT) and without. */
static int span_best_index(sqlite3_vtab *vtab, sqlite3_index_info *info) {
  const nlp_table_t *t = ((span_vtab *)vtab)->table;
  int doc = -1, doc_unusable = 0;
  for (int i = 0; i < info->nConstraint; i++) {
    const struct sqlite3_index_constraint *c = &info->aConstraint[i];
    if (c->iColumn != t->ncols)
      continue;
    if (c->op != SQLITE_INDEX_CONSTRAINT_EQ)
      continue;
    if (!c->usable) {
      doc_unusable = 1;
      continue;
    }
    doc = i;
  }
  if (doc >= 0 && t->nopts && plan_options(t, info) != SQLITE_OK)
    return SQLITE_CONSTRAINT;
  if (doc < 0) {
    if (doc_unusable)
      return SQLITE_CONSTRAINT; /* try another join order */
    /* No text argument in this plan. The planner also asks about partial
    ** plans (one per term of an OR in WHERE), so this is not yet an error:
    ** make the plan unattractive, and let xFilter report a real miss. */
    info->idxNum = 0;
    info->estimatedCost = COST_NO_DOCUMENT;
    info->estimatedRows = ROWS_NO_DOCUMENT;
    return SQLITE_OK;
  }
  info->aConstraintUsage[doc].argvIndex = 1;
  info->aConstraintUsage[doc].omit = 1;
  info->idxNum |= IDX_DOCUMENT;
  info->estimatedCost = COST_DOCUMENT;
  info->estimatedRows = ROWS_DOCUMENT;
  /* Rows come in idx order, which is also rowid order. */
  if (info->nOrderBy == 1 && info->aOrderBy[0].iColumn <= 0 &&
      !info->aOrderBy[0].desc)
    info->orderByConsumed = 1;
  return SQLITE_OK;
}

static int span_open(sqlite3_vtab *vtab, sqlite3_vtab_cursor **out) {
  const nlp_table_t *t = ((span_vtab *)vtab)->table;
  nlp_span_cursor_t *c = sqlite3_malloc(sizeof(*c));
  if (!c)
    return SQLITE_NOMEM;
  memset(c, 0, sizeof(*c));
  c->table = t;
  c->row = sqlite3_malloc64(t->row_size);
  if (!c->row) {
    sqlite3_free(c);
    return SQLITE_NOMEM;
  }
  memset(c->row, 0, t->row_size);
  c->eof = 1;
  nlp_interrupt_init(&c->stop, ((span_vtab *)vtab)->db);
  *out = &c->base;
  return SQLITE_OK;
}

static void span_reset(nlp_span_cursor_t *c) {
  if (c->iter)
    c->table->close(c->iter);
  c->iter = NULL;
  sqlite3_free(c->text);
  c->text = NULL;
  c->len = 0;
  c->eof = 1;
}

static int span_close(sqlite3_vtab_cursor *cur) {
  nlp_span_cursor_t *c = (nlp_span_cursor_t *)cur;
  span_reset(c);
  nlp_interrupt_done(&c->stop);
  sqlite3_free(c->row);
  sqlite3_free(c);
  return SQLITE_OK;
}

/* Takes the core iterator's status rc: a row, the end, or an error, which
** ends the rows and carries the core's message (errors.c). */
static int span_status(nlp_span_cursor_t *c, int rc) {
  if (rc == NLP_OK) {
    c->table->span(c->row, &c->byte_start, &c->byte_end);
    c->char_start = nlp_charpos_at(&c->pos, c->byte_start);
    c->char_end = nlp_charpos_at(&c->pos, c->byte_end);
    return SQLITE_OK;
  }
  c->eof = 1;
  if (rc == NLP_DONE)
    return SQLITE_OK;
  return nlp_vtab_error_code(c->base.pVtab, c->table->name, rc);
}

static int span_next(sqlite3_vtab_cursor *cur) {
  nlp_span_cursor_t *c = (nlp_span_cursor_t *)cur;
  return span_status(c, c->table->next(c->iter, c->row));
}

/* open_opts's status when it set its own message. */
#define NLP_OPTION_ERROR (-1000)

/* Starts the iterator with the option arguments of the plan (idxNum's bits,
** argv after the document). NLP_OPTION_ERROR when open_opts gave a message
** (set on the vtab). */
static int open_with_options(nlp_span_cursor_t *c, int idxNum, int argc,
                             sqlite3_value **argv) {
  sqlite3_value *opts[NLP_TABLE_OPTS] = {0};
  char *err = NULL;
  int a = 1, rc;
  for (int k = 0; k < c->table->nopts && k < NLP_TABLE_OPTS; k++)
    if ((idxNum & (IDX_DOCUMENT << (k + 1))) && a < argc)
      opts[k] = argv[a++];
  if (c->user && c->table->open_user_opts) /* a configured instance */
    rc =
        c->table->open_user_opts(c->user, c->text, c->len, opts,
                                 nlp_interrupt_check, &c->stop, &c->iter, &err);
  else
    rc = c->table->open_opts(c->text, c->len, opts, nlp_interrupt_check,
                             &c->stop, &c->iter, &err);
  if (err) {
    sqlite3_vtab *v = c->base.pVtab;
    sqlite3_free(v->zErrMsg);
    v->zErrMsg = err;
    return NLP_OPTION_ERROR;
  }
  return rc;
}

static int span_filter(sqlite3_vtab_cursor *cur, int idxNum, const char *idxStr,
                       int argc, sqlite3_value **argv) {
  nlp_span_cursor_t *c = (nlp_span_cursor_t *)cur;
  const unsigned char *src;
  int n, rc;
  (void)idxStr;
  span_reset(c);
  if (!(idxNum & IDX_DOCUMENT))
    return missing_text(cur->pVtab, c->table->name);
  if (argc < 1 || sqlite3_value_type(argv[0]) == SQLITE_NULL)
    return SQLITE_OK; /* no rows */
  src = sqlite3_value_text(argv[0]);
  n = sqlite3_value_bytes(argv[0]);
  if (!src)
    return n > 0 ? SQLITE_NOMEM : SQLITE_OK;
  c->text = sqlite3_malloc64((sqlite3_uint64)n + 1);
  if (!c->text)
    return SQLITE_NOMEM;
  memcpy(c->text, src, (size_t)n);
  c->text[n] = 0;
  c->len = (size_t)n;
  nlp_charpos_init(&c->pos, c->text);
  if (c->user && c->table->open_user &&
      !(c->table->open_user_opts && (idxNum & ~IDX_DOCUMENT)))
    rc = c->table->open_user(c->user, c->text, c->len, nlp_interrupt_check,
                             &c->stop, &c->iter);
  else if (c->table->nopts)
    rc = open_with_options(c, idxNum, argc, argv);
  else
    rc = c->table->open(c->text, c->len, nlp_interrupt_check, &c->stop,
                        &c->iter);
  if (rc == NLP_OPTION_ERROR) {
    c->iter = NULL;
    return SQLITE_ERROR;
  }
  if (rc != NLP_OK) {
    c->iter = NULL;
    return nlp_vtab_error_code(cur->pVtab, c->table->name, rc);
  }
  c->eof = 0;
  return span_next(cur);
}

static int span_eof(sqlite3_vtab_cursor *cur) {
  return ((nlp_span_cursor_t *)cur)->eof;
}

void nlp_result_span(sqlite3_context *ctx, const char *text, size_t s,
                     size_t e) {
  if (e > s)
    sqlite3_result_text64(ctx, text + s, e - s, SQLITE_TRANSIENT, SQLITE_UTF8);
  else
    sqlite3_result_null(ctx);
}

/* idx, which every span row has at offset 0 of its struct. */
static sqlite3_int64 row_idx(const nlp_span_cursor_t *c) {
  size_t idx;
  memcpy(&idx, c->row, sizeof(idx));
  return (sqlite3_int64)idx;
}

/* The columns every span table shares (binding.h), then the table's own. */
static int span_column(sqlite3_vtab_cursor *cur, sqlite3_context *ctx, int i) {
  nlp_span_cursor_t *c = (nlp_span_cursor_t *)cur;
  const nlp_table_t *t = c->table;
  const size_t offsets[NOFFSETS] = {c->char_start, c->char_end, c->byte_start,
                                    c->byte_end};
  if (i > t->ncols) /* an option */
    return t->column(ctx, c, i);
  if (i >= t->ncols) { /* the hidden document */
    sqlite3_result_text64(ctx, c->text, c->len, SQLITE_TRANSIENT, SQLITE_UTF8);
    return SQLITE_OK;
  }
  if (i == 0) {
    sqlite3_result_int64(ctx, row_idx(c));
    return SQLITE_OK;
  }
  if (i == t->text_col) {
    nlp_result_span(ctx, c->text, c->byte_start, c->byte_end);
    return SQLITE_OK;
  }
  if (i >= t->offsets_col && i < t->offsets_col + NOFFSETS) {
    sqlite3_result_int64(ctx, (sqlite3_int64)offsets[i - t->offsets_col]);
    return SQLITE_OK;
  }
  return t->column(ctx, c, i);
}

static int span_rowid(sqlite3_vtab_cursor *cur, sqlite3_int64 *rowid) {
  *rowid = row_idx((nlp_span_cursor_t *)cur);
  return SQLITE_OK;
}

static const sqlite3_module span_module = {
    .iVersion = 0,
    .xCreate = 0, /* eponymous only */
    .xConnect = span_connect,
    .xBestIndex = span_best_index,
    .xDisconnect = span_disconnect,
    .xDestroy = 0,
    .xOpen = span_open,
    .xClose = span_close,
    .xFilter = span_filter,
    .xNext = span_next,
    .xEof = span_eof,
    .xColumn = span_column,
    .xRowid = span_rowid,
};

const sqlite3_module *nlp_span_module(void) { return &span_module; }

int nlp_register_table(sqlite3 *db, const nlp_table_t *table) {
  return sqlite3_create_module(db, table->name, &span_module, (void *)table);
}
