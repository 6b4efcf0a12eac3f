/*
** entities/user_lists.c: a user's own entity list (nlp_userlist_*,
** include/nlp.h): entries matched over the text's tokens in one pass, and
** aliases and stop names applied to the entity finder's rows. No SQLite:
** the SQL binding (ext/sqlite/table_entities_config.c) reads the user's
** tables and adds their rows here.
**
**   nlp_userlist_t *ul;
**   nlp_userlist_entities_t *it;
**   nlp_entity_t e;
**   nlp_userlist_new(&ul);
**   nlp_userlist_add_entry(ul, "Adsteam", 7, NLP_LABEL_ORG, NULL, 0);
**   nlp_userlist_add_alias(ul, "SEC", 3, "Securities and Exchange
**                          Commission", 34);
**   nlp_userlist_add_stop(ul, "Reuter", 6);
**   nlp_userlist_entities_new(ul, NULL, text, len, NULL, NULL, &it);
**   while (nlp_userlist_entities_next(it, &e) == NLP_OK) ... e.canonical
**   nlp_userlist_entities_free(it);
**   nlp_userlist_free(ul);
**
** Matching. Each entry's phrase is cut into tokens (nlp_tokens) once, when
** it is added; its key is the hash of its tokens in ASCII lower case, with
** a mark for the space, or no space, between two tokens. A table of first
** tokens gives, for a token of the text, the most tokens of an entry that
** opens with it. The text is read once, through a window of at most
** NLP_USERLIST_MAX_TOKENS tokens: at each token, one probe of the first
** tokens, and where an entry may start, one probe of the entries per
** length up to that most. The leftmost, then longest, match wins.
**
** Merging. The entity finder's rows and the entries' matches both come in
** text order without overlaps; they are merged a row at a time (next):
** a match drops the model's rows it overlaps, a stop name drops a model
** row, and aliases set canonical (the precedence in include/nlp.h).
** Memory: the list itself, plus the window and one name's key per
** iterator (the entity finder's memory aside).
*/
#include <stdlib.h>
#include <string.h>

#include "text/alloc.h"
#include "text/fnv.h"
#include "text/grow.h"
#include "nlp.h"

#define NONE ((size_t)-1)
#define TABLE_MIN 64       /* slots of a hash table at first */
#define CHECK_EVERY 4096   /* tokens read between two check() calls */
#define GAP_MARK_SPACE ' ' /* hashed between tokens with space */
#define GAP_MARK_NONE 1    /* hashed between tokens without */
#define NBSP_LEAD 0xC2     /* U+00A0 (no-break space) is C2 A0 */
#define NBSP_TRAIL 0xA0

/* The text between two tokens. */
typedef enum gap {
  GAP_NONE = 0, /* none: "U.S." */
  GAP_SPACE,    /* white space, at most one line break */
  GAP_PARAGRAPH /* a blank line: no phrase crosses it */
} gap_t;

/* How well an entry matches a run of the text's tokens. */
typedef enum fit {
  FIT_NONE = 0, /* different words, or case the entry does not allow */
  FIT_CASE,     /* the same words in another case the entry allows */
  FIT_EXACT     /* written exactly as the entry */
} fit_t;

typedef struct ptok {
  size_t off, len; /* the token in the arena */
  gap_t gap;       /* the space before it (GAP_NONE for the first) */
} ptok_t;

typedef struct entry {
  size_t phrase, plen; /* the phrase as written, in the arena */
  size_t canon;        /* its canonical name in the arena, or NONE */
  size_t tok;          /* its first token in toks */
  uint32_t hash;       /* phrase_hash() of its tokens */
  unsigned ntok;
  nlp_label_t label;
  int anycase; /* no capital letter: any case matches */
} entry_t;

typedef struct first {
  uint32_t hash;   /* of the first token, in lower case */
  size_t entry;    /* an entry that opens with it */
  unsigned maxtok; /* the most tokens of an entry that opens with it */
} first_t;

typedef struct uname {
  size_t key, klen; /* name_key() of the name, in the arena */
  size_t canon;     /* an alias's canonical name, or NONE for a stop name */
  uint32_t hash;
} uname_t;

/* Open addressing with linear probing: each slot holds an index + 1 (0
** when empty) and its hash, so that a probe that misses reads no record. */
typedef struct oslot {
  uint32_t idx1;
  uint32_t hash;
} oslot_t;

typedef struct otab {
  oslot_t *slot;
  size_t cap, n;
} otab_t;

