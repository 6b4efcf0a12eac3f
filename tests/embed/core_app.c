/*
** core_app.c: the core used with no SQLite at all: sentences and tokens of
** a file through include/nlp.h, linked with libnlpcore.a.
**
** usage: core_app ARTICLE.txt   (exits 0 and prints "core_app: ok" on
** success, non-zero on any failure)
*/
#include <stdio.h>
#include <stdlib.h>

#include "nlp.h"

/* Reads a whole file; NULL if it cannot be read. */
static char *read_file(const char *path, size_t *len) {
  FILE *f = fopen(path, "rb");
  char *buf = NULL;
  long n;
  if (!f)
    return NULL;
  if (fseek(f, 0, SEEK_END) == 0 && (n = ftell(f)) >= 0 &&
      fseek(f, 0, SEEK_SET) == 0 && (buf = malloc((size_t)n + 1)) != NULL &&
      fread(buf, 1, (size_t)n, f) != (size_t)n) {
    free(buf);
    buf = NULL;
  }
  if (buf)
    *len = (size_t)n;
  fclose(f);
  return buf;
}

int main(int argc, char **argv) {
  char *text;
  size_t n = 0, sentences = 0, tokens = 0;
  nlp_sentences_t *si;
  nlp_tokens_t *ti;
  nlp_sentence_t s;
  nlp_token_t t;
  int rc;
  if (argc < 2 || !(text = read_file(argv[1], &n))) {
    fprintf(stderr, "usage: core_app ARTICLE.txt\n");
    return 2;
  }
  if ((rc = nlp_sentences_new(text, n, &si)) != NLP_OK) {
    fprintf(stderr, "core_app: nlp_sentences_new: %s\n", nlp_errstr(rc));
    return 1;
  }
  while ((rc = nlp_sentences_next(si, &s)) == NLP_OK) {
    if (sentences < 3)
      printf("[%zu] %.*s\n", s.idx, (int)(s.byte_end - s.byte_start),
             text + s.byte_start);
    sentences++;
  }
  nlp_sentences_free(si);
  if (rc != NLP_DONE) {
    fprintf(stderr, "core_app: nlp_sentences_next: %s\n", nlp_errstr(rc));
    return 1;
  }
  if ((rc = nlp_tokens_new(text, n, &ti)) != NLP_OK) {
    fprintf(stderr, "core_app: nlp_tokens_new: %s\n", nlp_errstr(rc));
    return 1;
  }
  while ((rc = nlp_tokens_next(ti, &t)) == NLP_OK)
    tokens++;
  nlp_tokens_free(ti);
  free(text);
  if (rc != NLP_DONE) {
    fprintf(stderr, "core_app: nlp_tokens_next: %s\n", nlp_errstr(rc));
    return 1;
  }
  printf("sentences: %zu, tokens: %zu\n", sentences, tokens);
  if (sentences < 20 || tokens < 500) {
    fprintf(stderr, "core_app: too few sentences or tokens\n");
    return 1;
  }
  puts("core_app: ok");
  return 0;
}
