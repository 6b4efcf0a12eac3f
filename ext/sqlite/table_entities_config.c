/*
** table_entities_config.c: the nlp_entities module, which a CREATE VIRTUAL
** TABLE may configure with the user's own entity list.
**
**   CREATE TABLE my_entities(phrase TEXT, label TEXT, canonical TEXT);
**   CREATE TABLE my_aliases(name TEXT, canonical TEXT);
**   CREATE TABLE my_stopnames(name TEXT);
**   CREATE VIRTUAL TABLE my_ner USING nlp_entities(
**     entries = 'my_entities', aliases = 'my_aliases', stop = 'my_stopnames');
**   SELECT entity, label, canonical FROM my_ner('Adsteam rose. Reuter said.');
**
**   CREATE TABLE x(idx, entity, label, canonical, value, sentence,
**                  char_start, char_end, byte_start, byte_end,
**                  document HIDDEN)        -- the columns of nlp_entities
**
** Each option is optional and names a table or view of the virtual table's
** own database: entries (phrase, label, canonical), aliases (name,
** canonical), stop (name). The name is checked against sqlite_master when
** the table is created or connected, and the rows are read with a prepared
** SELECT of the columns above from the table as it is named there, quoted
** with %w (no SQL is built from anything else the user wrote). The rows are
** read at a cursor's first row and kept with the virtual table while no
** change can have touched them (get_list), so changes apply to the next
** query and a correlated subquery reads them once; a missing table or
** column, a bad label or a bad row is an SQL error naming the table and the
** row. The rows go into a
** core nlp_userlist_t (ext/core/entities/user_lists.c), which matches the
** entries and applies the aliases and stop names (precedence in
** include/nlp.h and docs/entities.md).
**
** This module wraps the span table of span_table.c: with no options (the
** eponymous nlp_entities) it is that table, unchanged; a configured one
** runs the span table with a copy of nlp_entities_table (table_entities.c)
** whose iterator is the core's nlp_userlist_entities. nlp_entities_json
** does not see configured instances: it is the built-in finder only.
*/
#include <string.h>

#include "binding.h"

enum { OPT_ENTRIES = 0, OPT_ALIASES, OPT_STOP, NOPTS };

/* Each option: its name, and the SELECT of the columns it reads ("%w" are
** the database and the table, as sqlite_master names them). */
static const struct {
  const char *name;
  const char *columns;
  const char *select;
} OPTIONS[NOPTS] = {
    {"entries", "phrase, label, canonical",
     "SELECT phrase, label, canonical FROM \"%w\".\"%w\""},
    {"aliases", "name, canonical", "SELECT name, canonical FROM \"%w\".\"%w\""},
    {"stop", "name", "SELECT name FROM \"%w\".\"%w\""},
};

/* A user's list, shared by the cursors that read it and the table's cache. */
typedef struct shared_list {
  nlp_userlist_t *ul;
  int refs;
} shared_list;

/* What the user's tables can have changed by: a list read with one stamp
** is still right at a later equal stamp. */
typedef struct stamp {
  sqlite3_int64 changes;        /* sqlite3_total_changes64(): this connection */
  sqlite3_int64 data_version;   /* PRAGMA data_version: other connections */
  sqlite3_int64 schema_version; /* PRAGMA schema_version: DDL */
  int cacheable; /* 0 in a write transaction, which may still roll back */
} stamp_t;

typedef struct cfg_vtab {
  sqlite3_vtab base;
  sqlite3_vtab *inner; /* the span table's */
  nlp_table_t *desc;   /* its descriptor, when configured (else shared) */
  sqlite3 *db;
  char *schema;        /* the virtual table's database ("main") */
  char *name;          /* the virtual table's name, for messages */
  char *tables[NOPTS]; /* each option's table as sqlite_master names it */
  int configured;
  int reading;        /* its tables are being read (a loop reads it again) */
  shared_list *cache; /* the list last read outside a write transaction */
  stamp_t stamp;      /* and when */
  sqlite3_stmt *pragma[2]; /* data_version, schema_version (or NULL) */
} cfg_vtab;

/* A configured cursor's state (nlp_span_cursor_t.user). */
typedef struct cfg_state {
  cfg_vtab *vt;
  shared_list *list; /* got at the cursor's first xFilter */
} cfg_state;

/* ---- options ---------------------------------------------------------- */