struct nlp_userlist {
  char *arena; /* every string, NUL-terminated */
  size_t alen, acap;
  entry_t *ents;
  size_t nents, entcap;
  ptok_t *toks;
  size_t ntoks, tokcap;
  first_t *firsts;
  size_t nfirsts, firstcap;
  uname_t *names;
  size_t nnames, namecap, nstops, naliases;
  otab_t tent, tfirst, tname; /* entries, first tokens, names by hash */
  unsigned maxtok;            /* the most tokens of an entry */
  const char *err;            /* why the last add failed, or "" */
};

/* ---- strings ---------------------------------------------------------- */

static unsigned char lower(unsigned char b) {
  return b >= 'A' && b <= 'Z' ? (unsigned char)(b + 32) : b;
}

/* Whether a[0..n) and b[0..n) are equal but for ASCII case. */
static int same_lower(const char *a, const char *b, size_t n) {
  for (size_t i = 0; i < n; i++)
    if (lower((unsigned char)a[i]) != lower((unsigned char)b[i]))
      return 0;
  return 1;
}

/* FNV of s[0..n) in ASCII lower case, going on from h. */
static uint32_t hash_lower(uint32_t h, const char *s, size_t n) {
  for (size_t i = 0; i < n; i++)
    NLP_FNV_STEP(h, lower((unsigned char)s[i]));
  return h;
}

/* The hash of the next token after one with hash h: the gap's mark, then
** its bytes. */
static uint32_t hash_next(uint32_t h, gap_t gap, const char *s, size_t n) {
  NLP_FNV_STEP(h, gap == GAP_NONE ? GAP_MARK_NONE : GAP_MARK_SPACE);
  return hash_lower(h, s, n);
}

/* Whether byte k of s[0..n) starts white space; *w: its length. */
static int is_space_at(const char *s, size_t n, size_t k, size_t *w) {
  unsigned char b = (unsigned char)s[k];
  *w = 1;
  if (b == ' ' || b == '\t' || b == '\n' || b == '\r' || b == '\f' || b == '\v')
    return 1;
  if (b == NBSP_LEAD && k + 1 < n && (unsigned char)s[k + 1] == NBSP_TRAIL) {
    *w = 2;
    return 1;
  }
  return 0;
}

/* A name's key into out (room for n bytes): ASCII lower case, each run of
** white space one space, none at either end ("  The  SEC " -> "the sec").
** Returns its length. */
static size_t name_key(const char *s, size_t n, char *out) {
  size_t o = 0, w;
  for (size_t k = 0; k < n; k += w) {
    if (is_space_at(s, n, k, &w)) {
      if (o && out[o - 1] != ' ')
        out[o++] = ' ';
      continue;
    }
    out[o++] = (char)lower((unsigned char)s[k]);
  }
  if (o && out[o - 1] == ' ')
    o--;
  return o;
}

/* ---- hash tables ------------------------------------------------------ */

/* The first slot for hash h: its high bits folded into the low ones. */
static size_t slot_of(const otab_t *t, uint32_t h) {
  return (size_t)NLP_FNV_FOLD(h) & (t->cap - 1);
}

/* Puts index i of hash h in t, which has room (otab_reserve). */
static void otab_put(otab_t *t, size_t i, uint32_t h) {
  size_t p = slot_of(t, h);
  while (t->slot[p].idx1)
    p = (p + 1) & (t->cap - 1);
  t->slot[p].idx1 = (uint32_t)(i + 1);
  t->slot[p].hash = h;
  t->n++;
}

/* Makes room in t for one more index: doubles it at half load. */
static int otab_reserve(otab_t *t) {
  if ((t->n + 1) * 2 > t->cap) {
    otab_t g = {NULL, t->cap ? t->cap * 2 : TABLE_MIN, 0};
    g.slot = nlp_mem_calloc(g.cap, sizeof *g.slot);
    if (!g.slot)
      return NLP_ENOMEM;
    for (size_t p = 0; p < t->cap; p++)
      if (t->slot[p].idx1)
        otab_put(&g, t->slot[p].idx1 - 1, t->slot[p].hash);
    nlp_mem_free(t->slot);
    *t = g;
  }
  return NLP_OK;
}

/* Walks the indexes stored under hash h: start with *p = NONE; NONE at the
** end. */
static size_t otab_next(const otab_t *t, uint32_t h, size_t *p) {
  if (!t->cap)
    return NONE;
  for (;;) {
    const oslot_t *o;
    *p = *p == NONE ? slot_of(t, h) : (*p + 1) & (t->cap - 1);
    o = &t->slot[*p];
    if (!o->idx1)
      return NONE;
    if (o->hash == h)
      return o->idx1 - 1;
  }
}

