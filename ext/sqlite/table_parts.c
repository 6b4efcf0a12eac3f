/*
** table_parts.c: nlp_parts(text), one row per part of the page.
**
**   SELECT kind, part FROM nlp_parts('Storm hits coast
**
**   By Jane Doe, CNN
**
**   MIAMI (AP) — The storm arrived on Monday.');
**   -- headline|Storm hits coast
**   -- byline|By Jane Doe, CNN
**   -- dateline|MIAMI (AP) —
**   -- body|The storm arrived on Monday.
**
**   CREATE TABLE x(idx, kind, part, paragraph, char_start, char_end,
**                  byte_start, byte_end, document HIDDEN)
**
** kind is one of headline, dateline, byline, caption, credit, boilerplate,
** body. substr(text, char_start + 1, char_end - char_start) = part.
*/
#include "binding.h"

#define COL_IDX 0
#define COL_KIND 1
#define COL_PART 2
#define COL_PARAGRAPH 3
#define COL_CHAR_START 4
#define COL_CHAR_END 5
#define COL_BYTE_START 6
#define COL_BYTE_END 7
#define NCOLS 8

static int open_iter(const char *text, size_t len, nlp_check_fn check,
                     void *arg, void **iter) {
  (void)check, (void)arg;
  return nlp_parts_new(text, len, (nlp_parts_t **)iter);
}

static int next_row(void *iter, void *row) { return nlp_parts_next(iter, row); }

static void close_iter(void *iter) { nlp_parts_free(iter); }

static void row_span(const void *row, size_t *bs, size_t *be) {
  const nlp_part_t *p = row;
  *bs = p->byte_start;
  *be = p->byte_end;
}

static int column(sqlite3_context *ctx, const nlp_span_cursor_t *c, int i) {
  const nlp_part_t *p = c->row;
  switch (i) {
  case COL_KIND:
    sqlite3_result_text(ctx, nlp_part_kind_name(p->kind), -1, SQLITE_STATIC);
    break;
  case COL_PARAGRAPH:
    sqlite3_result_int64(ctx, (sqlite3_int64)p->paragraph);
    break;
  }
  return SQLITE_OK;
}

const nlp_table_t nlp_parts_table = {
    .name = "nlp_parts",
    .schema =
        "CREATE TABLE x(idx INTEGER, kind TEXT, part TEXT, paragraph INTEGER,"
        " char_start INTEGER, char_end INTEGER, byte_start INTEGER,"
        " byte_end INTEGER, document HIDDEN)",
    .ncols = NCOLS,
    .row_size = sizeof(nlp_part_t),
    .open = open_iter,
    .next = next_row,
    .close = close_iter,
    .span = row_span,
    .text_col = COL_PART,
    .offsets_col = COL_CHAR_START,
    .column = column,
};
