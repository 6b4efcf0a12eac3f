/*
** quotes.c: who said what (nlp_quotes): the iterator.
**
** Usage (C):
**   nlp_quotes_t *it; nlp_quote_t q;
**   nlp_quotes_new(text, len, &it);
**   while (nlp_quotes_next(it, &q) == NLP_OK)
**     use(text + q.byte_start, q.byte_end - q.byte_start, q.speaker, ...);
**   nlp_quotes_free(it);
**
** The text is read one block at a time: a paragraph (blank lines separate),
** cut at white space when longer than BLOCK_MAX bytes. Each block's words
** come from nlp_tokens (words.c), its quotation marks are paired
** (marks.c), and each quote gets its speaker by the rules listed in
** attribution.c; quotes_int.h lists the files. The rows of a block are
** given out one by one; a quote that runs on into the next paragraph waits
** there. The sentence of a quote is nlp_tokens' sentence of its first word.
**
** Every scan is bounded or covers a stretch of the block that no other
** quote's scan covers, so the time is linear in the length of the text.
*/
#include <stdlib.h>
#include <string.h>

#include "text/alloc.h"
#include "quotes/quotes_int.h"

const char *nlp_quote_kind_name(int kind) {
  switch (kind) {
  case NLP_QUOTE_INDIRECT:
    return "indirect";
  case NLP_QUOTE_MIXED:
    return "mixed";
  default:
    return "direct";
  }
}

int nlp_quotes_new(const char *text, size_t len, nlp_quotes_t **out) {
  nlp_quotes_t *it;
  int rc;
  if (!out || (!text && len))
    return NLP_EINVAL;
  it = nlp_mem_calloc(1, sizeof(*it));
  if (!it)
    return NLP_ENOMEM;
  it->text = (const unsigned char *)(text ? text : "");
  it->end = it->text + len;
  it->pos = it->text;
  rc = nlp_tokens_new((const char *)it->text, len, &it->words_it);
  if (rc != NLP_OK) {
    nlp_mem_free(it);
    return rc;
  }
  *out = it;
  return NLP_OK;
}

void nlp_quotes_free(nlp_quotes_t *it) {
  if (!it)
    return;
  nlp_entities_free(it->ents);
  nlp_mem_free(it->pe);
  nlp_mem_free(it->parena);
  while (it->interned) {
    chunk_t *c = it->interned;
    it->interned = c->next;
    nlp_mem_free(c);
  }
  nlp_tokens_free(it->words_it);
  nlp_mem_free(it->toks);
  nlp_mem_free(it->qs);
  nlp_mem_free(it->ev);
  nlp_mem_free(it->rows);
  nlp_mem_free(it->ind);
  nlp_mem_free(it->cand);
  nlp_mem_free(it);
}

/* Skips the white space at p, counting line breaks into *breaks. */
static const unsigned char *skip_space(nlp_quotes_t *it, const unsigned char *p,
                                       int *breaks) {
  const unsigned char *end = it->end;
  while (p < end) {
    nlp_char_t c = nlp_char_at(p, end);
    if (!(c.klass & NLP_C_SPACE))
      break;
    if (*p == '\n' || (*p == '\r' && !(p + 1 < end && p[1] == '\n')))
      (*breaks)++;
    else if (c.cp == 0x2029)
      *breaks += 2;
    else if (c.cp == 0x2028 || c.cp == 0x85)
      (*breaks)++;
    p += c.len;
  }
  return p;
}

/* The end of the block that starts at b: a blank line, or white space
** near BLOCK_MAX (any character boundary past twice that). */
static const unsigned char *block_end(nlp_quotes_t *it,
                                      const unsigned char *b) {
  const unsigned char *e = b, *end = it->end;
  while (e < end) {
    if (*e == '\n' || *e == '\r') {
      const unsigned char *q = e;
      int n = 0;
      while (q < end && (*q == '\n' || *q == '\r' || *q == ' ' || *q == '\t')) {
        if (*q == '\n' || (*q == '\r' && !(q + 1 < end && q[1] == '\n')))
          n++;
        q++;
      }
      if (n >= 2 || q >= end)
        break;
      e = q;
      continue;
    }
    if ((size_t)(e - b) >= BLOCK_MAX && (*e == ' ' || *e == '\t'))
      break;
    if ((size_t)(e - b) >= 2 * (size_t)BLOCK_MAX && (*e & 0xC0) != 0x80)
      break;
    e++;
  }
  return e;
}

/* Reads the next block into the rows; *more is 0 at the end of the text. */
static int next_block(nlp_quotes_t *it, int *more) {
  const unsigned char *b, *e;
  int breaks = 0, rc;
  b = skip_space(it, it->pos, &breaks);
  if (b >= it->end) {
    it->pos = it->end;
    *more = 0;
    return NLP_OK;
  }
  if (it->started && breaks >= 2)
    it->paragraph++;
  it->started = 1;
  e = block_end(it, b);
  it->pos = e;
  rc = quotes_read_words(it, b, e);
  if (rc == NLP_OK)
    rc = quotes_process_block(it, e);
  it->cont = it->npending > 0;
  *more = 1;
  return rc;
}

void nlp_quotes_set_check(nlp_quotes_t *it, nlp_check_fn check, void *arg) {
  if (!it)
    return;
  it->check = check;
  it->check_arg = arg;
  it->checked_at = it->pos;
}

/* Reads blocks until a row can be given out; NLP_DONE at the end. */
static int fill_rows(nlp_quotes_t *it) {
  while (it->emit >= it->nrows - it->npending) {
    int more, rc;
    if (it->check && it->pos - it->checked_at >= CHECK_BYTES) {
      it->checked_at = it->pos;
      if (it->check(it->check_arg)) {
        it->stopped = 1;
        return NLP_EINTR;
      }
    }
    /* Keep the pending pieces, drop the rows already given out. */
    if (it->emit > 0)
      memmove(it->rows, it->rows + it->emit,
              (it->nrows - it->emit) * sizeof(row_t));
    it->nrows -= it->emit;
    it->emit = 0;
    rc = next_block(it, &more);
    if (rc == NLP_EINTR)
      it->stopped = 1;
    if (rc != NLP_OK)
      return rc;
    if (!more) {
      if (it->npending) {
        quotes_flush_pending(it);
        if (it->nrows > 0)
          continue;
      }
      return NLP_DONE;
    }
  }
  return NLP_OK;
}

int nlp_quotes_next(nlp_quotes_t *it, nlp_quote_t *q) {
  int rc;
  if (!it || !q)
    return NLP_EINVAL;
  if (it->stopped)
    return NLP_EINTR;
  if ((rc = fill_rows(it)) != NLP_OK)
    return rc;
  *q = it->rows[it->emit++].q;
  q->idx = it->idx++;
  return NLP_OK;
}
