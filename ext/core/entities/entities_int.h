/*
** entities/entities_int.h: what the files of the entity finder share (private
** to ext/core/entities/; the API is nlp_entities_* in include/nlp.h).
**
** The files, in the order the pipeline uses them (entities.c runs it):
**   entities.c   the iterator: tagging by blocks, the rules of each
**                sentence in order, the document pass, the rows
**   retag.c      rules that change the tagger's tags of a sentence
**   tables.c     lines of results tables ("Bath 56 Orrell 13")
**   acronyms.c   "(BSE)" after "Budapest Stock Exchange": tags and names
**   spans.c      name spans from the tags: extend, trim, split
**   emit.c       a span becomes an entity: joins, plausibility, label
**   plausible.c  whether a span can be a name at all
**   labels.c     the OntoNotes label of a span of a CoNLL class
**   works.c      titles of works ("the film Ray") and people's titles
**   datelines.c  a place in capitals opening a line ("EAGLE PASS, TEXAS -")
**   numbers.c    numeric and temporal entities merged with the names
**   evidence.c   what the words around a name's mentions say: ORG, PERSON
**   names.c      the document pass: one record per name, canonical names
**   contain.c    which names are the first or last words of longer ones
*/
#ifndef NLP_ENTITIES_INT_H
#define NLP_ENTITIES_INT_H

#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "nlp.h"
#include "ner/ner.h"
#include "numex/numex.h"
#include "text/search.h"
#include "text/wordset.h"

#define NONE ((size_t)-1)
#define IS_ALPHA(c)                                                            \
  ((((unsigned char)(c)) | 32) >= 'a' && (((unsigned char)(c)) | 32) <= 'z')

/* A memo not yet filled (nlp_entities.title_memo). */
#define MEMO_UNKNOWN (-1)

/* What plausible() makes of a span. */
enum plausibility {
  SPAN_NOT_NAME = 0, /* no name: "Great Service", "FREE" */
  SPAN_NAME = 1,     /* a name */
  SPAN_WORK = 2      /* the title of a work: "Do They Know It's Christmas?" */
};

/* What a name follows (ent_t.work_cue, works.c): bits. */
enum frame {
  FRAME_NONE = 0,
  FRAME_WORK = 1,   /* "the film Ray": a WORK_OF_ART */
  FRAME_PRODUCT = 2 /* "the browser Firefox": a PRODUCT */
};

/* What the words around a mention say it is (ent_t.cues, evidence.c). */
enum cue {
  CUE_ORG = 1,   /* "Rover shares", "Rover said its ..." */
  CUE_PERSON = 2 /* "Mr Ames", "Ames said he ...", "Ames, 45," */
};

/* One entity: a name span or a numeric entity. */
typedef struct ent {
  size_t ts, te; /* tokens */
  size_t bs, be, sentence;
  nlp_label_t label;
  uint8_t work_cue;    /* enum frame: after "the film", "the browser" */
  uint8_t titled;      /* after a title ("Mr Yarra"); both in label's padding */
  uint8_t caps_line;   /* in a headline or run of capitals (sent_caps) */
  uint8_t known_place; /* in a headline: a word is a known place or city */
  uint8_t cues;        /* enum cue bits: what the words around it say */
  size_t name;         /* index into names */
  char value[NLP_NUMEX_VALUE_MAX]; /* numex value, or "" */
  const char *qualifier;           /* "more_than" (static), or NULL */
} ent_t;

/* One entity of the text as stored once its sentence is done (it->rows):
** what the document pass and the rows need, in 20 bytes (ent_t has 136,
** most of it the value buffer), so that memory stays near 20 bytes an
** entity on any length of text. Its value, when it has one, is in it->vals,
** in row order (vlen bytes and a NUL): the passes that read values go
** through the rows in order (row_value). Offsets fit in 32 bits: the
** finder takes texts under 4 GiB (NLP_ETOOBIG). */
typedef struct row {
  uint32_t bs, be, sentence;
  uint32_t name;      /* index into names */
  unsigned label : 8; /* nlp_label_t */
  unsigned caps_line : 1, known_place : 1, titled : 1;
  unsigned work_cue : 2; /* enum frame */
  unsigned cues : 2;     /* enum cue bits */
  unsigned qual : 5;     /* 1 + index into it->quals, or 0: none */
  unsigned vlen : 6;     /* its value's length (< NLP_NUMEX_VALUE_MAX) */
} row_t;

