/*
** fts5_tokenizer.c: the FTS5 tokenizer "nlp".
**
**   CREATE VIRTUAL TABLE docs USING fts5(body, tokenize = 'nlp unaccent 1');
**   INSERT INTO docs VALUES ('“López,” he said, in the U.S.');
**   SELECT highlight(docs, 0, '[', ']') FROM docs WHERE docs MATCH 'lopez';
**   -- “[López],” he said, in the U.S.
**
** Options (names case-insensitive; docs/fts5.md):
**   unaccent 1            index "lopez" for "López" (combining marks removed)
**   punct 1               also index punctuation tokens (dropped by default)
**   remove_diacritics N   unicode61's name: 0 is unaccent 0; 1 and 2 are
**                         unaccent 1 (every mark goes, as 2 does)
**   tokenchars 'CHARS'    unicode61's meaning: the characters are part of
**                         words: "snake_case" with tokenchars '_' is one term
**   separators 'CHARS'    the characters separate terms: "well-known" with
**                         separators '-' is "well" and "known"
** FTS5 reports any error of xCreate as "error in tokenizer constructor";
** the option rejected and why go to sqlite3_log() (the shell's .log stderr).
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
#define MAX_CHARS 64 /* characters of tokenchars, and of separators */

typedef struct nlp_fts5_tok {
  int unaccent; /* fold accents */
  int punct;    /* keep NLP_TOKEN_PUNCT tokens */
  int ntok, nsep;
  int32_t tok[MAX_CHARS]; /* tokenchars: characters that join words */
  int32_t sep[MAX_CHARS]; /* separators: characters that cut terms */
} nlp_fts5_tok_t;

/* Logs why an option was rejected (FTS5 shows only "error in tokenizer
** constructor"): "tokenizer nlp: option 'x': why"; returns SQLITE_ERROR. */
static int reject(const char *name, const char *why) {
  sqlite3_log(SQLITE_ERROR, "tokenizer %s: option '%s': %s", TOKENIZER_NAME,
              name, why);
  return SQLITE_ERROR;
}

/* Parses "0" or "1" (or up to max) into *out; returns 0 for anything else. */
static int parse_flag(const char *s, int max, int *out) {
  if (s && s[0] >= '0' && s[0] <= '0' + max && s[1] == '\0') {
    *out = s[0] - '0';
    return 1;
  }
  return 0;
}

static int has_char(const int32_t *set, int n, int32_t cp) {
  for (int i = 0; i < n; i++)
    if (set[i] == cp)
      return 1;
  return 0;
}

/* Adds the characters of s to set (tokenchars or separators); 0 when one
** is malformed, in the other set already, or there are too many. */
static int parse_chars(const char *s, int32_t *set, int *n,
                       const int32_t *other, int nother) {
  const unsigned char *p = (const unsigned char *)s, *end = p + strlen(s);
  while (p < end) {
    int32_t cp;
    size_t k = nlp_utf8_next(p, end, &cp);
    if ((cp == NLP_REPLACEMENT_CHAR && k != 3) || has_char(other, nother, cp))
      return 0;
    if (!has_char(set, *n, cp)) {
      if (*n == MAX_CHARS)
        return 0;
      set[(*n)++] = cp;
    }
    p += k;
  }
  return 1;
}