/* ---- the list --------------------------------------------------------- */

int nlp_userlist_new(nlp_userlist_t **out) {
  if (!out)
    return NLP_EINVAL;
  *out = nlp_mem_calloc(1, sizeof **out);
  if (!*out)
    return NLP_ENOMEM;
  (*out)->err = "";
  return NLP_OK;
}

void nlp_userlist_free(nlp_userlist_t *ul) {
  if (!ul)
    return;
  nlp_mem_free(ul->arena);
  nlp_mem_free(ul->ents);
  nlp_mem_free(ul->toks);
  nlp_mem_free(ul->firsts);
  nlp_mem_free(ul->names);
  nlp_mem_free(ul->tent.slot);
  nlp_mem_free(ul->tfirst.slot);
  nlp_mem_free(ul->tname.slot);
  nlp_mem_free(ul);
}

const char *nlp_userlist_errmsg(const nlp_userlist_t *ul) {
  return ul && ul->err ? ul->err : "";
}

/* Room for n more bytes in the arena: their offset, or NONE. */
static size_t arena_room(nlp_userlist_t *ul, size_t n) {
  if (nlp_grow((void **)&ul->arena, &ul->acap, ul->alen + n, 1) != NLP_OK)
    return NONE;
  return ul->alen;
}

/* Copies s[0..n) and a NUL into the arena: its offset, or NONE. */
static size_t arena_copy(nlp_userlist_t *ul, const char *s, size_t n) {
  size_t off = arena_room(ul, n + 1);
  if (off == NONE)
    return NONE;
  if (n)
    memcpy(ul->arena + off, s, n);
  ul->arena[off + n] = 0;
  ul->alen += n + 1;
  return off;
}

/* Fails an add with NLP_EINVAL and why. */
static int invalid(nlp_userlist_t *ul, const char *why) {
  ul->err = why;
  return NLP_EINVAL;
}

/* Cuts the phrase at arena offset off (len bytes) into tokens, appended to
** toks; *ntok: how many. */
static int phrase_tokens(nlp_userlist_t *ul, size_t off, size_t len,
                         unsigned *ntok) {
  nlp_tokens_t *it = NULL; /* stays NULL when nlp_tokens_new fails */
  nlp_token_t t;
  size_t prev_end = 0;
  int rc = nlp_tokens_new(ul->arena + off, len, &it);
  *ntok = 0;
  while (rc == NLP_OK && (rc = nlp_tokens_next(it, &t)) == NLP_OK) {
    ptok_t *p;
    if (*ntok == NLP_USERLIST_MAX_TOKENS) {
      rc = invalid(ul, "phrase has more than 32 tokens");
      break;
    }
    if (nlp_grow((void **)&ul->toks, &ul->tokcap, ul->ntoks + 1,
                 sizeof *ul->toks) != NLP_OK) {
      rc = NLP_ENOMEM;
      break;
    }
    p = &ul->toks[ul->ntoks++];
    p->off = off + t.byte_start;
    p->len = t.byte_end - t.byte_start;
    p->gap = *ntok == 0                ? GAP_NONE
             : t.byte_start > prev_end ? GAP_SPACE
                                       : GAP_NONE;
    prev_end = t.byte_end;
    ++*ntok;
  }
  nlp_tokens_free(it);
  if (rc == NLP_DONE && *ntok == 0)
    rc = invalid(ul, "phrase has no token");
  return rc == NLP_DONE ? NLP_OK : rc;
}

/* phrase_hash() of the entry's tokens. */
static uint32_t phrase_hash(const nlp_userlist_t *ul, const entry_t *e) {
  const ptok_t *t = &ul->toks[e->tok];
  uint32_t h = hash_lower(NLP_FNV_START, ul->arena + t[0].off, t[0].len);
  for (unsigned k = 1; k < e->ntok; k++)
    h = hash_next(h, t[k].gap, ul->arena + t[k].off, t[k].len);
  return h;
}

/* Whether entries a and b have the same tokens, exactly. */
static int same_phrase(const nlp_userlist_t *ul, const entry_t *a,
                       const entry_t *b) {
  if (a->ntok != b->ntok)
    return 0;
  for (unsigned k = 0; k < a->ntok; k++) {
    const ptok_t *x = &ul->toks[a->tok + k], *y = &ul->toks[b->tok + k];
    if (x->len != y->len || x->gap != y->gap ||
        memcmp(ul->arena + x->off, ul->arena + y->off, x->len) != 0)
      return 0;
  }
  return 1;
}

