/*
** nlp.h: the core C API of sqlite-nlp. No SQLite header is needed or used.
**
** The core turns UTF-8 text into spans: sentences, tokens (and, in later
** modules, entities, quotes and article parts). Every span is a half-open
** byte range [byte_start, byte_end) into the caller's ORIGINAL text.
**
** Conventions
**   - Functions return an int status: NLP_OK (0) or an NLP_E* code.
**     nlp_errstr() describes a code. The core never prints or aborts.
**   - Text is borrowed, never copied: an iterator reads the caller's
**     buffer, which must stay valid and unchanged until the iterator is
**     freed. Text need not be NUL-terminated; NUL bytes are ordinary
**     (non-space, non-letter) characters.
**   - Invalid UTF-8 never fails: the text is cut into characters the way
**     SQLite's substr() does (a byte >= 0xC0 and every continuation byte
**     after it form one character; a stray continuation byte is one
**     character), and a malformed character reads as U+FFFD.
**   - Every nlp_*_new has an nlp_*_free that accepts NULL.
**   - No global mutable state but the allocator (nlp_set_allocator; the C
**     library's by default): iterators are independent and may be used
**     from different threads at the same time.
**   - Out of memory is NLP_ENOMEM, never a crash: the failing call frees
**     what it allocated (tests/unit/test_alloc_fail.c fails every
**     allocation of every entry point in turn).
**   - The core needs libc and utf8proc only: no SQLite, no threads library,
**     no set-up at run time (every table it reads is const data made at
**     build time; ctest build.core_deps checks the built libnlpcore.a).
*/
#ifndef NLP_H
#define NLP_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

#define NLP_VERSION "0.1.0"

/* Status codes. */
#define NLP_OK 0      /* success; an iterator produced a row */
#define NLP_DONE 1    /* an iterator has no more rows */
#define NLP_ENOMEM 2  /* out of memory */
#define NLP_EINVAL 3  /* bad argument (NULL pointer, unknown option) */
#define NLP_ETOOBIG 4 /* input longer than the core accepts */
#define NLP_EINTR 5   /* stopped by the caller's check function */
#define NLP_EMODEL 6  /* a model trained with other data (nlp_model_load) */

/* A check function for the long document passes (nlp_entities_new_checked,
** nlp_quotes_set_check): called now and then (about every 4,096 tokens) with
** its arg; returning nonzero stops the work, which then returns NLP_EINTR.
** The SQLite binding passes one that sees sqlite3_interrupt() and the
** progress handler. */
typedef int (*nlp_check_fn)(void *arg);

/* A short English description of a status code; never NULL. */
const char *nlp_errstr(int rc);

/* The library version, NLP_VERSION. */
const char *nlp_version(void);

/* Frees memory returned by the core (nlp_normalize() and friends), with the
** allocator that made it (see nlp_set_allocator). */
void nlp_free(void *p);

/* -------------------------------------------------------------------- */
/* Memory                                                                */
/* -------------------------------------------------------------------- */

/* The functions the core allocates with, in the manner of SQLite's
** sqlite3_mem_methods (SQLITE_CONFIG_MALLOC). xMalloc(n) and xRealloc(p, n)
** return memory aligned for any object of 8 bytes or less (as malloc and
** sqlite3_malloc do), or NULL when out of memory (xRealloc then leaves p
** as it was). The core calls xMalloc and xRealloc with n > 0 only, xRealloc
** with p != NULL only, and xFree with p != NULL only, always on a block its
** own allocator returned. */
typedef struct nlp_allocator {
  void *(*xMalloc)(size_t n);
  void *(*xRealloc)(void *p, size_t n);
  void (*xFree)(void *p);
} nlp_allocator_t;