/* Rows in a block of it->rowblk: 2048 (40 KiB). */
#define ROW_BLOCK_BITS 11
#define ROW_BLOCK ((size_t)1 << ROW_BLOCK_BITS)

/* The most distinct qualifiers a text's rows keep (row_t.qual). */
#define ROW_QUALS 31

/* One distinct name of the text (names.c). */
typedef struct name {
  char *text; /* display form: single spaces, case fixed */
  char *key;  /* ASCII lower case of the surface form */
  size_t len, nwords;
  nlp_label_t label; /* of its first mention */
  size_t canon;      /* index of the canonical name */
  size_t next;       /* hash chain */
  int allcaps;
  unsigned votes[NLP_LABEL_MISC + 1];  /* mentions per name label */
  unsigned cvotes[NLP_LABEL_MISC + 1]; /* the same, in headlines (caps_line) */
  int to_person; /* relabelled PERSON as a known person's surname */
  int to_event;  /* relabelled EVENT as a storm's name ("Rita") */
  int to_place;  /* relabelled as its place ("Yangtze": "Yangtze River") */
  int work;   /* enum frame bits of its mentions: "the film", "the browser" */
  int titled; /* a mention follows a title ("Mr"): a person's */
  size_t acronym_of; /* 1 + the name it abbreviates ("(BSE)"), or 0 */
  int acronym_label; /* relabelled as the name it abbreviates */
  int alias_label;   /* 1 + the label of its alias, or 0 */
  unsigned org_cues, person_cues; /* mentions with such cues (evidence.c) */
  int to_org; /* relabelled ORG by its cues ("Rover said its ...") */
  int term;   /* an acronym of lower-case words ("(SSS)"): no name */
} name_t;

struct nlp_entities {
  const char *text;
  size_t len;
  ent_t *ents; /* the entities of the sentence being read */
  size_t n, cap;
  /* the entities of the text, stored (store_sentence), in blocks of
  ** ROW_BLOCK rows (row_at): blocks of a fixed size reuse the memory that
  ** the tagger's token cache gives back as it is read (ner.h) */
  row_t **rowblk;
  size_t nrows, nblk, blkcap, pos;
  char *vals; /* the rows' values in row order, each NUL-terminated */
  size_t nvals, valcap, vpos;   /* vpos: the value of rows[pos] (next) */
  const char *quals[ROW_QUALS]; /* the qualifiers of the rows */
  unsigned nquals;
  size_t nterms; /* names marked term (term_acronyms) */
  name_t *names;
  size_t nnames, namecap;
  size_t *heads; /* hash heads for names, nheads a power of two */
  size_t nheads;
  ent_t dropped;  /* the last implausible span of the sentence (te 0: none) */
  int title_memo; /* the sentence is a Title Case line: 1/0, or MEMO_UNKNOWN */
  int table_line; /* the sentence is a line of a results table */
  ent_t *dl;      /* dateline candidates ("EAGLE PASS, TEXAS -") */
  size_t ndl;
  char ref_date[NLP_NUMEX_VALUE_MAX]; /* the reference date used, or "" */
};

/* Whether a name of label l may carry a number of its own, which OntoNotes
** puts inside it ("Halo 2", "World Cup 2006", "Parliament Act 1949"): an
** event, product, work, law or facility (numbers.c, labels.c). */
static inline int label_has_numbers(nlp_label_t l) {
  return l == NLP_LABEL_EVENT || l == NLP_LABEL_PRODUCT ||
         l == NLP_LABEL_WORK_OF_ART || l == NLP_LABEL_LAW || l == NLP_LABEL_FAC;
}

/* ---- the word lists (data/lists/entities/, text/wordset.h) ------------- */

/* The lists that hold token t's word, A-Z read as a-z (NULL: none); ask
** with nlp_list_word_in(). */
static inline const nlp_list_word *tok_word(const ner_doc_t *d,
                                            const ner_tok_t *t) {
  return nlp_list_find_lower(d->text + t->bs, t->be - t->bs);
}

