/*
** table_quotes.c: nlp_quotes(text), one row per quotation: who said what.
**
**   SELECT quote, speaker, speaker_mention, verb
**   FROM nlp_quotes('“We will win,” said Jane Doe. “It is close,” she added.');
**   -- We will win|Jane Doe|Jane Doe|said
**   -- It is close|Jane Doe|she|added
**
**   CREATE TABLE x(idx, quote, speaker, speaker_mention, verb, sentence,
**                  char_start, char_end, byte_start, byte_end, kind,
**                  speaker_char_start, speaker_char_end, speaker_byte_start,
**                  speaker_byte_end, cue_char_start, cue_char_end,
**                  cue_byte_start, cue_byte_end, document HIDDEN)
**
** quote is the words inside the marks (without a trailing comma);
** speaker the canonical name of the speaker, or the noun phrase that
** names it ("Homeland Security officials"), or NULL; speaker_mention the
** words near the quote that attribute it (may be a pronoun) or NULL; verb
** the reporting verb or NULL; sentence the idx in nlp_sentences of the
** sentence where the quote starts. Offsets are those of the quote:
** substr(text, char_start + 1, char_end - char_start) = quote.
** kind is direct, indirect or mixed (nlp_quote_kind_name); speaker_* are
** the offsets of the mention that names the speaker (speaker_mention, or
** for a speaker carried from the quote before, that one's mention) and
** cue_* those of verb; NULL when there is none.
*/
#include "binding.h"

#define COL_IDX 0
#define COL_QUOTE 1
#define COL_SPEAKER 2
#define COL_MENTION 3
#define COL_VERB 4
#define COL_SENTENCE 5
#define COL_CHAR_START 6
#define COL_CHAR_END 7
#define COL_BYTE_START 8
#define COL_BYTE_END 9
#define COL_KIND 10
#define COL_SPK_CHAR_START 11 /* then _char_end, _byte_start, _byte_end */
#define COL_CUE_CHAR_START 15 /* the same four for the cue */
#define NCOLS 19

static int open_iter(const char *text, size_t len, nlp_check_fn check,
                     void *arg, void **iter) {
  int rc = nlp_quotes_new(text, len, (nlp_quotes_t **)iter);
  if (rc == NLP_OK)
    nlp_quotes_set_check(*iter, check, arg);
  return rc;
}

static int next_row(void *iter, void *row) {
  return nlp_quotes_next(iter, row);
}

static void close_iter(void *iter) { nlp_quotes_free(iter); }

static void row_span(const void *row, size_t *bs, size_t *be) {
  const nlp_quote_t *q = row;
  *bs = q->byte_start;
  *be = q->byte_end;
}

/* The character offset of byte b, counted from the quote's start (the
** speaker and the cue lie near the quote: no count from the text's start). */
static size_t char_of(const nlp_span_cursor_t *c, size_t b) {
  if (b >= c->byte_start)
    return c->char_start +
           nlp_utf8_count(c->text + c->byte_start, b - c->byte_start);
  return c->char_start - nlp_utf8_count(c->text + b, c->byte_start - b);
}

/* One of the four offsets (char_start, char_end, byte_start, byte_end) of
** the span [s, e), k from 0 to 3; NULL when the span is empty. */
static void span_offset(sqlite3_context *ctx, const nlp_span_cursor_t *c,
                        size_t s, size_t e, int k) {
  size_t v;
  if (e <= s) {
    sqlite3_result_null(ctx);
    return;
  }
  v = k == 0 ? char_of(c, s) : k == 1 ? char_of(c, e) : k == 2 ? s : e;
  sqlite3_result_int64(ctx, (sqlite3_int64)v);
}

static int column(sqlite3_context *ctx, const nlp_span_cursor_t *c, int i) {
  const nlp_quote_t *q = c->row;
  if (i >= COL_SPK_CHAR_START && i < COL_CUE_CHAR_START) {
    span_offset(ctx, c, q->source_start, q->source_end, i - COL_SPK_CHAR_START);
    return SQLITE_OK;
  }
  if (i >= COL_CUE_CHAR_START && i < NCOLS) {
    span_offset(ctx, c, q->verb_start, q->verb_end, i - COL_CUE_CHAR_START);
    return SQLITE_OK;
  }
  switch (i) {
  case COL_KIND:
    sqlite3_result_text(ctx, nlp_quote_kind_name(q->kind), -1, SQLITE_STATIC);
    break;
  case COL_SPEAKER:
    if (q->speaker && q->speaker_len)
      sqlite3_result_text(ctx, q->speaker, (int)q->speaker_len,
                          SQLITE_TRANSIENT);
    else
      sqlite3_result_null(ctx);
    break;
  case COL_MENTION:
    nlp_result_span(ctx, c->text, q->mention_start, q->mention_end);
    break;
  case COL_VERB:
    nlp_result_span(ctx, c->text, q->verb_start, q->verb_end);
    break;
  case COL_SENTENCE:
    sqlite3_result_int64(ctx, (sqlite3_int64)q->sentence);
    break;
  }
  return SQLITE_OK;
}

const nlp_table_t nlp_quotes_table = {
    .name = "nlp_quotes",
    .schema = "CREATE TABLE x(idx INTEGER, quote TEXT, speaker TEXT,"
              " speaker_mention TEXT, verb TEXT, sentence INTEGER, char_start "
              "INTEGER,"
              " char_end INTEGER, byte_start INTEGER, byte_end INTEGER,"
              " kind TEXT, speaker_char_start INTEGER,"
              " speaker_char_end INTEGER, speaker_byte_start INTEGER,"
              " speaker_byte_end INTEGER, cue_char_start INTEGER,"
              " cue_char_end INTEGER, cue_byte_start INTEGER,"
              " cue_byte_end INTEGER, document HIDDEN)",
    .ncols = NCOLS,
    .row_size = sizeof(nlp_quote_t),
    .open = open_iter,
    .next = next_row,
    .close = close_iter,
    .span = row_span,
    .text_col = COL_QUOTE,
    .offsets_col = COL_CHAR_START,
    .column = column,
};