/* s[0..n) without white space at either end. */
static void trim(const char **s, size_t *n) {
  while (*n && (**s == ' ' || **s == '\t' || **s == '\n' || **s == '\r'))
    (*s)++, (*n)--;
  while (*n && ((*s)[*n - 1] == ' ' || (*s)[*n - 1] == '\t' ||
                (*s)[*n - 1] == '\n' || (*s)[*n - 1] == '\r'))
    (*n)--;
}

/* The value of an option, unquoted ('my table' -> my table, 'it''s' ->
** it's), as a new string (sqlite3_free), or NULL. */
static char *unquote(const char *v, size_t n) {
  char *out = sqlite3_malloc64(n + 1), q;
  size_t o = 0;
  if (!out)
    return NULL;
  q = n >= 2 && (v[0] == '\'' || v[0] == '"') && v[n - 1] == v[0] ? v[0] : 0;
  for (size_t i = q ? 1 : 0; i < (q ? n - 1 : n); i++) {
    out[o++] = v[i];
    if (q && v[i] == q && i + 1 < n - 1 && v[i + 1] == q)
      i++; /* a doubled quote */
  }
  out[o] = 0;
  return out;
}

/* Sets *err (sqlite3_mprintf) and returns SQLITE_ERROR, or SQLITE_NOMEM. */
static int fail(char **err, char *msg) {
  sqlite3_free(*err);
  *err = msg;
  return msg ? SQLITE_ERROR : SQLITE_NOMEM;
}

/* Reads one "name = 'value'" argument into vt->tables. */
static int parse_option(cfg_vtab *vt, const char *arg, char **err) {
  const char *eq = strchr(arg, '='), *k = arg, *v;
  size_t kn, vn;
  int o;
  if (!eq)
    return fail(err, sqlite3_mprintf("%s: bad option \"%s\" (expected "
                                     "entries, aliases or stop = 'table')",
                                     vt->name, arg));
  kn = (size_t)(eq - arg);
  v = eq + 1;
  vn = strlen(v);
  trim(&k, &kn);
  trim(&v, &vn);
  for (o = 0; o < NOPTS; o++)
    if (strlen(OPTIONS[o].name) == kn &&
        sqlite3_strnicmp(OPTIONS[o].name, k, (int)kn) == 0)
      break;
  if (o == NOPTS)
    return fail(err, sqlite3_mprintf("%s: unknown option \"%.*s\" (expected "
                                     "entries, aliases or stop)",
                                     vt->name, (int)kn, k));
  if (vt->tables[o])
    return fail(err, sqlite3_mprintf("%s: option %s given twice", vt->name,
                                     OPTIONS[o].name));
  vt->tables[o] = unquote(v, vn);
  if (!vt->tables[o])
    return SQLITE_NOMEM;
  if (!vt->tables[o][0])
    return fail(err, sqlite3_mprintf("%s: option %s names no table", vt->name,
                                     OPTIONS[o].name));
  return SQLITE_OK;
}

/* ---- the user's tables ------------------------------------------------ */

/* Replaces option o's table name by the name sqlite_master gives that
** table or view of the virtual table's database; an error if none. */
static int find_table(cfg_vtab *vt, int o, char **err) {
  sqlite3_stmt *st = NULL;
  char *sql = sqlite3_mprintf("SELECT name FROM \"%w\".sqlite_master WHERE "
                              "type IN ('table', 'view') AND name = ?1 "
                              "COLLATE NOCASE",
                              vt->schema);
  int rc = sql ? sqlite3_prepare_v2(vt->db, sql, -1, &st, NULL) : SQLITE_NOMEM;
  sqlite3_free(sql);
  if (rc == SQLITE_OK) {
    sqlite3_bind_text(st, 1, vt->tables[o], -1, SQLITE_STATIC);
    rc = sqlite3_step(st);
    if (rc == SQLITE_ROW) {
      char *name = sqlite3_mprintf("%s", sqlite3_column_text(st, 0));
      rc = name ? SQLITE_OK : SQLITE_NOMEM;
      if (name) {
        sqlite3_free(vt->tables[o]);
        vt->tables[o] = name;
      }
    } else if (rc == SQLITE_DONE) {
      rc = fail(err, sqlite3_mprintf("%s: no such table: %s (option %s)",
                                     vt->name, vt->tables[o], OPTIONS[o].name));
    } else {
      rc = fail(err,
                sqlite3_mprintf("%s: %s", vt->name, sqlite3_errmsg(vt->db)));
    }
  } else if (rc != SQLITE_NOMEM) {
    rc = fail(err, sqlite3_mprintf("%s: %s", vt->name, sqlite3_errmsg(vt->db)));
  }
  sqlite3_finalize(st);
  return rc;
}