/* Makes every later allocation of the core (iterators, models, strings from
** nlp_normalize() and friends, and the work memory of each call) use a; NULL
** restores the C library's malloc, realloc and free (the default, which
** needs no set-up). The core keeps the pointer: *a must stay valid and
** unchanged while it is in use (a static const struct). NLP_EINVAL if a
** function of a is NULL.
**
** When: before any other core call, or at any time when no object of the
** core is alive (no iterator, no loaded model, no string the core returned
** and nlp_free has not freed), because a block must be freed by the
** allocator that made it and the core records no allocator per block.
** Setting the allocator already in use is always allowed, also while other
** threads use the core: the SQLite binding sets SQLite's allocator
** (sqlite3_malloc64, sqlite3_realloc64, sqlite3_free) each time a
** connection loads the extension, so everything the core holds counts in
** sqlite3_memory_used() and against sqlite3_hard_heap_limit64().
**
** When an allocation fails, the call that needed it frees what it had
** allocated and returns NLP_ENOMEM (nlp_sentence_count: (size_t)-1); an
** iterator whose _next returned NLP_ENOMEM can only be freed. See
** docs/reliability.md. */
int nlp_set_allocator(const nlp_allocator_t *a);

/* The allocator in use (the C library's by default); never NULL. */
const nlp_allocator_t *nlp_get_allocator(void);

/* -------------------------------------------------------------------- */
/* Sentences                                                             */
/* -------------------------------------------------------------------- */

typedef struct nlp_sentence {
  size_t idx;        /* 0-based ordinal of the sentence in the text */
  size_t byte_start; /* first byte of the sentence */
  size_t byte_end;   /* one past its last byte; never ends in white space */
  size_t paragraph;  /* 0-based paragraph ordinal (blank lines separate) */
} nlp_sentence_t;

typedef struct nlp_sentences nlp_sentences_t;

/* Starts splitting text[0..len) into sentences. On success *out owns an
** iterator that borrows text until nlp_sentences_free(). */
int nlp_sentences_new(const char *text, size_t len, nlp_sentences_t **out);

/* Finds the next sentence: NLP_OK and *s filled, or NLP_DONE at the end.
** Sentences come in text order, do not overlap, start and end on
** non-space characters, and cover every non-space character. Work per
** call is proportional to the length of the sentence (plus look-ahead of
** at most one following word), so memory stays constant. */
int nlp_sentences_next(nlp_sentences_t *it, nlp_sentence_t *s);

void nlp_sentences_free(nlp_sentences_t *it);

/* Convenience: the number of sentences in text (NLP_ENOMEM -> (size_t)-1). */
size_t nlp_sentence_count(const char *text, size_t len);

/* -------------------------------------------------------------------- */
/* Tokens                                                                */
/* -------------------------------------------------------------------- */

typedef enum nlp_token_kind {
  NLP_TOKEN_WORD = 0, /* words, clitics, abbreviations: U.S., Gov., 's, n't */
  NLP_TOKEN_NUMBER,   /* 3.5, 11,000, 1990s, 2nd, 10:30, '90s */
  NLP_TOKEN_PUNCT,    /* . , ; : ! ? ... quotes, brackets, dashes */
  NLP_TOKEN_SYMBOL,   /* $ % & + = £ € © and other symbols */
  NLP_TOKEN_URL,      /* https://example.com/a?b, www.example.com */
  NLP_TOKEN_EMAIL,    /* name@example.com */
  NLP_TOKEN_HASHTAG,  /* #word */
  NLP_TOKEN_MENTION,  /* @name */
  NLP_TOKEN_EMOJI,    /* pictographs and their sequences */
  NLP_TOKEN_OTHER     /* anything else (control characters, U+FFFD) */
} nlp_token_kind_t;

/* "word", "number", "punct", "symbol", "url", "email", "hashtag",
** "mention", "emoji", "other". */
const char *nlp_token_kind_name(nlp_token_kind_t kind);

typedef struct nlp_token {
  size_t idx;        /* 0-based ordinal of the token in the text */
  size_t byte_start; /* first byte */
  size_t byte_end;   /* one past the last byte */
  size_t sentence;   /* idx of the sentence that holds the token */
  nlp_token_kind_t kind;
} nlp_token_t;

typedef struct nlp_tokens nlp_tokens_t;

