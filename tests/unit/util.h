/* util.h: helpers shared by the unit tests. */
#ifndef NLP_TEST_UTIL_H
#define NLP_TEST_UTIL_H

#include <stddef.h>

/* Reads a whole file; NULL if it cannot be read. Free with free(). */
char *nlp_test_read_file(const char *path, size_t *len);

/* $NLP_DATA_DIR/rel, or NULL when the shared data is absent. Static buffer. */
const char *nlp_test_data_path(const char *rel);

#endif