/* The lists that hold the name tokens [ts, te) spell: ASCII lower case, a
** space between the tokens that have space between them (span_lower). */
const nlp_list_word *span_word(const ner_doc_t *d, size_t ts, size_t te);

/* ---- tokens ------------------------------------------------------------ */

/* Whether token t is the word w (ASCII, exact). */
static inline int tok_is(const ner_doc_t *d, const ner_tok_t *t,
                         const char *w) {
  size_t n = strlen(w);
  return t->be - t->bs == n && !memcmp(d->text + t->bs, w, n);
}

/* Whether token t is an apostrophe, straight or curly ("Ministers' "). */
static inline int tok_is_apostrophe(const ner_doc_t *d, const ner_tok_t *t) {
  return tok_is(d, t, "'") || tok_is(d, t, "\xE2\x80\x99");
}

/* Whether token t is a title the gazetteer knows ("President", "Mr."). */
static inline int is_title(const ner_tok_t *t) {
  return t->gaz_pos == NER_POS_FIRST && (t->gaz & NER_GAZ_TITLE) &&
         t->cap != NER_CAP_NONE;
}

/* Whether token t is a word written in lower case that is in list l: a
** kind of work ("film"), a word before a language ("in"). */
static inline int lower_word_in(const ner_doc_t *d, const ner_tok_t *t, int l) {
  return t->cap == NER_CAP_NONE && t->kind == NLP_TOKEN_WORD &&
         nlp_list_word_in(tok_word(d, t), l);
}

/* Whether token t is a lower-case "and" or "or". */
static inline int is_conj(const ner_doc_t *d, const ner_tok_t *t) {
  const char *w = d->text + t->bs;
  size_t n = t->be - t->bs;
  return (n == 3 && !memcmp(w, "and", 3)) || (n == 2 && !memcmp(w, "or", 2));
}

/* "'s", "’s", "'": a possessive ending is not part of a name. */
static inline int is_possessive(const ner_doc_t *d, const ner_tok_t *t) {
  const char *w = d->text + t->bs;
  size_t n = t->be - t->bs;
  if (n == 2 && w[0] == '\'' && (w[1] | 32) == 's')
    return 1;
  return n == 4 && !memcmp(w, "\xE2\x80\x99", 3) && (w[3] | 32) == 's';
}

/* Whether token k (< s1) is a place or building word ("bay", "street"). */
static inline int place_word_at(const ner_doc_t *d, size_t k, size_t s1) {
  const ner_tok_t *t = &d->toks[k];
  return k < s1 &&
         (nlp_list_word_in(tok_word(d, t), NLP_LIST_ENTITIES_LOC_WORDS) ||
          nlp_list_word_in(tok_word(d, t), NLP_LIST_ENTITIES_FAC_WORDS));
}
/* Whether token t is a given name written in lower case that the English
** word list knows only as a proper noun ("lisa", "shanna"; not "max",
** "hector"), and no place. Inline: lower_people asks it of every untagged
** token, and the first test turns most away. */
static inline int lower_given(const ner_doc_t *d, const ner_tok_t *t) {
  const char *p = d->text + t->be, *end = d->text + d->len;
  if (!t->given || t->dict != NER_DICT_CAP || t->kind != NLP_TOKEN_WORD ||
      t->cap != NER_CAP_NONE || t->gaz || t->be - t->bs < 3 ||
      (t->bs > 0 && d->text[t->bs - 1] != ' ' && d->text[t->bs - 1] != '\n'))
    return 0;
  /* not after a number or a determiner ("35,000 rand", "the rand") */
  if (t > d->toks && t - 1 >= d->toks + t->sent_first &&
      (t[-1].kind == NLP_TOKEN_NUMBER ||
       nlp_list_word_in(tok_word(d, &t[-1]),
                        NLP_LIST_ENTITIES_DETERMINERS_NO_NAME)))
    return 0;
  /* not part of an address ("<julie...@example.net>") */
  while (p < end && *p != ' ' && *p != '\n')
    if (*p == '@' || *p == '/' || *p++ == '>')
      return 0;
  return 1;
}
/* Tokens [ts, te) ASCII-lowered into buf (NUL-terminated), a space where
** the text has space between them; the length, 0 when they do not fit in
** cap bytes. */
size_t span_lower(const ner_doc_t *d, size_t ts, size_t te, char *buf,
                  size_t cap);

