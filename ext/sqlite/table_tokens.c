/*
** table_tokens.c: nlp_tokens(text), one row per token.
**
**   SELECT token, kind, norm FROM nlp_tokens('Gov. López paid $1.2 billion.');
**   -- Gov.|word|gov.   López|word|lópez   paid|word|paid   $|symbol|$
**   -- 1.2|number|1.2   billion|word|billion   .|punct|.
**
**   CREATE TABLE x(idx, token, kind, norm, char_start, char_end, byte_start,
**                  byte_end, sentence, document HIDDEN)
**
** norm is the token in NFKC with Unicode case folding. sentence is the idx
** of the token's sentence in nlp_sentences of the same text.
*/
#include "binding.h"

#define COL_IDX 0
#define COL_TOKEN 1
#define COL_KIND 2
#define COL_NORM 3
#define COL_CHAR_START 4
#define COL_CHAR_END 5
#define COL_BYTE_START 6
#define COL_BYTE_END 7
#define COL_SENTENCE 8
#define NCOLS 9

static int open_iter(const char *text, size_t len, nlp_check_fn check,
                     void *arg, void **iter) {
  (void)check, (void)arg;
  return nlp_tokens_new(text, len, (nlp_tokens_t **)iter);
}

static int next_row(void *iter, void *row) {
  return nlp_tokens_next(iter, row);
}

static void close_iter(void *iter) { nlp_tokens_free(iter); }

static void row_span(const void *row, size_t *bs, size_t *be) {
  const nlp_token_t *t = row;
  *bs = t->byte_start;
  *be = t->byte_end;
}

/* norm: the token folded (fold.c), or the fold's error. */
static int result_norm(sqlite3_context *ctx, const char *fn, const char *s,
                       size_t n) {
  nlp_fold_t f;
  int rc = nlp_fold(&f, s, n, 0);
  if (rc == NLP_OK)
    sqlite3_result_text64(ctx, f.s, f.n, SQLITE_TRANSIENT, SQLITE_UTF8);
  nlp_fold_free(&f);
  return rc == NLP_OK ? SQLITE_OK : nlp_result_error_code(ctx, fn, rc);
}

static int column(sqlite3_context *ctx, const nlp_span_cursor_t *c, int i) {
  const nlp_token_t *t = c->row;
  switch (i) {
  case COL_KIND:
    sqlite3_result_text(ctx, nlp_token_kind_name(t->kind), -1, SQLITE_STATIC);
    break;
  case COL_NORM:
    return result_norm(ctx, c->table->name, c->text + t->byte_start,
                       t->byte_end - t->byte_start);
  case COL_SENTENCE:
    sqlite3_result_int64(ctx, (sqlite3_int64)t->sentence);
    break;
  }
  return SQLITE_OK;
}

const nlp_table_t nlp_tokens_table = {
    .name = "nlp_tokens",
    .schema = "CREATE TABLE x(idx INTEGER, token TEXT, kind TEXT, norm TEXT,"
              " char_start INTEGER, char_end INTEGER, byte_start INTEGER,"
              " byte_end INTEGER, sentence INTEGER, document HIDDEN)",
    .ncols = NCOLS,
    .row_size = sizeof(nlp_token_t),
    .open = open_iter,
    .next = next_row,
    .close = close_iter,
    .span = row_span,
    .text_col = COL_TOKEN,
    .offsets_col = COL_CHAR_START,
    .column = column,
};
