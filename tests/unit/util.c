/* util.c: helpers shared by the unit tests. */
#include "util.h"

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <cmocka.h>

#include "ner/ner.h"

char *nlp_test_read_file(const char *path, size_t *len) {
  FILE *f = fopen(path, "rb");
  char *buf = NULL;
  long n;
  if (!f)
    return NULL;
  if (fseek(f, 0, SEEK_END) == 0 && (n = ftell(f)) >= 0 &&
      fseek(f, 0, SEEK_SET) == 0) {
    buf = malloc((size_t)n + 1);
    if (buf && fread(buf, 1, (size_t)n, f) != (size_t)n) {
      free(buf);
      buf = NULL;
    }
    if (buf) {
      buf[n] = 0;
      if (len)
        *len = (size_t)n;
    }
  }
  fclose(f);
  return buf;
}

const char *nlp_test_data_path(const char *rel) {
  static char path[4096];
  const char *dir = getenv("NLP_DATA_DIR");
  if (!dir)
    return NULL;
  snprintf(path, sizeof(path), "%s/%s", dir, rel);
  if (access(path, R_OK) != 0)
    return NULL;
  return path;
}

void nlp_test_same_blocks(struct ner_doc *a, struct ner_doc *b, size_t block) {
  int ra, rb;
  do {
    ra = ner_doc_block(a, block);
    rb = ner_doc_block(b, block);
    assert_int_equal(ra, rb);
    assert_int_equal(a->ntoks, b->ntoks);
    for (size_t i = 0; ra == NLP_OK && i < a->ntoks; i++) {
      assert_int_equal(a->toks[i].bs, b->toks[i].bs);
      assert_int_equal(a->toks[i].be, b->toks[i].be);
      assert_int_equal(a->toks[i].kind, b->toks[i].kind);
      assert_int_equal(a->toks[i].sentence, b->toks[i].sentence);
      assert_int_equal(a->toks[i].h_lower, b->toks[i].h_lower);
      assert_int_equal(a->toks[i].sent_first, b->toks[i].sent_first);
      assert_int_equal(a->toks[i].sent_end, b->toks[i].sent_end);
    }
  } while (ra == NLP_OK);
  assert_int_equal(ra, NLP_DONE);
  ner_doc_free(a);
  ner_doc_free(b);
}

void nlp_test_entities(const char *text, char *out, size_t cap) {
  nlp_test_entities_with(NULL, text, out, cap);
}

void nlp_test_entities_with(const struct nlp_model *model, const char *text,
                            char *out, size_t cap) {
  nlp_entities_t *it;
  nlp_entity_t e;
  size_t n = 0, prev_end = 0, idx = 0;
  int rc;
  out[0] = 0;
  assert_int_equal(nlp_entities_new(model, text, strlen(text), &it), NLP_OK);
  while ((rc = nlp_entities_next(it, &e)) == NLP_OK) {
    assert_int_equal(e.idx, idx++);
    assert_true(e.byte_start < e.byte_end);
    assert_true(e.byte_end <= strlen(text));
    assert_true(e.byte_start >= prev_end); /* ordered, no overlap */
    prev_end = e.byte_end;
    assert_non_null(e.canonical);
    assert_non_null(nlp_label_name(e.label));
    n += (size_t)snprintf(out + n, cap - n, "%s%.*s/%s/%s", n ? "|" : "",
                          (int)(e.byte_end - e.byte_start), text + e.byte_start,
                          nlp_label_name(e.label), e.canonical);
    assert_true(n < cap);
  }
  assert_int_equal(rc, NLP_DONE);
  nlp_entities_free(it);
}