/* ---- entities ---------------------------------------------------------- */

/* Appends e to it->ents: NLP_OK or NLP_ENOMEM. */
int ent_push(nlp_entities_t *it, const ent_t *e);
/* Row i of the text (i < it->nrows, or below the room rows_room made). */
static inline row_t *row_at(const nlp_entities_t *it, size_t i) {
  return it->rowblk[i >> ROW_BLOCK_BITS] + (i & (ROW_BLOCK - 1));
}
/* Room for n rows: NLP_OK or NLP_ENOMEM. */
int rows_room(nlp_entities_t *it, size_t n);
/* Moves the n rows from src to dst (they may overlap, as memmove). */
void rows_move(nlp_entities_t *it, size_t dst, size_t src, size_t n);
/* The row of entity e (its value not stored: store_sentence does): NLP_OK, or
** NLP_EINVAL past ROW_QUALS qualifiers. */
int row_of(nlp_entities_t *it, const ent_t *e, row_t *r);
/* The value of row r, whose value starts at it->vals + *vpos, "" for none;
** moves *vpos past it. The rows are read in order. */
static inline const char *row_value(const nlp_entities_t *it, const row_t *r,
                                    size_t *vpos) {
  const char *v;
  if (!r->vlen)
    return "";
  v = it->vals + *vpos;
  *vpos += r->vlen + 1u;
  return v;
}
/* Values changed in row order (resolve_times, resolve_money): in place
** while each keeps its length; from the first that does not on, written
** anew into a vals_t (vals_edit), which vals_done() then makes it->vals. */
typedef struct vals {
  char *p;
  size_t n, cap;
} vals_t;
/* A change of values: writes row r's new value (its value now: v) into
** out (NLP_NUMEX_VALUE_MAX bytes) and returns 1, or returns 0 to keep v. */
typedef int (*vals_edit_fn)(nlp_entities_t *it, const row_t *r, const char *v,
                            char *out, void *ctx);
/* Gives every row, in row order, the value fn makes of it (vals_t above):
** NLP_OK, or NLP_ENOMEM with the values unchanged. */
int vals_rewrite(nlp_entities_t *it, vals_edit_fn fn, void *ctx);
/* An entity over tokens [ts, te), all else zero. */
static inline ent_t ent_of_tokens(const ner_doc_t *d, size_t ts, size_t te) {
  ent_t e;
  memset(&e, 0, sizeof e);
  e.ts = ts;
  e.te = te;
  e.bs = d->toks[ts].bs;
  e.be = d->toks[te - 1].be;
  e.sentence = d->toks[ts].sentence;
  e.caps_line = d->toks[ts].sent_caps;
  return e;
}
/* A copy of text[0..len) in which each word in capitals is written as it
** usually is ("OFFICIALS IN TEXAS" -> "officials in Texas") when the text
** is all in capitals and its tokens and sentences stay the same; else NULL
** (truecase.c). The caller frees it. */
int truecase_copy(const char *text, size_t len, char **copy);
/* The model that tags d, the document of text (or of its copy): the
** caseless one, d marked caseless, when text is in capitals or has no
** capital and model has one (truecase.c); else the web-text one for a text
** of the web's register (ner_doc_involved), when model has one; else
** model. */
const nlp_model_t *truecase_model(const nlp_model_t *model, ner_doc_t *d,
                                  const char *text, size_t len);

/* The smallest power of two >= n, and 16 at least. */
size_t pow2_at_least(size_t n);

/* Whether l labels a name (PERSON .. LANGUAGE, MISC), not a number. */
static inline int is_name_label(nlp_label_t l) {
  return l <= NLP_LABEL_LANGUAGE || l == NLP_LABEL_MISC;
}
/* Whether l is a place's label: GPE or LOC. */
static inline int is_place(nlp_label_t l) {
  return l == NLP_LABEL_GPE || l == NLP_LABEL_LOC;
}

/* ---- the containment index (contain.c) ---------------------------------- */

