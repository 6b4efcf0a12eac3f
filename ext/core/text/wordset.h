/*
** wordset.h: the core's one look-up of its word lists (internal).
**
** Every word list is a plain text file data/lists/<stage>/<name>.txt; the
** build turns them all into const tables (tools/gen_wordlists.c writes
** generated/wordlists.{h,c} in the build folder). A list is named by its
** enum, NLP_LIST_<STAGE>_<NAME>: data/lists/common/months.txt is
** NLP_LIST_COMMON_MONTHS.
**
** One hash table holds every distinct entry of every list with the set of
** lists it is in, so one probe (nlp_list_find) answers for all lists at
** once; nlp_list_has() and the others are that probe and a bit test. An
** entry may carry an integer value (the month's number, a word's weight)
** and the text after the TAB in the file (nlp_list_item.data).
** Nothing is built at run time and nothing needs freeing.
*/
#ifndef NLP_WORDSET_H
#define NLP_WORDSET_H

#include <stddef.h>
#include <stdint.h>

#include "text/fnv.h"

/* One entry of a list, in the file's order. */
typedef struct nlp_list_item {
  const char *s;    /* the entry, NUL-terminated */
  uint16_t n;       /* its length in bytes */
  int32_t value;    /* the integer after the TAB, 0 when there is none */
  const char *data; /* the text after the TAB, "" when there is none */
} nlp_list_item;

#include "generated/wordlists.h" /* enum nlp_list, NLP_LIST_BITWORDS, ... */

/* A distinct entry and the lists it is in (bit id of bits[id / 64]). */
typedef struct nlp_list_word {
  const char *s;
  uint16_t n;
  uint16_t list; /* the first list it is in */
  uint32_t item; /* its entry there, in NLP_LIST_ITEM (nlp_list_word_item) */
  uint64_t bits[NLP_LIST_BITWORDS];
} nlp_list_word;

/* The entry s[0..n) as it is written, with the lists it is in, or NULL
** when no list has it. */
const nlp_list_word *nlp_list_find(const char *s, size_t n);

/* nlp_list_find() of s[0..n) with A-Z read as a-z (lists written in lower
** case, asked about a word as it is written in the text). */
const nlp_list_word *nlp_list_find_lower(const char *s, size_t n);

/* nlp_list_find() for a caller that hashed s[0..n) while it read it: h is
** NLP_LIST_HASH_END of NLP_LIST_HASH_STEP over the bytes of s from
** NLP_LIST_HASH_START. */
const nlp_list_word *nlp_list_find_hashed(const char *s, size_t n, uint32_t h);
#define NLP_LIST_HASH_START NLP_FNV_START
#define NLP_LIST_HASH_STEP(h, b) NLP_FNV_STEP(h, b)
#define NLP_LIST_HASH_END(h) NLP_FNV_FOLD(h)

/* Whether the word w (from nlp_list_find; NULL is in no list) is in id. */
static inline int nlp_list_word_in(const nlp_list_word *w, enum nlp_list id) {
  return w && (w->bits[(unsigned)id / 64u] >> ((unsigned)id % 64u) & 1u);
}

/* The index of the lowest bit set in b (b not 0). */
static inline unsigned nlp_lowest_bit(uint64_t b) {
#if defined(__GNUC__)
  return (unsigned)__builtin_ctzll(b);
#else
  unsigned k = 0;
  while (!(b & 1u)) {
    b >>= 1;
    k++;
  }
  return k;
#endif
}

/* Whether list id has the entry s[0..n), byte for byte. */
int nlp_list_has(enum nlp_list id, const char *s, size_t n);

/* Whether list id has s[0..n) with A-Z read as a-z. */
int nlp_list_has_lower(enum nlp_list id, const char *s, size_t n);

/* Whether list id (written in lower case) has s[0..n) written capitalised,
** a capital and then small letters: "May" for "may", not "MAY" nor "may". */
int nlp_list_has_capitalised(enum nlp_list id, const char *s, size_t n);

/* Whether list id has s[0..n); if so *value is the entry's value. */
int nlp_list_value(enum nlp_list id, const char *s, size_t n, int *value);

/* The entry s[0..n) of list id, with its value and data, or NULL. */
const nlp_list_item *nlp_list_get(enum nlp_list id, const char *s, size_t n);

/* The entry of the word w (from nlp_list_find) in list id, or NULL: what
** nlp_list_get() finds, without a search when id is w's first list. */
const nlp_list_item *nlp_list_word_item(const nlp_list_word *w,
                                        enum nlp_list id);

/* The entries of list id in the file's order; *count is their number. */
const nlp_list_item *nlp_list_items(enum nlp_list id, size_t *count);

#endif /* NLP_WORDSET_H */
