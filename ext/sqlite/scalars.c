/*
** scalars.c: the scalar functions.
**
**   SELECT nlp_sentence_count('One. Two.');          -- 2
**   SELECT nlp_normalize('e\u0301', 'NFC');          -- é (NFC is default)
**   SELECT nlp_casefold('Straße');                   -- strasse
**   SELECT nlp_unaccent('López Obrador');            -- Lopez Obrador
**   SELECT nlp_date_value('next Tuesday', '2023-12-19');  -- 2023-12-26
**   SELECT nlp_version();                            -- 0.1.0
**
** NULL in gives NULL out; numbers are read as their text and BLOBs as UTF-8
** bytes; malformed UTF-8 comes out as U+FFFD.
*/
#include <stdio.h>
#include <string.h>

#include "binding.h"

/* Reads argument i as UTF-8; returns 0 (and leaves a NULL result) for NULL. */
static int arg_text(sqlite3_context *ctx, sqlite3_value *v, const char **s,
                    size_t *n) {
  if (sqlite3_value_type(v) == SQLITE_NULL)
    return 0;
  *s = (const char *)sqlite3_value_text(v);
  *n = (size_t)sqlite3_value_bytes(v);
  if (!*s) {
    if (*n) {
      sqlite3_result_error_nomem(ctx);
      return 0;
    }
    *s = "";
  }
  return 1;
}

typedef int (*transform_fn)(const char *, size_t, char **, size_t *);

static void result_transform(sqlite3_context *ctx, const char *fn,
                             transform_fn f, const char *s, size_t n) {
  char *out;
  size_t outlen;
  int rc = f(s, n, &out, &outlen);
  if (rc != NLP_OK) {
    nlp_result_error_code(ctx, fn, rc);
    return;
  }
  sqlite3_result_text64(ctx, out, outlen, SQLITE_TRANSIENT, SQLITE_UTF8);
  nlp_free(out);
}

static void fn_casefold(sqlite3_context *ctx, int argc, sqlite3_value **argv) {
  const char *s;
  size_t n;
  (void)argc;
  if (arg_text(ctx, argv[0], &s, &n))
    result_transform(ctx, "nlp_casefold", nlp_casefold, s, n);
}

static void fn_unaccent(sqlite3_context *ctx, int argc, sqlite3_value **argv) {
  const char *s;
  size_t n;
  (void)argc;
  if (arg_text(ctx, argv[0], &s, &n))
    result_transform(ctx, "nlp_unaccent", nlp_unaccent, s, n);
}

static void fn_normalize(sqlite3_context *ctx, int argc, sqlite3_value **argv) {
  const char *s;
  size_t n;
  nlp_norm_form_t form = NLP_NFC;
  char *out;
  size_t outlen;
  int rc;
  if (argc > 1) {
    const char *f = (const char *)sqlite3_value_text(argv[1]);
    int fn = sqlite3_value_bytes(argv[1]);
    if (sqlite3_value_type(argv[1]) == SQLITE_NULL || !f ||
        nlp_norm_form_parse(f, (size_t)fn, &form) != NLP_OK) {
      char *msg = sqlite3_mprintf(
          "nlp_normalize(): unknown form '%s' (expected NFC, NFD, NFKC or "
          "NFKD)",
          f ? f : "NULL");
      if (!msg) {
        sqlite3_result_error_nomem(ctx);
        return;
      }
      sqlite3_result_error(ctx, msg, -1);
      sqlite3_free(msg);
      return;
    }
  }
  if (!arg_text(ctx, argv[0], &s, &n))
    return;
  rc = nlp_normalize(s, n, form, &out, &outlen);
  if (rc != NLP_OK) {
    nlp_result_error_code(ctx, "nlp_normalize", rc);
    return;
  }
  sqlite3_result_text64(ctx, out, outlen, SQLITE_TRANSIENT, SQLITE_UTF8);
  nlp_free(out);
}

static void fn_sentence_count(sqlite3_context *ctx, int argc,
                              sqlite3_value **argv) {
  const char *s;
  size_t n, count;
  (void)argc;
  if (!arg_text(ctx, argv[0], &s, &n))
    return;
  count = nlp_sentence_count(s, n);
  if (count == (size_t)-1) {
    sqlite3_result_error_nomem(ctx);
    return;
  }
  sqlite3_result_int64(ctx, (sqlite3_int64)count);
}