/* Starts tokenising text[0..len); borrows text until nlp_tokens_free().
** Tokens come in text order, are non-empty, do not overlap, hold no white
** space, start and end where nlp_utf8_next cuts characters, never cross a
** sentence boundary (same sentences as above) and cover every non-space
** character. The whole text takes time linear in len. The rules (Penn
** Treebank conventions: "$" "1.2", "do" "n't", "U.S.") are in
** docs/tokens.md. */
int nlp_tokens_new(const char *text, size_t len, nlp_tokens_t **out);

/* NLP_OK and *t filled, or NLP_DONE. */
int nlp_tokens_next(nlp_tokens_t *it, nlp_token_t *t);

void nlp_tokens_free(nlp_tokens_t *it);

/* -------------------------------------------------------------------- */
/* Quotes: who said what                                                  */
/* -------------------------------------------------------------------- */

typedef struct nlp_quote {
  size_t idx;        /* 0-based ordinal of the quote in the text */
  size_t byte_start; /* first byte of the quoted words (inside the marks) */
  size_t byte_end;   /* one past their last byte (a trailing comma, and
                        the period of a quoted fragment, are left out) */
  size_t sentence;   /* idx (nlp_sentences) of the sentence where the
                        quote starts */
  size_t paragraph;  /* 0-based paragraph ordinal (blank lines separate) */
  /* The speaker's canonical name ("Earl Anthony Wayne" for "he" or "Wayne",
  ** "Joe Biden" for "President Joe Biden" or "Biden") or, when the speaker
  ** is not a name, the noun phrase ("Homeland Security officials").
  ** speaker_len bytes, pointing into the caller's text (possibly an earlier
  ** mention) or, for a canonical name from the entity finder, into a
  ** NUL-terminated copy owned by the iterator, valid until
  ** nlp_quotes_free(); NULL when unknown. */
  const char *speaker;
  size_t speaker_len;
  /* The words near the quote that attribute it ("he", "Earl Anthony
  ** Wayne"); mention_end == mention_start when none. */
  size_t mention_start, mention_end;
  /* The reporting verb ("said", "added", "told"); equal when none. */
  size_t verb_start, verb_end;
  /* What the row's words are (nlp_quote_kind_t, below). */
  int kind;
  /* The mention that names the speaker: the row's own mention, or, for a
  ** quote whose speaker goes on from a quote or a reporting verb before
  ** it (mention_end == mention_start), that one's mention in this or the
  ** previous paragraph; source_end == source_start when none. */
  size_t source_start, source_end;
} nlp_quote_t;

/* The kind of an attribution (nlp_quote_t.kind). */
typedef enum nlp_quote_kind {
  NLP_QUOTE_DIRECT = 0, /* the words inside quotation marks */
  NLP_QUOTE_INDIRECT,   /* reported speech: "X said the plan was dead" */
  NLP_QUOTE_MIXED       /* a quoted phrase inside reported speech:
                           "X warned that it was a “breaking point”" */
} nlp_quote_kind_t;

/* "direct", "indirect", "mixed". */
const char *nlp_quote_kind_name(int kind);

typedef struct nlp_quotes nlp_quotes_t;

/* Starts finding the quotes of text[0..len); borrows text until
** nlp_quotes_free(). A quote is reported when the text attributes it to a
** speaker (or, for a quote that follows another, the same speaker goes on);
** scare quotes, titles and quoted words with no reporting verb are not.
** A quote that runs over several paragraphs (no closing mark at the end
** of a paragraph, an opening mark at the start of the next) gives one row
** per paragraph, all with the same speaker. The text is read one
** paragraph at a time (at most 64 KiB; a quote is followed over at most 16
** paragraphs), so memory is bounded and time linear in the length. */
int nlp_quotes_new(const char *text, size_t len, nlp_quotes_t **out);
/* Makes the iterator call check(arg) now and then from its next call on
** (see nlp_check_fn), above all while the entity finder tags the text:
** nlp_quotes_next() then returns NLP_EINTR, and the iterator can only be
** freed. check may be NULL (the default). */
void nlp_quotes_set_check(nlp_quotes_t *it, nlp_check_fn check, void *arg);

