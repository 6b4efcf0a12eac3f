/*
** load_app.c: a C program that loads nlp.so at run time, the way any
** application linked with the system's libsqlite3 would:
**
**   sqlite3_db_config(db, SQLITE_DBCONFIG_ENABLE_LOAD_EXTENSION, 1, NULL);
**   sqlite3_load_extension(db, "/path/to/nlp.so", NULL, &err);
**
** SQLITE_DBCONFIG_ENABLE_LOAD_EXTENSION turns on the C function only; SQL's
** load_extension() stays off (sqlite3_enable_load_extension would turn on
** both). The entry point is found from the file name (sqlite3_nlp_init), so
** no header of sqlite-nlp is needed.
**
** usage: load_app PATH/TO/nlp.so   (exits 0 and prints "load_app: ok" on
** success, non-zero on any failure)
*/
#include <stdio.h>
#include <string.h>

#include <sqlite3.h>

static int failures = 0;

static void check(int ok, const char *what) {
  if (!ok) {
    fprintf(stderr, "load_app: FAILED: %s\n", what);
    failures++;
  }
}

/* The first column of the first row of sql as text, copied into out. */
static int text_of(sqlite3 *db, const char *sql, const char *arg, char *out,
                   size_t size) {
  sqlite3_stmt *st;
  int rc = sqlite3_prepare_v2(db, sql, -1, &st, NULL);
  out[0] = '\0';
  if (rc != SQLITE_OK) {
    fprintf(stderr, "load_app: %s\n", sqlite3_errmsg(db));
    return rc;
  }
  if (arg)
    sqlite3_bind_text(st, 1, arg, -1, SQLITE_STATIC);
  rc = sqlite3_step(st);
  if (rc == SQLITE_ROW && sqlite3_column_text(st, 0))
    snprintf(out, size, "%s", (const char *)sqlite3_column_text(st, 0));
  return sqlite3_finalize(st);
}

int main(int argc, char **argv) {
  sqlite3 *db;
  char *err = NULL;
  char buf[256];
  if (argc < 2) {
    fprintf(stderr, "usage: load_app PATH/TO/nlp.so\n");
    return 2;
  }
  if (sqlite3_open(":memory:", &db) != SQLITE_OK)
    return 1;

  check(sqlite3_db_config(db, SQLITE_DBCONFIG_ENABLE_LOAD_EXTENSION, 1, NULL) ==
            SQLITE_OK,
        "enable the C loader");
  /* A missing file is an error, and SQL cannot load anything. */
  check(sqlite3_load_extension(db, "./no-such-nlp.so", NULL, &err) ==
                SQLITE_ERROR &&
            err != NULL,
        "a missing file gives an error message");
  sqlite3_free(err);
  err = NULL;
  check(text_of(db, "SELECT load_extension(?1)", argv[1], buf, sizeof buf) ==
                SQLITE_ERROR &&
            strcmp(sqlite3_errmsg(db), "not authorized") == 0,
        "SQL load_extension() stays off");

  if (sqlite3_load_extension(db, argv[1], NULL, &err) != SQLITE_OK) {
    fprintf(stderr, "load_app: %s\n", err ? err : "cannot load");
    sqlite3_free(err);
    sqlite3_close(db);
    return 1;
  }
  /* Turn loading off again once the extension is in. */
  sqlite3_db_config(db, SQLITE_DBCONFIG_ENABLE_LOAD_EXTENSION, 0, NULL);

  check(text_of(db, "SELECT group_concat(token, '|') FROM nlp_tokens(?1)",
                "Gov. López paid $1.2 billion.", buf,
                sizeof buf) == SQLITE_OK &&
            strcmp(buf, "Gov.|López|paid|$|1.2|billion|.") == 0,
        "nlp_tokens");
  check(text_of(db, "SELECT count(*) FROM nlp_sentences(?1)",
                "One. Two. Three.", buf, sizeof buf) == SQLITE_OK &&
            strcmp(buf, "3") == 0,
        "nlp_sentences");
  check(text_of(db, "SELECT nlp_unaccent(?1)", "Señor López", buf,
                sizeof buf) == SQLITE_OK &&
            strcmp(buf, "Senor Lopez") == 0,
        "nlp_unaccent");
  check(text_of(db, "SELECT nlp_debug()", NULL, buf, sizeof buf) == SQLITE_OK &&
            strstr(buf, "loadable extension") != NULL,
        "nlp_debug says it was loaded");
  printf("%s\n", buf);

  check(sqlite3_close(db) == SQLITE_OK, "close");
  if (failures)
    return 1;
  puts("load_app: ok");
  return 0;
}
