/*
** wordset.c: look-ups in the generated word lists (text/wordset.h).
*/
#include "text/wordset.h"

#include <string.h>

#include "text/fnv.h"
#include "text/wordset_tables.h"

/* Whether a[0..n) and b[0..n) are the same bytes: words are short, and a
** loop costs less than a call of memcmp. */
static int same_bytes(const char *a, const char *b, size_t n) {
  for (size_t i = 0; i < n; i++)
    if (a[i] != b[i])
      return 0;
  return 1;
}

/* The entry s[0..n) of hash h (FNV-1a folded), or NULL. */
static const nlp_list_word *probe(const char *s, size_t n, uint32_t h) {
  uint32_t j = h & (NLP_LIST_SLOTS - 1), e;
  for (; (e = NLP_LIST_SLOT[j]) != 0; j = (j + 1) & (NLP_LIST_SLOTS - 1)) {
    const nlp_list_word *w = &NLP_LIST_WORD[(e & 0xFFFFu) - 1];
    if (e >> 16 == h >> 16 && w->n == n && same_bytes(w->s, s, n))
      return w;
  }
  return NULL;
}

const nlp_list_word *nlp_list_find_hashed(const char *s, size_t n, uint32_t h) {
  if (n == 0 || n > NLP_LIST_MAX_LEN)
    return NULL;
  return probe(s, n, h);
}

const nlp_list_word *nlp_list_find(const char *s, size_t n) {
  uint32_t h = NLP_FNV_START;
  if (n == 0 || n > NLP_LIST_MAX_LEN)
    return NULL;
  for (size_t i = 0; i < n; i++)
    NLP_FNV_STEP(h, (unsigned char)s[i]);
  return probe(s, n, NLP_FNV_FOLD(h));
}

const nlp_list_word *nlp_list_find_lower(const char *s, size_t n) {
  char buf[NLP_LIST_MAX_LEN];
  uint32_t h = NLP_FNV_START;
  if (n == 0 || n > NLP_LIST_MAX_LEN)
    return NULL;
  for (size_t i = 0; i < n; i++) {
    unsigned char b = (unsigned char)s[i];
    b = (unsigned char)((unsigned)(b - 'A') < 26u ? b | 0x20 : b);
    buf[i] = (char)b;
    NLP_FNV_STEP(h, b);
  }
  return probe(buf, n, NLP_FNV_FOLD(h));
}

int nlp_list_has(enum nlp_list id, const char *s, size_t n) {
  return nlp_list_word_in(nlp_list_find(s, n), id);
}

int nlp_list_has_lower(enum nlp_list id, const char *s, size_t n) {
  return nlp_list_word_in(nlp_list_find_lower(s, n), id);
}

/* The entry s[0..n) of list id by binary search over its sorted order. */
static const nlp_list_item *search(enum nlp_list id, const char *s, size_t n) {
  const nlp_list_item *items = &NLP_LIST_ITEM[NLP_LIST_FIRST[id]];
  const uint16_t *sorted = &NLP_LIST_SORTED[NLP_LIST_FIRST[id]];
  size_t lo = 0, hi = NLP_LIST_FIRST[id + 1] - NLP_LIST_FIRST[id];
  while (lo < hi) { /* by bytes, then length */
    size_t mid = lo + (hi - lo) / 2;
    const nlp_list_item *it = &items[sorted[mid]];
    int c = memcmp(it->s, s, it->n < n ? it->n : n);
    if (c == 0)
      c = (it->n > n) - (it->n < n);
    if (c == 0)
      return it;
    if (c < 0)
      lo = mid + 1;
    else
      hi = mid;
  }
  return NULL;
}

const nlp_list_item *nlp_list_get(enum nlp_list id, const char *s, size_t n) {
  return nlp_list_word_item(nlp_list_find(s, n), id);
}

int nlp_list_has_capitalised(enum nlp_list id, const char *s, size_t n) {
  if (n == 0 || s[0] < 'A' || s[0] > 'Z')
    return 0;
  for (size_t i = 1; i < n; i++)
    if (s[i] < 'a' || s[i] > 'z')
      return 0;
  return nlp_list_has_lower(id, s, n);
}

const nlp_list_item *nlp_list_word_item(const nlp_list_word *w,
                                        enum nlp_list id) {
  if (!nlp_list_word_in(w, id))
    return NULL;
  if (w->list == (unsigned)id)
    return &NLP_LIST_ITEM[w->item];
  return search(id, w->s, w->n);
}

int nlp_list_value(enum nlp_list id, const char *s, size_t n, int *value) {
  const nlp_list_item *it = nlp_list_get(id, s, n);
  if (it && value)
    *value = (int)it->value;
  return it != NULL;
}

const nlp_list_item *nlp_list_items(enum nlp_list id, size_t *count) {
  *count = NLP_LIST_FIRST[id + 1] - NLP_LIST_FIRST[id];
  return &NLP_LIST_ITEM[NLP_LIST_FIRST[id]];
}