/* NLP_OK and *q filled, NLP_DONE, or NLP_ENOMEM. q->speaker stays valid
** until nlp_quotes_free() (and while the text does). Quotes come in text
** order. From the first paragraph that holds a quotation mark on, the
** entity finder (nlp_entities, default model) runs alongside to give
** canonical names; it tags the whole text at once, so from then on memory
** grows with the number of entities in the text. */
int nlp_quotes_next(nlp_quotes_t *it, nlp_quote_t *q);

void nlp_quotes_free(nlp_quotes_t *it);

/* -------------------------------------------------------------------- */
/* Parts: which part of the page each piece of text is                    */
/* -------------------------------------------------------------------- */

typedef enum nlp_part_kind {
  NLP_PART_BODY = 0,    /* the article's prose */
  NLP_PART_HEADLINE,    /* the title line at the top */
  NLP_PART_DATELINE,    /* "WASHINGTON (AP) —", "LONDON, March 3 (Reuters) -",
                           "CNN —" */
  NLP_PART_BYLINE,      /* "By Jane Doe, CNN" */
  NLP_PART_CAPTION,     /* a photo caption */
  NLP_PART_CREDIT,      /* "(Photo by X/Getty Images)", "X contributed to
                           this report." */
  NLP_PART_BOILERPLATE, /* ad markers, comment forms, share prompts, "Read
                          more", newsletter and cookie notices */
  /* rows of a table of figures: "Shr 23 cts vs 34 cts" */
  NLP_PART_TABLE
} nlp_part_kind_t;

/* "body", "headline", "dateline", "byline", "caption", "credit",
** "boilerplate", "table". */
const char *nlp_part_kind_name(nlp_part_kind_t kind);

typedef struct nlp_part {
  size_t idx;        /* 0-based ordinal of the part in the text */
  size_t byte_start; /* first byte (never white space) */
  size_t byte_end;   /* one past the last byte (never white space) */
  size_t paragraph;  /* 0-based paragraph ordinal (blank lines separate) */
  nlp_part_kind_t kind;
} nlp_part_t;

typedef struct nlp_parts nlp_parts_t;

/* Starts cutting text[0..len) into parts; borrows text until
** nlp_parts_free(). Parts come in text order, do not overlap and cover
** every non-space character. Each line is classified on its own, and a
** line glued from several kinds by a scraper ("...weeks.John Moore/Getty
** ImagesCNN —") is cut into its pieces; consecutive body lines of one
** paragraph make one part. Work is linear and memory constant. */
int nlp_parts_new(const char *text, size_t len, nlp_parts_t **out);

/* NLP_OK and *p filled, or NLP_DONE. */
int nlp_parts_next(nlp_parts_t *it, nlp_part_t *p);

void nlp_parts_free(nlp_parts_t *it);

/* -------------------------------------------------------------------- */
/* Normalisation (Unicode, via utf8proc)                                  */
/* -------------------------------------------------------------------- */

typedef enum nlp_norm_form {
  NLP_NFC = 0,
  NLP_NFD,
  NLP_NFKC,
  NLP_NFKD
} nlp_norm_form_t;

/* Parses "NFC", "nfkd", ... (case-insensitive, len bytes). NLP_EINVAL if
** unknown. */
int nlp_norm_form_parse(const char *name, size_t len, nlp_norm_form_t *form);

/* Each of these writes a newly allocated, NUL-terminated UTF-8 string to
** *out (free with nlp_free) and its length in bytes to *outlen. Invalid
** UTF-8 in the input becomes U+FFFD in the output. */
int nlp_normalize(const char *text, size_t len, nlp_norm_form_t form,
                  char **out, size_t *outlen);
/* NFKC plus Unicode case folding: "Straße" -> "strasse". */
int nlp_casefold(const char *text, size_t len, char **out, size_t *outlen);
/* Removes combining marks after canonical decomposition, then recomposes:
** "López Obrador" -> "Lopez Obrador". Letters without a decomposition
** (ø, ł, ß) are kept. */
int nlp_unaccent(const char *text, size_t len, char **out, size_t *outlen);