/* Prepares the SELECT of option o's table: an error naming the columns it
** needs when it lacks one. */
static int prepare_table(cfg_vtab *vt, int o, sqlite3_stmt **st, char **err) {
  char *sql;
  int rc = find_table(vt, o, err);
  *st = NULL;
  if (rc != SQLITE_OK)
    return rc;
  sql = sqlite3_mprintf(OPTIONS[o].select, vt->schema, vt->tables[o]);
  if (!sql)
    return SQLITE_NOMEM;
  rc = sqlite3_prepare_v2(vt->db, sql, -1, st, NULL);
  sqlite3_free(sql);
  if (rc == SQLITE_NOMEM)
    return rc;
  if (rc != SQLITE_OK)
    return fail(err,
                sqlite3_mprintf("%s: table %s (option %s) needs the "
                                "columns %s: %s",
                                vt->name, vt->tables[o], OPTIONS[o].name,
                                OPTIONS[o].columns, sqlite3_errmsg(vt->db)));
  return SQLITE_OK;
}

/* Column i of the current row as text into *s, *n; NULL allowed or not.
** An error message for a NULL (when not allowed) or a BLOB, else NULL.
** Numbers are read as their text. */
static const char *column_text(sqlite3_stmt *st, int i, int null_ok,
                               const char **s, size_t *n) {
  int type = sqlite3_column_type(st, i);
  *s = NULL;
  *n = 0;
  if (type == SQLITE_NULL)
    return null_ok ? NULL : "is NULL";
  if (type == SQLITE_BLOB)
    return "is a BLOB, not text";
  *s = (const char *)sqlite3_column_text(st, i);
  *n = (size_t)sqlite3_column_bytes(st, i);
  return *s ? NULL : "could not be read (out of memory)";
}

/* The error of row `row` of option o's table: "my_ner: my_entities row 3:
** label is NULL". */
static int row_error(cfg_vtab *vt, int o, sqlite3_int64 row, const char *col,
                     const char *why, char **err) {
  return fail(err, sqlite3_mprintf("%s: %s row %lld: %s %s", vt->name,
                                   vt->tables[o], row, col, why));
}

/* Adds the current row of the entries table to ul. */
static int add_entry_row(cfg_vtab *vt, nlp_userlist_t *ul, sqlite3_stmt *st,
                         sqlite3_int64 row, char **err) {
  const char *phrase, *label, *canon, *why;
  size_t pn, ln, cn;
  nlp_label_t lab;
  int rc;
  if ((why = column_text(st, 0, 0, &phrase, &pn)) != NULL)
    return row_error(vt, OPT_ENTRIES, row, "phrase", why, err);
  if ((why = column_text(st, 1, 0, &label, &ln)) != NULL)
    return row_error(vt, OPT_ENTRIES, row, "label", why, err);
  if (nlp_label_parse(label, ln, &lab) != NLP_OK)
    return fail(err, sqlite3_mprintf("%s: %s row %lld: label '%.*s' is not "
                                     "one of nlp_labels",
                                     vt->name, vt->tables[OPT_ENTRIES], row,
                                     (int)ln, label));
  /* phrase stays valid: reading another column does not convert it */
  if ((why = column_text(st, 2, 1, &canon, &cn)) != NULL)
    return row_error(vt, OPT_ENTRIES, row, "canonical", why, err);
  rc = nlp_userlist_add_entry(ul, phrase, pn, lab, canon, cn);
  if (rc == NLP_EINVAL)
    return fail(err, sqlite3_mprintf("%s: %s row %lld: %s ('%.*s')", vt->name,
                                     vt->tables[OPT_ENTRIES], row,
                                     nlp_userlist_errmsg(ul), (int)pn, phrase));
  return rc == NLP_OK ? SQLITE_OK : SQLITE_NOMEM;
}