/* Whether two canonical names (arena offsets or NONE) are the same. */
static int same_canon(const nlp_userlist_t *ul, size_t a, size_t b) {
  if (a == NONE || b == NONE)
    return a == b;
  return strcmp(ul->arena + a, ul->arena + b) == 0;
}

/* The entry written as e was before, or NONE. */
static size_t find_entry(const nlp_userlist_t *ul, const entry_t *e) {
  size_t p = NONE, i;
  while ((i = otab_next(&ul->tent, e->hash, &p)) != NONE)
    if (ul->ents[i].hash == e->hash && same_phrase(ul, &ul->ents[i], e))
      return i;
  return NONE;
}

/* Records that entry i opens with its first token, in the first-token
** table (which has room for one more). */
static void add_first(nlp_userlist_t *ul, size_t i) {
  const entry_t *e = &ul->ents[i];
  const ptok_t *t = &ul->toks[e->tok];
  uint32_t h = hash_lower(NLP_FNV_START, ul->arena + t->off, t->len);
  size_t p = NONE, j;
  while ((j = otab_next(&ul->tfirst, h, &p)) != NONE) {
    first_t *f = &ul->firsts[j];
    const ptok_t *u = &ul->toks[ul->ents[f->entry].tok];
    if (f->hash == h && u->len == t->len &&
        same_lower(ul->arena + u->off, ul->arena + t->off, t->len)) {
      if (e->ntok > f->maxtok)
        f->maxtok = e->ntok;
      return;
    }
  }
  ul->firsts[ul->nfirsts] = (first_t){h, i, e->ntok};
  otab_put(&ul->tfirst, ul->nfirsts++, h);
}

/* Whether s[0..n) holds an ASCII capital letter. */
static int has_capital(const char *s, size_t n) {
  for (size_t i = 0; i < n; i++)
    if (s[i] >= 'A' && s[i] <= 'Z')
      return 1;
  return 0;
}

/* Stores the new entry e (its strings and tokens already in the arena):
** or finds it was given before. */
static int store_entry(nlp_userlist_t *ul, entry_t *e) {
  size_t dup = find_entry(ul, e);
  if (dup != NONE) {
    const entry_t *d = &ul->ents[dup];
    if (d->label != e->label || !same_canon(ul, d->canon, e->canon))
      return invalid(ul, "phrase given before with another label or "
                         "canonical name");
    return NLP_DONE; /* the same entry twice */
  }
  /* room first, so that nothing fails half done */
  if (nlp_grow((void **)&ul->ents, &ul->entcap, ul->nents + 1,
               sizeof *ul->ents) != NLP_OK ||
      nlp_grow((void **)&ul->firsts, &ul->firstcap, ul->nfirsts + 1,
               sizeof *ul->firsts) != NLP_OK ||
      otab_reserve(&ul->tent) != NLP_OK || otab_reserve(&ul->tfirst) != NLP_OK)
    return NLP_ENOMEM;
  ul->ents[ul->nents] = *e;
  otab_put(&ul->tent, ul->nents, e->hash);
  add_first(ul, ul->nents++);
  if (e->ntok > ul->maxtok)
    ul->maxtok = e->ntok;
  return NLP_OK;
}

int nlp_userlist_add_entry(nlp_userlist_t *ul, const char *phrase, size_t len,
                           nlp_label_t label, const char *canonical,
                           size_t canonical_len) {
  entry_t e = {0};
  size_t alen, ntoks;
  int rc;
  if (!ul || (!phrase && len) || (unsigned)label >= NLP_LABEL_COUNT)
    return ul ? invalid(ul, "bad argument") : NLP_EINVAL;
  ul->err = "";
  alen = ul->alen;
  ntoks = ul->ntoks;
  e.label = label;
  e.phrase = arena_copy(ul, phrase, len);
  e.plen = len;
  e.canon = canonical ? arena_copy(ul, canonical, canonical_len) : NONE;
  if (e.phrase == NONE || (canonical && e.canon == NONE))
    rc = NLP_ENOMEM;
  else if (canonical && canonical_len == 0)
    rc = invalid(ul, "empty canonical name");
  else
    rc = phrase_tokens(ul, e.phrase, len, &e.ntok);
  if (rc == NLP_OK) {
    e.tok = ntoks;
    e.hash = phrase_hash(ul, &e);
    e.anycase = !has_capital(ul->arena + e.phrase, len);
    rc = store_entry(ul, &e);
  }
  if (rc != NLP_OK) { /* nothing of it stays */
    ul->alen = alen;
    ul->ntoks = ntoks;
  }
  return rc == NLP_DONE ? NLP_OK : rc;
}