/* -------------------------------------------------------------------- */
/* Named entities                                                        */
/* -------------------------------------------------------------------- */

/* Entity labels: the OntoNotes 5 names, plus MISC for a name whose finer
** class cannot be decided. nlp_label_name() gives the upper-case name. */
typedef enum nlp_label {
  NLP_LABEL_PERSON = 0, /* people, including fictional */
  NLP_LABEL_NORP,       /* nationalities, religious or political groups */
  NLP_LABEL_FAC,        /* buildings, airports, highways, bridges */
  NLP_LABEL_ORG,        /* companies, agencies, institutions */
  NLP_LABEL_GPE,        /* countries, cities, states */
  NLP_LABEL_LOC,        /* non-GPE locations: regions, rivers, mountains */
  NLP_LABEL_PRODUCT,    /* objects, vehicles, foods (not services) */
  NLP_LABEL_EVENT,      /* named wars, summits, sports events */
  NLP_LABEL_WORK_OF_ART,
  NLP_LABEL_LAW, /* named documents made into laws */
  NLP_LABEL_LANGUAGE,
  NLP_LABEL_DATE,
  NLP_LABEL_TIME,
  NLP_LABEL_PERCENT,
  NLP_LABEL_MONEY,
  NLP_LABEL_QUANTITY,
  NLP_LABEL_ORDINAL,
  NLP_LABEL_CARDINAL,
  NLP_LABEL_MISC, /* a name of none of the classes above, or undecided */
  NLP_LABEL_COUNT
} nlp_label_t;

/* "PERSON", "NORP", ...; NULL for a value out of range. */
const char *nlp_label_name(nlp_label_t label);
/* One-line English description of a label; NULL out of range. */
const char *nlp_label_description(nlp_label_t label);

/* A trained entity model. Immutable once loaded: one model may be shared by
** any number of iterators and threads. */
typedef struct nlp_model nlp_model_t;

/* The model built into the library (trained on CoNLL-2003 and the
** project's own annotations of 941 news articles, see docs/entities.md): const
*data, made at build time; never free it. NULL
** only if the library was built without a model. It holds three models,
** and each text is read by one: text without case information by the
** caseless one, text of the web's register (many first- and second-person
** pronouns, addresses, mentions, hashtags, emoji, questions outside
** quotations) by the web-text one, the rest by the news one. */
const nlp_model_t *nlp_model_default(void);

/* Loads a model file's bytes (as tools/train_ner writes them); the bytes are
** copied, so the caller may free them at once. NLP_EINVAL if they are not a
** model of this library's format version, NLP_EMODEL if it was trained with
** other word lists, word clusters or gazetteer than this library's. A
** loaded model reads all text in normal case, of the web's register too;
** text without case still goes to the built-in caseless model. Free
** with nlp_model_free(). */
int nlp_model_load(const void *bytes, size_t len, nlp_model_t **out);
void nlp_model_free(nlp_model_t *model);

typedef struct nlp_entity {
  size_t idx;        /* 0-based ordinal of the entity in the text */
  size_t byte_start; /* first byte of the mention (exact surface text) */
  size_t byte_end;   /* one past its last byte */
  size_t sentence;   /* idx of the sentence that holds it */
  nlp_label_t label;
  /* The entity's name, the same for every mention of one entity in the
  ** text: the fullest form found ("Biden" -> "Joe Biden"), in normal case
  ** ("TEXAS" -> "Texas"), aliases resolved ("U.S." -> "United States").
  ** NUL-terminated; owned by the iterator, valid until the next call. */
  const char *canonical;
  /* Normalised value of a numeric or temporal entity ("2023-12-19",
  ** "11000", "1200000000 USD"), or NULL; owned like canonical. */
  const char *value;
  /* The approximator or bound the span of a number includes: "approx"
  ** ("about $5m"), "more_than", "less_than", "up_to", "at_least",
  ** "at_most"; NULL for none. Static. */
  const char *qualifier;
} nlp_entity_t;