/* Adds the current row of the aliases or stop table to ul. */
static int add_name_row(cfg_vtab *vt, int o, nlp_userlist_t *ul,
                        sqlite3_stmt *st, sqlite3_int64 row, char **err) {
  const char *name, *canon = NULL, *why;
  size_t nn, cn = 0;
  int rc;
  if ((why = column_text(st, 0, 0, &name, &nn)) != NULL)
    return row_error(vt, o, row, "name", why, err);
  if (o == OPT_ALIASES && (why = column_text(st, 1, 0, &canon, &cn)) != NULL)
    return row_error(vt, o, row, "canonical", why, err);
  rc = o == OPT_ALIASES ? nlp_userlist_add_alias(ul, name, nn, canon, cn)
                        : nlp_userlist_add_stop(ul, name, nn);
  if (rc == NLP_EINVAL)
    return fail(err, sqlite3_mprintf("%s: %s row %lld: %s ('%.*s')", vt->name,
                                     vt->tables[o], row,
                                     nlp_userlist_errmsg(ul), (int)nn, name));
  return rc == NLP_OK ? SQLITE_OK : SQLITE_NOMEM;
}

/* Reads option o's table into ul. */
static int read_table(cfg_vtab *vt, int o, nlp_userlist_t *ul, char **err) {
  sqlite3_stmt *st;
  sqlite3_int64 row = 0;
  int rc = prepare_table(vt, o, &st, err);
  while (rc == SQLITE_OK && (rc = sqlite3_step(st)) == SQLITE_ROW) {
    row++;
    rc = o == OPT_ENTRIES ? add_entry_row(vt, ul, st, row, err)
                          : add_name_row(vt, o, ul, st, row, err);
  }
  if (rc == SQLITE_DONE)
    rc = SQLITE_OK;
  else if (rc != SQLITE_OK && rc != SQLITE_NOMEM && !*err &&
           fail(err, sqlite3_mprintf("%s: reading %s: %s", vt->name,
                                     vt->tables[o], sqlite3_errmsg(vt->db))) ==
               SQLITE_NOMEM)
    rc = SQLITE_NOMEM; /* else keep its code (SQLITE_INTERRUPT) */
  sqlite3_finalize(st);
  return rc;
}

/* The user's list, read from every table the options name. */
static int read_list(cfg_vtab *vt, nlp_userlist_t **out, char **err) {
  int rc = nlp_userlist_new(out) == NLP_OK ? SQLITE_OK : SQLITE_NOMEM;
  for (int o = 0; o < NOPTS && rc == SQLITE_OK; o++)
    if (vt->tables[o])
      rc = read_table(vt, o, *out, err);
  if (rc != SQLITE_OK) {
    nlp_userlist_free(*out);
    *out = NULL;
  }
  return rc;
}

/* ---- one list per query, kept while the tables are unchanged ----------- */

static void release_list(shared_list *l) {
  if (l && --l->refs == 0) {
    nlp_userlist_free(l->ul);
    sqlite3_free(l);
  }
}

/* The value of PRAGMA pragma[i] of the table's database. */
static int pragma_value(cfg_vtab *vt, int i, sqlite3_int64 *value) {
  static const char *const PRAGMAS[2] = {"PRAGMA \"%w\".data_version",
                                         "PRAGMA \"%w\".schema_version"};
  int rc = SQLITE_OK;
  *value = 0;
  if (!vt->pragma[i]) {
    char *sql = sqlite3_mprintf(PRAGMAS[i], vt->schema);
    rc = sql ? sqlite3_prepare_v2(vt->db, sql, -1, &vt->pragma[i], NULL)
             : SQLITE_NOMEM;
    sqlite3_free(sql);
  }
  if (rc == SQLITE_OK && (rc = sqlite3_step(vt->pragma[i])) == SQLITE_ROW) {
    *value = sqlite3_column_int64(vt->pragma[i], 0);
    rc = SQLITE_OK;
  }
  if (vt->pragma[i])
    sqlite3_reset(vt->pragma[i]);
  return rc;
}

/* The stamp of the user's tables now. */
static int read_stamp(cfg_vtab *vt, stamp_t *st) {
  int rc;
  st->changes = sqlite3_total_changes64(vt->db);
  st->cacheable = sqlite3_txn_state(vt->db, vt->schema) != SQLITE_TXN_WRITE &&
                  sqlite3_txn_state(vt->db, "temp") != SQLITE_TXN_WRITE;
  rc = pragma_value(vt, 0, &st->data_version);
  if (rc == SQLITE_OK)
    rc = pragma_value(vt, 1, &st->schema_version);
  return rc;
}

static int same_stamp(const stamp_t *a, const stamp_t *b) {
  return a->cacheable && b->cacheable && a->changes == b->changes &&
         a->data_version == b->data_version &&
         a->schema_version == b->schema_version;
}

