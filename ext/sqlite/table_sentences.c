/*
** table_sentences.c: nlp_sentences(text), one row per sentence.
**
**   SELECT idx, sentence, paragraph FROM nlp_sentences('Hi there. Bye.');
**   -- 0|Hi there.|0
**   -- 1|Bye.|0
**
**   CREATE TABLE x(idx, sentence, char_start, char_end, byte_start,
**                  byte_end, paragraph, part, document HIDDEN)
**
** Offsets are 0-based and end-exclusive, into the original text;
** substr(text, char_start + 1, char_end - char_start) = sentence.
** part is the kind (nlp_parts) of the part where the sentence starts:
** headline, dateline, byline, caption, credit, boilerplate or body. It is
** computed only when asked for, by a parts iterator run alongside.
*/
#include <stdlib.h>

#include "binding.h"

#define COL_IDX 0
#define COL_SENTENCE 1
#define COL_CHAR_START 2
#define COL_CHAR_END 3
#define COL_BYTE_START 4
#define COL_BYTE_END 5
#define COL_PARAGRAPH 6
#define COL_PART 7
#define NCOLS 8

/* The sentence iterator, and the parts iterator started on first use. */
typedef struct sent_iter {
  nlp_sentences_t *sents;
  nlp_parts_t *parts;
  const char *text;
  size_t len;
  nlp_part_t part; /* the current part */
  int part_state;  /* 0: not started, 1: part valid, 2: no more parts */
} sent_iter;

static int open_iter(const char *text, size_t len, nlp_check_fn check,
                     void *arg, void **iter) {
  (void)check, (void)arg;
  sent_iter *si = calloc(1, sizeof(*si));
  int rc;
  if (!si)
    return NLP_ENOMEM;
  rc = nlp_sentences_new(text, len, &si->sents);
  if (rc != NLP_OK) {
    free(si);
    return rc;
  }
  si->text = text;
  si->len = len;
  *iter = si;
  return NLP_OK;
}

static int next_row(void *iter, void *row) {
  return nlp_sentences_next(((sent_iter *)iter)->sents, row);
}

static void close_iter(void *iter) {
  sent_iter *si = iter;
  if (!si)
    return;
  nlp_sentences_free(si->sents);
  nlp_parts_free(si->parts);
  free(si);
}

/* The kind of the part that holds byte b (parts advance with the
** sentences, so the whole table costs one pass of each). */
static int part_at(sent_iter *si, size_t b, const char **kind) {
  if (si->part_state == 0) {
    int rc = nlp_parts_new(si->text, si->len, &si->parts);
    if (rc != NLP_OK)
      return rc;
    si->part_state = 2;
    rc = nlp_parts_next(si->parts, &si->part);
    if (rc == NLP_OK)
      si->part_state = 1;
  }
  while (si->part_state == 1 && si->part.byte_end <= b) {
    nlp_part_t p;
    if (nlp_parts_next(si->parts, &p) != NLP_OK)
      break;
    si->part = p;
  }
  *kind =
      nlp_part_kind_name(si->part_state == 1 ? si->part.kind : NLP_PART_BODY);
  return NLP_OK;
}

static void row_span(const void *row, size_t *bs, size_t *be) {
  const nlp_sentence_t *s = row;
  *bs = s->byte_start;
  *be = s->byte_end;
}

static int column(sqlite3_context *ctx, const nlp_span_cursor_t *c, int i) {
  const nlp_sentence_t *s = c->row;
  switch (i) {
  case COL_PARAGRAPH:
    sqlite3_result_int64(ctx, (sqlite3_int64)s->paragraph);
    break;
  case COL_PART: {
    const char *kind;
    if (part_at(c->iter, s->byte_start, &kind) != NLP_OK) {
      sqlite3_result_error_nomem(ctx);
      return SQLITE_NOMEM;
    }
    sqlite3_result_text(ctx, kind, -1, SQLITE_STATIC);
    break;
  }
  }
  return SQLITE_OK;
}

const nlp_table_t nlp_sentences_table = {
    "nlp_sentences",
    "CREATE TABLE x(idx INTEGER, sentence TEXT, char_start INTEGER,"
    " char_end INTEGER, byte_start INTEGER, byte_end INTEGER,"
    " paragraph INTEGER, part TEXT, document HIDDEN)",
    NCOLS,
    sizeof(nlp_sentence_t),
    open_iter,
    next_row,
    close_iter,
    row_span,
    COL_SENTENCE,
    COL_CHAR_START,
    column};
