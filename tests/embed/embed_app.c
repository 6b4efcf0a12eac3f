/*
** embed_app.c: sqlite-nlp embedded in an application. The extension is
** linked statically (libnlp_sqlite.a) and registered for every connection
** with sqlite3_auto_extension(); no .so is loaded.
**
** usage: embed_app ARTICLE.txt   (exits 0 and prints "embed_app: ok" on
** success, non-zero on any failure)
*/
#include <stdio.h>
#include <stdlib.h>

#include <sqlite3.h>

#include "sqlite-nlp.h"

static char *read_file(const char *path, long *n) {
  FILE *f = fopen(path, "rb");
  char *buf;
  if (!f)
    return NULL;
  fseek(f, 0, SEEK_END);
  *n = ftell(f);
  fseek(f, 0, SEEK_SET);
  buf = malloc((size_t)*n + 1);
  if (buf && fread(buf, 1, (size_t)*n, f) != (size_t)*n) {
    free(buf);
    buf = NULL;
  }
  fclose(f);
  return buf;
}

int main(int argc, char **argv) {
  sqlite3 *db;
  sqlite3_stmt *st;
  long n = 0;
  char *text;
  int sentences = -1, rc;
  if (argc < 2 || !(text = read_file(argv[1], &n))) {
    fprintf(stderr, "usage: embed_app ARTICLE.txt\n");
    return 2;
  }
  sqlite3_auto_extension((void (*)(void))sqlite3_nlp_init);
  if (sqlite3_open(":memory:", &db) != SQLITE_OK)
    return 1;
  rc = sqlite3_prepare_v2(
      db, "SELECT count(*), max(paragraph) FROM nlp_sentences(?)", -1, &st,
      NULL);
  if (rc != SQLITE_OK) {
    fprintf(stderr, "embed_app: %s\n", sqlite3_errmsg(db));
    return 1;
  }
  if (sqlite3_bind_text(st, 1, text, (int)n, SQLITE_STATIC) != SQLITE_OK ||
      sqlite3_step(st) != SQLITE_ROW) {
    fprintf(stderr, "embed_app: %s\n", sqlite3_errmsg(db));
  } else {
    sentences = sqlite3_column_int(st, 0);
    printf("sentences: %d, paragraphs: %d\n", sentences,
           sqlite3_column_int(st, 1) + 1);
  }
  if (sqlite3_finalize(st) != SQLITE_OK)
    sentences = -1;
  rc = sqlite3_close(db);
  free(text);
  if (sentences < 20 || rc != SQLITE_OK) {
    fprintf(stderr, "embed_app: unexpected result\n");
    return 1;
  }
  puts("embed_app: ok");
  return 0;
}