/* The user's list for a cursor's query: the one read before if nothing can
** have changed the tables since (a correlated subquery opens a cursor per
** row), else read now (and kept, outside a write transaction). */
static int get_list(cfg_vtab *vt, shared_list **out, char **err) {
  stamp_t now;
  shared_list *l;
  int rc = read_stamp(vt, &now);
  *out = NULL;
  if (rc == SQLITE_NOMEM)
    return rc;
  if (rc != SQLITE_OK)
    return fail(err,
                sqlite3_mprintf("%s: %s", vt->name, sqlite3_errmsg(vt->db)));
  if (vt->cache && same_stamp(&vt->stamp, &now)) {
    vt->cache->refs++;
    *out = vt->cache;
    return SQLITE_OK;
  }
  if (vt->reading) /* a view of its tables reads it: "entries = 'v'" */
    return fail(err, sqlite3_mprintf("%s: its tables read %s itself", vt->name,
                                     vt->name));
  l = sqlite3_malloc(sizeof *l);
  if (!l)
    return SQLITE_NOMEM;
  l->refs = 1;
  vt->reading = 1;
  rc = read_list(vt, &l->ul, err);
  vt->reading = 0;
  if (rc != SQLITE_OK) {
    sqlite3_free(l);
    return rc;
  }
  release_list(vt->cache);
  vt->cache = NULL;
  if (now.cacheable) {
    vt->cache = l;
    vt->stamp = now;
    l->refs++;
  }
  *out = l;
  return SQLITE_OK;
}

/* ---- the configured iterator ------------------------------------------ */

static int open_user(void *user, const char *text, size_t len,
                     nlp_check_fn check, void *arg, void **iter) {
  const cfg_state *s = user;
  return nlp_userlist_entities_new(s->list->ul, NULL, text, len, check, arg,
                                   (nlp_userlist_entities_t **)iter);
}

/* open_user with nlp_entities' reference_date: "SELECT ... FROM
** people(text, '2023-12-19')". */
static int open_user_opts(void *user, const char *text, size_t len,
                          sqlite3_value **opts, nlp_check_fn check, void *arg,
                          void **iter, char **err) {
  const cfg_state *s = user;
  nlp_entities_opts_t o = {0};
  int rc = nlp_entities_read_date(opts[0], &o, err);
  if (rc != NLP_OK)
    return rc;
  return nlp_userlist_entities_new_opts(s->list->ul, NULL, text, len, &o, check,
                                        arg, (nlp_userlist_entities_t **)iter);
}

static int next_user(void *iter, void *row) {
  return nlp_userlist_entities_next(iter, row);
}

static void close_user(void *iter) { nlp_userlist_entities_free(iter); }

/* The descriptor of a configured table: nlp_entities_table's, with the
** user list's iterator. */
static nlp_table_t *configured_desc(void) {
  nlp_table_t *d = sqlite3_malloc(sizeof *d);
  if (d) {
    *d = nlp_entities_table;
    d->open_user = open_user;
    d->open_user_opts = open_user_opts;
    d->next = next_user;
    d->close = close_user;
  }
  return d;
}

/* ---- the module ------------------------------------------------------- */

static void cfg_free(cfg_vtab *vt) {
  release_list(vt->cache);
  sqlite3_finalize(vt->pragma[0]);
  sqlite3_finalize(vt->pragma[1]);
  if (vt->inner)
    nlp_span_module()->xDisconnect(vt->inner);
  if (vt->configured)
    sqlite3_free(vt->desc);
  for (int o = 0; o < NOPTS; o++)
    sqlite3_free(vt->tables[o]);
  sqlite3_free(vt->schema);
  sqlite3_free(vt->name);
  sqlite3_free(vt);
}

/* Checks each table the options name: it exists, with its columns. */
static int check_tables(cfg_vtab *vt, char **err) {
  int rc = SQLITE_OK;
  for (int o = 0; o < NOPTS && rc == SQLITE_OK; o++) {
    sqlite3_stmt *st = NULL;
    if (vt->tables[o])
      rc = prepare_table(vt, o, &st, err);
    sqlite3_finalize(st);
  }
  return rc;
}