/* One option and its value into cfg: SQLITE_OK, or SQLITE_ERROR (logged). */
static int parse_option(nlp_fts5_tok_t *cfg, const char *name,
                        const char *value) {
  int v;
  if (sqlite3_stricmp(name, "unaccent") == 0 ||
      sqlite3_stricmp(name, "punct") == 0) {
    if (!parse_flag(value, 1, &v))
      return reject(name, "the value must be 0 or 1");
    *(sqlite3_stricmp(name, "punct") == 0 ? &cfg->punct : &cfg->unaccent) = v;
  } else if (sqlite3_stricmp(name, "remove_diacritics") == 0) {
    if (!parse_flag(value, 2, &v))
      return reject(name, "the value must be 0, 1 or 2");
    cfg->unaccent = v != 0;
  } else if (sqlite3_stricmp(name, "tokenchars") == 0 ||
             sqlite3_stricmp(name, "separators") == 0) {
    int tok = sqlite3_stricmp(name, "tokenchars") == 0;
    if (!value)
      return reject(name, "no characters given");
    if (!(tok ? parse_chars(value, cfg->tok, &cfg->ntok, cfg->sep, cfg->nsep)
              : parse_chars(value, cfg->sep, &cfg->nsep, cfg->tok, cfg->ntok)))
      return reject(name, "a character is in both tokenchars and separators,"
                          " is malformed UTF-8, or there are more than 64");
  } else {
    return reject(name, "unknown (nlp takes unaccent, punct, "
                        "remove_diacritics, tokenchars, separators)");
  }
  return SQLITE_OK;
}

