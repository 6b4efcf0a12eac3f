/*
** fuzz_quotes.c: libFuzzer harness of nlp_quotes_* (see span_check.h).
** Quotes are in text order and do not overlap; a speaker mention and a verb
** lie inside the text, on character boundaries.
*/
#include "span_check.h"

static void check_quotes(const unsigned char *text, size_t len,
                         const void *rows, size_t n) {
  const nlp_quote_t *q = rows;
  (void)text;
  for (size_t i = 0; i < n; i++) {
    FZ_ASSERT(q[i].mention_start <= q[i].mention_end && q[i].mention_end <= len,
              "quote %zu: mention [%zu,%zu) of %zu", i, q[i].mention_start,
              q[i].mention_end, len);
    FZ_ASSERT(i == 0 || q[i].sentence >= q[i - 1].sentence,
              "quote %zu: sentence %zu after %zu", i, q[i].sentence,
              q[i - 1].sentence);
  }
}

FZ_SPAN_HARNESS(nlp_quote_t, nlp_quotes_t, nlp_quotes_new, nlp_quotes_next,
                nlp_quotes_free, 0, check_quotes)
