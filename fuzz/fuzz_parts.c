/*
** fuzz_parts.c: libFuzzer harness of nlp_parts_* (see span_check.h).
** Parts are non-empty, trimmed, in order, and cover every non-space
** character; kinds and paragraph numbers are valid and never go back.
*/
#include "span_check.h"

static void check_parts(const unsigned char *text, size_t len, const void *rows,
                        size_t n) {
  const nlp_part_t *p = rows;
  (void)text, (void)len;
  for (size_t i = 0; i < n; i++) {
    FZ_ASSERT(nlp_part_kind_name(p[i].kind) != NULL, "part %zu kind %d", i,
              (int)p[i].kind);
    FZ_ASSERT(i == 0 || p[i].paragraph >= p[i - 1].paragraph,
              "part %zu: paragraph %zu after %zu", i, p[i].paragraph,
              p[i - 1].paragraph);
  }
}

FZ_SPAN_HARNESS(nlp_part_t, nlp_parts_t, nlp_parts_new, nlp_parts_next,
                nlp_parts_free, FZ_NONEMPTY | FZ_TRIMMED | FZ_COVER,
                check_parts)
