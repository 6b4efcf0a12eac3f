/*
** core_app.c: the core used with no SQLite at all: sentences and tokens of
** a file through include/nlp.h, linked with libnlpcore.a.
**
** usage: core_app ARTICLE.txt   (prints "core_app: ok" on success)
*/
#include <stdio.h>
#include <stdlib.h>

#include "nlp.h"

int main(int argc, char **argv) {
  FILE *f;
  char *text;
  long n;
  nlp_sentences_t *si;
  nlp_tokens_t *ti;
  nlp_sentence_t s;
  nlp_token_t t;
  size_t sentences = 0, tokens = 0;
  if (argc < 2 || !(f = fopen(argv[1], "rb"))) {
    fprintf(stderr, "usage: core_app ARTICLE.txt\n");
    return 2;
  }
  fseek(f, 0, SEEK_END);
  n = ftell(f);
  fseek(f, 0, SEEK_SET);
  text = malloc((size_t)n + 1);
  if (!text || fread(text, 1, (size_t)n, f) != (size_t)n) {
    free(text);
    fclose(f);
    return 1;
  }
  fclose(f);
  if (nlp_sentences_new(text, (size_t)n, &si) != NLP_OK)
    return 1;
  while (nlp_sentences_next(si, &s) == NLP_OK) {
    if (sentences < 3)
      printf("[%zu] %.*s\n", s.idx, (int)(s.byte_end - s.byte_start),
             text + s.byte_start);
    sentences++;
  }
  nlp_sentences_free(si);
  if (nlp_tokens_new(text, (size_t)n, &ti) != NLP_OK)
    return 1;
  while (nlp_tokens_next(ti, &t) == NLP_OK)
    tokens++;
  nlp_tokens_free(ti);
  free(text);
  printf("sentences: %zu, tokens: %zu\n", sentences, tokens);
  if (sentences < 20 || tokens < 500)
    return 1;
  puts("core_app: ok");
  return 0;
}
