/*
** span_check.c: the invariant checks of span_check.h.
*/
#include "span_check.h"

#include "text/chars.h"

unsigned char *fz_boundaries(const unsigned char *text, size_t len) {
  unsigned char *b = calloc(len + 1, 1);
  const unsigned char *p = text, *end = text + len;
  if (!b)
    return NULL;
  while (p < end) {
    int32_t cp;
    size_t n = nlp_utf8_next(p, end, &cp);
    FZ_ASSERT(n >= 1 && n <= (size_t)(end - p), "nlp_utf8_next length %zu", n);
    b[p - text] = 1;
    p += n;
  }
  b[len] = 1;
  return b;
}

int fz_is_space_at(const unsigned char *text, size_t len, size_t off) {
  nlp_char_t c = nlp_char_at(text + off, text + len);
  return (c.klass & NLP_C_SPACE) != 0;
}

static const fz_span_t *span_of(const void *rows, size_t i, size_t row_size) {
  return (const fz_span_t *)((const unsigned char *)rows + i * row_size);
}

void fz_check_spans(const unsigned char *text, size_t len, const void *rows,
                    size_t n, size_t row_size, int flags) {
  unsigned char *bound = fz_boundaries(text, len);
  size_t prev_end = 0;
  if (!bound)
    return; /* out of memory: nothing to check against */
  for (size_t i = 0; i < n; i++) {
    const fz_span_t *s = span_of(rows, i, row_size);
    FZ_ASSERT(s->idx == i, "row %zu has idx %zu", i, s->idx);
    FZ_ASSERT(s->byte_start <= s->byte_end && s->byte_end <= len,
              "row %zu: [%zu,%zu) len %zu", i, s->byte_start, s->byte_end, len);
    if (flags & FZ_NONEMPTY)
      FZ_ASSERT(s->byte_start < s->byte_end, "row %zu empty at %zu", i,
                s->byte_start);
    FZ_ASSERT(s->byte_start >= prev_end, "row %zu starts at %zu < %zu", i,
              s->byte_start, prev_end);
    FZ_ASSERT(bound[s->byte_start] && bound[s->byte_end],
              "row %zu: [%zu,%zu) not on character boundaries", i,
              s->byte_start, s->byte_end);
    if ((flags & FZ_TRIMMED) && s->byte_start < s->byte_end) {
      size_t last = s->byte_end - 1;
      while (!bound[last])
        last--;
      FZ_ASSERT(!fz_is_space_at(text, len, s->byte_start),
                "row %zu starts with space at %zu", i, s->byte_start);
      FZ_ASSERT(!fz_is_space_at(text, len, last),
                "row %zu ends with space at %zu", i, last);
    }
    if (flags & FZ_COVER) {
      for (size_t off = prev_end; off < s->byte_start; off++)
        if (bound[off])
          FZ_ASSERT(fz_is_space_at(text, len, off),
                    "non-space byte %zu (0x%02x) before row %zu not covered",
                    off, text[off], i);
    }
    prev_end = s->byte_end;
  }
  if (flags & FZ_COVER)
    for (size_t off = prev_end; off < len; off++)
      if (bound[off])
        FZ_ASSERT(fz_is_space_at(text, len, off),
                  "non-space byte %zu (0x%02x) after the last row not covered",
                  off, text[off]);
  free(bound);
}

void *fz_rows_push(fz_rows_t *r) {
  void *row;
  if (r->n == r->cap) {
    size_t cap = r->cap ? 2 * r->cap : 64;
    unsigned char *p = realloc(r->rows, cap * r->row_size);
    if (!p)
      return NULL;
    r->rows = p;
    r->cap = cap;
  }
  row = r->rows + r->n++ * r->row_size;
  memset(row, 0, r->row_size);
  return row;
}

void fz_check_same(const fz_rows_t *a, const fz_rows_t *b) {
  FZ_ASSERT(a->n == b->n, "run 1 gave %zu rows, run 2 gave %zu", a->n, b->n);
  for (size_t i = 0; i < a->n; i++) {
    const fz_span_t *x = span_of(a->rows, i, a->row_size);
    const fz_span_t *y = span_of(b->rows, i, b->row_size);
    FZ_ASSERT(x->byte_start == y->byte_start && x->byte_end == y->byte_end,
              "row %zu differs between runs", i);
  }
}