/* The name of kind stop (or alias) whose key is key[0..n), hash h, or
** NULL. */
static const uname_t *find_name(const nlp_userlist_t *ul, const char *key,
                                size_t n, uint32_t h, int stop) {
  size_t p = NONE, i;
  while ((i = otab_next(&ul->tname, h, &p)) != NONE) {
    const uname_t *u = &ul->names[i];
    if (u->hash == h && u->klen == n && (u->canon == NONE) == stop &&
        memcmp(ul->arena + u->key, key, n) == 0)
      return u;
  }
  return NULL;
}

/* Adds a name: an alias to the canonical name at arena offset canon, or a
** stop name (canon NONE). */
static int add_name(nlp_userlist_t *ul, const char *name, size_t len,
                    size_t canon) {
  size_t off = arena_room(ul, len + 1), n;
  const uname_t *old;
  uint32_t h;
  if (off == NONE)
    return NLP_ENOMEM;
  n = name_key(name, len, ul->arena + off);
  if (n == 0)
    return invalid(ul, "empty name");
  h = hash_lower(NLP_FNV_START, ul->arena + off, n);
  old = find_name(ul, ul->arena + off, n, h, canon == NONE);
  if (old)
    return canon == NONE || same_canon(ul, old->canon, canon)
               ? NLP_DONE
               : invalid(ul, "name given before with another canonical "
                             "name");
  if (nlp_grow((void **)&ul->names, &ul->namecap, ul->nnames + 1,
               sizeof *ul->names) != NLP_OK ||
      otab_reserve(&ul->tname) != NLP_OK)
    return NLP_ENOMEM;
  ul->arena[off + n] = 0;
  ul->alen += n + 1;
  ul->names[ul->nnames] = (uname_t){off, n, canon, h};
  otab_put(&ul->tname, ul->nnames++, h);
  if (canon == NONE)
    ul->nstops++;
  else
    ul->naliases++;
  return NLP_OK;
}

int nlp_userlist_add_alias(nlp_userlist_t *ul, const char *name, size_t len,
                           const char *canonical, size_t canonical_len) {
  size_t alen, canon;
  int rc;
  if (!ul || (!name && len) || (!canonical && canonical_len))
    return ul ? invalid(ul, "bad argument") : NLP_EINVAL;
  ul->err = "";
  if (canonical_len == 0)
    return invalid(ul, "empty canonical name");
  alen = ul->alen;
  canon = arena_copy(ul, canonical, canonical_len);
  rc = canon == NONE ? NLP_ENOMEM : add_name(ul, name, len, canon);
  if (rc != NLP_OK)
    ul->alen = alen;
  return rc == NLP_DONE ? NLP_OK : rc;
}

int nlp_userlist_add_stop(nlp_userlist_t *ul, const char *name, size_t len) {
  size_t alen;
  int rc;
  if (!ul || (!name && len))
    return ul ? invalid(ul, "bad argument") : NLP_EINVAL;
  ul->err = "";
  alen = ul->alen;
  rc = add_name(ul, name, len, NONE);
  if (rc != NLP_OK)
    ul->alen = alen;
  return rc == NLP_DONE ? NLP_OK : rc;
}

int nlp_label_parse(const char *name, size_t len, nlp_label_t *label) {
  if (!name || !label)
    return NLP_EINVAL;
  for (int l = 0; l < NLP_LABEL_COUNT; l++) {
    const char *s = nlp_label_name((nlp_label_t)l);
    if (strlen(s) == len && same_lower(s, name, len)) {
      *label = (nlp_label_t)l;
      return NLP_OK;
    }
  }
  return NLP_EINVAL;
}

/* ---- the iterator ----------------------------------------------------- */

typedef struct wtok {
  size_t bs, be, sentence;
  uint32_t hash; /* of its bytes in lower case */
  gap_t gap;     /* the text between it and the token before */
} wtok_t;

/* An entry's match in the text. */
typedef struct umatch {
  size_t bs, be, sentence;
  const entry_t *entry;
} umatch_t;

