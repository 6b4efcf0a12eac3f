/* util.h: helpers shared by the unit tests. */
#ifndef NLP_TEST_UTIL_H
#define NLP_TEST_UTIL_H

#include <stddef.h>

/* Reads a whole file; NULL if it cannot be read. Free with free(). */
char *nlp_test_read_file(const char *path, size_t *len);

/* $NLP_DATA_DIR/rel, or NULL when the shared data is absent. Static buffer. */
const char *nlp_test_data_path(const char *rel);

struct ner_doc;
struct nlp_model;

/* Reads the blocks of a (pass 2 from the tokens pass 1 kept) and of b
** (use_cache 0: tokenised again) block by block and asserts they give the
** same tokens, with the same facts of their sentences; frees both. */
void nlp_test_same_blocks(struct ner_doc *a, struct ner_doc *b, size_t block);

/* "entity/LABEL/canonical" of every entity of text (built-in model),
** joined by '|', into out; asserts the rows are well formed: idx in order,
** non-empty spans inside the text, in order without overlap, a label and a
** canonical name. */
void nlp_test_entities(const char *text, char *out, size_t cap);

/* nlp_test_entities() with the given model (NULL: the built-in one). */
void nlp_test_entities_with(const struct nlp_model *model, const char *text,
                            char *out, size_t cap);

#endif
