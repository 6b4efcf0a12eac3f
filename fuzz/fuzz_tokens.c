/*
** fuzz_tokens.c: libFuzzer harness of nlp_tokens_* (see span_check.h).
** Tokens are non-empty, trimmed, and cover every non-space character; each
** lies inside the sentence its `sentence` field names (the same text
** through nlp_sentences_*), sentence numbers never decrease, and kind is a
** known value.
*/
#include "span_check.h"

static void check_tokens(const unsigned char *text, size_t len,
                         const void *rows, size_t n) {
  const nlp_token_t *t = rows;
  nlp_sentences_t *si;
  nlp_sentence_t s;
  size_t have = 0; /* sentences read so far; s is sentence have-1 */
  if (nlp_sentences_new((const char *)text, len, &si) != NLP_OK)
    return;
  for (size_t i = 0; i < n; i++) {
    FZ_ASSERT((unsigned)t[i].kind <= (unsigned)NLP_TOKEN_OTHER,
              "token %zu kind %d", i, (int)t[i].kind);
    FZ_ASSERT(i == 0 || t[i].sentence >= t[i - 1].sentence,
              "token %zu: sentence %zu after %zu", i, t[i].sentence,
              t[i - 1].sentence);
    while (have <= t[i].sentence) {
      int rc = nlp_sentences_next(si, &s);
      FZ_ASSERT(rc == NLP_OK, "token %zu names sentence %zu of %zu", i,
                t[i].sentence, have);
      have++;
    }
    FZ_ASSERT(t[i].byte_start >= s.byte_start && t[i].byte_end <= s.byte_end,
              "token %zu [%zu,%zu) outside its sentence %zu [%zu,%zu)", i,
              t[i].byte_start, t[i].byte_end, t[i].sentence, s.byte_start,
              s.byte_end);
  }
  nlp_sentences_free(si);
}

FZ_SPAN_HARNESS(nlp_token_t, nlp_tokens_t, nlp_tokens_new, nlp_tokens_next,
                nlp_tokens_free, FZ_NONEMPTY | FZ_TRIMMED | FZ_COVER,
                check_tokens)