struct nlp_userlist_entities {
  const nlp_userlist_t *ul;
  const char *text;
  size_t len;
  nlp_entities_t *model;
  nlp_tokens_t *tokens;                /* NULL once read, or with no entries */
  wtok_t win[NLP_USERLIST_MAX_TOKENS]; /* a ring: wn tokens from wpos */
  size_t wpos, wn, prev_end, seen;
  nlp_check_fn check;
  void *arg;
  nlp_entity_t m; /* the model's next row, when have_m */
  umatch_t u;     /* the entries' next match, when have_u */
  int have_m, m_done, have_u, u_done;
  size_t idx;
  char *key; /* a name's key (name_key) */
  size_t keycap;
};

void nlp_userlist_entities_free(nlp_userlist_entities_t *it) {
  if (!it)
    return;
  nlp_entities_free(it->model);
  nlp_tokens_free(it->tokens);
  nlp_mem_free(it->key);
  nlp_mem_free(it);
}

int nlp_userlist_entities_new(const nlp_userlist_t *ul,
                              const nlp_model_t *model, const char *text,
                              size_t len, nlp_check_fn check, void *arg,
                              nlp_userlist_entities_t **out) {
  return nlp_userlist_entities_new_opts(ul, model, text, len, NULL, check, arg,
                                        out);
}

const char *
nlp_userlist_entities_reference_date(const nlp_userlist_entities_t *it) {
  return it ? nlp_entities_reference_date(it->model) : NULL;
}

int nlp_userlist_entities_new_opts(const nlp_userlist_t *ul,
                                   const nlp_model_t *model, const char *text,
                                   size_t len, const nlp_entities_opts_t *opts,
                                   nlp_check_fn check, void *arg,
                                   nlp_userlist_entities_t **out) {
  nlp_userlist_entities_t *it;
  int rc;
  if (!out)
    return NLP_EINVAL;
  *out = NULL;
  it = nlp_mem_calloc(1, sizeof *it);
  if (!it)
    return NLP_ENOMEM;
  it->ul = ul;
  it->text = text ? text : "";
  it->len = len;
  it->check = check;
  it->arg = arg;
  rc = nlp_entities_new_opts(model, text, len, opts, check, arg, &it->model);
  if (rc == NLP_OK && ul && ul->nents)
    rc = nlp_tokens_new(it->text, len, &it->tokens);
  else
    it->u_done = 1;
  if (rc != NLP_OK) {
    nlp_userlist_entities_free(it);
    return rc;
  }
  *out = it;
  return NLP_OK;
}

static wtok_t *win_at(nlp_userlist_entities_t *it, size_t k) {
  return &it->win[(it->wpos + k) % NLP_USERLIST_MAX_TOKENS];
}

/* The text between the last token and one starting at bs. */
static gap_t gap_before(const nlp_userlist_entities_t *it, size_t bs) {
  int breaks = 0;
  if (bs == it->prev_end)
    return GAP_NONE;
  for (size_t k = it->prev_end; k < bs; k++)
    breaks += it->text[k] == '\n';
  return breaks > 1 ? GAP_PARAGRAPH : GAP_SPACE;
}

/* Reads tokens until the window holds the most tokens of an entry, or the
** text ends. */
static int fill_window(nlp_userlist_entities_t *it) {
  while (it->tokens && it->wn < it->ul->maxtok) {
    nlp_token_t t;
    wtok_t *w;
    int rc = nlp_tokens_next(it->tokens, &t);
    if (rc != NLP_OK) {
      nlp_tokens_free(it->tokens);
      it->tokens = NULL;
      return rc == NLP_DONE ? NLP_OK : rc;
    }
    if (++it->seen % CHECK_EVERY == 0 && it->check && it->check(it->arg))
      return NLP_EINTR;
    w = win_at(it, it->wn++);
    w->bs = t.byte_start;
    w->be = t.byte_end;
    w->sentence = t.sentence;
    w->gap = it->seen == 1 ? GAP_PARAGRAPH : gap_before(it, t.byte_start);
    w->hash = hash_lower(NLP_FNV_START, it->text + w->bs, w->be - w->bs);
    it->prev_end = t.byte_end;
  }
  return NLP_OK;
}

