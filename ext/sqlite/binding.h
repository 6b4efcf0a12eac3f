/*
** binding.h: internals shared by the files of the SQLite binding.
**
** The binding is thin: each table-valued function is a descriptor
** (nlp_table_t) run by the generic span table of span_table.c, and each
** scalar is a small wrapper around a core call.
*/
#ifndef NLP_BINDING_H
#define NLP_BINDING_H

#ifndef SQLITE_CORE
#include <sqlite3ext.h>
SQLITE_EXTENSION_INIT3
#else
#include <sqlite3.h>
#endif

#include <stddef.h>

#include "nlp.h"

#ifndef SQLITE_RESULT_SUBTYPE
#define SQLITE_RESULT_SUBTYPE 0x001000000
#endif
#ifndef SQLITE_INNOCUOUS
#define SQLITE_INNOCUOUS 0x000200000
#endif

#define NLP_JSON_SUBTYPE 74         /* 'J', as SQLite's JSON functions use */
#define NLP_ASCII_END 0x80          /* bytes below this are ASCII characters */
#define NLP_REPLACEMENT_CHAR 0xFFFD /* what a malformed character reads as */

/* Appends a string literal to a sqlite3_str. */
#define NLP_APPEND_LITERAL(out, lit)                                           \
  sqlite3_str_append((out), (lit), (int)sizeof(lit) - 1)

/* Counts characters the way substr() does, moving forward through a text.
** Offsets asked for must not decrease (if they do, it restarts): spans of
** every table come in text order and never overlap. */
typedef struct nlp_charpos {
  const char *text;
  size_t byte; /* a character boundary */
  size_t chr;  /* characters in text[0..byte) */
} nlp_charpos_t;

void nlp_charpos_init(nlp_charpos_t *cp, const char *text);
size_t nlp_charpos_at(nlp_charpos_t *cp, size_t byte);

/* The check function of the core's long passes (interrupt.c): sees
** sqlite3_interrupt() and the progress handler of db. */
typedef struct nlp_interrupt {
  sqlite3 *db;
  sqlite3_stmt *probe; /* "SELECT 1", prepared at the first check */
  int broken;          /* it could not be prepared: never stop */
} nlp_interrupt_t;
void nlp_interrupt_init(nlp_interrupt_t *x, sqlite3 *db);
int nlp_interrupt_check(void *arg); /* an nlp_check_fn; arg: nlp_interrupt_t */
void nlp_interrupt_done(nlp_interrupt_t *x);

/* A table-valued function over spans of its text argument. */
typedef struct nlp_span_cursor nlp_span_cursor_t;
typedef struct nlp_table {
  const char *name;   /* "nlp_sentences" */
  const char *schema; /* CREATE TABLE x(..., document HIDDEN) */
  int ncols;          /* columns before the hidden document column */
  size_t row_size;    /* bytes of one row of the core iterator */
  /* Starts a core iterator over text[0..len); iterators that run long
  ** passes call check(arg) (nlp_check_fn) and then may return NLP_EINTR. */
  int (*open)(const char *text, size_t len, nlp_check_fn check, void *arg,
              void **iter);
  /* NLP_OK with *row filled, NLP_DONE, or an error code. */
  int (*next)(void *iter, void *row);
  void (*close)(void *iter);
  /* The row's byte span, for the character offsets. */
  void (*span)(const void *row, size_t *byte_start, size_t *byte_end);
  /* Columns the span table fills itself: column 0 is idx (a size_t at
  ** offset 0 of every row, also the rowid); text_col holds the span's text;
  ** offsets_col is char_start, followed by char_end, byte_start and
  ** byte_end. */
  int text_col, offsets_col;
  /* Result of any other column i (< ncols) for the cursor's current row:
  ** SQLITE_OK, or the error code of the error it set on ctx. */
  int (*column)(sqlite3_context *ctx, const nlp_span_cursor_t *cur, int i);
  /* A second table whose rows a column follows through the text, or NULL:
  ** nlp_sentences follows nlp_parts for its part column (tests put a table
  ** that fails here). */
  const struct nlp_table *follow;
  /* Hidden option columns after the document (0: none; at most
  ** NLP_TABLE_OPTS), as nlp_entities' reference_date. With nopts, the
  ** table starts with open_opts: opts[k] is option k's value, or NULL when
  ** the query gives none; on an error it may set *err (sqlite3_mprintf'd).
  ** column() answers for the option columns (i > ncols) too. */
  int nopts;
  int (*open_opts)(const char *text, size_t len, sqlite3_value **opts,
                   nlp_check_fn check, void *arg, void **iter, char **err);
  /* For a cursor whose user state is set (a configured instance,
  ** table_entities_config.c): starts the iterator as open does, with that
  ** state. NULL for the other tables. */
  int (*open_user)(void *user, const char *text, size_t len, nlp_check_fn check,
                   void *arg, void **iter);
  /* open_user with the option columns, as open_opts (NULL: the instance
  ** takes none). */
  int (*open_user_opts)(void *user, const char *text, size_t len,
                        sqlite3_value **opts, nlp_check_fn check, void *arg,
                        void **iter, char **err);
} nlp_table_t;

