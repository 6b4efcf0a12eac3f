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
** computed only when asked for, by the nlp_parts table's iterator run
** alongside (the table's follow); an error of that iterator is the query's
** error, as one of the sentences' own would be.
*/
#include <string.h>

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

/* Where the parts iterator run alongside is. */
typedef enum part_state {
  PARTS_NOT_STARTED, /* no part read yet */
  PARTS_MORE,        /* part is the current part; more may follow */
  PARTS_LAST,        /* part is the last part: it holds the rest of the text */
  PARTS_NONE         /* the text has no parts: the kind is body */
} part_state;

/* The sentence iterator, and the parts iterator started on first use. */
typedef struct sent_iter {
  nlp_sentences_t *sents;
  const nlp_table_t *follow; /* the parts' table, once started */
  void *parts;               /* its iterator */
  const char *text;
  size_t len;
  nlp_part_t part; /* the current part */
  part_state state;
} sent_iter;

static int open_iter(const char *text, size_t len, nlp_check_fn check,
                     void *arg, void **iter) {
  (void)check, (void)arg;
  sent_iter *si = sqlite3_malloc(sizeof(*si));
  int rc;
  if (!si)
    return NLP_ENOMEM;
  memset(si, 0, sizeof(*si));
  rc = nlp_sentences_new(text, len, &si->sents);
  if (rc != NLP_OK) {
    sqlite3_free(si);
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
  if (si->parts)
    si->follow->close(si->parts);
  sqlite3_free(si);
}

/* Reads the next part into si->part, and sets si->state: NLP_OK, or the
** parts iterator's error. */
static int next_part(sent_iter *si) {
  nlp_part_t p;
  int rc = si->follow->next(si->parts, &p);
  if (rc == NLP_DONE) {
    si->state = si->state == PARTS_NOT_STARTED ? PARTS_NONE : PARTS_LAST;
    return NLP_OK;
  }
  if (rc != NLP_OK)
    return rc;
  si->part = p;
  si->state = PARTS_MORE;
  return NLP_OK;
}

/* Starts the parts iterator of table follow and reads its first part. */
static int start_parts(sent_iter *si, const nlp_table_t *follow) {
  if (!si->parts) {
    int rc = follow->open(si->text, si->len, NULL, NULL, &si->parts);
    if (rc != NLP_OK) {
      si->parts = NULL;
      return rc;
    }
    si->follow = follow;
  }
  return next_part(si);
}

/* The kind of the part that holds byte b (parts advance with the
** sentences, so the whole table costs one pass of each), or the parts
** iterator's error. */
static int part_at(sent_iter *si, const nlp_table_t *follow, size_t b,
                   const char **kind) {
  int rc = NLP_OK;
  if (si->state == PARTS_NOT_STARTED)
    rc = start_parts(si, follow);
  while (rc == NLP_OK && si->state == PARTS_MORE && si->part.byte_end <= b)
    rc = next_part(si);
  if (rc != NLP_OK)
    return rc;
  *kind = nlp_part_kind_name(si->state == PARTS_NONE ? NLP_PART_BODY
                                                     : si->part.kind);
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
    int rc = part_at(c->iter, c->table->follow, s->byte_start, &kind);
    if (rc != NLP_OK)
      return nlp_result_error_code(ctx, c->table->name, rc);
    sqlite3_result_text(ctx, kind, -1, SQLITE_STATIC);
    break;
  }
  }
  return SQLITE_OK;
}

const nlp_table_t nlp_sentences_table = {
    .name = "nlp_sentences",
    .schema = "CREATE TABLE x(idx INTEGER, sentence TEXT, char_start INTEGER,"
              " char_end INTEGER, byte_start INTEGER, byte_end INTEGER,"
              " paragraph INTEGER, part TEXT, document HIDDEN)",
    .ncols = NCOLS,
    .row_size = sizeof(nlp_sentence_t),
    .open = open_iter,
    .next = next_row,
    .close = close_iter,
    .span = row_span,
    .text_col = COL_SENTENCE,
    .offsets_col = COL_CHAR_START,
    .column = column,
    .follow = &nlp_parts_table,
};
