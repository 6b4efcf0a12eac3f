/*
** fts5_tokenizer.c: the FTS5 tokenizer "nlp".
**
**   CREATE VIRTUAL TABLE docs USING fts5(body, tokenize = 'nlp unaccent 1');
**   INSERT INTO docs VALUES ('“López,” he said, in the U.S.');
**   SELECT highlight(docs, 0, '[', ']') FROM docs WHERE docs MATCH 'lopez';
**   -- “[López],” he said, in the U.S.
**
** Options (each a name and 0 or 1; both default to 0):
**   unaccent 1   index "lopez" for "López" (combining marks removed)
**   punct 1      also index punctuation tokens (by default they are dropped)
**
** The text is split exactly as nlp_tokens() splits it, and each token is
** indexed in the form of its `norm` column: NFKC with Unicode case folding
** (then, with unaccent 1, without accents). Offsets passed to FTS5 are the
** token's byte offsets into the original text, so highlight() and snippet()
** mark the original characters. Query strings go through the same tokenizer.
** A NUL byte separates terms, as in unicode61: no term ever holds one.
**
** Registration needs the host's FTS5 (fts5_api from SELECT fts5(?1)); when
** the host SQLite has no FTS5 the tokenizer is not registered and the rest of
** the extension loads as usual.
*/
#include <string.h>

#include "binding.h"

#define TOKENIZER_NAME "nlp"

/* Options come as name and value: "unaccent", "1". */
#define OPTION_ARGS 2

typedef struct nlp_fts5_tok {
  int unaccent; /* fold accents */
  int punct;    /* keep NLP_TOKEN_PUNCT tokens */
} nlp_fts5_tok_t;

/* Parses "0" or "1" into *out; returns 0 for anything else. */
static int parse_flag(const char *s, int *out) {
  if (s && (s[0] == '0' || s[0] == '1') && s[1] == '\0') {
    *out = s[0] == '1';
    return 1;
  }
  return 0;
}

static int tok_create(void *pUserData, const char **azArg, int nArg,
                      Fts5Tokenizer **ppOut) {
  nlp_fts5_tok_t cfg = {0, 0};
  nlp_fts5_tok_t *t;
  (void)pUserData;
  *ppOut = NULL;
  for (int i = 0; i < nArg; i += OPTION_ARGS) {
    int *dst = NULL;
    if (sqlite3_stricmp(azArg[i], "unaccent") == 0)
      dst = &cfg.unaccent;
    else if (sqlite3_stricmp(azArg[i], "punct") == 0)
      dst = &cfg.punct;
    /* FTS5 reports SQLITE_ERROR from xCreate as "error in tokenizer
    ** constructor"; it has no way to carry our own message. */
    if (!dst || i + 1 >= nArg || !parse_flag(azArg[i + 1], dst))
      return SQLITE_ERROR;
  }
  t = sqlite3_malloc(sizeof(*t));
  if (!t)
    return SQLITE_NOMEM;
  *t = cfg;
  *ppOut = (Fts5Tokenizer *)t;
  return SQLITE_OK;
}

static void tok_delete(Fts5Tokenizer *p) { sqlite3_free(p); }

/* Gives FTS5 the term of text[start, end), a part of a token free of NUL
** bytes: its fold (fold.c), or nothing when it folds to nothing (combining
** marks alone with unaccent 1; FTS5 gets no empty terms). An SQLite code. */
static int index_piece(const nlp_fts5_tok_t *cfg, const char *text,
                       size_t start, size_t end, void *pCtx,
                       int (*xToken)(void *, int, const char *, int, int,
                                     int)) {
  nlp_fold_t f;
  int rc = nlp_fold(&f, text + start, end - start, cfg->unaccent);
  if (rc != NLP_OK)
    rc = nlp_sqlite_code(rc);
  else if (f.n)
    rc = xToken(pCtx, 0, f.s, (int)f.n, (int)start, (int)end);
  nlp_fold_free(&f);
  return rc;
}

/* Gives FTS5 the terms of one token: NUL bytes separate terms, as in
** unicode61, so no term holds a NUL (FTS5's integrity-check and fts5vocab
** call such an index malformed). "x\0y" is x@0-1 and y@2-3; the token "\0"
** that nlp_tokens() gives for a NUL is no term. An SQLite result code. */
static int index_token(const nlp_fts5_tok_t *cfg, const char *text,
                       const nlp_token_t *t, void *pCtx,
                       int (*xToken)(void *, int, const char *, int, int,
                                     int)) {
  size_t start = t->byte_start;
  int rc = SQLITE_OK;
  while (rc == SQLITE_OK && start < t->byte_end) {
    const char *nul = memchr(text + start, '\0', t->byte_end - start);
    size_t end = nul ? (size_t)(nul - text) : t->byte_end;
    if (end > start)
      rc = index_piece(cfg, text, start, end, pCtx, xToken);
    start = end + 1;
  }
  return rc;
}

/* FTS5 reports no message of a tokenizer's: a core error is its SQLite
** code (errors.c), SQLITE_NOMEM for lack of memory. */
static int tok_tokenize(Fts5Tokenizer *pTok, void *pCtx, int flags,
                        const char *pText, int nText,
                        int (*xToken)(void *, int, const char *, int, int,
                                      int)) {
  const nlp_fts5_tok_t *cfg = (const nlp_fts5_tok_t *)pTok;
  nlp_tokens_t *it;
  nlp_token_t t;
  int rc, src = SQLITE_OK;
  (void)flags;
  if (nText <= 0 || !pText)
    return SQLITE_OK;
  rc = nlp_tokens_new(pText, (size_t)nText, &it);
  if (rc != NLP_OK)
    return nlp_sqlite_code(rc);
  while (src == SQLITE_OK && (rc = nlp_tokens_next(it, &t)) == NLP_OK) {
    if (t.kind != NLP_TOKEN_PUNCT || cfg->punct)
      src = index_token(cfg, pText, &t, pCtx, xToken);
  }
  nlp_tokens_free(it);
  if (src != SQLITE_OK)
    return src;
  return rc == NLP_DONE ? SQLITE_OK : nlp_sqlite_code(rc);
}

/* The host's fts5_api, or NULL when it has no FTS5. */
static fts5_api *get_fts5_api(sqlite3 *db) {
  fts5_api *api = NULL;
  sqlite3_stmt *st = NULL;
  if (sqlite3_prepare_v2(db, "SELECT fts5(?1)", -1, &st, NULL) != SQLITE_OK) {
    sqlite3_finalize(st);
    return NULL;
  }
  if (sqlite3_bind_pointer(st, 1, (void *)&api, "fts5_api_ptr", NULL) ==
      SQLITE_OK)
    sqlite3_step(st);
  sqlite3_finalize(st);
  return api;
}

int nlp_register_fts5(sqlite3 *db) {
  fts5_tokenizer tok = {tok_create, tok_delete, tok_tokenize};
  fts5_api *api = get_fts5_api(db);
  /* No FTS5 in this SQLite: nothing to register, and not an error. */
  if (!api)
    return SQLITE_OK;
  /* iVersion 2 (SQLite 3.47+) still takes version-1 tokenizers here. */
  return api->xCreateTokenizer(api, TOKENIZER_NAME, NULL, &tok, NULL);
}