typedef struct nlp_entities nlp_entities_t;

/* Finds the entities of text[0..len) with model (NULL: the default model).
** The whole text is tagged here, before the first row, because canonical
** names need every mention: memory grows with the number of entities (about
** 20 bytes each) and distinct words in the text. Borrows text and model
** until nlp_entities_free(). NLP_EINVAL if model is NULL and there is no
** default; NLP_ETOOBIG for a text of 4 GiB or more. */
int nlp_entities_new(const nlp_model_t *model, const char *text, size_t len,
                     nlp_entities_t **out);
/* The same, calling check(arg) while it tags (see nlp_check_fn); NLP_EINTR
** and no iterator when check stops it. check may be NULL. */
int nlp_entities_new_checked(const nlp_model_t *model, const char *text,
                             size_t len, nlp_check_fn check, void *arg,
                             nlp_entities_t **out);
/* Options of nlp_entities_new_opts(); zero them first (new fields may be
** added at the end). */
typedef struct nlp_entities_opts {
  /* The date relative DATE and TIME values are placed against ("last
  ** week" -> "2023-W50"): an ISO date "2023-12-19" or date-time
  ** "2023-12-19T14:00" (its date is used), NUL-terminated. NULL: the text's
  ** own date when a date line or dateline states one, else none (relative
  ** dates then have no value, yearless ones "XXXX-12-19"). */
  const char *reference_date;
} nlp_entities_opts_t;
/* nlp_entities_new_checked() with options (opts NULL: none). NLP_EINVAL
** also for a reference date nlp_date_ok() refuses. */
int nlp_entities_new_opts(const nlp_model_t *model, const char *text,
                          size_t len, const nlp_entities_opts_t *opts,
                          nlp_check_fn check, void *arg, nlp_entities_t **out);
/* The reference date the values were placed against ("2023-12-19": given
** or read from the text), or NULL when there was none; owned by it. */
const char *nlp_entities_reference_date(const nlp_entities_t *it);
/* Whether s[0..len) is a reference date nlp_entities_new_opts() takes: an
** ISO date that exists ("2023-12-19"), alone or followed by "T" (or a
** space) and a time "hh:mm" and anything after it. */
int nlp_date_ok(const char *s, size_t len);
/* NLP_OK and *e filled, or NLP_DONE. Entities come in text order and do not
** overlap. */
int nlp_entities_next(nlp_entities_t *it, nlp_entity_t *e);
void nlp_entities_free(nlp_entities_t *it);

/* -------------------------------------------------------------------- */
/* Your own entity lists: entries, aliases, names that are never entities */
/* -------------------------------------------------------------------- */

/* A user's list (ext/core/entities/user_lists.c): entries (a phrase, its
** label and optionally its canonical name), aliases (a name and the
** canonical name it stands for) and stop names (names that are never
** entities). Filled with the nlp_userlist_add_* calls, then read-only: an
** iterator borrows it, and any number of iterators and threads may share
** it while no one adds to it. Matching rules (docs/entities.md):
**   - A phrase is cut into tokens as nlp_tokens cuts text, and matches a run
**     of whole tokens with the same words: where the phrase has space
**     between two tokens the text must have white space (at most one line
**     break), where it has none the text must have none.
**   - Case: a phrase all in lower case matches in any case; a phrase with a
**     capital letter matches text written the same way, or in capitals
**     throughout ("ADSTEAM" for "Adsteam"). Only ASCII letters change case.
**   - The leftmost, then longest, phrase wins; matches do not overlap.
**   - Aliases and stop names are compared ignoring ASCII case and with each
**     run of white space as one space. */
typedef struct nlp_userlist nlp_userlist_t;

#define NLP_USERLIST_MAX_TOKENS 32 /* tokens of an entry's phrase, at most */

/* An empty list in *out; free with nlp_userlist_free(). */
int nlp_userlist_new(nlp_userlist_t **out);
void nlp_userlist_free(nlp_userlist_t *ul);