/* xCreate and xConnect (the same function, so that nlp_entities stays an
** eponymous table): argv[1] is the database, argv[2] the table, argv[3..]
** the options. */
static int cfg_connect(sqlite3 *db, void *aux, int argc,
                       const char *const *argv, sqlite3_vtab **out,
                       char **err) {
  cfg_vtab *vt = sqlite3_malloc(sizeof *vt);
  int rc = SQLITE_OK;
  (void)aux;
  if (!vt)
    return SQLITE_NOMEM;
  memset(vt, 0, sizeof *vt);
  vt->db = db;
  vt->schema = sqlite3_mprintf("%s", argv[1]);
  vt->name = sqlite3_mprintf("%s", argv[2]);
  if (!vt->schema || !vt->name)
    rc = SQLITE_NOMEM;
  for (int i = 3; i < argc && rc == SQLITE_OK; i++)
    rc = parse_option(vt, argv[i], err);
  vt->configured = argc > 3;
  vt->desc =
      vt->configured ? configured_desc() : (nlp_table_t *)&nlp_entities_table;
  if (rc == SQLITE_OK && !vt->desc)
    rc = SQLITE_NOMEM;
  if (rc == SQLITE_OK)
    rc = check_tables(vt, err);
  if (rc == SQLITE_OK)
    rc = nlp_span_module()->xConnect(db, vt->desc, argc, argv, &vt->inner, err);
  if (rc != SQLITE_OK) {
    cfg_free(vt);
    return rc;
  }
  *out = &vt->base;
  return SQLITE_OK;
}

static int cfg_disconnect(sqlite3_vtab *vtab) {
  cfg_free((cfg_vtab *)vtab);
  return SQLITE_OK;
}

static int cfg_best_index(sqlite3_vtab *vtab, sqlite3_index_info *info) {
  return nlp_span_module()->xBestIndex(((cfg_vtab *)vtab)->inner, info);
}

static int cfg_open(sqlite3_vtab *vtab, sqlite3_vtab_cursor **out) {
  cfg_vtab *vt = (cfg_vtab *)vtab;
  cfg_state *s;
  int rc = nlp_span_module()->xOpen(vt->inner, out);
  if (rc != SQLITE_OK || !vt->configured)
    return rc;
  s = sqlite3_malloc(sizeof *s);
  if (!s) {
    nlp_span_module()->xClose(*out);
    return SQLITE_NOMEM;
  }
  s->vt = vt;
  s->list = NULL;
  ((nlp_span_cursor_t *)*out)->user = s;
  return SQLITE_OK;
}

static int cfg_close(sqlite3_vtab_cursor *cur) {
  cfg_state *s = ((nlp_span_cursor_t *)cur)->user;
  int rc = nlp_span_module()->xClose(cur); /* frees the iterator first */
  if (s) {
    release_list(s->list);
    sqlite3_free(s);
  }
  return rc;
}

/* Reads the user's tables at the cursor's first row, then filters as the
** span table does. */
static int cfg_filter(sqlite3_vtab_cursor *cur, int idxNum, const char *idxStr,
                      int argc, sqlite3_value **argv) {
  cfg_state *s = ((nlp_span_cursor_t *)cur)->user;
  if (s && !s->list) {
    char *err = NULL;
    int rc = get_list(s->vt, &s->list, &err);
    if (rc != SQLITE_OK) {
      sqlite3_free(cur->pVtab->zErrMsg);
      cur->pVtab->zErrMsg = err;
      return rc;
    }
  }
  return nlp_span_module()->xFilter(cur, idxNum, idxStr, argc, argv);
}

static int cfg_next(sqlite3_vtab_cursor *cur) {
  return nlp_span_module()->xNext(cur);
}
static int cfg_eof(sqlite3_vtab_cursor *cur) {
  return nlp_span_module()->xEof(cur);
}
static int cfg_column(sqlite3_vtab_cursor *cur, sqlite3_context *ctx, int i) {
  return nlp_span_module()->xColumn(cur, ctx, i);
}
static int cfg_rowid(sqlite3_vtab_cursor *cur, sqlite3_int64 *rowid) {
  return nlp_span_module()->xRowid(cur, rowid);
}

static const sqlite3_module cfg_module = {
    .iVersion = 0,
    .xCreate = cfg_connect, /* = xConnect: nlp_entities stays eponymous */
    .xConnect = cfg_connect,
    .xBestIndex = cfg_best_index,
    .xDisconnect = cfg_disconnect,
    .xDestroy = cfg_disconnect,
    .xOpen = cfg_open,
    .xClose = cfg_close,
    .xFilter = cfg_filter,
    .xNext = cfg_next,
    .xEof = cfg_eof,
    .xColumn = cfg_column,
    .xRowid = cfg_rowid,
};

int nlp_register_entities(sqlite3 *db) {
  return sqlite3_create_module(db, "nlp_entities", &cfg_module, NULL);
}
