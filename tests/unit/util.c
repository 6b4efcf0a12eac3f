/* util.c: helpers shared by the unit tests. */
#include "util.h"

#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

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