/* Whether the window's first token opens an entry: the most tokens of
** such an entry, or 0. */
static unsigned first_max(nlp_userlist_entities_t *it) {
  const nlp_userlist_t *ul = it->ul;
  const wtok_t *w = win_at(it, 0);
  size_t p = NONE, j, n = w->be - w->bs;
  while ((j = otab_next(&ul->tfirst, w->hash, &p)) != NONE) {
    const first_t *f = &ul->firsts[j];
    const ptok_t *t = &ul->toks[ul->ents[f->entry].tok];
    if (f->hash == w->hash && t->len == n &&
        same_lower(ul->arena + t->off, it->text + w->bs, n))
      return f->maxtok;
  }
  return 0;
}

/* How entry e fits the window's first e->ntok tokens: the same words and
** spaces; then exactly as written, or in a case it allows (any case for an
** entry in lower case, capitals throughout for the others). */
static fit_t entry_fit(nlp_userlist_entities_t *it, const entry_t *e) {
  const nlp_userlist_t *ul = it->ul;
  int exact = 1, lower_seen = 0;
  for (unsigned k = 0; k < e->ntok; k++) {
    const ptok_t *p = &ul->toks[e->tok + k];
    const wtok_t *w = win_at(it, k);
    const char *s = it->text + w->bs;
    if (w->be - w->bs != p->len || (k && w->gap != p->gap) ||
        !same_lower(s, ul->arena + p->off, p->len))
      return FIT_NONE;
    exact = exact && memcmp(s, ul->arena + p->off, p->len) == 0;
    for (size_t i = 0; i < p->len; i++)
      lower_seen |= s[i] >= 'a' && s[i] <= 'z';
  }
  if (exact)
    return FIT_EXACT;
  return e->anycase || !lower_seen ? FIT_CASE : FIT_NONE;
}

/* The entry that best fits the window's first n tokens (hash h): written
** exactly as the text, else the first one added that fits; or NULL. */
static const entry_t *best_entry(nlp_userlist_entities_t *it, unsigned n,
                                 uint32_t h) {
  const nlp_userlist_t *ul = it->ul;
  const entry_t *best = NULL;
  fit_t best_fit = FIT_NONE;
  size_t p = NONE, i;
  while ((i = otab_next(&ul->tent, h, &p)) != NONE) {
    const entry_t *e = &ul->ents[i];
    fit_t f;
    if (e->hash != h || e->ntok != n)
      continue;
    f = entry_fit(it, e);
    if (f > best_fit || (f == best_fit && best && e < best)) {
      best = e;
      best_fit = f;
    }
  }
  return best_fit == FIT_NONE ? NULL : best;
}

/* The longest entry that opens at the window's first token, or NULL. */
static const entry_t *match_here(nlp_userlist_entities_t *it) {
  unsigned max = first_max(it);
  const entry_t *best = NULL;
  uint32_t h = win_at(it, 0)->hash;
  for (unsigned n = 1; n <= max && n <= it->wn; n++) {
    const entry_t *e;
    if (n > 1) {
      const wtok_t *w = win_at(it, n - 1);
      if (w->gap == GAP_PARAGRAPH)
        break;
      h = hash_next(h, w->gap, it->text + w->bs, w->be - w->bs);
    }
    if ((e = best_entry(it, n, h)) != NULL)
      best = e;
  }
  return best;
}

/* The entries' next match into it->u: NLP_OK, NLP_DONE or an error. */
static int next_match(nlp_userlist_entities_t *it) {
  for (;;) {
    const entry_t *e;
    int rc = fill_window(it);
    if (rc != NLP_OK)
      return rc;
    if (!it->wn)
      return NLP_DONE;
    e = match_here(it);
    if (e) {
      it->u.bs = win_at(it, 0)->bs;
      it->u.be = win_at(it, e->ntok - 1)->be;
      it->u.sentence = win_at(it, 0)->sentence;
      it->u.entry = e;
    }
    {
      size_t drop = e ? e->ntok : 1;
      it->wpos = (it->wpos + drop) % NLP_USERLIST_MAX_TOKENS;
      it->wn -= drop;
    }
    if (e)
      return NLP_OK;
  }
}

/* The user's name (stop, or alias when stop is 0) of s[0..n) into *u
** (NULL when none): NLP_OK or NLP_ENOMEM. */
static int user_name(nlp_userlist_entities_t *it, const char *s, size_t n,
                     int stop, const uname_t **u) {
  size_t k;
  *u = NULL;
  if (n + 1 > it->keycap) {
    char *b = nlp_mem_realloc(it->key, n + 1);
    if (!b)
      return NLP_ENOMEM;
    it->key = b;
    it->keycap = n + 1;
  }
  k = name_key(s, n, it->key);
  *u = find_name(it->ul, it->key, k, hash_lower(NLP_FNV_START, it->key, k),
                 stop);
  return NLP_OK;
}

