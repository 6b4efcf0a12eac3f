/*
** wordset_tables.h: the generated tables behind wordset.h (internal to
** text/wordset.c and the generated wordlists.c).
*/
#ifndef NLP_WORDSET_TABLES_H
#define NLP_WORDSET_TABLES_H

#include "text/wordset.h"

/* Every entry of every list, list after list, each in its file's order. */
extern const nlp_list_item NLP_LIST_ITEM[];
/* List k is NLP_LIST_ITEM[NLP_LIST_FIRST[k] .. NLP_LIST_FIRST[k + 1]). */
extern const uint32_t NLP_LIST_FIRST[NLP_LIST_COUNT + 1];
/* The same ranges: offsets into the list, in the entries' byte order. */
extern const uint16_t NLP_LIST_SORTED[];
/* The distinct entries of all lists, with the set of lists of each. */
extern const nlp_list_word NLP_LIST_WORD[NLP_LIST_NWORDS];
/* Open addressing over NLP_LIST_WORD: index + 1 | hash >> 16 << 16. */
extern const uint32_t NLP_LIST_SLOT[NLP_LIST_SLOTS];

#endif /* NLP_WORDSET_TABLES_H */
