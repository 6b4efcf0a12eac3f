/*
** example.c: a program built against an installed sqlite-nlp, statically:
**
**   cc example.c $(pkg-config --static --cflags --libs sqlite-nlp)
**
** It registers the extension for every new connection with
** sqlite3_auto_extension(), splits a text into sentences and tokens, and
** prints "example: ok" when the results are as expected.
*/
#include <stdio.h>
#include <string.h>

#include <nlp.h>
#include <sqlite-nlp.h>
#include <sqlite3.h>

static const char TEXT[] = "Dr. L\xC3\xB3pez arrived at 10:30. "
                           "\xE2\x80\x9CWe won,\xE2\x80\x9D she said.";

int main(void) {
  sqlite3 *db;
  sqlite3_stmt *st;
  int sentences = 0, tokens = 0, ok = 1;
  if (sqlite3_auto_extension((void (*)(void))sqlite3_nlp_init) != SQLITE_OK ||
      sqlite3_open(":memory:", &db) != SQLITE_OK)
    return 1;
  if (sqlite3_prepare_v2(db,
                         "SELECT s.sentence, (SELECT count(*) FROM"
                         " nlp_tokens(s.sentence)) FROM nlp_sentences(?1) s",
                         -1, &st, NULL) != SQLITE_OK) {
    fprintf(stderr, "example: %s\n", sqlite3_errmsg(db));
    return 1;
  }
  sqlite3_bind_text(st, 1, TEXT, (int)sizeof(TEXT) - 1, SQLITE_STATIC);
  while (sqlite3_step(st) == SQLITE_ROW) {
    printf("%d tokens: %s\n", sqlite3_column_int(st, 1),
           (const char *)sqlite3_column_text(st, 0));
    sentences++;
    tokens += sqlite3_column_int(st, 1);
  }
  if (sqlite3_finalize(st) != SQLITE_OK)
    ok = 0;
  if (sqlite3_close(db) != SQLITE_OK)
    ok = 0;
  /* Dr. | López | arrived | at | 10:30 | .  and  “ | We | won | , | ” | she
  ** | said | . */
  if (!ok || sentences != 2 || tokens != 14) {
    fprintf(stderr, "example: got %d sentences, %d tokens\n", sentences,
            tokens);
    return 1;
  }
  printf("example: ok (sqlite-nlp %s)\n", NLP_VERSION);
  return 0;
}