static int tok_create(void *pUserData, const char **azArg, int nArg,
                      Fts5Tokenizer **ppOut) {
  nlp_fts5_tok_t cfg;
  nlp_fts5_tok_t *t;
  (void)pUserData;
  *ppOut = NULL;
  memset(&cfg, 0, sizeof(cfg));
  for (int i = 0; i < nArg; i += OPTION_ARGS) {
    if (parse_option(&cfg, azArg[i], i + 1 < nArg ? azArg[i + 1] : NULL) !=
        SQLITE_OK)
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

typedef int (*xtoken_fn)(void *, int, const char *, int, int, int);

/* One call of the tokenizer: where terms go, and the term being built of
** touching pieces joined at tokenchars. */
typedef struct tok_run {
  const nlp_fts5_tok_t *cfg;
  const char *text;
  void *ctx;
  xtoken_fn xToken;
  size_t start, end;          /* the term being built, when open */
  int open, keep;             /* keep: not punctuation alone */
  nlp_token_kind_t last_kind; /* kind of the token of its last piece */
} tok_run_t;

/* The code point at text[pos], pos < end (NUL is 0). */
static int32_t char_at(const char *text, size_t pos, size_t end) {
  int32_t cp;
  nlp_utf8_next((const unsigned char *)text + pos,
                (const unsigned char *)text + end, &cp);
  return cp;
}

/* Whether text[start, end) holds a tokenchar. */
static int has_tokenchar(const nlp_fts5_tok_t *cfg, const char *text,
                         size_t start, size_t end) {
  const unsigned char *p = (const unsigned char *)text + start;
  const unsigned char *e = (const unsigned char *)text + end;
  while (p < e) {
    int32_t cp;
    p += nlp_utf8_next(p, e, &cp);
    if (has_char(cfg->tok, cfg->ntok, cp))
      return 1;
  }
  return 0;
}

/* Whether a piece's edge character cp can be part of a longer term: a
** tokenchar, or a character of a word, number, URL... (not punctuation or
** a symbol): "(" in "(_x" is not, so only "_x" joins. */
static int edge_joins(const nlp_fts5_tok_t *cfg, int32_t cp,
                      nlp_token_kind_t kind) {
  return has_char(cfg->tok, cfg->ntok, cp) ||
         (kind != NLP_TOKEN_PUNCT && kind != NLP_TOKEN_SYMBOL);
}

/* Whether the piece [start, end) of a token of kind joins the open term,
** as unicode61 joins runs of token characters: they touch, a tokenchar
** is on one side and both sides can join ("snake" "_" "case" with
** tokenchars '_'). */
static int joins(const tok_run_t *r, size_t start, size_t end,
                 nlp_token_kind_t kind) {
  size_t last = r->end - 1;
  int32_t a, b;
  if (!r->open || r->end != start)
    return 0;
  while (last > r->start && ((unsigned char)r->text[last] & 0xC0) == 0x80)
    last--;
  a = char_at(r->text, last, r->end);
  b = char_at(r->text, start, end);
  return (has_char(r->cfg->tok, r->cfg->ntok, a) ||
          has_char(r->cfg->tok, r->cfg->ntok, b)) &&
         edge_joins(r->cfg, a, r->last_kind) && edge_joins(r->cfg, b, kind);
}

/* Gives FTS5 the open term, unless it is punctuation alone (without
** punct 1 and without a tokenchar). An SQLite result code. */
static int flush(tok_run_t *r) {
  int rc = SQLITE_OK;
  if (r->open && (r->keep || r->cfg->punct))
    rc = index_piece(r->cfg, r->text, r->start, r->end, r->ctx, r->xToken);
  r->open = 0;
  return rc;
}

/* A piece of a token (between separators): joined to the open term, or
** the start of a new one. An SQLite result code. */
static int add_piece(tok_run_t *r, size_t start, size_t end,
                     nlp_token_kind_t kind) {
  int keep = kind != NLP_TOKEN_PUNCT;
  int rc = SQLITE_OK;
  if (!r->cfg->ntok) /* nothing joins: each piece is a term */
    return keep || r->cfg->punct
               ? index_piece(r->cfg, r->text, start, end, r->ctx, r->xToken)
               : SQLITE_OK;
  keep = keep || has_tokenchar(r->cfg, r->text, start, end);
  if (joins(r, start, end, kind)) {
    r->end = end;
    r->keep = 1;
  } else {
    rc = flush(r);
    r->start = start, r->end = end, r->keep = keep, r->open = 1;
  }
  r->last_kind = kind;
  return rc;
}

/* Whether the character at p is a separator: NUL always (as in unicode61:
** no term holds one; FTS5's integrity-check and fts5vocab call such an
** index malformed), and the separators option's. *len gets its bytes. */
static int is_separator(const nlp_fts5_tok_t *cfg, const char *text, size_t p,
                        size_t end, size_t *len) {
  int32_t cp;
  if (!text[p]) {
    *len = 1;
    return 1;
  }
  if (!cfg->nsep) { /* only NUL separates */
    const char *nul = memchr(text + p, '\0', end - p);
    *len = (nul ? (size_t)(nul - text) : end) - p;
    return 0;
  }
  *len = nlp_utf8_next((const unsigned char *)text + p,
                       (const unsigned char *)text + end, &cp);
  return has_char(cfg->sep, cfg->nsep, cp);
}

/* Gives FTS5 the pieces of one token, cut at separators: "x\0y" is x@0-1
** and y@2-3; the token "\0" that nlp_tokens() gives for a NUL is no term.
** An SQLite result code. */
static int index_token(tok_run_t *r, const nlp_token_t *t) {
  size_t start = t->byte_start, p = start, len;
  int rc = SQLITE_OK;
  while (rc == SQLITE_OK && p < t->byte_end) {
    if (is_separator(r->cfg, r->text, p, t->byte_end, &len)) {
      if (p > start)
        rc = add_piece(r, start, p, t->kind);
      start = p + len;
    }
    p += len;
  }
  if (rc == SQLITE_OK && start < t->byte_end)
    rc = add_piece(r, start, t->byte_end, t->kind);
  return rc;
}

/* FTS5 reports no message of a tokenizer's: a core error is its SQLite
** code (errors.c), SQLITE_NOMEM for lack of memory. */
static int tok_tokenize(Fts5Tokenizer *pTok, void *pCtx, int flags,
                        const char *pText, int nText, xtoken_fn xToken) {
  tok_run_t r;
  nlp_tokens_t *it;
  nlp_token_t t;
  int rc, src = SQLITE_OK;
  (void)flags;
  if (nText <= 0 || !pText)
    return SQLITE_OK;
  memset(&r, 0, sizeof(r));
  r.cfg = (const nlp_fts5_tok_t *)pTok;
  r.text = pText, r.ctx = pCtx, r.xToken = xToken;
  rc = nlp_tokens_new(pText, (size_t)nText, &it);
  if (rc != NLP_OK)
    return nlp_sqlite_code(rc);
  while (src == SQLITE_OK && (rc = nlp_tokens_next(it, &t)) == NLP_OK)
    src = index_token(&r, &t);
  nlp_tokens_free(it);
  if (src == SQLITE_OK)
    src = flush(&r);
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
