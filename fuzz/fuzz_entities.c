/*
** fuzz_entities.c: libFuzzer harness of nlp_entities_* (see span_check.h)
** with the built-in model. Entities are non-empty and trimmed; each lies
** inside the sentence its `sentence` field names (the same text through
** nlp_sentences_*), sentence numbers never decrease, and the label is a
** known value.
*/
#include "span_check.h"

static int entities_new(const char *text, size_t len, nlp_entities_t **out) {
  return nlp_entities_new(NULL, text, len, out);
}

static void check_entities(const unsigned char *text, size_t len,
                           const void *rows, size_t n) {
  const nlp_entity_t *e = rows;
  nlp_sentences_t *si;
  nlp_sentence_t s;
  size_t have = 0; /* sentences read so far; s is sentence have-1 */
  if (nlp_sentences_new((const char *)text, len, &si) != NLP_OK)
    return;
  for (size_t i = 0; i < n; i++) {
    FZ_ASSERT((unsigned)e[i].label < (unsigned)NLP_LABEL_COUNT,
              "entity %zu label %d", i, (int)e[i].label);
    FZ_ASSERT(i == 0 || e[i].sentence >= e[i - 1].sentence,
              "entity %zu: sentence %zu after %zu", i, e[i].sentence,
              e[i - 1].sentence);
    while (have <= e[i].sentence) {
      int rc = nlp_sentences_next(si, &s);
      FZ_ASSERT(rc == NLP_OK, "entity %zu names sentence %zu of %zu", i,
                e[i].sentence, have);
      have++;
    }
    FZ_ASSERT(e[i].byte_start >= s.byte_start && e[i].byte_end <= s.byte_end,
              "entity %zu [%zu,%zu) outside its sentence %zu [%zu,%zu)", i,
              e[i].byte_start, e[i].byte_end, e[i].sentence, s.byte_start,
              s.byte_end);
  }
  nlp_sentences_free(si);
}

FZ_SPAN_HARNESS(nlp_entity_t, nlp_entities_t, entities_new, nlp_entities_next,
                nlp_entities_free, FZ_NONEMPTY | FZ_TRIMMED, check_entities)