/* The containment index: which names are the first or last words of which
** longer names, without comparing names pairwise. Each distinct word of the
** names gets an id; each word sequence that ends a name (a suffix) or opens
** one (a prefix) gets a node id, built from the word and the node of the
** sequence one word shorter, so two sequences share a node exactly when
** their keys are equal. A node lists the names that have it as a proper
** suffix (or prefix), in name order. Time and memory are linear in the total
** number of words of the distinct names. Only names with a name label are
** indexed (the rules never look at the others). */
typedef struct cx {
  size_t *woff;          /* per name: its words at woff[i]..woff[i+1] */
  size_t *suf, *pre;     /* per word position: node of the suffix that
                         ** starts there / of the prefix that ends there */
  size_t *wtab, wmask;   /* word hash table: a word position, or NONE */
  size_t *ntab, nmask;   /* node hash table: a node, or NONE */
  size_t *nkey0, *nkey1; /* per node: its two parts (tag in nkey0's bit) */
  size_t nnodes;
  size_t *head, *tail; /* per node: its list of longer names */
  size_t *lname, *lnext, nl;
} cx_t;

/* Builds the index of the names of it: NLP_OK or NLP_ENOMEM (then c holds
** nothing to free). */
int cx_build(cx_t *c, const nlp_entities_t *it);
/* Frees what cx_build() allocated. */
void cx_free(cx_t *c);

/* The names of which (indexed) name a is the last words / first words. */
static inline size_t cx_longer_suffix(const cx_t *c, size_t a) {
  return c->woff[a + 1] > c->woff[a] ? c->head[c->suf[c->woff[a]]] : NONE;
}
static inline size_t cx_longer_prefix(const cx_t *c, size_t a) {
  return c->woff[a + 1] > c->woff[a] ? c->head[c->pre[c->woff[a + 1] - 1]]
                                     : NONE;
}
/* Whether indexed name a is the last words (cx_suffix) or the first words
** (cx_prefix) of the longer indexed name b, in O(1). */
static inline int cx_suffix(const cx_t *c, size_t a, size_t b) {
  size_t na = c->woff[a + 1] - c->woff[a], nb = c->woff[b + 1] - c->woff[b];
  return na && na < nb && c->suf[c->woff[b + 1] - na] == c->suf[c->woff[a]];
}
static inline int cx_prefix(const cx_t *c, size_t a, size_t b) {
  size_t na = c->woff[a + 1] - c->woff[a], nb = c->woff[b + 1] - c->woff[b];
  return na && na < nb &&
         c->pre[c->woff[b] + na - 1] == c->pre[c->woff[a + 1] - 1];
}

/* ---- the stages, in the order they run ------------------------------- */

/* retag.c: runs the rules that change the tags of sentence [s0, s1), in
** the order of RETAG_RULES; sets it->table_line. */
void retag_sentence(nlp_entities_t *it, const ner_doc_t *d, uint8_t *tags,
                    size_t s0, size_t s1);
/* tables.c: whether [s0, s1) is a line of a results table next to another
** ("Orrell 13 Bath 56"); if so its untagged teams are tagged ORG. */
int table_line(const ner_doc_t *d, uint8_t *tags, size_t s0, size_t s1);
/* acronyms.c: "Budapest Stock Exchange (BSE)": the acronym is tagged as
** the name is (a rule of retag.c). */
void acronym_tags(const ner_doc_t *d, uint8_t *tags, size_t s0, size_t s1);

/* spans.c: the name spans of sentence [s0, s1), appended to it->ents. */
int name_spans(nlp_entities_t *it, const ner_doc_t *d, const uint8_t *tags,
               size_t s0, size_t s1);
/* emit.c: appends the name [ts, te) of CoNLL type ty (first: the
** sentence's first entity in it->ents; all_monthday: its words are all
** month or day names, a DATE). NLP_OK or NLP_ENOMEM. */
int emit(nlp_entities_t *it, const ner_doc_t *d, size_t first, size_t ts,
         size_t te, int ty, int all_monthday);
/* emit.c: cuts the entities since first that reach into a name starting at
** token ts before it, or drops them ("Latin Central" before "Central and
** South America"). */
void cut_before(nlp_entities_t *it, const ner_doc_t *d, size_t first,
                size_t ts);