/* nlp_date_value(text, reference_date): the TimeML value of the first DATE
** or TIME of text, placed against reference_date (NULL: none); NULL when
** text has none or its value is unknown. */
static void fn_date_value(sqlite3_context *ctx, int argc,
                          sqlite3_value **argv) {
  nlp_entities_opts_t opts = {0};
  nlp_entities_t *it;
  nlp_entity_t e;
  const char *text, *ref = NULL;
  size_t len, rlen = 0;
  int rc;
  if (!arg_text(ctx, argv[0], &text, &len))
    return;
  if (argc > 1 && sqlite3_value_type(argv[1]) != SQLITE_NULL) {
    ref = (const char *)sqlite3_value_text(argv[1]);
    rlen = (size_t)sqlite3_value_bytes(argv[1]);
    if (sqlite3_value_type(argv[1]) != SQLITE_TEXT || !ref ||
        strlen(ref) != rlen || !nlp_date_ok(ref, rlen)) {
      sqlite3_result_error(ctx,
                           "nlp_date_value(): reference_date must be an ISO "
                           "date 'YYYY-MM-DD' or date-time 'YYYY-MM-DDThh:mm'",
                           -1);
      return;
    }
    opts.reference_date = ref;
  }
  rc = nlp_entities_new_opts(NULL, text, len, &opts, NULL, NULL, &it);
  if (rc != NLP_OK) {
    nlp_result_error_code(ctx, "nlp_date_value", rc);
    return;
  }
  while (nlp_entities_next(it, &e) == NLP_OK) {
    if (e.label != NLP_LABEL_DATE && e.label != NLP_LABEL_TIME)
      continue;
    if (e.value)
      sqlite3_result_text(ctx, e.value, -1, SQLITE_TRANSIENT);
    break;
  }
  nlp_entities_free(it);
}

static void fn_version(sqlite3_context *ctx, int argc, sqlite3_value **argv) {
  (void)argc, (void)argv;
  sqlite3_result_text(ctx, nlp_version(), -1, SQLITE_STATIC);
}

static void fn_debug(sqlite3_context *ctx, int argc, sqlite3_value **argv) {
  char *s;
  (void)argc, (void)argv;
  s = sqlite3_mprintf("sqlite-nlp %s\nbuilt with SQLite %s, %s\n"
                      "running on SQLite %s\ncompiler: %s",
                      nlp_version(), SQLITE_VERSION,
#ifdef SQLITE_CORE
                      "linked statically",
#else
                      "loadable extension",
#endif
                      sqlite3_libversion(),
#ifdef __VERSION__
                      __VERSION__
#else
                      "unknown"
#endif
  );
  if (!s) {
    sqlite3_result_error_nomem(ctx);
    return;
  }
  sqlite3_result_text(ctx, s, -1, sqlite3_free);
}

#define PURE (SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS)

static const struct {
  const char *name;
  int nargs;
  int flags;
  void (*fn)(sqlite3_context *, int, sqlite3_value **);
} SCALARS[] = {
    {"nlp_sentence_count", 1, PURE, fn_sentence_count},
    {"nlp_normalize", 1, PURE, fn_normalize},
    {"nlp_normalize", 2, PURE, fn_normalize},
    {"nlp_casefold", 1, PURE, fn_casefold},
    {"nlp_unaccent", 1, PURE, fn_unaccent},
    {"nlp_date_value", 1, PURE, fn_date_value},
    {"nlp_date_value", 2, PURE, fn_date_value},
    {"nlp_version", 0, PURE, fn_version},
    {"nlp_debug", 0, SQLITE_UTF8 | SQLITE_INNOCUOUS, fn_debug},
};

int nlp_register_scalars(sqlite3 *db) {
  for (size_t i = 0; i < sizeof(SCALARS) / sizeof(SCALARS[0]); i++) {
    int rc = sqlite3_create_function(db, SCALARS[i].name, SCALARS[i].nargs,
                                     SCALARS[i].flags, 0, SCALARS[i].fn, 0, 0);
    if (rc != SQLITE_OK)
      return rc;
  }
  return SQLITE_OK;
}
