/*
** sqlite-nlp.h: the SQLite entry point of sqlite-nlp, for programs that link
** the extension statically (libnlp_sqlite.a) and register it themselves:
**
**   #include <sqlite3.h>
**   #include <sqlite-nlp.h>
**   sqlite3_auto_extension((void (*)(void))sqlite3_nlp_init);
**
** Every connection opened afterwards has the nlp_* functions. A program
** that loads nlp.so at run time needs no header: SELECT load_extension(...)
** or sqlite3_load_extension() finds sqlite3_nlp_init by itself.
*/
#ifndef SQLITE_NLP_H
#define SQLITE_NLP_H

#include <sqlite3.h>

#ifdef __cplusplus
extern "C" {
#endif

/* Registers every function of sqlite-nlp on db: SQLITE_OK, or the SQLite
** code of the first registration that failed, with *pzErrMsg (when pzErrMsg
** is not NULL; free it with sqlite3_free) set to "sqlite-nlp: cannot
** register <what>: <sqlite3_errmsg(db)>". */
int sqlite3_nlp_init(sqlite3 *db, char **pzErrMsg,
                     const sqlite3_api_routines *pApi);

#ifdef __cplusplus
}
#endif
#endif /* SQLITE_NLP_H */
