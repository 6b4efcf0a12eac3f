/*
** table_sentences.c: nlp_sentences(text), one row per sentence.
**
**   SELECT idx, sentence, paragraph FROM nlp_sentences('Hi there. Bye.');
**   -- 0|Hi there.|0
**   -- 1|Bye.|0
**
**   CREATE TABLE x(idx, sentence, char_start, char_end, byte_start,
**                  byte_end, paragraph, document HIDDEN)
**
** Offsets are 0-based and end-exclusive, into the original text;
** substr(text, char_start + 1, char_end - char_start) = sentence.
*/
#include "binding.h"

#define COL_IDX 0
#define COL_SENTENCE 1
#define COL_CHAR_START 2
#define COL_CHAR_END 3
#define COL_BYTE_START 4
#define COL_BYTE_END 5
#define COL_PARAGRAPH 6
#define NCOLS 7

static int open_iter(const char *text, size_t len, void **iter) {
  return nlp_sentences_new(text, len, (nlp_sentences_t **)iter);
}

static int next_row(void *iter, void *row) {
  return nlp_sentences_next(iter, row);
}

static void close_iter(void *iter) { nlp_sentences_free(iter); }

static void row_span(const void *row, size_t *bs, size_t *be) {
  const nlp_sentence_t *s = row;
  *bs = s->byte_start;
  *be = s->byte_end;
}

static int column(sqlite3_context *ctx, const nlp_span_cursor_t *c, int i) {
  const nlp_sentence_t *s = c->row;
  switch (i) {
  case COL_IDX:
    sqlite3_result_int64(ctx, (sqlite3_int64)s->idx);
    break;
  case COL_SENTENCE:
    sqlite3_result_text(ctx, c->text + s->byte_start,
                        (int)(s->byte_end - s->byte_start), SQLITE_TRANSIENT);
    break;
  case COL_CHAR_START:
    sqlite3_result_int64(ctx, (sqlite3_int64)c->char_start);
    break;
  case COL_CHAR_END:
    sqlite3_result_int64(ctx, (sqlite3_int64)c->char_end);
    break;
  case COL_BYTE_START:
    sqlite3_result_int64(ctx, (sqlite3_int64)s->byte_start);
    break;
  case COL_BYTE_END:
    sqlite3_result_int64(ctx, (sqlite3_int64)s->byte_end);
    break;
  case COL_PARAGRAPH:
    sqlite3_result_int64(ctx, (sqlite3_int64)s->paragraph);
    break;
  }
  return SQLITE_OK;
}

const nlp_table_t nlp_sentences_table = {
    "nlp_sentences",
    "CREATE TABLE x(idx INTEGER, sentence TEXT, char_start INTEGER,"
    " char_end INTEGER, byte_start INTEGER, byte_end INTEGER,"
    " paragraph INTEGER, document HIDDEN)",
    NCOLS,
    sizeof(nlp_sentence_t),
    open_iter,
    next_row,
    close_iter,
    row_span,
    column};