/* The alias's canonical name of s[0..n) into *c, or leaves it. */
static int alias_of(nlp_userlist_entities_t *it, const char *s, size_t n,
                    const char **c) {
  const uname_t *u = NULL;
  int rc = NLP_OK;
  if (it->ul && it->ul->naliases && s)
    rc = user_name(it, s, n, 0, &u);
  if (u)
    *c = it->ul->arena + u->canon;
  return rc;
}

/* Whether the model's row e is a stop name (its text or canonical name)
** into *stop. */
static int is_stop(nlp_userlist_entities_t *it, const nlp_entity_t *e,
                   int *stop) {
  const uname_t *u = NULL;
  int rc = NLP_OK;
  if (it->ul && it->ul->nstops) {
    rc = user_name(it, it->text + e->byte_start, e->byte_end - e->byte_start, 1,
                   &u);
    if (rc == NLP_OK && !u && e->canonical)
      rc = user_name(it, e->canonical, strlen(e->canonical), 1, &u);
  }
  *stop = u != NULL;
  return rc;
}

/* The model's next row that is no stop name into it->m. */
static int next_model(nlp_userlist_entities_t *it) {
  int rc, stop = 0;
  while ((rc = nlp_entities_next(it->model, &it->m)) == NLP_OK) {
    rc = is_stop(it, &it->m, &stop);
    if (rc != NLP_OK || !stop)
      return rc;
  }
  return rc;
}

/* The model's row it->m into *e: its canonical name's alias, else its
** text's. */
static int emit_model(nlp_userlist_entities_t *it, nlp_entity_t *e) {
  const char *c = NULL;
  int rc = NLP_OK;
  if (it->m.canonical)
    rc = alias_of(it, it->m.canonical, strlen(it->m.canonical), &c);
  if (rc == NLP_OK && !c)
    rc = alias_of(it, it->text + it->m.byte_start,
                  it->m.byte_end - it->m.byte_start, &c);
  if (rc != NLP_OK)
    return rc;
  *e = it->m;
  if (c)
    e->canonical = c;
  e->idx = it->idx++;
  it->have_m = 0;
  return NLP_OK;
}

/* The entry's match it->u into *e: its canonical name, else its phrase's
** alias, else its phrase. */
static int emit_match(nlp_userlist_entities_t *it, nlp_entity_t *e) {
  const entry_t *x = it->u.entry;
  const char *phrase = it->ul->arena + x->phrase, *c = NULL;
  if (x->canon != NONE)
    c = it->ul->arena + x->canon;
  else if (alias_of(it, phrase, x->plen, &c) != NLP_OK)
    return NLP_ENOMEM;
  e->idx = it->idx++;
  e->byte_start = it->u.bs;
  e->byte_end = it->u.be;
  e->sentence = it->u.sentence;
  e->label = x->label;
  e->canonical = c ? c : phrase;
  e->value = NULL;
  e->qualifier = NULL;
  it->have_u = 0;
  return NLP_OK;
}

/* Fetches the next row of the model and of the entries, where needed. */
static int refill(nlp_userlist_entities_t *it) {
  int rc;
  if (!it->have_m && !it->m_done) {
    rc = next_model(it);
    if (rc == NLP_OK)
      it->have_m = 1;
    else if (rc == NLP_DONE)
      it->m_done = 1;
    else
      return rc;
  }
  if (!it->have_u && !it->u_done) {
    rc = next_match(it);
    if (rc == NLP_OK)
      it->have_u = 1;
    else if (rc == NLP_DONE)
      it->u_done = 1;
    else
      return rc;
  }
  return NLP_OK;
}

int nlp_userlist_entities_next(nlp_userlist_entities_t *it, nlp_entity_t *e) {
  if (!it || !e)
    return NLP_EINVAL;
  for (;;) {
    int rc = refill(it);
    if (rc != NLP_OK)
      return rc;
    if (it->have_m && it->have_u && it->m.byte_start < it->u.be &&
        it->u.bs < it->m.byte_end) {
      it->have_m = 0; /* an entry wins over the model's row it overlaps */
      continue;
    }
    if (it->have_m && (!it->have_u || it->m.byte_end <= it->u.bs))
      return emit_model(it, e);
    if (it->have_u)
      return emit_match(it, e);
    return NLP_DONE;
  }
}
