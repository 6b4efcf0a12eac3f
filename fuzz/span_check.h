/*
** span_check.h: invariants shared by the libFuzzer harnesses of the core.
**
** Every span iterator of the core (sentences, tokens, and later entities,
** quotes, article parts) yields rows whose struct starts with
**   size_t idx; size_t byte_start; size_t byte_end;
** A harness for a new iterator is one file:
**
**   #include "span_check.h"
**   FZ_SPAN_HARNESS(nlp_entity_t, nlp_entities_t, nlp_entities_new,
**                   nlp_entities_next, nlp_entities_free, FZ_NONEMPTY, NULL)
**
** and fuzz/CMakeLists.txt picks it up (it globs fuzz_*.c). The harness runs
** the iterator twice over the fuzz input and checks, for each run:
**   - idx is 0, 1, 2, ... in order;
**   - 0 <= byte_start <= byte_end <= len (< if FZ_NONEMPTY);
**   - spans come in text order and do not overlap;
**   - both ends fall on character boundaries as cut by nlp_utf8_next()
**     (the way SQLite's substr() cuts);
**   - with FZ_TRIMMED, a span neither starts nor ends with white space;
**   - with FZ_COVER, every non-space character lies inside some span;
**   - the iterator returns NLP_OK rows then NLP_DONE (or NLP_ENOMEM), and
**     keeps returning NLP_DONE after the end;
** and that both runs give the same spans (determinism). An optional extra
** check gets the whole row array for kind-specific invariants.
** A failed check prints the reason and aborts, which libFuzzer reports.
*/
#ifndef NLP_SPAN_CHECK_H
#define NLP_SPAN_CHECK_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "nlp.h"

#define FZ_NONEMPTY 1 /* spans are never empty */
#define FZ_TRIMMED 2  /* spans start and end on non-space characters */
#define FZ_COVER 4    /* every non-space character is in some span */

/* The part of a row that every span row shares. */
typedef struct fz_span {
  size_t idx, byte_start, byte_end;
} fz_span_t;

/* Fails the run with a message. */
#define FZ_ASSERT(cond, ...)                                                   \
  do {                                                                         \
    if (!(cond)) {                                                             \
      fprintf(stderr, "fuzz invariant failed: %s (%s:%d): ", #cond, __FILE__,  \
              __LINE__);                                                       \
      fprintf(stderr, __VA_ARGS__);                                            \
      fputc('\n', stderr);                                                     \
      abort();                                                                 \
    }                                                                          \
  } while (0)

/* 1 if bytes[0..len) has a character boundary at off (as nlp_utf8_next
** cuts the text from its start); boundary[] caches the cut. */
unsigned char *fz_boundaries(const unsigned char *text, size_t len);

/* 1 if the character at text+off (a boundary) is white space, as the core
** classifies it. */
int fz_is_space_at(const unsigned char *text, size_t len, size_t off);

/* Checks rows[0..n) (each row_size bytes, starting with a fz_span_t
** layout) against text[0..len) with FZ_* flags. */
void fz_check_spans(const unsigned char *text, size_t len, const void *rows,
                    size_t n, size_t row_size, int flags);

/* Row array that grows; rows are zeroed before the iterator fills them. */
typedef struct fz_rows {
  unsigned char *rows;
  size_t n, cap, row_size;
} fz_rows_t;

void *fz_rows_push(fz_rows_t *r); /* NULL on OOM */

/* Checks the two runs agree: same count, same spans, same bytes. */
void fz_check_same(const fz_rows_t *a, const fz_rows_t *b);

typedef void (*fz_extra_check)(const unsigned char *text, size_t len,
                               const void *rows, size_t n);

/* The generic harness: see the comment at the top. */
#define FZ_SPAN_HARNESS(ROW_T, ITER_T, NEW, NEXT, FREE, FLAGS, EXTRA)          \
  static int fz_run(const uint8_t *data, size_t size, fz_rows_t *out) {        \
    ITER_T *it = NULL;                                                         \
    int rc = NEW((const char *)data, size, &it);                               \
    out->row_size = sizeof(ROW_T);                                             \
    if (rc == NLP_ENOMEM)                                                      \
      return rc;                                                               \
    FZ_ASSERT(rc == NLP_OK && it, "new: rc=%d", rc);                           \
    for (;;) {                                                                 \
      ROW_T *row = fz_rows_push(out);                                          \
      if (!row) {                                                              \
        rc = NLP_ENOMEM;                                                       \
        break;                                                                 \
      }                                                                        \
      rc = NEXT(it, row);                                                      \
      if (rc != NLP_OK) {                                                      \
        out->n--;                                                              \
        break;                                                                 \
      }                                                                        \
    }                                                                          \
    if (rc == NLP_DONE) {                                                      \
      ROW_T extra;                                                             \
      FZ_ASSERT(NEXT(it, &extra) == NLP_DONE, "next after the end");           \
    }                                                                          \
    FREE(it);                                                                  \
    FZ_ASSERT(rc == NLP_DONE || rc == NLP_ENOMEM, "next: rc=%d", rc);          \
    return rc;                                                                 \
  }                                                                            \
  int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);                \
  int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {               \
    fz_rows_t a = {0}, b = {0};                                                \
    fz_extra_check extra = (EXTRA);                                            \
    if (fz_run(data, size, &a) == NLP_DONE &&                                  \
        fz_run(data, size, &b) == NLP_DONE) {                                  \
      fz_check_spans(data, size, a.rows, a.n, sizeof(ROW_T), (FLAGS));         \
      fz_check_same(&a, &b);                                                   \
      if (extra)                                                               \
        extra(data, size, a.rows, a.n);                                        \
    }                                                                          \
    free(a.rows);                                                              \
    free(b.rows);                                                              \
    return 0;                                                                  \
  }

#endif /* NLP_SPAN_CHECK_H */