/* Adds the entry phrase[0..len) with label; canonical[0..canonical_len) is
** its canonical name, or NULL for the phrase as written. NLP_EINVAL (see
** nlp_userlist_errmsg) for a label out of range, a phrase of no token or of
** more than NLP_USERLIST_MAX_TOKENS, or a phrase added before with another
** label or canonical name (the same entry twice is fine). */
int nlp_userlist_add_entry(nlp_userlist_t *ul, const char *phrase, size_t len,
                           nlp_label_t label, const char *canonical,
                           size_t canonical_len);
/* Adds the alias name[0..len) -> canonical[0..canonical_len). NLP_EINVAL
** for an empty name or canonical name, or a name given before another
** canonical name. */
int nlp_userlist_add_alias(nlp_userlist_t *ul, const char *name, size_t len,
                           const char *canonical, size_t canonical_len);
/* Adds a name that is never an entity. NLP_EINVAL for an empty name. */
int nlp_userlist_add_stop(nlp_userlist_t *ul, const char *name, size_t len);
/* Why the last add returned NLP_EINVAL ("phrase has no token"); "" if it
** did not. Owned by the list, valid until its next call. */
const char *nlp_userlist_errmsg(const nlp_userlist_t *ul);

/* The label named name[0..len) ("ORG", "org"; ASCII case ignored):
** NLP_OK, or NLP_EINVAL when it names none. */
int nlp_label_parse(const char *name, size_t len, nlp_label_t *label);

/* The entities of text[0..len) with a user's list (ul may be NULL: then the
** same rows as nlp_entities_new_checked). Precedence, highest first:
**   1. an entry of ul that matches the text is an entity with its label;
**      a model entity that overlaps it is left out;
**   2. a model entity whose text or canonical name is a stop name is left
**      out;
**   3. canonical: an entry's own canonical name, else the alias of its
**      phrase, else the phrase as written; for a model entity, the alias
**      of its canonical name, else the alias of its text, else the model's
**      canonical name (which has the built-in aliases applied).
** Rows are nlp_entity_t, renumbered (idx) in text order; value is NULL for
** an entry's row. check(arg) as for nlp_entities_new_checked. Borrows ul,
** model and text until nlp_userlist_entities_free(). */
typedef struct nlp_userlist_entities nlp_userlist_entities_t;
int nlp_userlist_entities_new(const nlp_userlist_t *ul,
                              const nlp_model_t *model, const char *text,
                              size_t len, nlp_check_fn check, void *arg,
                              nlp_userlist_entities_t **out);
/* The same with options (opts NULL: none), as nlp_entities_new_opts():
** the reference date DATE and TIME values are placed against. NLP_EINVAL
** for a reference date nlp_date_ok() refuses. */
int nlp_userlist_entities_new_opts(const nlp_userlist_t *ul,
                                   const nlp_model_t *model, const char *text,
                                   size_t len, const nlp_entities_opts_t *opts,
                                   nlp_check_fn check, void *arg,
                                   nlp_userlist_entities_t **out);
/* The reference date used, as nlp_entities_reference_date(); NULL: none. */
const char *
nlp_userlist_entities_reference_date(const nlp_userlist_entities_t *it);
/* NLP_OK and *e filled (its strings valid until the next call), NLP_DONE,
** or an error status (NLP_ENOMEM, NLP_EINTR). */
int nlp_userlist_entities_next(nlp_userlist_entities_t *it, nlp_entity_t *e);
void nlp_userlist_entities_free(nlp_userlist_entities_t *it);

/* -------------------------------------------------------------------- */
/* Characters (shared by the SQL binding)                                 */
/* -------------------------------------------------------------------- */

/* Length in bytes of the character that starts at p (p < end), counted the
** way SQLite counts characters; *cp receives the code point or U+FFFD. */
size_t nlp_utf8_next(const unsigned char *p, const unsigned char *end,
                     int32_t *cp);

/* Number of characters in p[0..len), counted as SQLite's substr() does. */
size_t nlp_utf8_count(const char *p, size_t len);

#ifdef __cplusplus
}
#endif
#endif /* NLP_H */
