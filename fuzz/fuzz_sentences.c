/*
** fuzz_sentences.c: libFuzzer harness of nlp_sentences_* (see span_check.h).
** Sentences are non-empty, trimmed, and cover every non-space character;
** paragraph numbers never decrease.
*/
#include "span_check.h"

static void check_paragraphs(const unsigned char *text, size_t len,
                             const void *rows, size_t n) {
  const nlp_sentence_t *s = rows;
  (void)text, (void)len;
  for (size_t i = 1; i < n; i++)
    FZ_ASSERT(s[i].paragraph >= s[i - 1].paragraph,
              "sentence %zu: paragraph %zu after %zu", i, s[i].paragraph,
              s[i - 1].paragraph);
  FZ_ASSERT(n == 0 || s[0].paragraph == 0, "first paragraph %zu",
            s[0].paragraph);
  FZ_ASSERT(nlp_sentence_count((const char *)text, len) == n,
            "nlp_sentence_count disagrees with the iterator (%zu rows)", n);
}

FZ_SPAN_HARNESS(nlp_sentence_t, nlp_sentences_t, nlp_sentences_new,
                nlp_sentences_next, nlp_sentences_free,
                FZ_NONEMPTY | FZ_TRIMMED | FZ_COVER, check_paragraphs)