/* plausible.c: whether tokens [ts, te) of CoNLL type ty can be a name
** (title_memo: it->title_memo; ll: the lists of its last word). */
enum plausibility plausible(const ner_doc_t *d, size_t ts, size_t te, int ty,
                            int *title_memo, const nlp_list_word *ll);
/* labels.c: the OntoNotes label of the span [ts, te) of CoNLL type ty (ll:
** the lists of its last word). */
nlp_label_t refine(const ner_doc_t *d, size_t ts, size_t te, int ty,
                   const nlp_list_word *ll);
/* works.c: the frame (enum frame) the name [ts, te) follows, when it may
** be its title or name ("the film Million Dollar Baby", "the browser
** Firefox"), else FRAME_NONE. */
int after_work_cue(const ner_doc_t *d, size_t ts, size_t te);
/* works.c: the frame (enum frame) token ts follows: a kind of work ("the
** film Ray"), with a comma ("the album, Avalon") or after "called"/
** "titled" ("a song called Lifeline"), the title in quotes or not; a kind
** of product ("the browser Firefox"). */
int work_frame(const ner_doc_t *d, size_t ts);
/* works.c: whether the name at ts follows a person's title ("Mr Yarra"). */
int after_title(const ner_doc_t *d, size_t ts);

/* datelines.c: records the place runs in capitals that open sentence [s0,
** s1) when it starts a line ("EAGLE PASS, TEXAS -"). */
int datelines(nlp_entities_t *it, const ner_doc_t *d, size_t s0, size_t s1);
/* datelines.c: once the text is tagged, the runs that name a known place
** become GPE/LOC entities in place of what was found inside them. */
int apply_datelines(nlp_entities_t *it);
/* numbers.c: merges the numeric entities of sentence [s0, s1) into its
** names, it->ents[first..n) (buf: room for its tokens). */
/* The DATE and TIME values placed on the calendar against the reference
** date ref (NULL: the text's own date, if it states one), numbers.c: NLP_OK
** or NLP_ENOMEM. */
int resolve_times(nlp_entities_t *it, const char *ref);

/* Francs, pesos and crowns take the currency the story's places give
** (numbers.c, numex/story.c). NLP_OK or NLP_ENOMEM (the values are written
** anew, as resolve_times does). */
int resolve_money(nlp_entities_t *it);

int merge_numex(nlp_entities_t *it, const ner_doc_t *d, size_t s0, size_t s1,
                size_t first, nlp_token_t *buf);

/* names.c: gives each entity its name record (e->name). */
int intern_all(nlp_entities_t *it);
/* names.c: the canonical rules in order (labels, canonical names). */
int canonicalise(nlp_entities_t *it);
/* works.c: a name a mention of which follows "the film" is a WORK_OF_ART
** (a canonical rule). */
void work_labels(nlp_entities_t *it);
/* acronyms.c: an acronym's name takes the name it abbreviates (a
** canonical rule). */
void acronym_links(nlp_entities_t *it);
/* evidence.c: the cues of the mention [ts, te) (enum cue bits). */
int mention_cues(const ner_doc_t *d, size_t ts, size_t te);
/* evidence.c: counts mention e's cues in its name a. */
void name_cues(name_t *a, const row_t *e);
/* evidence.c: one entity, one label: a name whose mentions' cues say ORG or
** PERSON more than the other takes that label (a canonical rule). */
void evidence_labels(nlp_entities_t *it, const cx_t *c);
/* names.c: each mention takes its name's label where a rule says so. */
void relabel_mentions(nlp_entities_t *it);
/* names.c: the name of key key[0..n) (ASCII lower case), or NONE. */
size_t name_index(const nlp_entities_t *it, const char *key, size_t n);
/* acronyms.c: an acronym in brackets after lower-case words whose initials
** it spells is a term, no name ("sea surface salinity (SSS)"): its names
** are marked, then its mentions dropped (drop_terms). */
void term_acronyms(nlp_entities_t *it);
void drop_terms(nlp_entities_t *it);
/* names.c: frees the name records. */
void names_free(nlp_entities_t *it);

#endif /* NLP_ENTITIES_INT_H */