#define NLP_TABLE_OPTS 4

struct nlp_span_cursor {
  sqlite3_vtab_cursor base;
  const nlp_table_t *table;
  char *text; /* private copy of the document, owned by the cursor */
  size_t len; /* its length in bytes */
  void *iter; /* the core iterator, or NULL */
  void *row;  /* table->row_size bytes: the current row */
  int eof;
  size_t byte_start, byte_end; /* the current row's span */
  size_t char_start, char_end; /* the same in characters */
  nlp_charpos_t pos;
  nlp_interrupt_t stop; /* the check passed to open */
  void *user; /* state for table->open_user, owned by whoever set it */
};

/* Registers one table-valued function. */
int nlp_register_table(sqlite3 *db, const nlp_table_t *table);
/* The module of the span tables (its pAux is an nlp_table_t), for a module
** that wraps it (table_entities_config.c). */
const sqlite3_module *nlp_span_module(void);
/* nlp_entities, configurable (table_entities_config.c). */
int nlp_register_entities(sqlite3 *db);

/* The tables and scalars, each in its own file. */
extern const nlp_table_t nlp_sentences_table;
extern const nlp_table_t nlp_tokens_table;
extern const nlp_table_t nlp_entities_table;
/* nlp_entities' reference_date option read into o (ref NULL or SQL NULL:
** none): NLP_OK, or NLP_EINVAL with *err set (NLP_ENOMEM when it could not
** be); table_entities.c. */
int nlp_entities_read_date(sqlite3_value *ref, nlp_entities_opts_t *o,
                           char **err);
int nlp_register_labels(sqlite3 *db);
int nlp_register_entities_json(sqlite3 *db);
extern const nlp_table_t nlp_quotes_table;
extern const nlp_table_t nlp_parts_table;
int nlp_register_scalars(sqlite3 *db);
int nlp_register_html(sqlite3 *db); /* nlp_html() (html.c) */

/* Result text[s..e), or NULL when the span is empty. */
void nlp_result_span(sqlite3_context *ctx, const char *text, size_t s,
                     size_t e);

/* Core errors in SQL (errors.c). An error status of the core (not NLP_OK
** or NLP_DONE) becomes "fn(): " and nlp_errstr(rc), with SQLITE_INTERRUPT
** for NLP_EINTR and SQLITE_ERROR for the others; NLP_ENOMEM stays
** SQLITE_NOMEM ("out of memory"). */
int nlp_sqlite_code(int rc); /* the SQLite result code of rc */
/* Sets a function result from rc; returns its SQLite code. */
int nlp_result_error_code(sqlite3_context *ctx, const char *fn, int rc);
/* Sets the virtual table's error message from rc; returns its SQLite code. */
int nlp_vtab_error_code(sqlite3_vtab *vtab, const char *fn, int rc);

/* The folded form of a token (fold.c), nlp_tokens' norm column and the
** term the FTS5 tokenizer indexes: NFKC with Unicode case folding, then,
** with unaccent, without combining marks ("López" -> "lópez" or "lopez"). */
#define NLP_FOLD_SMALL 64 /* an ASCII token this long needs no allocation */
typedef struct nlp_fold {
  const char *s; /* the folded text, n bytes (not NUL-terminated) */
  size_t n;
  char *heap;                 /* a long ASCII fold (sqlite3_free), or NULL */
  char *core;                 /* the core's fold (nlp_free), or NULL */
  char small[NLP_FOLD_SMALL]; /* a short ASCII fold */
} nlp_fold_t;
/* Folds s[0..n) into *f: NLP_OK or the core's status. Call nlp_fold_free
** after either. */
int nlp_fold(nlp_fold_t *f, const char *s, size_t n, int unaccent);
void nlp_fold_free(nlp_fold_t *f);

/* Appends s[0..n) as a JSON string (quotes and escapes; malformed UTF-8
** becomes U+FFFD). */
void nlp_json_string(sqlite3_str *out, const char *s, size_t n);

/* Ends a JSON array that `out` began with '[' and makes it the result, with
** the JSON subtype; or sets the error of rc, the last status of the core
** iterator that filled it (NLP_DONE when it ran to the end). fn names the
** function in error messages. Frees out. */
void nlp_json_array_result(sqlite3_context *ctx, sqlite3_str *out, int rc,
                           const char *fn);

#endif /* NLP_BINDING_H */
