/*
** entities.c: named entities of a text (nlp_entities_*, include/nlp.h).
**
**   nlp_entities_t *it;
**   nlp_entity_t e;
**   nlp_entities_new(NULL, text, len, &it);
**   while (nlp_entities_next(it, &e) == NLP_OK) ... e.label, e.canonical
**   nlp_entities_free(it);
**
** Pipeline, all in nlp_entities_new():
**   1. tokens and features (ner_feat.c), perceptron tags by Viterbi (CoNLL
**      PER/LOC/ORG/MISC in BIO);
**   2. spans: titles dropped from PERSON ("President"), day and month names
**      never a PERSON; CoNLL classes refined to OntoNotes labels by
**      gazetteer and keyword rules (LOC -> GPE/LOC/FAC, MISC -> NORP,
**      EVENT, LAW, LANGUAGE or MISC);
**   3. numeric and temporal entities of each sentence from nlp_numex_find()
**      (numex.h), merged: a name wins over an overlapping number, except a
**      MISC name;
**   4. document pass: each distinct name gets a canonical form (case,
**      aliases, the fullest PERSON/ORG form that contains it).
**      Containment uses an index of the names' word sequences (cx_t), not
**      pairwise comparison: linear in the words of the distinct names, at
**      any text size.
** Memory: the entities of the text, plus one record per distinct name and
** one map slot per distinct word; during step 4, the containment index;
** for the datelines, an index of the places written in lower case.
** Shared: the word lists' hash table (in_list), built once, read-only.
*/
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#include "text/fnv.h"
#include "text/grow.h"
#include "ner/ner.h"
#include "ner/ner_model.h"
#include "numex/numex.h"

#define NONE ((size_t)-1)
#define IS_ALPHA(c)                                                            \
  ((((unsigned char)(c)) | 32) >= 'a' && (((unsigned char)(c)) | 32) <= 'z')
#define NUMEX_STACK 64    /* numeric entities of a sentence kept on the stack */
#define BLOCK_TOKENS 4096 /* tokens tagged at a time (whole sentences) */

/* A token's capitalisation (ner_tok_t.cap). */
enum tok_cap {
  CAP_NONE = 0,  /* no capital: "river" */
  CAP_TITLE = 1, /* capitalised: "River" */
  CAP_UPPER = 2, /* all capitals, two letters or more: "NATO" */
  CAP_MIXED = 3  /* capitals inside: "iPhone", "McDonald" */
};

/* Where a token is in a gazetteer match (ner_tok_t.gaz_pos). */
enum tok_gaz_pos {
  GAZ_NONE = 0,  /* in none */
  GAZ_FIRST = 1, /* its first token: "New" of "New York" */
  GAZ_INSIDE = 2 /* a later token: "York" */
};

typedef struct ent {
  size_t ts, te; /* tokens */
  size_t bs, be, sentence;
  nlp_label_t label;
  uint8_t work_cue; /* after "the film", "the album", ... */
  uint8_t titled;   /* after a title ("Mr Yarra"); both in label's padding */
  size_t name;      /* index into names */
  char value[NLP_NUMEX_VALUE_MAX]; /* numex value, or "" */
} ent_t;

typedef struct name {
  char *text; /* display form: single spaces, case fixed */
  char *key;  /* ASCII lower case of the surface form */
  size_t len, nwords;
  nlp_label_t label; /* of its first mention */
  size_t canon;      /* index of the canonical name */
  size_t next;       /* hash chain */
  int allcaps;
  unsigned votes[NLP_LABEL_MISC + 1]; /* mentions per name label */
  int to_person;     /* relabelled PERSON as a known person's surname */
  int to_event;      /* relabelled EVENT as a storm's name ("Rita") */
  int to_place;      /* relabelled as its place ("Yangtze": "Yangtze River") */
  int work;          /* a mention follows "the film", ...: a WORK_OF_ART */
  int titled;        /* a mention follows a title ("Mr"): a person's */
  size_t acronym_of; /* 1 + the name it abbreviates ("(BSE)"), or 0 */
  int acronym_label; /* relabelled as the name it abbreviates */
  int alias_label;   /* 1 + the label of its alias, or 0 */
} name_t;

struct nlp_entities {
  const char *text;
  size_t len;
  ent_t *ents;
  size_t n, cap, pos;
  name_t *names;
  size_t nnames, namecap;
  size_t *heads; /* hash heads for names, nheads a power of two */
  size_t nheads;
  ent_t dropped;  /* the last implausible span of the sentence (te 0: none) */
  int title_memo; /* the sentence is a Title Case line: 1/0, -1 unknown */
  int table_line; /* the sentence is a line of a results table */
  ent_t *dl;      /* dateline candidates ("EAGLE PASS, TEXAS -") */
  size_t ndl;
};

/* ---- small string helpers ----------------------------------------------- */

/* Whether the NUL-terminated w is a word of list, walking it. */
static int list_walk(const char *w, const char *const *list) {
  for (size_t i = 0; list[i]; i++)
    if (list[i][0] == w[0] && list[i][1] == w[1] && !strcmp(w, list[i]))
      return 1;
  return 0;
}

/* The word lists looked up by hash (WORD_LISTS, after the lists, below),
** in the order of their bits LW_<name> in a word's set of lists. */
#define WORD_LIST_NAMES(X)                                                     \
  X(LOC_WORDS), X(FAC_WORDS), X(DEAL_LAST), X(FAC_LAST), X(NOT_ALONE),         \
      X(ABBREVS), X(KIN_TITLES), X(TIME_ZONES), X(PRODUCTS), X(NOT_FIRST),     \
      X(OPENERS), X(CORP_SUFFIX), X(COMPASS), X(ORG_WORDS), X(INSTITUTIONS),   \
      X(EVENT_WORDS), X(ORG_LAST), X(EVENT_LAST), X(ERAS), X(STORMS),          \
      X(LAW_WORDS), X(LANGUAGES), X(DOMAIN_ENDS), X(TITLE_CASED),              \
      X(TITLE_FUNCTION), X(AFTER_VERB), X(ORG_HEADS), X(DETERMINERS),          \
      X(AFTER_SHOP), X(TO_PLACE), X(GREETINGS), X(IN_PLACE), X(PLACE_LAST),    \
      X(DAY_ABBREVS), X(WORK_CUES), X(PERSON_TITLES), X(PARTICIPLES),          \
      X(WORK_AFTER)
#define LW_BIT(name) LW_##name
enum { WORD_LIST_NAMES(LW_BIT), NLISTS };
#undef LW_BIT

/* Whether a word's set of lists (word_lists) holds the list name. */
#define IN(lists, name) ((int)((lists) >> LW_##name & 1))

/* Whether the NUL-terminated w, of hash h, is a word of list: by hash for
** the lists of WORD_LISTS, by list_walk() for any other. */
static int in_list_hashed(const char *w, uint32_t h, const char *const *list);

/* The set of lists of WORD_LISTS that hold the NUL-terminated w, of hash h.
** The table must be built (lists_once). */
static uint64_t lists_of(const char *w, uint32_t h);

/* The hash of a word for in_list(): FNV-1a folded (fnv.h), here or in a
** loop over the word's bytes (word_lists). */
static uint32_t word_hash(const char *w) {
  uint32_t h = NLP_FNV_START;
  for (; *w; w++)
    NLP_FNV_STEP(h, (unsigned char)*w);
  return NLP_FNV_FOLD(h);
}

static int in_list(const char *w, const char *const *list) {
  return in_list_hashed(w, word_hash(w), list);
}

/* The set of lists that hold the word s[0..n) ASCII-lowered: one look-up
** for a word asked about several lists (IN). */
static uint64_t word_lists(const char *s, size_t n) {
  char buf[32];
  uint32_t h = NLP_FNV_START;
  if (n == 0 || n >= sizeof buf)
    return 0;
  for (size_t i = 0; i < n; i++) {
    unsigned char b = (unsigned char)s[i];
    b = (unsigned char)(b >= 'A' && b <= 'Z' ? b + 32 : b);
    buf[i] = (char)b;
    NLP_FNV_STEP(h, b);
  }
  buf[n] = 0;
  return lists_of(buf, NLP_FNV_FOLD(h));
}

/* word_lists() of token t. */
static uint64_t tok_lists(const ner_doc_t *d, const ner_tok_t *t) {
  return word_lists(d->text + t->bs, t->be - t->bs);
}

static const char *const LOC_WORDS[] = {
    "river",   "mountains", "mountain", "ocean",     "sea",       "lake",
    "rivers",  "lakes",     "gulf",     "bay",       "valley",    "desert",
    "island",  "islands",   "coast",    "peninsula", "strait",    "straits",
    "canal",   "basin",     "mount",    "mt.",       "range",     "plains",
    "plateau", "delta",     "forest",   "region",    "continent", "hills",
    "channel", "isle",      0};
static const char *const FAC_WORDS[] = {
    "airport", "bridge", "stadium", "tower",     "station", "highway", "square",
    "arena",   "palace", "hall",    "cathedral", "museum",  "prison",  "park",
    "street",  "avenue", "road",    "building",  "tunnel",  "dam",     0};
/* Last words that make an organisation's name a contract or agreement
** ("Intrastate Gas Transportation Agreement", "Turbine Contract"). */
static const char *const DEAL_LAST[] = {"agreement", "agreements", "contract",
                                        "contracts", "guarantee",  "guaranty",
                                        "act",       "amendment",  0};

/* Last words that make an organisation's name a building or street
** ("Symphony Auditorium", "Met Garage"; not "Crystal Palace", "Queen's
** Park", "Kansai International Airport": teams and companies). */
static const char *const FAC_LAST[] = {
    "bridge",    "stadium",  "tower",  "station",   "highway", "square",
    "arena",     "hall",     "museum", "prison",    "street",  "avenue",
    "road",      "building", "tunnel", "dam",       "garage",  "auditorium",
    "mall",      "plaza",    "church", "cathedral", "temple",  "mosque",
    "boulevard", "st.",      "ave.",   "rd.",       "blvd.",   "lane",
    "bridges",   0};
/* Last words of places and buildings that are rarely a surname unless a
** given name comes first (refine: "Ashtamudi Lake", "Canyon Road" are
** places, "Ricki Lake", "Joan Rivers" people; "Hall", "Lane", "Park",
** "Temple", "Church", "Bay" are too common as surnames to be here). */
static const char *const PLACE_LAST[] = {
    "river",     "rivers",  "mountain",  "mountains",  "ocean",
    "sea",       "lake",    "lakes",     "gulf",       "valley",
    "desert",    "island",  "islands",   "coast",      "peninsula",
    "strait",    "straits", "canal",     "basin",      "plateau",
    "hills",     "isle",    "airport",   "bridge",     "stadium",
    "station",   "highway", "square",    "museum",     "prison",
    "avenue",    "road",    "boulevard", "plaza",      "mall",
    "cathedral", "tunnel",  "garage",    "auditorium", "mosque",
    "ave.",      "rd.",     "blvd.",     "freeway",    0};
/* Days shortened ("Wed 10"), which the date rules do not read (months are
** theirs: nlp_numex_is_calendar_word). */
static const char *const DAY_ABBREVS[] = {"mon", "tue",  "tues",  "wed",
                                          "thu", "thur", "thurs", "fri",
                                          "sat", "sun",  0};

/* Titles that a person's name follows ("Senator Hatfield", "Mr Ito") when
** the word after them is no place or organisation the gazetteer knows
** ("President Europe at Ford", "Mr. Microsoft"); not "General" (Motors),
** "Prince" (Edward Island), "Lord" ('s), "Chief". */
static const char *const PERSON_TITLES[] = {"mr",         "mr.",
                                            "mrs",        "mrs.",
                                            "ms",         "ms.",
                                            "dr",         "dr.",
                                            "sir",        "dame",
                                            "senator",    "sen.",
                                            "rep.",       "president",
                                            "governor",   "gov.",
                                            "mayor",      "judge",
                                            "reverend",   "rev.",
                                            "professor",  "prof.",
                                            "ambassador", "commissioner",
                                            "sheriff",    0};
/* Words that may follow a one-word title ("the film Ray is ...", "the album
** Stakonia while ..."); another word after the name makes it a clause ("the
** film Hollywood forgot", "the film Kermode hated most"). */
static const char *const WORK_AFTER[] = {
    "is",       "was",    "has",   "had",      "will",   "won",    "wins",
    "and",      "or",     "but",   "which",    "that",   "by",     "in",
    "at",       "with",   "from",  "for",      "to",     "on",     "of",
    "starring", "stars",  "as",    "directed", "opens",  "opened", "took",
    "takes",    "earned", "tells", "follows",  "became", "also",   "received",
    "topped",   "beat",   "while", 0};
/* Kinds of works whose title may follow ("the film Million Dollar Baby"). */
static const char *const WORK_CUES[] = {
    "film",   "movie",       "album",   "novel", "drama",
    "sitcom", "documentary", "musical", "opera", 0};
/* Never a name by themselves. */
static const char *const NOT_ALONE[] = {
    "inc.",  "inc",  "ltd.", "ltd",  "corp.", "co.",  "l.p.", "llc",  "plc",
    "p.s.",  "ps",   "fyi",  "lol",  "omg",   "ok",   "okay", "asap", "lmao",
    "lmfao", "rofl", "btw",  "imo",  "imho",  "tbh",  "thx",  "pls",  "plz",
    "wow",   "haha", "hehe", "dvd",  "dvds",  "vhs",  "cd",   "cds",  "tv",
    "pc",    "pdf",  "faq",  "diy",  "atm",   "aka",  "eta",  "rsvp", "vip",
    "ceo",   "cfo",  "coo",  "cto",  "svp",   "evp",  "vp",   "hr",   "mba",
    "phd",   "dui",  "dwi",  "adhd", "usb",   "gps",  "sms",  "url",  "html",
    "jpg",   "mp3",  "i.e.", "e.g.", "etc",   "etc.", "vs",   "vs.",  "the",
    "a",     "an",   0};
/* Common-noun abbreviations of business, finance, computing, medicine and
** daily life, and chat interjections (written by hand for this project):
** never a name by themselves in capitals or lower case ("the IPO", "an RFP",
** "ISO 6400", "YAY"); capitalised they may be one ("Ram", "Avi"). */
static const char *const ABBREVS[] = {
    "ipo",   "roi",  "irr",    "npv",    "eps",    "gdp",    "gnp",  "cpi",
    "ppi",   "ebit", "ebitda", "kpi",    "rfp",    "rfq",    "rfi",  "nda",
    "mou",   "loi",  "cfa",    "cio",    "cmo",    "avp",    "b2b",  "b2c",
    "crm",   "erp",  "sku",    "eod",    "eom",    "ytd",    "yoy",  "otc",
    "etf",   "reit", "apy",    "lng",    "lpg",    "cng",    "mwh",  "kwh",
    "mmbtu", "bbl",  "psi",    "mph",    "rpm",    "seo",    "sql",  "api",
    "cpu",   "gpu",  "ram",    "lcd",    "led",    "hdmi",   "wifi", "vpn",
    "isp",   "dns",  "ftp",    "http",   "https",  "ssl",    "xml",  "css",
    "ascii", "gif",  "png",    "jpeg",   "mp4",    "avi",    "iso",  "saas",
    "ocr",   "rss",  "mms",    "gsm",    "cdma",   "lte",    "ssd",  "hdd",
    "sdk",   "gui",  "voip",   "dsl",    "mmog",   "mmorpg", "rpg",  "ptsd",
    "ocd",   "hiv",  "std",    "dna",    "rna",    "mri",    "ekg",  "ecg",
    "icu",   "bmi",  "ivf",    "ibs",    "copd",   "uti",    "tba",  "tbd",
    "ufo",   "hq",   "ssn",    "dob",    "vat",    "gst",    "suv",  "atv",
    "mpg",   "awd",  "hvac",   "bbq",    "mlm",    "ppc",    "cpc",  "ctr",
    "yay",   "yey",  "yeah",   "woohoo", "hooray", "ugh",    "meh",  "hmm",
    "argh",  "wtf",  "ttyl",   "brb",    "idk",    "smh",    "fwiw", "afaik",
    "iirc",  "omfg", 0};
/* Words before a name that are not part of it, beyond the gazetteer's
** titles ("Aunt Toni", "Drs. Ali", "Coach Taylor"). */
static const char *const KIN_TITLES[] = {"aunt",    "auntie",  "uncle",
                                         "grandma", "grandpa", "cousin",
                                         "drs.",    "coach",   0};

/* Time zones, never an organisation. */
static const char *const TIME_ZONES[] = {"cdt", "cst", "edt", "est", "pdt",
                                         "pst", "mdt", "mst", "gmt", "utc",
                                         "bst", "cet", 0};

/* Software and devices, named with or without their maker: products, not
** organisations (written by hand for this project; ASCII lower case,
** single spaces). Not the names that also stand for a project or company
** ("Firefox", "Windows", "BlackBerry"). */
static const char *const PRODUCTS[] = {"internet explorer",
                                       "netscape navigator",
                                       "netscape communicator",
                                       "msn explorer",
                                       "msn messenger",
                                       "windows messenger",
                                       "yahoo messenger",
                                       "aol instant messenger",
                                       "windows xp",
                                       "windows vista",
                                       "windows 95",
                                       "windows 98",
                                       "windows 2000",
                                       "windows nt",
                                       "mac os",
                                       "mac os x",
                                       "microsoft word",
                                       "microsoft excel",
                                       "microsoft powerpoint",
                                       "outlook express",
                                       "microsoft outlook",
                                       "microsoft office",
                                       "ms word",
                                       "ms excel",
                                       "acrobat",
                                       "acrobat reader",
                                       "adobe acrobat",
                                       "adobe acrobat reader",
                                       "adobe reader",
                                       "adobe photoshop",
                                       "photoshop",
                                       "powerpoint",
                                       "flash player",
                                       "adobe flash",
                                       "dreamweaver",
                                       "quickbooks",
                                       "turbotax",
                                       "lotus notes",
                                       "winzip",
                                       "winamp",
                                       "realplayer",
                                       "quicktime",
                                       "windows media player",
                                       "google maps",
                                       "google earth",
                                       "google talk",
                                       "itunes",
                                       "ipod",
                                       "iphone",
                                       "ipad",
                                       "imac",
                                       "macbook",
                                       "xbox",
                                       "wii",
                                       "playstation",
                                       "game boy",
                                       "walkman",
                                       0};

/* Tokens [ts, te) ASCII-lowered into buf (NUL-terminated), a space where
** the text has space between them; returns the length, 0 when they do not
** fit in cap bytes. */
static size_t span_lower(const ner_doc_t *d, size_t ts, size_t te, char *buf,
                         size_t cap) {
  size_t n = 0;
  for (size_t k = ts; k < te; k++) {
    const ner_tok_t *t = &d->toks[k];
    size_t tl = t->be - t->bs;
    if (n + tl + 2 > cap)
      return 0;
    if (k > ts && t->bs > d->toks[k - 1].be)
      buf[n++] = ' ';
    for (size_t j = 0; j < tl; j++) {
      unsigned char c = (unsigned char)d->text[t->bs + j];
      buf[n++] = (char)(c >= 'A' && c <= 'Z' ? c + 32 : c);
    }
  }
  buf[n] = 0;
  return n;
}

/* The set of lists that hold the name tokens [ts, te) spell (ASCII lower
** case, single spaces between the tokens that have space between them), as
** word_lists() gives a word's: asked with IN (no list found by address). */
static uint64_t span_lists(const ner_doc_t *d, size_t ts, size_t te) {
  char buf[48];
  return span_lower(d, ts, te, buf, sizeof buf) ? lists_of(buf, word_hash(buf))
                                                : 0;
}

/* Words that never open a name ("From Bill", "P.S. Tom"). */
static const char *const NOT_FIRST[] = {
    "from",  "to",    "in",     "at",        "on",      "for",  "with",
    "by",    "this",  "that",   "these",     "those",   "my",   "our",
    "your",  "his",   "her",    "their",     "its",     "we",   "i",
    "you",   "he",    "she",    "they",      "it",      "and",  "or",
    "but",   "if",    "so",     "p.s.",      "ps",      "dear", "hi",
    "hello", "hey",   "thanks", "thank",     "regards", "then", "when",
    "while", "after", "before", "meanwhile", "both",    0};
/* Greetings and praise that open a sentence, not a name ("Good Food",
** "Highly recommend Mi Pueblo"). */
static const char *const OPENERS[] = {
    "good",      "great",  "best",      "excellent", "awesome",
    "amazing",   "lovely", "wonderful", "fantastic", "terrible",
    "horrible",  "worst",  "bad",       "highly",    "very",
    "really",    "cheap",  "cheapest",  "friendly",  "perfect",
    "beautiful", 0};
/* Company endings after a comma: "CCNG, Inc." */
static const char *const CORP_SUFFIX[] = {
    "inc",   "inc.", "ltd", "ltd.", "llc",  "l.p.", "corp",
    "corp.", "co.",  "plc", "gmbh", "s.a.", "ag",   0};
static const char *const COMPASS[] = {
    "north",     "south",     "east",      "west",      "central",
    "latin",     "northern",  "southern",  "eastern",   "western",
    "northeast", "northwest", "southeast", "southwest", 0};
static const char *const ORG_WORDS[] = {
    "house",      "center",      "centre",      "institute",
    "university", "council",     "committee",   "agency",
    "department", "ministry",    "bank",        "party",
    "union",      "association", "foundation",  "college",
    "school",     "company",     "corporation", "corp.",
    "inc.",       "ltd",         "ltd.",        "group",
    "guard",      "army",        "navy",        "police",
    "court",      "commission",  "forum",       0};
/* Last words of institutions that are nobody's surname ("Wilson Center"). */
static const char *const INSTITUTIONS[] = {
    "center",     "centre",  "institute",  "university", "council",
    "committee",  "agency",  "department", "ministry",   "association",
    "foundation", "college", "school",     "company",    "corporation",
    "commission", 0};
static const char *const EVENT_WORDS[] = {
    "summit",     "war",          "games",         "olympics", "olympic",
    "cup",        "championship", "championships", "open",     "tournament",
    "conference", "festival",     "revolution",    "grand",    "prix",
    "marathon",   "series",       "trophy",        "classic",  "rally",
    "election",   "elections",    "hurricane",     "storm",    "massacre",
    "crisis",     "expo",         "forum",         0};
/* Last words that make any name an organisation ("Getty Images"). */
static const char *const ORG_LAST[] = {
    "images", "inc", "inc.", "corp", "corp.", "group", "agency", "news", "ltd",
    "ltd.", "llc", "plc", "co.", "holdings", "airlines", "airways",
    /* companies' kinds (web text: "Rodale Press", "Carr Futures") */
    "press", "futures", "motorsports", "industries", "enterprises", "motors",
    "studios", "communications", "technologies", "solutions", "partners",
    "associates", "insurance", "laboratories", "pharmaceuticals", "securities",
    "investments", "consulting", "entertainment", 0};
/* Last words that make a name of any class an event ("Gulf War"). */
static const char *const EVENT_LAST[] = {"summit",
                                         "conference",
                                         "games",
                                         "olympics",
                                         "war",
                                         "cup",
                                         "championship",
                                         "championships",
                                         "tournament",
                                         "festival",
                                         "expo",
                                         "marathon",
                                         0};
/* Historical events and eras named by one word. */
static const char *const ERAS[] = {"holocaust", "renaissance", "reformation",
                                   "crusades", 0};
/* Words before a storm's name: "Hurricane Rita" is an EVENT. */
static const char *const STORMS[] = {"hurricane", "typhoon", "cyclone", 0};
static const char *const LAW_WORDS[] = {
    "act",        "treaty",  "constitution", "amendment", "accord", "accords",
    "convention", "charter", "protocol",     "code",      0};
static const char *const LANGUAGES[] = {
    "english",    "spanish",   "french",   "german",  "arabic",
    "mandarin",   "cantonese", "hindi",    "urdu",    "russian",
    "portuguese", "italian",   "japanese", "korean",  "swahili",
    "hebrew",     "latin",     "dutch",    "greek",   "turkish",
    "persian",    "farsi",     "polish",   "bengali", 0};

/* ---- building the entity list -------------------------------------------- */

static int push(nlp_entities_t *it, const ent_t *e) {
  if (nlp_grow((void **)&it->ents, &it->cap, it->n + 1, sizeof *it->ents))
    return NLP_ENOMEM;
  it->ents[it->n++] = *e;
  return NLP_OK;
}

/* Whether token t is the word w (ASCII, exact). */
static int tok_is(const ner_doc_t *d, const ner_tok_t *t, const char *w) {
  size_t n = strlen(w);
  return t->be - t->bs == n && !memcmp(d->text + t->bs, w, n);
}

/* The OntoNotes label of a tagged span of CoNLL type ty; ll: the word lists
** of its last word (tok_lists). */
static nlp_label_t refine(const ner_doc_t *d, size_t ts, size_t te, int ty,
                          uint64_t ll) {
  const ner_tok_t *last = &d->toks[te - 1];
  const char *lw = d->text + last->bs;
  size_t lwn = last->be - last->bs;
  uint64_t fl; /* the word lists of its first word */
  unsigned bits = 0;
  size_t gaz = SIZE_MAX; /* ner_gaz_match at ts (and bits), once asked */
  if (ty != NER_TYPE_PER && IN(span_lists(d, ts, te), PRODUCTS))
    return NLP_LABEL_PRODUCT; /* "Internet Explorer", "Adobe Acrobat" */
  if ((ty == NER_TYPE_LOC || ty == NER_TYPE_MISC) &&
      d->toks[ts].cap != CAP_NONE &&
      (gaz = ner_gaz_match(d, ts, &bits)) == te - ts && (bits & NER_GAZ_ORG))
    return NLP_LABEL_ORG; /* a known organisation: "Google" */
  if (te - ts == 1 && ty != NER_TYPE_PER && d->toks[ts].cap == CAP_TITLE &&
      !(d->toks[ts].gaz &
        (NER_GAZ_COUNTRY | NER_GAZ_PLACE | NER_GAZ_REGION | NER_GAZ_ORG)) &&
      ts > d->toks[ts].sent_first && d->toks[ts - 1].cap == CAP_TITLE &&
      IN(tok_lists(d, &d->toks[ts - 1]), PERSON_TITLES))
    return NLP_LABEL_PERSON; /* "Senator Hatfield", tagged a place; not "DR
                             ** Congo" */
  fl = te - ts > 1 ? tok_lists(d, &d->toks[ts]) : ll;
  if (te - ts > 1 && IN(fl, STORMS))
    return NLP_LABEL_EVENT; /* "Hurricane Rita" */
  if (te - ts == 1 && d->toks[ts].cap == CAP_TITLE && IN(ll, ERAS))
    return NLP_LABEL_EVENT; /* "the Holocaust" */
  if (te - ts > 1 && IN(ll, ORG_LAST))
    return NLP_LABEL_ORG;
  if (te - ts > 1 && IN(ll, EVENT_LAST))
    return NLP_LABEL_EVENT;
  switch (ty) {
  case NER_TYPE_PER:
    if (te - ts > 1 && IN(ll, INSTITUTIONS))
      return NLP_LABEL_ORG; /* "Wilson Center": no one's name */
    /* "Ashtamudi Lake", "Canyon Road"; but "Ricki Lake", "Carla A. Hills":
    ** a given name first */
    if (te - ts > 1 && last->cap == CAP_TITLE && IN(ll, PLACE_LAST) &&
        !d->toks[ts].given)
      return IN(ll, LOC_WORDS) ? NLP_LABEL_LOC : NLP_LABEL_FAC;
    return NLP_LABEL_PERSON;
  case NER_TYPE_ORG:
    if (d->toks[ts].cap != CAP_NONE && ner_gaz_match(d, ts, &bits) == te - ts &&
        (bits & NER_GAZ_COUNTRY) && !(bits & NER_GAZ_ORG))
      return NLP_LABEL_GPE; /* a country's team: "El Salvador beat Panama" */
    if (te - ts > 1 && d->toks[te - 1].cap == CAP_TITLE && IN(ll, DEAL_LAST) &&
        !tok_is(d, &d->toks[ts], "Best"))
      return NLP_LABEL_LAW; /* "Gas Transportation Agreement" */
    if (te - ts > 1 && d->toks[te - 1].cap == CAP_TITLE && IN(ll, FAC_LAST))
      return NLP_LABEL_FAC; /* "Met Garage", "Symphony Auditorium" */
    if (te - ts > 2 && tok_is(d, &d->toks[ts + 1], "of") && IN(fl, LOC_WORDS))
      return NLP_LABEL_LOC; /* "Sea of Japan", "Strait of Hormuz" */
    if (te - ts > 1 && IN(ll, EVENT_WORDS) && !IN(ll, ORG_WORDS))
      return NLP_LABEL_EVENT; /* "Leaders' Summit" */
    return NLP_LABEL_ORG;
  case NER_TYPE_LOC:
    for (size_t i = ts; i < te; i++)
      if ((d->toks[i].gaz & NER_GAZ_REGION) &&
          !(d->toks[i].gaz & (NER_GAZ_COUNTRY | NER_GAZ_PLACE)))
        return NLP_LABEL_LOC;
    if (IN(ll, LOC_WORDS))
      return NLP_LABEL_LOC;
    if (te - ts > 1 && IN(fl, LOC_WORDS))
      return NLP_LABEL_LOC; /* Mount Everest, Lake Victoria */
    if (IN(ll, FAC_WORDS))
      return NLP_LABEL_FAC;
    if (te - ts > 1 && IN(ll, ORG_WORDS))
      return NLP_LABEL_ORG;
    return NLP_LABEL_GPE;
  default:
    break;
  }
  /* MISC */
  if (te - ts > 1 && last->cap == CAP_TITLE && d->toks[ts].cap != CAP_NONE &&
      !d->toks[ts].given) {
    if (IN(ll, LOC_WORDS))
      return NLP_LABEL_LOC; /* "Crater Lake", "Persian Gulf" */
    if (IN(ll, PLACE_LAST))
      return NLP_LABEL_FAC; /* "Tower Bridge" */
    if (tok_is(d, last, "Empire") || tok_is(d, last, "Kingdom"))
      return NLP_LABEL_GPE; /* "the Ottoman Empire" */
  }
  if (gaz == SIZE_MAX)
    gaz = ner_gaz_match(d, ts, &bits);
  if (gaz == te - ts && (bits & NER_GAZ_DEMONYM))
    return NLP_LABEL_NORP;
  if (te - ts == 1 && (d->toks[ts].gaz & NER_GAZ_DEMONYM))
    return NLP_LABEL_NORP;
  if (te - ts == 1 && ts > d->toks[ts].sent_first) {
    const ner_tok_t *p = &d->toks[ts - 1];
    if (IN(ll, LANGUAGES) && p->be - p->bs == 2 &&
        (d->text[p->bs] | 32) == 'i' && (d->text[p->bs + 1] | 32) == 'n')
      return NLP_LABEL_LANGUAGE; /* "in Spanish" */
  }
  if (te - ts == 1 && (d->toks[ts].gaz & NER_GAZ_DEMONYM))
    return NLP_LABEL_NORP;
  if (te - ts > 1 && IN(ll, EVENT_WORDS))
    return NLP_LABEL_EVENT;
  for (size_t i = ts; i < te; i++) {
    const ner_tok_t *t = &d->toks[i];
    if (te - ts > 1 && IN(tok_lists(d, t), LAW_WORDS))
      return NLP_LABEL_LAW;
  }
  /* plural or adjectival group names: "Republicans", "Democrats" */
  if (te - ts == 1 && lwn > 3 && d->toks[ts].cap == CAP_TITLE &&
      (!memcmp(lw + lwn - 3, "ans", 3) || !memcmp(lw + lwn - 3, "ese", 3) ||
       !memcmp(lw + lwn - 3, "ish", 3) || !memcmp(lw + lwn - 2, "an", 2)))
    return NLP_LABEL_NORP;
  return NLP_LABEL_MISC;
}

static int is_title(const ner_tok_t *t) {
  return t->gaz_pos == GAZ_FIRST && (t->gaz & NER_GAZ_TITLE) &&
         t->cap != CAP_NONE;
}

/* Whether the segment [first, end) is a Title Case line: two or more
** words of 4+ letters, all capitalised, none in capitals. */
static int title_segment(const ner_doc_t *d, size_t first, size_t end) {
  size_t long_words = 0;
  for (size_t k = first; k < end; k++) {
    const ner_tok_t *x = &d->toks[k];
    if (x->kind != NLP_TOKEN_WORD || x->be - x->bs < 4)
      continue;
    if (x->cap != CAP_TITLE)
      return 0;
    long_words++;
  }
  return long_words >= 2;
}

/* Whether token t is the first of its line (a dateline: "NICE, France"). */
static int at_line_start(const ner_doc_t *d, const ner_tok_t *t) {
  for (size_t b = t->bs; b > 0; b--) {
    char c = d->text[b - 1];
    if (c == '\n')
      return 1;
    if (c != ' ' && c != '\t' && c != '\r')
      return 0;
  }
  return 1;
}

/* Web domains: "Amazon.com" is a name, not a file. */
static const char *const DOMAIN_ENDS[] = {"com", "net", "org", "edu",  "gov",
                                          "co",  "uk",  "us",  "ca",   "au",
                                          "de",  "fr",  "io",  "info", 0};

/* Whether token k is "." glued to a short lower-case word after it that is
** not a web domain ending (".pdf", ".doc"). */
static int file_ext_at(const ner_doc_t *d, size_t k, size_t end) {
  const ner_tok_t *t = d->toks;
  size_t n;
  if (k + 1 >= end || t[k].be - t[k].bs != 1 || d->text[t[k].bs] != '.' ||
      t[k + 1].bs != t[k].be || t[k + 1].kind != NLP_TOKEN_WORD ||
      t[k + 1].cap != CAP_NONE)
    return 0;
  n = t[k + 1].be - t[k + 1].bs;
  return n >= 2 && n <= 4 &&
         !IN(word_lists(d->text + t[k + 1].bs, n), DOMAIN_ENDS);
}

/* Whether tokens [ts, te) are part of a file name: "Lisa_resume.doc",
** "Stocks.pdf", "PADDIstocksHO.pdf" (glued to "_", or through glued words
** to "." and a short lower-case word). */
static int in_file_name(const ner_doc_t *d, size_t ts, size_t te) {
  const ner_tok_t *t = d->toks;
  size_t end = t[ts].sent_end, k;
  if (ts > t[ts].sent_first && t[ts - 1].be == t[ts].bs &&
      d->text[t[ts - 1].bs] == '_')
    return 1;
  /* the name holds the extension itself */
  for (k = ts + 1; k + 1 < te; k++)
    if (t[k].bs == t[k - 1].be && file_ext_at(d, k, te))
      return 1;
  if (te < end && t[te].bs == t[te - 1].be) {
    if (d->text[t[te].bs] == '_')
      return 1;
    for (k = te;
         k < end && t[k].bs == t[k - 1].be && t[k].kind == NLP_TOKEN_WORD;)
      k++;
    if (k < end && t[k].bs == t[k - 1].be && file_ext_at(d, k, end))
      return 1;
  }
  return 0;
}

/* Whether token i's segment is a Title Case line (and i is not in a run of
** capitals). *memo holds the segment's answer once known (-1 before): it
** is asked for every candidate span, and scanning the whole segment each
** time would make a long segment quadratic. */
static int title_line(const ner_doc_t *d, size_t i, int *memo) {
  const ner_tok_t *t = &d->toks[i];
  if (t->sent_caps)
    return 0;
  if (*memo < 0)
    *memo = title_segment(d, t->sent_first, t->sent_end);
  return *memo;
}

/* Whether word t has a letter three times in a row, as words stretched for
** emphasis have ("Sooooo", "VERYYY"; names hardly ever do). */
static int stretched(const ner_doc_t *d, const ner_tok_t *t) {
  const char *w = d->text + t->bs;
  size_t n = t->be - t->bs, k = 0;
  if (n < 5)
    return 0; /* "AAA", "AAAs": abbreviations */
  for (k = 2; k < n; k++) {
    char c = (char)(w[k] | 32);
    if (c >= 'a' && c <= 'z' && (w[k - 1] | 32) == c && (w[k - 2] | 32) == c)
      break;
  }
  if (k == n)
    return 0;
  /* not a Roman numeral: "Leopold III" (asked only now: most words have
  ** no letter three times) */
  for (k = 0; k < n && w[k] && strchr("IVXLCDM", w[k]);)
    k++;
  return k < n;
}

/* Pronouns and verbs that only a sentence in Title Case capitalises inside
** a run of capitalised words (not "Our Lady", which they open). */
static const char *const TITLE_CASED[] = {
    "you",       "your",    "we",      "our",    "are",      "is",
    "was",       "were",    "have",    "has",    "had",      "be",
    "been",      "they",    "their",   "it",     "its",      "i'm",
    "me",        "us",      "them",    "myself", "yourself", "themselves",
    "ourselves", "himself", "herself", 0};

/* Function words that Title Case capitalises: two inside a run of
** capitalised words make a Title Case sentence, not a name. */
static const char *const TITLE_FUNCTION[] = {"to", "the",  "for", "and", "in",
                                             "on", "with", "at",  "by",  "from",
                                             "a",  "an",   0};

/* Words after which a capitalised common word that opens a sentence is a
** verb, not a name ("Hope you", "Will be"). */
static const char *const AFTER_VERB[] = {
    "you",  "to", "be",  "i",    "we",   "it",  "u",   "ya",
    "your", "my", "our", "they", "them", "him", "her", 0};
/* Participles that open a sentence before "in" ("Born in England", "Based
** in Paris"); not any word before "in" ("Turkey in 2015 shot down ..."). */
static const char *const PARTICIPLES[] = {
    "born",       "raised",   "based",    "made",          "located",
    "situated",   "founded",  "built",    "set",           "held",
    "published",  "filmed",   "recorded", "written",       "produced",
    "grown",      "educated", "trained",  "headquartered", "listed",
    "registered", "elected",  "arrested", "killed",        "injured",
    "interested", "involved", 0};

/* Head words of organisations' names, beyond ORG_WORDS and ORG_LAST. */
static const char *const ORG_HEADS[] = {
    "authority", "administration", "fund",           "nations",
    "reserve",   "board",          "bureau",         "office",
    "services",  "systems",        "club",           "team",
    "league",    "federation",     "society",        "church",
    "press",     "times",          "post",           "airlines",
    "motors",    "industries",     "trust",          "exchange",
    "network",   "partners",       "associates",     "bureau",
    "cabinet",   "congress",       "parliament",     "senate",
    "assembly",  "marines",        "force",          "services",
    "united",    "city",           "county",         "state",
    "federal",   "national",       "international",  "royal",
    "labs",      "laboratories",   "studios",        "records",
    "books",     "media",          "communications", "enterprises",
    "solutions", "technologies",   "insurance",      "bank",
    "hospital",  "clinic",         "academy",        0};

/* Whether token k (< s1) is a place or building word ("bay", "street"). */
static int place_word_at(const ner_doc_t *d, size_t k, size_t s1) {
  const ner_tok_t *t = &d->toks[k];
  return k < s1 &&
         (IN(tok_lists(d, t), LOC_WORDS) || IN(tok_lists(d, t), FAC_WORDS));
}

/* The end of the name [ts, te) of a sentence ending at s1 with its
** brackets balanced: a bracket left open closes right after the name when it
** holds one short word ("Mladost (BJ)", a club and its town), else the name
** ends before it ("Hizbollah (Party of God": "Hizbollah"). */
static size_t close_bracket(const ner_doc_t *d, size_t ts, size_t te,
                            size_t s1) {
  size_t open = SIZE_MAX, depth = 0; /* the first bracket left open */
  for (size_t k = ts; k < te; k++)
    if (tok_is(d, &d->toks[k], "(")) {
      if (depth++ == 0)
        open = k;
    } else if (tok_is(d, &d->toks[k], ")") && depth > 0 && --depth == 0) {
      open = SIZE_MAX;
    }
  if (open == SIZE_MAX)
    return te;
  if (te == open + 2 && te < s1 && tok_is(d, &d->toks[te], ")") &&
      d->toks[te].bs == d->toks[te - 1].be &&
      d->toks[te - 1].be - d->toks[te - 1].bs <= 3 &&
      d->toks[te - 1].kind == NLP_TOKEN_WORD)
    return te + 1;
  return open;
}

/* Words after which a lower-case word is no name. */
static const char *const DETERMINERS[] = {
    "the",  "a",     "an",  "this",  "that", "these", "those",
    "its",  "their", "our", "my",    "your", "his",   "her",
    "some", "any",   "no",  "every", "each", "per",   0};

/* Whether token t is a given name written in lower case that the English
** word list knows only as a proper noun ("lisa", "shanna"; not "max",
** "hector"), and no place. Inline: lower_people asks it of every untagged
** token, and the first test turns most away. */
static inline int lower_given(const ner_doc_t *d, const ner_tok_t *t) {
  const char *p = d->text + t->be, *end = d->text + d->len;
  if (!t->given || t->dict != NER_DICT_CAP || t->kind != NLP_TOKEN_WORD ||
      t->cap != CAP_NONE || t->gaz || t->be - t->bs < 3 ||
      (t->bs > 0 && d->text[t->bs - 1] != ' ' && d->text[t->bs - 1] != '\n'))
    return 0;
  /* not after a number or a determiner ("35,000 rand", "the rand") */
  if (t > d->toks && t - 1 >= d->toks + t->sent_first &&
      (t[-1].kind == NLP_TOKEN_NUMBER || IN(tok_lists(d, &t[-1]), DETERMINERS)))
    return 0;
  /* not part of an address ("<julie...@example.net>") */
  while (p < end && *p != ' ' && *p != '\n')
    if (*p == '@' || *p == '/' || *p++ == '>')
      return 0;
  return 1;
}

/* Whether the sentence of tokens [ts, te) has two or more lower-case words
** outside them. */
static int lower_around(const ner_doc_t *d, size_t ts, size_t te) {
  size_t n = 0;
  for (size_t k = d->toks[ts].sent_first; k < d->toks[ts].sent_end; k++)
    if ((k < ts || k >= te) && d->toks[k].kind == NLP_TOKEN_WORD &&
        d->toks[k].cap == CAP_NONE && ++n >= 2)
      return 1;
  return 0;
}

/* How far from a name lower_phrase_near() looks (bytes either side): about
** three news articles; a bound, so that long texts stay linear. */
#define PHRASE_WINDOW 8000

/* The first place of needle[0..n) (n > 0) in hay[0..hn), or NULL
** (Boyer-Moore-Horspool: steps of up to n bytes). */
static const char *find_bytes(const char *hay, size_t hn, const char *needle,
                              size_t n) {
  unsigned char shift[256]; /* n < 64: ph[] */
  size_t i = 0;
  for (size_t c = 0; c < 256; c++)
    shift[c] = (unsigned char)n;
  for (size_t k = 0; k + 1 < n; k++)
    shift[(unsigned char)needle[k]] = (unsigned char)(n - 1 - k);
  while (i + n <= hn) {
    unsigned char c = (unsigned char)hay[i + n - 1];
    if (c == (unsigned char)needle[n - 1] &&
        memcmp(hay + i, needle, n - 1) == 0)
      return hay + i;
    i += shift[c];
  }
  return NULL;
}

/* Whether the words of tokens [ts, te) (without a leading "The") occur in
** lower case, as one phrase, within PHRASE_WINDOW bytes of them. */
static int lower_phrase_near(const ner_doc_t *d, size_t ts, size_t te) {
  char ph[64];
  size_t n, a, b;
  if (te - ts > 1 && tok_is(d, &d->toks[ts], "The"))
    ts++;
  /* a word the text never writes in lower case cannot be in the phrase
  ** written so (the tagger's document facts): most names stop here */
  for (size_t k = ts; k < te; k++)
    if (d->toks[k].kind == NLP_TOKEN_WORD && !d->toks[k].doc_lower)
      return 0;
  if (!(n = span_lower(d, ts, te, ph, sizeof ph)))
    return 0;
  a = d->toks[ts].bs > PHRASE_WINDOW ? d->toks[ts].bs - PHRASE_WINDOW : 0;
  b = d->toks[te - 1].be + PHRASE_WINDOW < d->len
          ? d->toks[te - 1].be + PHRASE_WINDOW
          : d->len;
  for (size_t i = a; i + n <= b;) {
    const char *p = find_bytes(d->text + i, b - i, ph, n);
    if (!p)
      break;
    i = (size_t)(p - d->text);
    if ((i == 0 || !IS_ALPHA(p[-1])) && (i + n == d->len || !IS_ALPHA(p[n])))
      return 1;
    i++;
  }
  return 0;
}

/* Whether tokens [ts, te) can be a name at all (1; 2: the title of a
** work, not a name): no URLs, e-mail addresses or emoji; not only lower-case
** common words. title_memo: see title_line; ll: the word lists of its last
** word (tok_lists). */
static int plausible(const ner_doc_t *d, size_t ts, size_t te, int ty,
                     int *title_memo, uint64_t ll) {
  int any_cap = 0, common = 0;
  if (in_file_name(d, ts, te))
    return 0;
  for (size_t k = ts; k < te; k++) {
    const ner_tok_t *t = &d->toks[k];
    if (t->kind != NLP_TOKEN_WORD && t->kind != NLP_TOKEN_NUMBER &&
        t->kind != NLP_TOKEN_PUNCT && t->kind != NLP_TOKEN_SYMBOL)
      return 0;
    if (t->cap != CAP_NONE)
      any_cap = 1;
    if (t->kind == NLP_TOKEN_WORD && (t->dict & NER_DICT_LOWER) && !t->gaz)
      common = 1;
  }
  if (!any_cap && common)
    return 0;
  if (!any_cap) {
    /* lower-case names only when known (gazetteer), */
    int known = 0;
    for (size_t k = ts; k < te; k++) {
      const ner_tok_t *t = &d->toks[k];
      if (t->gaz & (NER_GAZ_COUNTRY | NER_GAZ_PLACE | NER_GAZ_REGION |
                    NER_GAZ_DEMONYM | NER_GAZ_ORG))
        known = 1;
      if (k == ts && ty == NER_TYPE_PER && lower_given(d, t))
        known = 1; /* "lisa" */
      if (k == ts && ty == NER_TYPE_LOC && t->dict == NER_DICT_CAP &&
          !t->given && ner_city_match(d, k) == te - ts &&
          !place_word_at(d, te, t->sent_end))
        known = 1; /* a city's name ("auckland"), not a common word */
    }
    /* or followed by a known state or country ("miramar florida") */
    if (te < d->toks[ts].sent_end && d->toks[te].gaz_pos == GAZ_FIRST &&
        (d->toks[te].gaz & (NER_GAZ_COUNTRY | NER_GAZ_PLACE)))
      known = 1;
    if (!known)
      return 0;
  }
  if (title_line(d, ts, title_memo)) {
    /* in a Title Case line, capitals say nothing: a name needs a word that
    ** is not just a common word ("Great Service", "Combo Meal") */
    int proper = 0;
    for (size_t k = ts; k < te; k++) {
      const ner_tok_t *t = &d->toks[k];
      if (t->kind == NLP_TOKEN_WORD && (t->dict != NER_DICT_LOWER || t->gaz))
        proper = 1;
    }
    if (!proper)
      return 0;
  }
  if (te - ts >= 2) {
    /* common words in capitals for emphasis in a sentence that has lower
    ** case ("BREAKING NEWS, readers: ...") */
    size_t lower = 0, k;
    for (k = ts; k < te; k++) {
      const ner_tok_t *t = &d->toks[k];
      if (t->kind != NLP_TOKEN_WORD || t->cap != CAP_UPPER ||
          !(t->dict & NER_DICT_LOWER) || t->gaz)
        break;
    }
    if (k == te) {
      for (k = d->toks[ts].sent_first; k < d->toks[ts].sent_end; k++)
        lower +=
            d->toks[k].kind == NLP_TOKEN_WORD && d->toks[k].cap == CAP_NONE;
      if (lower >= 2)
        return 0;
    }
  }
  for (size_t k = ts; k < te; k++)
    if (d->toks[k].kind == NLP_TOKEN_WORD && stretched(d, &d->toks[k]))
      return 0;
  {
    size_t fw = 0;
    for (size_t k = ts + 1; k < te; k++) {
      uint64_t l;
      if (d->toks[k].cap != CAP_TITLE)
        continue;
      l = tok_lists(d, &d->toks[k]);
      if (IN(l, TITLE_CASED))
        /* "... Great Job You And Your Boys Have Done"; in a sentence in
        ** lower case, a title ("Do They Know It's Christmas?") */
        return lower_around(d, ts, te) ? 2 : 0;
      fw += IN(l, TITLE_FUNCTION);
    }
    if (fw >= 2)
      return lower_around(d, ts, te) ? 2 : 0; /* "Great Place To Use ..." */
  }
  if (ty == NER_TYPE_ORG && te - ts >= 2 && !d->toks[ts].sent_caps) {
    /* Title Case common words that the text also writes in lower case, as
    ** one phrase ("the first Smart Phone" ... "smart phone"), with no word
    ** that heads organisations' names: a common noun phrase */
    size_t k;
    for (k = ts; k < te; k++) {
      const ner_tok_t *t = &d->toks[k];
      const char *w = d->text + t->bs;
      size_t n = t->be - t->bs;
      uint64_t l;
      if (t->kind == NLP_TOKEN_PUNCT && n == 1 && *w == '&')
        continue;
      if (t->kind != NLP_TOKEN_WORD || t->dict != NER_DICT_LOWER || t->gaz ||
          t->cap == CAP_UPPER)
        break;
      l = word_lists(w, n);
      if (IN(l, ORG_WORDS) || IN(l, ORG_LAST) || IN(l, ORG_HEADS))
        break;
    }
    if (k == te && lower_phrase_near(d, ts, te))
      return 0;
  }
  if (te - ts == 1) {
    /* a common word in capitals for emphasis ("FREE", "GOOD"); "I" */
    const ner_tok_t *t = &d->toks[ts];
    /* a common word opening a sentence before a pronoun, "to" or "be" is a
    ** verb ("Hope you enjoy", "Will be back", "Hope to see you"), and so is
    ** a participle before "in" ("Born in England"), unless the text also
    ** writes it capitalised mid-sentence ("Bush to visit ...", then
    ** "President Bush") */
    if (ts == t->sent_first && t->cap == CAP_TITLE &&
        (t->dict & NER_DICT_LOWER) && !t->gaz && !t->doc_title &&
        te < t->sent_end && d->toks[te].cap == CAP_NONE &&
        (IN(tok_lists(d, &d->toks[te]), AFTER_VERB) ||
         (IN(ll, PARTICIPLES) && tok_is(d, &d->toks[te], "in"))))
      return 0;
    if (t->be - t->bs == 1 && d->text[t->bs] == 'I')
      return 0;
    if (IN(ll, NOT_ALONE))
      return 0;
    /* an era after a year ("500 BC"), not British Columbia or Boston
    ** College */
    if (ts > t->sent_first && d->toks[ts - 1].kind == NLP_TOKEN_NUMBER &&
        (tok_is(d, t, "BC") || tok_is(d, t, "BCE")))
      return 0;
    if (t->cap != CAP_TITLE && IN(ll, ABBREVS))
      return 0;
    if (t->cap == CAP_UPPER && !t->sent_caps && (t->dict & NER_DICT_LOWER) &&
        !t->gaz && (t->dict == NER_DICT_LOWER || t->be - t->bs >= 4) &&
        !at_line_start(d, t))
      return 0;
    /* a common word that is not also a proper noun, capitalised ("Meal",
    ** "Hamster"), unless written capitalised mid-sentence twice ("Cubs") */
    if (t->cap == CAP_TITLE && t->dict == NER_DICT_LOWER && !t->gaz &&
        !t->doc_title2)
      return 0;
  }
  return 1;
}

static int is_possessive(const ner_doc_t *d, const ner_tok_t *t);

/* Words after which a possessive stands alone for a shop or restaurant:
** "going to Kenneally 's for dinner", "at Del Frisco 's in November". */
static const char *const AFTER_SHOP[] = {
    "for",   "in",       "at",        "on",    "to",  "and", "or",
    "with",  "is",       "was",       "has",   "had", "are", "tonight",
    "today", "tomorrow", "yesterday", "again", 0};

/* Whether tokens [ts, te) of segment [.., s1) are followed by a possessive
** written apart that names the business itself (web text written token by
** token): a lone "s" whose apostrophe was lost ("Wendy s", "Hancock s"), or
** "'s" that ends the phrase ("Del Frisco 's for dinner", "wendy 's ."):
** the length of the possessive in tokens (1), or 0. */
static size_t shop_possessive(const ner_doc_t *d, size_t te, size_t s1) {
  const ner_tok_t *t = d->toks, *p;
  size_t n;
  if (te >= s1 || t[te].bs <= t[te - 1].be || t[te - 1].kind != NLP_TOKEN_WORD)
    return 0;
  p = &t[te];
  if (p->kind == NLP_TOKEN_WORD && p->be - p->bs == 1 && d->text[p->bs] == 's')
    n = 1; /* "Wendy s" */
  else if (is_possessive(d, p))
    n = 1;
  else if (te + 1 < s1 && (tok_is(d, p, "'") || tok_is(d, p, "\xE2\x80\x99")) &&
           t[te + 1].bs == p->be && tok_is(d, &t[te + 1], "s"))
    n = 2; /* "'" + "s" */
  else
    return 0;
  if (te + n == s1)
    return n;
  p = &t[te + n];
  if (p->kind == NLP_TOKEN_PUNCT)
    return p->be - p->bs == 1 && strchr(",.;:?!)", d->text[p->bs]) ? n : 0;
  return p->kind == NLP_TOKEN_WORD && p->cap == CAP_NONE &&
                 IN(tok_lists(d, p), AFTER_SHOP)
             ? n
             : 0;
}

static int is_conj(const ner_doc_t *d, const ner_tok_t *t) {
  const char *w = d->text + t->bs;
  size_t n = t->be - t->bs;
  return (n == 3 && !memcmp(w, "and", 3)) || (n == 2 && !memcmp(w, "or", 2));
}

/* "'s", "’s", "'": a possessive ending is not part of a name. */
static int is_possessive(const ner_doc_t *d, const ner_tok_t *t) {
  const char *w = d->text + t->bs;
  size_t n = t->be - t->bs;
  if (n == 2 && w[0] == '\'' && (w[1] | 32) == 's')
    return 1;
  return n == 4 && !memcmp(w, "\xE2\x80\x99", 3) && (w[3] | 32) == 's';
}

/* Whether a name that starts at token i must end before token j: at a
** lower-case "and"/"or" with two or more words on each side ("Homeland
** Security Alejandro Mayorkas and White House ..."; not "Bosnia and
** Herzegovina"), or where two words are glued ("ImagesCNN", two tokens). */
static int splits(const ner_doc_t *d, const uint8_t *tags, size_t i, size_t j,
                  size_t s1) {
  const ner_tok_t *t = &d->toks[j], *p = t - 1;
  if (is_conj(d, t)) {
    /* "Department of Housing and Urban Development": one name */
    for (size_t k = i + 1; k + 1 < j; k++)
      if (tok_is(d, &d->toks[k], "of") && d->toks[k - 1].cap == CAP_TITLE &&
          d->toks[k + 1].cap == CAP_TITLE &&
          IN(tok_lists(d, &d->toks[k - 1]), ORG_WORDS)) {
        /* the portfolio is common words ("Housing"; not "of Africa and
        ** Standard Trust Bank") */
        size_t q = k + 1;
        while (q < j && d->toks[q].kind == NLP_TOKEN_WORD &&
               d->toks[q].dict == NER_DICT_LOWER && !d->toks[q].gaz)
          q++;
        if (q == j)
          return 0;
      }
    return j - i >= 2 && j + 2 < s1 && tags[j + 1] == tags[j] &&
           tags[j + 2] == tags[j];
  }
  /* not after an abbreviation's dot ("U." + "S") */
  return p->be == t->bs && p->kind == NLP_TOKEN_WORD &&
         t->kind == NLP_TOKEN_WORD && t->cap != CAP_NONE &&
         d->text[p->be - 1] != '.';
}

/* Whether token t is a capitalised word that can be part of a person's
** name: not only a common lower-case word ("Police", "Security"). */
static int name_word(const ner_tok_t *t) {
  return t->kind == NLP_TOKEN_WORD && t->cap == CAP_TITLE && !is_title(t) &&
         (t->dict != NER_DICT_LOWER || t->gaz);
}

/* Where an ORG (or PERSON) span [ts, te) holds a person after its
** organisation, the token where the person starts (after any titles), with
** the organisation's end in *org_end; else 0:
**   "Homeland Security Secretary Alejandro Mayorkas": a title word inside
**   an ORG, followed by capitalised name words, ends the ORG;
**   "Secretary of Homeland Security Alejandro Mayorkas": after "<title>
**   of", common words (the portfolio) then 1-4 name words. */
static size_t person_split(const ner_doc_t *d, size_t s0, size_t ts, size_t te,
                           int ty, size_t *org_end) {
  const ner_tok_t *t = d->toks;
  if (ty == NER_TYPE_ORG)
    for (size_t k = ts + 1; k + 1 < te; k++) {
      size_t p = k;
      if (!is_title(&t[k]))
        continue;
      while (p < te && is_title(&t[p]))
        p++;
      if (p == te || te - p > 4)
        return 0;
      for (size_t q = p; q < te; q++)
        if (!name_word(&t[q]))
          return 0;
      *org_end = k;
      return p;
    }
  if ((ty == NER_TYPE_ORG || ty == NER_TYPE_PER) && ts >= s0 + 2 &&
      te - ts >= 3 && tok_is(d, &t[ts - 1], "of") && is_title(&t[ts - 2])) {
    size_t k = te;
    while (k > ts && te - k < 4 && name_word(&t[k - 1]))
      k--;
    if (k == ts || te - k < 2 || t[k - 1].cap != CAP_TITLE ||
        t[k - 1].dict != NER_DICT_LOWER || t[k - 1].gaz)
      return 0;
    for (size_t q = ts; q < k; q++)
      if (t[q].kind == NLP_TOKEN_WORD && t[q].cap == CAP_TITLE &&
          (t[q].dict != NER_DICT_LOWER || t[q].gaz))
        return 0; /* a portfolio is made of common words */
    *org_end = k;
    return k;
  }
  return 0;
}

/* Whether the lower-case place (or person) [ts, te) is a place followed by
** its country or state without a comma ("san francisco california"): the
** last word alone is a country or subdivision in the gazetteer, the words
** before it are not one common word nor end in "of". */
static int place_state(const ner_doc_t *d, size_t ts, size_t te, int ty) {
  const ner_tok_t *t = d->toks, *l = &d->toks[te - 1], *p = l - 1;
  int lower = 1;
  if (te - ts < 2 || !(l->gaz & (NER_GAZ_COUNTRY | NER_GAZ_PLACE)) ||
      l->gaz_pos != GAZ_FIRST || p->kind != NLP_TOKEN_WORD ||
      p->cap != l->cap || tok_is(d, p, "of") || tok_is(d, p, "and"))
    return 0;
  for (size_t k = ts; k < te; k++)
    if (t[k].cap != CAP_NONE)
      lower = 0;
  /* capitalised, "Arab East Jerusalem", "N. Korea" and "Hyatt Regency
  ** Houston" are one name */
  if (!lower || (ty != NER_TYPE_LOC && ty != NER_TYPE_PER))
    return 0;
  if (te - ts == 2 && (t[ts].dict & NER_DICT_LOWER) && !t[ts].gaz)
    return 0; /* "great britain" (when not in the gazetteer) */
  return 1;
}

/* Appends the name [ts, te) of CoNLL type ty (after the checks), or folds it
** into the name just before it when it is an EVENT, or ends in an ORG word,
** right after another name ("North" + "American Leaders' Summit", "Getty" +
** "Images"). first: the sentence's first entity. */
/* Names never overlap: one already found that reaches into a new name
** starting at token ts ("Latin Central" before "Central and South America")
** is cut before it, without a trailing "and" or punctuation, or goes. */
static void cut_before(nlp_entities_t *it, const ner_doc_t *d, size_t first,
                       size_t ts) {
  while (it->n > first && it->ents[it->n - 1].te > ts) {
    ent_t *p = &it->ents[it->n - 1];
    size_t te = ts;
    while (te > p->ts && (d->toks[te - 1].kind == NLP_TOKEN_PUNCT ||
                          is_conj(d, &d->toks[te - 1])))
      te--;
    if (te > p->ts) {
      p->te = te;
      p->be = d->toks[te - 1].be;
      return;
    }
    it->n--;
  }
}

/* An entity over tokens [ts, te), all else zero. */
static ent_t ent_of_tokens(const ner_doc_t *d, size_t ts, size_t te) {
  ent_t e;
  memset(&e, 0, sizeof e);
  e.ts = ts;
  e.te = te;
  e.bs = d->toks[ts].bs;
  e.be = d->toks[te - 1].be;
  e.sentence = d->toks[ts].sentence;
  return e;
}

/* Whether the name [ts, te) after "the film" (WORK_CUES) may be its title:
** no word of it is in the gazetteer ("the movie Google and Amazon ...",
** "his album Egypt"); it does not open with a given name ("in the film Tom
** Hanks plays ...", "the best film Oscar"), nor is it one word in capitals
** ("movie NEC is showing"); and no possessive follows ("a musical Rubik's
** cube"). */
static int work_title(const ner_doc_t *d, size_t ts, size_t te) {
  const ner_tok_t *n = te < d->toks[ts].sent_end ? &d->toks[te] : NULL;
  if (d->toks[ts].given || (te - ts == 1 && d->toks[ts].cap == CAP_UPPER))
    return 0;
  /* what follows a title: not a possessive; after one word, the end,
  ** punctuation or a word of WORK_AFTER, not another word ("the film
  ** Hollywood forgot"); after a longer title anything ("Horror movie The
  ** Grudge cost Sony $10 million") */
  if (n &&
      (is_possessive(d, n) || (te - ts == 1 && n->kind != NLP_TOKEN_PUNCT &&
                               !IN(tok_lists(d, n), WORK_AFTER))))
    return 0;
  for (size_t k = ts; k < te; k++)
    if (d->toks[k].gaz)
      return 0;
  return 1;
}

static int emit(nlp_entities_t *it, const ner_doc_t *d, size_t first, size_t ts,
                size_t te, int ty, int all_monthday) {
  ent_t e;
  int kw = -1; /* the label its last word gives a longer name */
  uint64_t ll = tok_lists(d, &d->toks[te - 1]); /* its last word's lists */
  e = ent_of_tokens(d, ts, te);
  /* after a title, left out of the name or untagged ("Mr Yarra") */
  e.titled = (uint8_t)(ts > d->toks[ts].sent_first &&
                       (is_title(&d->toks[ts - 1]) ||
                        IN(tok_lists(d, &d->toks[ts - 1]), KIN_TITLES)));
  /* "in the U.S." at the end of a sentence: its last dot ends the sentence
  ** (one full stop serves both) */
  if (te == d->toks[ts].sent_end && e.be - d->toks[te - 1].bs >= 3 &&
      d->text[e.be - 1] == '.' && d->text[e.be - 2] != '.' &&
      (e.be == d->len || d->text[e.be] == '\n' ||
       (d->text[e.be] == ' ' && e.be + 1 < d->len &&
        (d->text[e.be + 1] & 0x80) == 0 && d->text[e.be + 1] >= 'A' &&
        d->text[e.be + 1] <= 'Z')))
    e.be--;
  e.label = refine(d, ts, te, ty, ll);
  if (te - ts == 1 && d->toks[ts].cap == CAP_UPPER && IN(ll, TIME_ZONES))
    e.label = NLP_LABEL_MISC; /* "1800 GMT", "(CDT)" */
  if (all_monthday)
    e.label = NLP_LABEL_DATE; /* numex may value it */
  if (IN(ll, ORG_LAST)) {
    if (te - ts == 1)
      kw = NLP_LABEL_ORG; /* "Getty" + "Images" */
  } else if (e.label == NLP_LABEL_EVENT || IN(ll, EVENT_LAST))
    kw = NLP_LABEL_EVENT;
  if (kw >= 0 && (it->n > first || it->dropped.te)) {
    /* right after the name (kept, or dropped as a lone common word:
    ** "Cold" + "War"), or after its plural possessive ("Ministers'") */
    ent_t *p = it->n > first ? &it->ents[it->n - 1] : NULL;
    const ner_tok_t *a = &d->toks[ts - 1];
    if (it->dropped.te && (!p || p->te <= it->dropped.ts))
      p = &it->dropped;
    if ((p->te == ts ||
         (p->te + 1 == ts && a->kind == NLP_TOKEN_PUNCT &&
          (tok_is(d, a, "'") || tok_is(d, a, "\xE2\x80\x99")))) &&
        p->label != NLP_LABEL_DATE && d->toks[p->ts].cap != CAP_NONE &&
        d->toks[ts].cap != CAP_NONE &&
        (te - ts == 1 || p->label != NLP_LABEL_PERSON)) {
      p->te = te;
      p->be = e.be;
      p->label = (nlp_label_t)kw;
      if (p == &it->dropped) {
        ent_t joined = *p; /* push() may move it->ents; p is not in them */
        it->dropped.te = 0;
        cut_before(it, d, first, joined.ts);
        return push(it, &joined);
      }
      return NLP_OK;
    }
  }
  if (it->n > first && it->ents[it->n - 1].te == ts &&
      IN(span_lists(d, it->ents[it->n - 1].ts, te), PRODUCTS)) {
    /* "Adobe" + "Acrobat Reader": one product */
    ent_t *p = &it->ents[it->n - 1];
    p->te = te;
    p->be = e.be;
    p->label = NLP_LABEL_PRODUCT;
    return NLP_OK;
  }
  if (ts > d->toks[ts].sent_first && d->toks[ts].cap != CAP_NONE &&
      d->toks[ts - 1].cap == CAP_NONE &&
      IN(tok_lists(d, &d->toks[ts - 1]), WORK_CUES) && work_title(d, ts, te))
    e.work_cue = 1; /* "the film Million Dollar Baby" */
  switch (it->table_line ? 1 : plausible(d, ts, te, ty, &it->title_memo, ll)) {
  case 0:
    it->dropped = e;
    return NLP_OK;
  case 2:
    e.label = NLP_LABEL_WORK_OF_ART;
    break;
  default:
    break;
  }
  cut_before(it, d, first, ts);
  return push(it, &e);
}

/* "tucson arizona": in lower case, an untagged proper noun of the word
** list (not a given name) right before a known state or country tagged as
** a place is a place too (then two places, see place_state). */
static void place_before_state(const ner_doc_t *d, uint8_t *tags, size_t s0,
                               size_t s1) {
  for (size_t i = s0; i + 1 < s1; i++) {
    const ner_tok_t *t = &d->toks[i], *n = t + 1;
    /* the rarest first: most tokens stop at the first test */
    if (tags[i + 1] == NER_B(NER_TYPE_LOC) && t->dict == NER_DICT_CAP &&
        tags[i] == NER_O && t->kind == NLP_TOKEN_WORD && t->cap == CAP_NONE &&
        !t->given && !t->gaz && n->cap == CAP_NONE && n->gaz_pos == GAZ_FIRST &&
        (n->gaz & (NER_GAZ_COUNTRY | NER_GAZ_PLACE))) {
      tags[i] = NER_B(NER_TYPE_LOC);
      tags[i + 1] = NER_I(NER_TYPE_LOC);
    }
  }
}

/* Words after which a city's name in lower case is a place ("i ll be going
** to baguio", "weed in auckland"). */
static const char *const TO_PLACE[] = {
    "in", "to", "at", "from", "near", "around", "visit", "visiting", 0};

/* Words that greet or thank the person named after them. */
static const char *const GREETINGS[] = {
    "thanks", "thank", "thx", "hi", "hello", "hey", "dear", "congrats", 0};

/* Prepositions after which a city's name is the city, even when it is
** also a person's name. */
static const char *const IN_PLACE[] = {"in",     "near",    "around",
                                       "inside", "outside", 0};

/* ---- the word lists by hash ----------------------------------------------
** The lists are asked about a hundred thousand times a megabyte of text,
** and a walk costs a comparison per word of the list. Each word of the
** lists registered here (WORD_LIST_NAMES) maps, in one hash table built
** once, to the set of lists that hold it (bit k: WORD_LISTS[k]). A caller
** takes a word's set once (word_lists) and tests the bits it needs (IN);
** in_list() finds a list's bit by its address in a second, small table,
** and walks a list not registered. */
#define LW_LIST(name) name
static const char *const *const WORD_LISTS[NLISTS] = {WORD_LIST_NAMES(LW_LIST)};
#undef LW_LIST
#define WORD_SLOTS 2048u /* a power of two; at most half of them used */
#define LIST_SLOTS 128u  /* a power of two, over twice NLISTS */

typedef struct word_slot {
  const char *w;  /* NULL: empty */
  uint32_t h;     /* word_hash(w) */
  uint64_t lists; /* bit k: w is a word of WORD_LISTS[k] */
} word_slot_t;

static word_slot_t word_slots[WORD_SLOTS];
static struct {
  const char *const *list; /* NULL: empty */
  unsigned bit;
} list_slots[LIST_SLOTS];
static pthread_once_t lists_once = PTHREAD_ONCE_INIT;

static uint32_t list_hash(const char *const *list) {
  return (uint32_t)(((uint64_t)(uintptr_t)list * 0x9E3779B97F4A7C15u) >> 57);
}

/* Fills word_slots and list_slots (pthread_once). A list whose words might
** overfill the table stays out of list_slots: in_list() walks it, but IN()
** would not find its words (nlp_entities_lists_ok fails then). */
static void lists_build(void) {
  size_t used = 0;
  _Static_assert(NLISTS <= 64 && 2 * NLISTS < LIST_SLOTS, "too many lists");
  _Static_assert((1u << 7) == LIST_SLOTS, "list_hash gives 7 bits");
  for (size_t k = 0; k < NLISTS; k++) {
    const char *const *list = WORD_LISTS[k];
    size_t n = 0;
    uint32_t j;
    while (list[n])
      n++;
    if (used + n > WORD_SLOTS / 2)
      continue;
    for (size_t i = 0; i < n; i++) {
      uint32_t h = word_hash(list[i]);
      for (j = h & (WORD_SLOTS - 1);
           word_slots[j].w && strcmp(word_slots[j].w, list[i]) != 0;)
        j = (j + 1) & (WORD_SLOTS - 1);
      if (!word_slots[j].w) {
        word_slots[j].w = list[i];
        word_slots[j].h = h;
        used++;
      }
      word_slots[j].lists |= (uint64_t)1 << k;
    }
    for (j = list_hash(list); list_slots[j].list;)
      j = (j + 1) & (LIST_SLOTS - 1);
    list_slots[j].list = list;
    list_slots[j].bit = (unsigned)k;
  }
}

/* The bit of list in word_slots[].lists, or -1 when it is not indexed. */
static int list_bit(const char *const *list) {
  uint32_t j;
  pthread_once(&lists_once, lists_build);
  for (j = list_hash(list); list_slots[j].list; j = (j + 1) & (LIST_SLOTS - 1))
    if (list_slots[j].list == list)
      return (int)list_slots[j].bit;
  return -1;
}

static uint64_t lists_of(const char *w, uint32_t h) {
  for (uint32_t j = h & (WORD_SLOTS - 1); word_slots[j].w;
       j = (j + 1) & (WORD_SLOTS - 1))
    if (word_slots[j].h == h && !strcmp(word_slots[j].w, w))
      return word_slots[j].lists;
  return 0;
}

static int in_list_hashed(const char *w, uint32_t h, const char *const *list) {
  int bit = list_bit(list);
  if (bit < 0)
    return list_walk(w, list);
  return (int)(lists_of(w, h) >> bit & 1);
}

/* Whether every list of WORD_LISTS is indexed and in_list() and
** word_lists() answer as list_walk() does, for each list, for the words of
** all the lists and near misses of them (a byte less, a byte more, the
** first byte changed), also in capitals for word_lists(), and in_list() for
** a list not registered (tests/unit/test_word_lists.c). */
int nlp_entities_lists_ok(void) {
  static const char *const UNLISTED[] = {"zebra", "inc.", 0};
  char v[64], up[64];
  for (size_t k = 0; k < NLISTS; k++)
    if (list_bit(WORD_LISTS[k]) < 0)
      return 0;
  if (list_bit(UNLISTED) >= 0 || !in_list("zebra", UNLISTED) ||
      !in_list("inc.", UNLISTED) || in_list("river", UNLISTED))
    return 0;
  for (size_t a = 0; a < NLISTS; a++)
    for (size_t i = 0; WORD_LISTS[a][i]; i++) {
      const char *w = WORD_LISTS[a][i];
      size_t n = strlen(w);
      if (n + 2 > sizeof v)
        return 0;
      for (int form = 0; form < 4; form++) {
        memcpy(v, w, n + 1);
        if (form == 1)
          v[n - 1] = 0;
        else if (form == 2)
          memcpy(v + n, "s", 2);
        else if (form == 3)
          v[0] = (char)(v[0] == 'z' ? 'a' : v[0] + 1);
        for (size_t m = 0; m <= strlen(v); m++)
          up[m] = (char)(v[m] >= 'a' && v[m] <= 'z' ? v[m] - 32 : v[m]);
        for (size_t k = 0; k < NLISTS; k++) {
          int walk = list_walk(v, WORD_LISTS[k]);
          if (in_list(v, WORD_LISTS[k]) != walk ||
              (int)(word_lists(v, strlen(v)) >> k & 1) != walk ||
              (int)(word_lists(up, strlen(up)) >> k & 1) != walk)
            return 0;
        }
      }
    }
  return 1;
}

/* "in auckland": in lower case, an untagged city name of the word list
** that the English word list knows as a proper noun only (not a common
** word, not a given name) after a preposition of place is a place. */
static void place_after_prep(const ner_doc_t *d, uint8_t *tags, size_t s0,
                             size_t s1) {
  for (size_t i = s0 + 1; i < s1; i++) {
    const ner_tok_t *t = &d->toks[i], *p = t - 1;
    size_t m, k;
    if (t->dict != NER_DICT_CAP || tags[i] != NER_O ||
        t->kind != NLP_TOKEN_WORD || t->cap != CAP_NONE || t->given ||
        t->be - t->bs < 3 || p->cap != CAP_NONE ||
        !IN(tok_lists(d, p), TO_PLACE) || !(m = ner_city_match(d, i)))
      continue;
    for (k = i; k < i + m; k++)
      if (tags[k] != NER_O || d->toks[k].cap != CAP_NONE || d->toks[k].given ||
          d->toks[k].dict != NER_DICT_CAP)
        break;
    if (k < i + m || place_word_at(d, i + m, s1))
      continue; /* "tampa bay": more than the city */
    for (k = i; k < i + m; k++)
      tags[k] = (uint8_t)(k == i ? NER_B(NER_TYPE_LOC) : NER_I(NER_TYPE_LOC));
    i += m - 1;
  }
}

/* Whether token t is a double quote, straight or curly (asked of every
** token: its bytes are read directly). */
static int is_dquote(const ner_doc_t *d, const ner_tok_t *t) {
  const unsigned char *w = (const unsigned char *)d->text + t->bs;
  switch (t->be - t->bs) {
  case 1:
    return w[0] == '"';
  case 3:
    return w[0] == 0xE2 && w[1] == 0x80 && (w[2] == 0x9C || w[2] == 0x9D);
  default:
    return 0;
  }
}

/* "Ryan Reynolds" <rreynol@example.ca>, "Townsend, George" <...>: the quoted
** display name of a mail address is a person (one to four capitalised
** words that are not only common words, with an optional comma). */
static void mail_names(const ner_doc_t *d, uint8_t *tags, size_t s0,
                       size_t s1) {
  for (size_t q = s0; q + 2 < s1; q++) {
    size_t k, e, words = 0, proper = 0;
    const char *p, *end = d->text + d->len;
    if (!is_dquote(d, &d->toks[q]))
      continue;
    for (e = q + 1; e < s1 && e <= q + 6 && !is_dquote(d, &d->toks[e]); e++)
      ;
    if (e >= s1 || e == q + 1 || !is_dquote(d, &d->toks[e]))
      continue;
    for (k = q + 1; k < e; k++) {
      const ner_tok_t *t = &d->toks[k];
      if (t->kind == NLP_TOKEN_PUNCT && tok_is(d, t, ",") && k > q + 1 &&
          k + 1 < e)
        continue;
      if (t->kind != NLP_TOKEN_WORD || t->cap == CAP_NONE ||
          tok_is(d, t, "the") || words == 4)
        break;
      words++;
      proper += t->dict != NER_DICT_LOWER || t->given;
    }
    if (k < e || proper < words)
      continue;
    /* then "<", an address with "@", ">" */
    p = d->text + d->toks[e].be;
    while (p < end && *p == ' ')
      p++;
    if (p == end || *p != '<')
      continue;
    while (p < end && *p != '>' && *p != '@' && *p != ' ' && *p != '\n')
      p++;
    if (p == end || *p != '@')
      continue;
    for (k = q + 1; k < e; k++)
      tags[k] =
          (uint8_t)(k == q + 1 ? NER_B(NER_TYPE_PER) : NER_I(NER_TYPE_PER));
    q = e;
  }
}

/* "i think shanna and i are going", "jill allen finishes": in lower case,
** untagged given names (and a following name word) are a person. */
static void lower_people(const ner_doc_t *d, uint8_t *tags, size_t s0,
                         size_t s1) {
  for (size_t i = s0; i < s1; i++) {
    const ner_tok_t *t = &d->toks[i];
    size_t e = i + 1;
    if (tags[i] != NER_O || !lower_given(d, t) || ner_city_match(d, i))
      continue;
    if (e < s1 && tags[e] == NER_O && d->toks[e].cap == CAP_NONE &&
        d->toks[e].kind == NLP_TOKEN_WORD && d->toks[e].dict == NER_DICT_CAP &&
        !d->toks[e].gaz)
      e++; /* "jill allen" */
    for (size_t k = i; k < e; k++)
      tags[k] = (uint8_t)(k == i ? NER_B(NER_TYPE_PER) : NER_I(NER_TYPE_PER));
    i = e - 1;
  }
}

/* Which of the rules above can tag a token of the sentence [s0, s1), from
** the tokens alone: RULE_LOWER when a token is a proper noun of the word
** list written in lower case (place_before_state, place_after_prep and
** lower_people tag only from one), RULE_QUOTES when a token is a double
** quote (mail_names), RULE_PAREN when a token is an opening bracket
** (acronyms), RULE_TABLE when there are numbers and no lower-case word
** (table_line), RULE_KNOWN_ORG when a known organisation's name opens at a
** token (known_orgs). One pass instead of one per rule: most sentences
** have none, and a rule that cannot fire is skipped. */
enum {
  RULE_LOWER = 1,
  RULE_QUOTES = 2,
  RULE_PAREN = 4,
  RULE_TABLE = 8,
  RULE_KNOWN_ORG = 16
};

static unsigned sentence_rules(const ner_doc_t *d, size_t s0, size_t s1) {
  unsigned r = 0;
  int lower = 0, number = 0;
  for (size_t i = s0; i < s1; i++) {
    const ner_tok_t *t = &d->toks[i];
    r |= (unsigned)(t->dict == NER_DICT_CAP && t->cap == CAP_NONE) * RULE_LOWER;
    r |= (unsigned)is_dquote(d, t) * RULE_QUOTES;
    r |= (unsigned)(d->text[t->bs] == '(') * RULE_PAREN;
    lower |= t->kind == NLP_TOKEN_WORD && t->cap == CAP_NONE;
    number |= t->kind == NLP_TOKEN_NUMBER;
    r |= (unsigned)(t->gaz_pos == GAZ_FIRST && (t->gaz & NER_GAZ_ORG)) *
         RULE_KNOWN_ORG;
  }
  return r | (unsigned)(number && !lower) * RULE_TABLE;
}

/* "In Texas, BP shut its refinery": a known organisation (gazetteer) the
** tagger left untagged is an ORG when written in capitals (not in a
** sentence mostly in capitals, sent_caps), or capitalised and not a common
** word ("Apple", "Shell", "Who" are left to the tagger). */
static void known_orgs(const ner_doc_t *d, uint8_t *tags, size_t s0,
                       size_t s1) {
  for (size_t i = s0; i < s1; i++) {
    const ner_tok_t *t = &d->toks[i];
    unsigned bits;
    size_t n, k;
    if (t->gaz_pos != GAZ_FIRST || !(t->gaz & NER_GAZ_ORG) ||
        tags[i] != NER_O || t->cap == CAP_NONE || t->sent_caps)
      continue;
    n = ner_gaz_match(d, i, &bits);
    if (!n || !(bits & NER_GAZ_ORG))
      continue;
    for (k = i; k < i + n; k++) {
      const ner_tok_t *x = &d->toks[k];
      if (tags[k] != NER_O || x->cap == CAP_NONE ||
          (x->cap == CAP_TITLE && (x->dict & NER_DICT_LOWER)))
        break;
    }
    if (k < i + n || (i + n < s1 && tags[i + n] != NER_O) ||
        (i > s0 && tags[i - 1] != NER_O))
      continue;
    for (k = i; k < i + n; k++)
      tags[k] = (uint8_t)(k == i ? NER_B(NER_TYPE_ORG) : NER_I(NER_TYPE_ORG));
    i += n - 1;
  }
}

/* Whether token t may be a word of a team's name in a results table: a
** capitalised word without digits, not a month or a day (in full or
** shortened). */
static int team_word(const ner_doc_t *d, const ner_tok_t *t) {
  if (t->kind != NLP_TOKEN_WORD || t->cap == CAP_NONE ||
      nlp_numex_is_calendar_word(d->text + t->bs, t->be - t->bs) ||
      IN(tok_lists(d, t), DAY_ABBREVS))
    return 0;
  for (size_t k = t->bs; k < t->be; k++)
    if (d->text[k] >= '0' && d->text[k] <= '9')
      return 0;
  return 1;
}

/* Whether token t is a score: one to three digits. */
static int score(const ner_doc_t *d, const ner_tok_t *t) {
  if (t->kind != NLP_TOKEN_NUMBER || t->be - t->bs > 3)
    return 0;
  for (size_t k = t->bs; k < t->be; k++)
    if (d->text[k] < '0' || d->text[k] > '9')
      return 0;
  return 1;
}

/* Whether tokens [a, b) are a whole line of a results or standings table:
** names of one to four team words, each followed by scores, two names or
** more, or one and six scores or more ("Orrell 13 Bath 56", "Stoke 4 3 1 0
** 7 4 10"). *known is set when a word of a name is tagged or is not only a
** common word of the word list ("Orrell"; not "Sale", "Revenue"). */
static int table_row(const ner_doc_t *d, const uint8_t *tags, size_t a,
                     size_t b, int *known) {
  size_t names = 0, scores = 0, i = a;
  const ner_tok_t *x = &d->toks[a], *z = &d->toks[b - 1];
  if ((x->bs > 0 && d->text[x->bs - 1] != '\n') ||
      (z->be < d->len && d->text[z->be] != '\n' && d->text[z->be] != '\r'))
    return 0; /* not a whole line */
  while (i < b) {
    size_t k = i;
    while (k < b && k - i < 5 && team_word(d, &d->toks[k])) {
      *known |= tags[k] != NER_O || d->toks[k].dict != NER_DICT_LOWER;
      k++;
    }
    if (k == i || k - i > 4 || k == b || !score(d, &d->toks[k]))
      return 0;
    names++;
    for (i = k; i < b && score(d, &d->toks[i]); i++)
      scores++;
  }
  return names >= 2 || scores >= 6;
}

/* A line of a results or standings table (table_row) next to another one,
** in a table where some name is more than a common word, names teams: an
** untagged name there is an ORG ("Bath", "Sale", "Wasps": common words
** elsewhere), and emit() keeps them all. One line alone ("Room 101 Floor
** 3") or a table of common words ("Revenue 120 ...", "Profit 12 ...") is
** none. */
static int table_line(const ner_doc_t *d, uint8_t *tags, size_t s0, size_t s1) {
  int known = 0, prev = 0, next = 0;
  if (!table_row(d, tags, s0, s1, &known))
    return 0;
  if (s0 > 0)
    prev = table_row(d, tags, d->toks[s0 - 1].sent_first, s0, &known);
  if (s1 < d->ntoks)
    next = table_row(d, tags, s1, d->toks[s1].sent_end, &known);
  if (!(prev || next) || !known)
    return 0;
  for (size_t i = s0; i < s1;) {
    size_t k = i, untagged = 1;
    while (k < s1 && team_word(d, &d->toks[k]))
      untagged &= tags[k++] == NER_O;
    if (untagged)
      for (size_t j = i; j < k; j++)
        tags[j] = (uint8_t)(j == i ? NER_B(NER_TYPE_ORG) : NER_I(NER_TYPE_ORG));
    for (i = k; i < s1 && score(d, &d->toks[i]); i++)
      ;
  }
  return 1;
}

/* Whether the capitals a[0..an) are the initials of capitalised words of
** the name s[0..n), in order, the first word's first ("Budapest Stock
** Exchange": BSE; "Organisation of Islamic Conference": OIC). */
static int initials_of(const char *s, size_t n, const char *a, size_t an) {
  size_t k = 0;
  for (size_t i = 0; i < n && k < an; i++) {
    if (i > 0 && s[i - 1] != ' ' && s[i - 1] != '-')
      continue; /* not a word's first byte */
    if (s[i] < 'A' || s[i] > 'Z')
      continue;
    if (s[i] == a[k])
      k++;
    else if (k == 0)
      return 0;
  }
  return k == an;
}

/* "the Budapest Stock Exchange (BSE)": an acronym in brackets right after a
** name whose initials it spells is a name of the same type. */
static void acronyms(const ner_doc_t *d, uint8_t *tags, size_t s0, size_t s1) {
  for (size_t k = s0 + 1; k + 2 < s1; k++) {
    const ner_tok_t *a = &d->toks[k + 1];
    size_t ts = k - 1, n = a->be - a->bs;
    if (!tok_is(d, &d->toks[k], "(") || tags[k - 1] == NER_O ||
        tags[k] != NER_O || a->cap != CAP_UPPER || a->kind != NLP_TOKEN_WORD ||
        n < 2 || n > 8 || !tok_is(d, &d->toks[k + 2], ")"))
      continue;
    if (tags[k + 1] != NER_O && NER_TAG_TYPE(tags[k + 1]) != NER_TYPE_MISC)
      continue;
    while (ts > s0 && !NER_TAG_IS_B(tags[ts]))
      ts--;
    if (!initials_of(d->text + d->toks[ts].bs,
                     d->toks[k - 1].be - d->toks[ts].bs, d->text + a->bs, n))
      continue;
    tags[k + 1] = (uint8_t)NER_B(NER_TAG_TYPE(tags[k - 1]));
  }
}

/* Name spans of tokens [s0, s1) of one sentence into out (appended). */
static int name_spans(nlp_entities_t *it, const ner_doc_t *d,
                      const uint8_t *tags, size_t s0, size_t s1) {
  size_t first = it->n;
  it->dropped.te = 0;
  it->title_memo = -1; /* [s0, s1) is one segment */
  for (size_t i = s0; i < s1;) {
    size_t j, ts, te, ps, org_end = 0;
    int ty, all_monthday = 1, rc;
    unsigned gbits;
    if (tags[i] == NER_O || is_conj(d, &d->toks[i])) {
      i++;
      continue;
    }
    ty = NER_TAG_TYPE(tags[i]);
    j = i + 1;
    for (;;) {
      while (j < s1 && tags[j] == NER_I(ty) && !splits(d, tags, i, j, s1))
        j++;
      /* "Gulf" + "of" + "Honduras": a place word (LOC_WORDS), then an
      ** untagged "of" and a place name, is one place */
      if (j + 1 < s1 && ty == NER_TYPE_LOC && tags[j] == NER_O &&
          tok_is(d, &d->toks[j], "of") && tags[j + 1] == NER_B(ty) &&
          d->toks[j + 1].cap != CAP_NONE &&
          IN(tok_lists(d, &d->toks[j - 1]), LOC_WORDS)) {
        j += 2;
        continue;
      }
      /* "EL" + "SALVADOR": a name the gazetteer knows goes on to its end
      ** when the tagger began it again inside */
      if (j < s1 && tags[j] == NER_B(ty) && d->toks[j].gaz_pos == GAZ_INSIDE &&
          d->toks[j - 1].gaz_pos != GAZ_NONE &&
          ner_gaz_match(d, i, &gbits) > j - i) {
        j++;
        continue;
      }
      /* "Gulf of" + "Mexico": a name that ends in "of" goes on */
      if (j < s1 && j - i >= 2 && tags[j] == NER_B(ty) &&
          tok_is(d, &d->toks[j - 1], "of") && d->toks[j].cap != CAP_NONE) {
        j++;
        continue;
      }
      break;
    }
    {
      /* "Nordic Energy Ministers' Conference": an event word after the
      ** plural possessive of a name joins it, tagged or not */
      size_t q = j;
      if (q < s1 && tags[q] == NER_O && q - i >= 1 &&
          (tok_is(d, &d->toks[q], "'") ||
           tok_is(d, &d->toks[q], "\xE2\x80\x99")))
        q++;
      if (q < s1 && q - i >= 2 && tags[q] == NER_O &&
          (tok_is(d, &d->toks[q - 1], "'") ||
           tok_is(d, &d->toks[q - 1], "\xE2\x80\x99")) &&
          d->text[d->toks[q - 2].be - 1] == 's' &&
          d->toks[q].cap == CAP_TITLE &&
          IN(tok_lists(d, &d->toks[q]), EVENT_LAST))
        j = q + 1;
    }
    ts = i;
    te = j;
    i = j;
    /* nor a lower-case common word ("Achilles bc", "Coca-Cola
    ** corporation"; not "Glaxo plc") */
    while (te - ts > 1 && d->toks[te - 1].kind == NLP_TOKEN_WORD &&
           d->toks[te - 1].cap == CAP_NONE && !d->toks[te - 1].gaz &&
           d->toks[te - 2].cap != CAP_NONE &&
           (d->toks[te - 1].dict & NER_DICT_LOWER || ty == NER_TYPE_PER) &&
           !IN(tok_lists(d, &d->toks[te - 1]), CORP_SUFFIX))
      te--;
    /* nor a lower-case "of", "the" or function word ("Santa of") */
    while (te > ts && ((d->toks[te - 1].kind == NLP_TOKEN_PUNCT &&
                        d->text[d->toks[te - 1].bs] != '.') ||
                       is_possessive(d, &d->toks[te - 1]) ||
                       (d->toks[te - 1].cap == CAP_NONE &&
                        (tok_is(d, &d->toks[te - 1], "of") ||
                         tok_is(d, &d->toks[te - 1], "the") ||
                         IN(tok_lists(d, &d->toks[te - 1]), NOT_FIRST)))))
      te--;
    while (te > ts && d->toks[ts].kind == NLP_TOKEN_PUNCT)
      ts++;
    te = close_bracket(d, ts, te, s1);
    if (i < te)
      i = te;
    /* "Enron Broadband Services, Inc. Phone", "J.M. Huber Corporation
    ** Guaranty": an organisation ends with its company ending */
    if (ty == NER_TYPE_ORG && te - ts >= 3)
      for (size_t k = te - 1; k > ts + 1 && k + 3 > te; k--) {
        const ner_tok_t *c = &d->toks[k - 1];
        if (IN(tok_lists(d, c), CORP_SUFFIX) || tok_is(d, c, "Corporation")) {
          te = k;
          break;
        }
      }
    /* "CCNG, Inc.": the company ending after a comma belongs to the name */
    if (te > ts && te + 1 < s1 && d->toks[te].be - d->toks[te].bs == 1 &&
        d->text[d->toks[te].bs] == ',' && d->toks[te + 1].cap != CAP_NONE &&
        d->toks[te + 1].bs == d->toks[te].be + 1 &&
        IN(tok_lists(d, &d->toks[te + 1]), CORP_SUFFIX)) {
      te += 2;
      if (i < te)
        i = te;
    }
    /* "Hurricane Rita": the storm's name with its kind */
    if (te > ts && ts > s0 && d->toks[ts - 1].cap == CAP_TITLE &&
        IN(tok_lists(d, &d->toks[ts - 1]), STORMS))
      ts--;
    /* "From Bill", "Good Food": words that never open a name */
    while (te > ts && d->toks[ts].cap != CAP_NONE &&
           d->toks[ts].gaz_pos == GAZ_NONE) {
      uint64_t l = tok_lists(d, &d->toks[ts]);
      if (!IN(l, NOT_FIRST) &&
          !(ts == d->toks[ts].sent_first && IN(l, OPENERS)))
        break;
      ts++;
    }
    if (ty == NER_TYPE_PER)
      while (te - ts > 1 && (is_title(&d->toks[ts]) ||
                             IN(tok_lists(d, &d->toks[ts]), KIN_TITLES)))
        ts++;
    if (te == ts)
      continue;
    if (place_state(d, ts, te, ty)) {
      /* "San Rafael Ca", "brittany france": two places */
      rc = emit(it, d, first, ts, te - 1, NER_TYPE_LOC, 0);
      if (rc == NLP_OK)
        rc = emit(it, d, first, te - 1, te, NER_TYPE_LOC, 0);
      if (rc != NLP_OK)
        return rc;
      continue;
    }
    /* "White House Homeland Security": a known organisation, then two or
    ** more capitalised words, is two organisations */
    if (ty == NER_TYPE_ORG && d->toks[ts].gaz_pos == GAZ_FIRST &&
        (d->toks[ts].gaz & NER_GAZ_ORG)) {
      unsigned bits;
      size_t n = ner_gaz_match(d, ts, &bits), k;
      for (k = ts + n; n && k < te; k++)
        if (d->toks[k].kind != NLP_TOKEN_WORD || d->toks[k].cap != CAP_TITLE)
          break;
      if (n && k == te && te - (ts + n) >= 2) {
        rc = emit(it, d, first, ts, ts + n, NER_TYPE_ORG, 0);
        if (rc == NLP_OK)
          rc = emit(it, d, first, ts + n, te, NER_TYPE_ORG, 0);
        if (rc != NLP_OK)
          return rc;
        continue;
      }
    }
    ps = person_split(d, s0, ts, te, ty, &org_end);
    if (ps) {
      rc = emit(it, d, first, ts, org_end, NER_TYPE_ORG, 0);
      if (rc == NLP_OK)
        rc = emit(it, d, first, ps, te, NER_TYPE_PER, 0);
      if (rc != NLP_OK)
        return rc;
      continue;
    }
    for (size_t k = ts; k < te; k++)
      if (!(d->toks[k].gaz & NER_GAZ_MONTHDAY))
        all_monthday = 0;
    if (all_monthday && ty != NER_TYPE_MISC)
      continue;
    if (ty == NER_TYPE_PER && te - ts == 1 && is_title(&d->toks[ts]))
      continue;
    /* "Sea of" + "Japan": a capitalised place word and "of", untagged,
    ** before a place make one place with it */
    if (ty == NER_TYPE_LOC && ts >= s0 + 2 && tags[ts - 1] == NER_O &&
        (tags[ts - 2] == NER_O || NER_TAG_IS_B(tags[ts - 2])) &&
        tok_is(d, &d->toks[ts - 1], "of") && d->toks[ts - 2].cap == CAP_TITLE &&
        IN(tok_lists(d, &d->toks[ts - 2]), LOC_WORDS)) {
      if (it->n > first && it->ents[it->n - 1].ts == ts - 2)
        it->n--; /* "Sea" alone */
      ts -= 2;
    }
    /* "Central and South America": one region */
    if ((ty == NER_TYPE_LOC || ty == NER_TYPE_MISC) && ts >= s0 + 2 &&
        is_conj(d, &d->toks[ts - 1]) && d->toks[ts - 2].cap == CAP_TITLE &&
        IN(tok_lists(d, &d->toks[ts - 2]), COMPASS) &&
        IN(tok_lists(d, &d->toks[ts]), COMPASS)) {
      if (it->n > first && it->ents[it->n - 1].ts == ts - 2)
        it->n--;
      ts -= 2;
    }
    /* "Traci Warner@ENRON": an e-mail system's name for a person keeps its
    ** organisation */
    if (ty == NER_TYPE_PER && te + 1 < s1 && tok_is(d, &d->toks[te], "@") &&
        d->toks[te].bs == d->toks[te - 1].be &&
        d->toks[te + 1].bs == d->toks[te].be &&
        d->toks[te + 1].kind == NLP_TOKEN_WORD &&
        d->toks[te + 1].cap == CAP_UPPER &&
        (te + 2 == s1 || d->toks[te + 2].bs > d->toks[te + 1].be)) {
      if (it->n > first && it->ents[it->n - 1].ts == te + 1)
        it->n--;
      te += 2;
      if (i < te)
        i = te;
    }
    /* "Thanks Josh!", "Hi Dana,": a name greeted is a person */
    if (ty != NER_TYPE_PER && te - ts <= 2 && ts > s0 &&
        d->toks[ts].cap == CAP_TITLE && d->toks[ts].dict != NER_DICT_LOWER &&
        !d->toks[ts].gaz && (te == s1 || d->toks[te].kind == NLP_TOKEN_PUNCT) &&
        IN(tok_lists(d, &d->toks[ts - 1]), GREETINGS))
      ty = NER_TYPE_PER;
    /* "around Norman", "inside Barling": a city's name tagged as a person
    ** or organisation after a preposition of place is the city */
    if ((ty == NER_TYPE_PER || ty == NER_TYPE_ORG) && ts > s0 &&
        d->toks[ts - 1].cap == CAP_NONE &&
        IN(tok_lists(d, &d->toks[ts - 1]), IN_PLACE) &&
        ner_city_match(d, ts) == te - ts &&
        (te == s1 || !is_possessive(d, &d->toks[te])))
      ty = NER_TYPE_LOC;
    if (ty != NER_TYPE_MISC && !all_monthday &&
        (ps = shop_possessive(d, te, s1)) > 0) {
      /* "Del Frisco 's", "Wendy s": the shop, a place */
      size_t n0 = it->n;
      te += ps;
      if (i < te)
        i = te;
      if (emit(it, d, first, ts, te, NER_TYPE_LOC, 0) != NLP_OK)
        return NLP_ENOMEM;
      if (it->n > n0 && it->ents[it->n - 1].ts == ts)
        it->ents[it->n - 1].label = NLP_LABEL_FAC;
      continue;
    }
    if (emit(it, d, first, ts, te, ty, all_monthday) != NLP_OK)
      return NLP_ENOMEM;
  }
  return NLP_OK;
}

/* ---- datelines ------------------------------------------------------------
** A line that starts with a place in capitals before a comma, dash or
** bracket ("EAGLE PASS, TEXAS - DECEMBER 19: ...", "WASHINGTON (CNN) -")
** names the place. The tagger often misses it (capitals hide which words
** are names), so such runs are kept as candidates and, once the whole text
** is tagged, become a place when the gazetteer knows them or the same words
** are tagged a place elsewhere in the text in normal case. */

#define DATELINE_MAX 64 /* candidates per text */

static int is_dateline_punct(const ner_doc_t *d, const ner_tok_t *t) {
  const char *w = d->text + t->bs;
  size_t n = t->be - t->bs;
  if (t->kind != NLP_TOKEN_PUNCT)
    return 0;
  if (n == 1)
    return *w == ',' || *w == '-' || *w == '(';
  /* en and em dashes */
  return n == 3 && !memcmp(w, "\xE2\x80", 2) &&
         ((unsigned char)w[2] == 0x93 || (unsigned char)w[2] == 0x94);
}

/* Records the capital runs that open the segment [s0, s1) when it starts a
** line. */
static int datelines(nlp_entities_t *it, const ner_doc_t *d, size_t s0,
                     size_t s1) {
  size_t k = s0;
  if (!at_line_start(d, &d->toks[s0]))
    return NLP_OK;
  while (k < s1 && it->ndl < DATELINE_MAX) {
    size_t r = k;
    ent_t *e;
    while (r < s1 && r - k < 4 && d->toks[r].kind == NLP_TOKEN_WORD &&
           d->toks[r].cap == CAP_UPPER)
      r++;
    if (r == k || r >= s1 || !is_dateline_punct(d, &d->toks[r]))
      break;
    if (!it->dl && !(it->dl = malloc(DATELINE_MAX * sizeof *it->dl)))
      return NLP_ENOMEM;
    e = &it->dl[it->ndl++];
    memset(e, 0, sizeof *e);
    e->bs = d->toks[k].bs;
    e->be = d->toks[r - 1].be;
    e->sentence = d->toks[k].sentence;
    if (d->text[d->toks[r].bs] != ',')
      break;
    k = r + 1; /* "EAGLE PASS, TEXAS -" */
  }
  return NLP_OK;
}

/* Whether byte c is white space for same_words(). */
static int is_space(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

/* Whether text a[0..an) and b[0..bn) are the same words, ignoring ASCII
** case and the kind and length of the white space between words. */
static int same_words(const char *a, size_t an, const char *b, size_t bn) {
  size_t i = 0, j = 0;
  while (i < an && j < bn) {
    int sa = is_space(a[i]), sb = is_space(b[j]);
    if (sa && sb) {
      while (i < an && is_space(a[i]))
        i++;
      while (j < bn && is_space(b[j]))
        j++;
      continue;
    }
    if (sa || sb)
      return 0;
    {
      unsigned char x = (unsigned char)a[i++], y = (unsigned char)b[j++];
      if (x >= 'A' && x <= 'Z')
        x = (unsigned char)(x + 32);
      if (y >= 'A' && y <= 'Z')
        y = (unsigned char)(y + 32);
      if (x != y)
        return 0;
    }
  }
  return i == an && j == bn;
}

/* The hash of s[0..n) as same_words() reads it (ASCII lower case, each run
** of white space one space): equal for the same words. *lower: whether s
** has an ASCII lower-case letter. */
static uint32_t words_hash(const char *s, size_t n, int *lower) {
  uint32_t h = NLP_FNV_START;
  *lower = 0;
  for (size_t i = 0; i < n; i++) {
    unsigned char b = (unsigned char)s[i];
    if (is_space(s[i])) {
      while (i + 1 < n && is_space(s[i + 1]))
        i++;
      b = ' ';
    } else if (b >= 'a' && b <= 'z') {
      *lower = 1;
    } else if (b >= 'A' && b <= 'Z') {
      b = (unsigned char)(b + 32);
    }
    NLP_FNV_STEP(h, b);
  }
  return NLP_FNV_FOLD(h);
}

static int is_place(nlp_label_t l) {
  return l == NLP_LABEL_GPE || l == NLP_LABEL_LOC;
}

/* The first entity that ends after byte b. it->ents are in text order and
** never overlap, so their ends rise too. */
static size_t ent_after(const nlp_entities_t *it, size_t b) {
  size_t lo = 0, hi = it->n;
  while (lo < hi) {
    size_t mid = lo + (hi - lo) / 2;
    if (it->ents[mid].be <= b)
      lo = mid + 1;
    else
      hi = mid;
  }
  return lo;
}

/* The places (GPE/LOC) written with lower-case letters, by words_hash():
** a dateline candidate looks its words up instead of reading every entity.
** Each bucket chains its places in text order. A place that a dateline
** has replaced since stays in its chain: place_named() checks that it is
** still in it->ents. */
typedef struct place {
  size_t bs, be; /* its bytes */
  size_t next;   /* the next place of its bucket, or NONE */
  uint32_t h;    /* words_hash() of its bytes */
} place_t;

typedef struct places {
  place_t *pl;
  size_t n, cap;
  size_t *head, mask; /* per bucket: its first place, or NONE */
} places_t;

static size_t pow2_at_least(size_t n);

/* Appends the place x to p->pl (unlinked) when it is written with
** lower-case letters. */
static int place_add(places_t *p, const char *text, const ent_t *x) {
  int lower;
  uint32_t h = words_hash(text + x->bs, x->be - x->bs, &lower);
  if (!lower)
    return NLP_OK;
  if (nlp_grow((void **)&p->pl, &p->cap, p->n + 1, sizeof *p->pl))
    return NLP_ENOMEM;
  p->pl[p->n].bs = x->bs;
  p->pl[p->n].be = x->be;
  p->pl[p->n].h = h;
  p->pl[p->n++].next = NONE;
  return NLP_OK;
}

/* Links place k into its bucket's chain, in text order. */
static void place_link(places_t *p, size_t k) {
  size_t *at = &p->head[p->pl[k].h & p->mask];
  while (*at < p->n && p->pl[*at].bs < p->pl[k].bs) /* *at: NONE or < n */
    at = &p->pl[*at].next;
  p->pl[k].next = *at;
  *at = k;
}

/* The places of it->ents. */
static int places_build(places_t *p, const nlp_entities_t *it) {
  for (size_t i = 0; i < it->n; i++)
    if (is_place(it->ents[i].label) &&
        place_add(p, it->text, &it->ents[i]) != NLP_OK)
      return NLP_ENOMEM;
  p->mask = pow2_at_least(2 * p->n) - 1;
  p->head = malloc((p->mask + 1) * sizeof *p->head);
  if (!p->head)
    return NLP_ENOMEM;
  for (size_t k = 0; k <= p->mask; k++)
    p->head[k] = NONE;
  for (size_t k = p->n; k-- > 0;)
    place_link(p, k); /* last first: each goes to the head of its chain */
  return NLP_OK;
}

/* The first entity of it->ents that is a place written with lower-case
** letters and has the words of w[0..n), or NULL. */
static const ent_t *place_named(const places_t *p, const nlp_entities_t *it,
                                const char *w, size_t n) {
  int lower;
  uint32_t h = words_hash(w, n, &lower);
  if (!p->n)
    return NULL;
  for (size_t k = p->head[h & p->mask]; k != NONE; k = p->pl[k].next) {
    const place_t *q = &p->pl[k];
    size_t i;
    if (q->h != h)
      continue;
    i = ent_after(it, q->bs);
    if (i < it->n && it->ents[i].bs == q->bs && it->ents[i].be == q->be &&
        is_place(it->ents[i].label) &&
        same_words(w, n, it->text + q->bs, q->be - q->bs))
      return &it->ents[i];
  }
  return NULL;
}

/* The label that the dateline candidate e, unknown to the gazetteer,
** takes from the entities (-1: none): that of the first of it->ents that is
** either a place found inside the run ("SAN" + "ANSELMO": GPE) or a place
** of the same words in normal case elsewhere (its own label). The places
** index is built on the first call. */
static int dateline_label(places_t *p, const nlp_entities_t *it, const ent_t *e,
                          int *rc) {
  const ent_t *in = NULL, *same;
  if (!p->head && places_build(p, it) != NLP_OK) {
    *rc = NLP_ENOMEM;
    return -1;
  }
  /* the entities inside the run are among those that overlap it */
  for (size_t i = ent_after(it, e->bs); i < it->n && it->ents[i].bs < e->be;
       i++) {
    const ent_t *x = &it->ents[i];
    if (is_place(x->label) && x->bs >= e->bs && x->be <= e->be) {
      in = x;
      break;
    }
  }
  same = place_named(p, it, it->text + e->bs, e->be - e->bs);
  if (in && (!same || in <= same))
    return NLP_LABEL_GPE;
  return same ? (int)same->label : -1;
}

/* Turns the dateline candidates that name a known place into GPE/LOC
** entities, replacing what the tagger found inside them. */
static int apply_datelines(nlp_entities_t *it) {
  places_t places;
  int rc = NLP_OK;
  memset(&places, 0, sizeof places);
  for (size_t c = 0; c < it->ndl && rc == NLP_OK; c++) {
    ent_t e = it->dl[c];
    const char *w = it->text + e.bs;
    size_t n = e.be - e.bs, lo, hi;
    char key[128];
    int label = -1;
    if (n >= sizeof key)
      continue;
    /* the gazetteer (ASCII lower case, single spaces) */
    {
      size_t kn = 0;
      unsigned bits;
      for (size_t i = 0; i < n; i++) {
        unsigned char b = (unsigned char)w[i];
        if (is_space(w[i])) {
          if (kn && key[kn - 1] != ' ')
            key[kn++] = ' ';
        } else {
          key[kn++] = (char)(b >= 'A' && b <= 'Z' ? b + 32 : b);
        }
      }
      bits = ner_gaz_lookup(key, kn);
      if (bits & (NER_GAZ_COUNTRY | NER_GAZ_PLACE))
        label = NLP_LABEL_GPE;
      else if (bits & NER_GAZ_REGION)
        label = NLP_LABEL_LOC;
    }
    if (label < 0)
      label = dateline_label(&places, it, &e, &rc);
    if (label < 0)
      continue;
    e.label = (nlp_label_t)label;
    /* replace the entities that overlap it: [lo, hi) */
    lo = ent_after(it, e.bs);
    for (hi = lo; hi < it->n && it->ents[hi].bs < e.be;)
      hi++;
    if (hi == lo + 1 && it->ents[lo].bs == e.bs && it->ents[lo].be == e.be &&
        is_place(it->ents[lo].label))
      continue; /* found already */
    if (hi == lo) {
      if (push(it, &e) != NLP_OK) { /* makes room */
        rc = NLP_ENOMEM;
        break;
      }
      memmove(it->ents + lo + 1, it->ents + lo,
              (it->n - 1 - lo) * sizeof *it->ents);
    } else {
      memmove(it->ents + lo + 1, it->ents + hi,
              (it->n - hi) * sizeof *it->ents);
      it->n -= hi - lo - 1;
    }
    it->ents[lo] = e;
    /* a place: a later candidate may find it by its words */
    if (places.head) {
      size_t k = places.n;
      rc = place_add(&places, it->text, &e);
      if (rc == NLP_OK && places.n > k)
        place_link(&places, k);
    }
  }
  free(places.pl);
  free(places.head);
  return rc;
}

static const nlp_label_t NUMEX_LABELS[] = {
    NLP_LABEL_DATE,     NLP_LABEL_TIME,    NLP_LABEL_MONEY,   NLP_LABEL_PERCENT,
    NLP_LABEL_QUANTITY, NLP_LABEL_ORDINAL, NLP_LABEL_CARDINAL};

/* Adds the numeric entities of tokens [s0, s1) to the names already found
** there (it->ents[first..n)), keeping text order. */
static int merge_numex(nlp_entities_t *it, const ner_doc_t *d, size_t s0,
                       size_t s1, size_t first, nlp_token_t *buf) {
  nlp_numex_t stack[NUMEX_STACK], *nx = stack;
  size_t nn, nnames = it->n - first;
  ent_t *names;
  int rc = NLP_OK;
  for (size_t k = s0; k < s1; k++) {
    buf[k - s0].idx = k;
    buf[k - s0].byte_start = d->toks[k].bs;
    buf[k - s0].byte_end = d->toks[k].be;
    buf[k - s0].sentence = d->toks[k].sentence;
    buf[k - s0].kind = d->toks[k].kind;
  }
  nn = nlp_numex_find(d->text, buf, s1 - s0, nx, NUMEX_STACK);
  if (nn > NUMEX_STACK) {
    /* more than the stack holds: find them all again into a heap buffer
    ** (nlp_numex_find() returns how many there are, pure and repeatable) */
    size_t n2;
    nx = malloc(nn * sizeof *nx);
    if (!nx)
      return NLP_ENOMEM;
    n2 = nlp_numex_find(d->text, buf, s1 - s0, nx, nn);
    if (n2 < nn)
      nn = n2;
  }
  if (nn == 0) {
    if (nx != stack)
      free(nx);
    return NLP_OK;
  }
  names = malloc((nnames ? nnames : 1) * sizeof *names);
  if (!names) {
    if (nx != stack)
      free(nx);
    return NLP_ENOMEM;
  }
  if (nnames)
    memcpy(names, it->ents + first, nnames * sizeof *names);
  it->n = first;
  {
    size_t a = 0, b = 0;
    while (rc == NLP_OK && (a < nnames || b < nn)) {
      ent_t e;
      size_t xs = b < nn ? nx[b].tok_start + s0 : 0;
      size_t xe = b < nn ? nx[b].tok_end + s0 : 0;
      if (b < nn && (xe <= xs || xe > s1)) { /* malformed: ignore */
        b++;
        continue;
      }
      if (b >= nn || (a < nnames && names[a].te <= xs)) {
        rc = push(it, &names[a++]);
        continue;
      }
      if (a >= nnames || xe <= names[a].ts) {
        /* the head: "11,000" of "more than 11,000", "weekend" of "the
        ** weekend" (the label set's examples use the short span) */
        {
          size_t h = nlp_numex_head(d->text, buf, s1 - s0, &nx[b]) + s0;
          if (h > xs && h < xe)
            xs = h;
        }
        e = ent_of_tokens(d, xs, xe);
        e.label = (unsigned)nx[b].label < 7 ? NUMEX_LABELS[nx[b].label]
                                            : NLP_LABEL_CARDINAL;
        memcpy(e.value, nx[b].value, sizeof e.value);
        e.value[sizeof e.value - 1] = 0;
        rc = push(it, &e);
        b++;
        continue;
      }
      /* overlap: the name wins unless it is MISC or a bare DATE word */
      if (names[a].label == NLP_LABEL_MISC || names[a].label == NLP_LABEL_DATE)
        a++;
      else
        b++;
    }
  }
  free(names);
  if (nx != stack)
    free(nx);
  return rc;
}

/* ---- canonical names ------------------------------------------------------
 */

static uint32_t key_hash(const char *k, size_t n) { return ner_hash(k, n, 77); }

static const struct {
  const char *key, *canon;
  nlp_label_t label;
} ALIASES[] = {
    {"u.s.", "United States", NLP_LABEL_GPE},
    {"u.s", "United States", NLP_LABEL_GPE},
    {"us", "United States", NLP_LABEL_GPE},
    {"usa", "United States", NLP_LABEL_GPE},
    {"u.s.a.", "United States", NLP_LABEL_GPE},
    {"united states", "United States", NLP_LABEL_GPE},
    {"united states of america", "United States", NLP_LABEL_GPE},
    {"the united states", "United States", NLP_LABEL_GPE},
    {"u.k.", "United Kingdom", NLP_LABEL_GPE},
    {"u.k", "United Kingdom", NLP_LABEL_GPE},
    {"uk", "United Kingdom", NLP_LABEL_GPE},
    {"united kingdom", "United Kingdom", NLP_LABEL_GPE},
    {"u.n.", "United Nations", NLP_LABEL_ORG},
    {"un", "United Nations", NLP_LABEL_ORG},
    {"united nations", "United Nations", NLP_LABEL_ORG},
    {"e.u.", "European Union", NLP_LABEL_ORG},
    {"eu", "European Union", NLP_LABEL_ORG},
    {"european union", "European Union", NLP_LABEL_ORG},
};

/* A copy of s[0..n), NUL-terminated, or NULL. */
static char *copy_bytes(const char *s, size_t n) {
  char *c = malloc(n + 1);
  if (c) {
    memcpy(c, s, n);
    c[n] = 0;
  }
  return c;
}

/* Adds the name of ent e: display form text, key key (n bytes each, of
** hash h); sets e->name. */
static int add_name(nlp_entities_t *it, ent_t *e, const char *text,
                    const char *key, size_t n, uint32_t h, int allcaps) {
  size_t i;
  char *t = copy_bytes(text, n), *k = copy_bytes(key, n);
  if (!t || !k) {
    free(t);
    free(k);
    return NLP_ENOMEM;
  }
  if (nlp_grow((void **)&it->names, &it->namecap, it->nnames + 1,
               sizeof *it->names)) {
    free(t);
    free(k);
    return NLP_ENOMEM;
  }
  if (it->nnames * 2 >= it->nheads) { /* rehash */
    size_t nh = it->nheads * 2, *heads = malloc(nh * sizeof *heads);
    if (!heads) {
      free(t);
      free(k);
      return NLP_ENOMEM;
    }
    for (size_t j = 0; j < nh; j++)
      heads[j] = NONE;
    for (size_t j = 0; j < it->nnames; j++) {
      size_t b = key_hash(it->names[j].key, it->names[j].len) & (nh - 1);
      it->names[j].next = heads[b];
      heads[b] = j;
    }
    free(it->heads);
    it->heads = heads;
    it->nheads = nh;
  }
  i = it->nnames++;
  it->names[i].text = t;
  it->names[i].key = k;
  it->names[i].len = n;
  it->names[i].nwords = 1;
  for (size_t j = 0; j < n; j++)
    it->names[i].nwords += key[j] == ' ';
  it->names[i].label = e->label;
  it->names[i].canon = i;
  it->names[i].allcaps = allcaps;
  memset(it->names[i].votes, 0, sizeof it->names[i].votes);
  it->names[i].to_person = 0;
  it->names[i].to_event = 0;
  it->names[i].to_place = 0;
  it->names[i].work = e->work_cue;
  it->names[i].titled = e->titled;
  it->names[i].acronym_of = 0;
  it->names[i].acronym_label = 0;
  it->names[i].alias_label = 0;
  it->names[i].votes[e->label]++;
  it->names[i].next = it->heads[h & (it->nheads - 1)];
  it->heads[h & (it->nheads - 1)] = i;
  e->name = i;
  return NLP_OK;
}

/* Interns the surface form of ent e; sets e->name. The forms are made in a
** buffer on the stack when they fit: most mentions repeat a name already
** known, which keeps copies of its own. */
static int intern(nlp_entities_t *it, ent_t *e) {
  char small[256], *buf, *text, *key;
  size_t cap = (e->be - e->bs) + 1, n = 0;
  uint32_t h;
  size_t i;
  int allcaps = 1, letters = 0, rc = NLP_OK;
  buf = 2 * cap <= sizeof small ? small : malloc(2 * cap);
  if (!buf)
    return NLP_ENOMEM;
  text = buf;
  key = buf + cap;
  /* the surface text with each run of white space as one space, and its
  ** key (ASCII lower case) with it: a space is neither a letter nor lower
  ** case */
  for (size_t k = e->bs; k < e->be; k++) {
    unsigned char b = (unsigned char)it->text[k];
    if (b == ' ' || b == '\t' || b == '\n' || b == '\r') {
      if (n && text[n - 1] != ' ') {
        text[n] = key[n] = ' ';
        n++;
      }
    } else if (b == 0xC2 && k + 1 < e->be &&
               (unsigned char)it->text[k + 1] == 0xA0) {
      if (n && text[n - 1] != ' ') {
        text[n] = key[n] = ' '; /* no-break space */
        n++;
      }
      k++;
    } else {
      text[n] = (char)b;
      key[n++] = (char)(b >= 'A' && b <= 'Z' ? b + 32 : b);
      if (b >= 'a' && b <= 'z')
        allcaps = 0;
      if ((b | 32) >= 'a' && (b | 32) <= 'z')
        letters++;
    }
  }
  h = key_hash(key, n);
  for (i = it->heads[h & (it->nheads - 1)]; i != NONE; i = it->names[i].next)
    if (it->names[i].len == n && !memcmp(it->names[i].key, key, n))
      break;
  if (i == NONE) {
    rc = add_name(it, e, text, key, n, h, allcaps && letters >= 2);
  } else if (it->names[i].allcaps && !(allcaps && letters >= 2)) {
    /* keep the mixed-case spelling when one is seen */
    char *t = copy_bytes(text, n);
    if (t) {
      free(it->names[i].text);
      it->names[i].text = t;
      it->names[i].allcaps = 0;
    } else {
      rc = NLP_ENOMEM;
    }
  }
  if (i != NONE && rc == NLP_OK) {
    e->name = i;
    it->names[i].votes[e->label]++;
    it->names[i].work |= e->work_cue;
    it->names[i].titled |= e->titled;
  }
  if (buf != small)
    free(buf);
  return rc;
}

/* "EAGLE PASS" -> "Eagle Pass" (ASCII letters only). */
static void title_case(char *s) {
  int start = 1;
  for (; *s; s++) {
    unsigned char b = (unsigned char)*s;
    if ((b | 32) >= 'a' && (b | 32) <= 'z') {
      *s = (char)(start ? (b & ~32) : (b | 32));
      start = 0;
    } else {
      start = b == ' ' || b == '-' || b == '\'' || b == '.' || b == '(';
    }
  }
}

static int is_name_label(nlp_label_t l) {
  return l <= NLP_LABEL_LANGUAGE || l == NLP_LABEL_MISC;
}

/* One label per name for the canonical rules: the most frequent among its
** mentions (the first seen on a tie); a single word that is the last word of a
*PERSON's full
** name is that PERSON ("Mayorkas" after "Alejandro Mayorkas"). */
static void vote_labels(nlp_entities_t *it) {
  for (size_t i = 0; i < it->nnames; i++) {
    name_t *a = &it->names[i];
    nlp_label_t best = a->label;
    if (!is_name_label(a->label))
      continue;
    for (int l = 0; l <= NLP_LABEL_MISC; l++)
      if (is_name_label((nlp_label_t)l) && a->votes[l] > a->votes[best])
        best = (nlp_label_t)l;
    a->label = best;
  }
}

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

static uint64_t cx_mix(uint64_t x) {
  x ^= x >> 30;
  x *= 0xbf58476d1ce4e5b9ULL;
  x ^= x >> 27;
  x *= 0x94d049bb133111ebULL;
  return x ^ (x >> 31);
}

/* The node of the pair (a, b); a carries the tag (suffix or prefix). */
static size_t cx_node(cx_t *c, size_t a, size_t b) {
  size_t h = (size_t)cx_mix((uint64_t)a * 0x9e3779b97f4a7c15ULL ^
                            cx_mix((uint64_t)b + 1)) &
             c->nmask;
  while (c->ntab[h] != NONE) {
    size_t n = c->ntab[h];
    if (c->nkey0[n] == a && c->nkey1[n] == b)
      return n;
    h = (h + 1) & c->nmask;
  }
  c->nkey0[c->nnodes] = a;
  c->nkey1[c->nnodes] = b;
  c->head[c->nnodes] = NONE;
  c->tail[c->nnodes] = NONE;
  c->ntab[h] = c->nnodes;
  return c->nnodes++;
}

static void cx_add(cx_t *c, size_t node, size_t name) {
  size_t e = c->nl++;
  c->lname[e] = name;
  c->lnext[e] = NONE;
  if (c->tail[node] == NONE)
    c->head[node] = e;
  else
    c->lnext[c->tail[node]] = e;
  c->tail[node] = e;
}

static size_t pow2_at_least(size_t n) {
  size_t p = 16;
  while (p < n)
    p *= 2;
  return p;
}

static void cx_free(cx_t *c) {
  free(c->woff);
  free(c->suf);
  free(c->pre);
  free(c->wtab);
  free(c->ntab);
  free(c->nkey0);
  free(c->nkey1);
  free(c->head);
  free(c->tail);
  free(c->lname);
  free(c->lnext);
}

static int cx_build(cx_t *c, const nlp_entities_t *it) {
  size_t nw = 0, *wid = NULL, *wpos_len = NULL;
  const char **wptr = NULL;
  memset(c, 0, sizeof *c);
  c->woff = malloc((it->nnames + 1) * sizeof *c->woff);
  if (!c->woff)
    return NLP_ENOMEM;
  for (size_t i = 0; i < it->nnames; i++) {
    c->woff[i] = nw;
    if (is_name_label(it->names[i].label))
      nw += it->names[i].nwords;
  }
  c->woff[it->nnames] = nw;
  c->wmask = pow2_at_least(2 * nw) - 1;
  c->nmask = pow2_at_least(4 * nw) - 1;
  c->suf = malloc((nw ? nw : 1) * sizeof *c->suf);
  c->pre = malloc((nw ? nw : 1) * sizeof *c->pre);
  c->wtab = malloc((c->wmask + 1) * sizeof *c->wtab);
  c->ntab = malloc((c->nmask + 1) * sizeof *c->ntab);
  c->nkey0 = malloc((2 * nw + 1) * sizeof *c->nkey0);
  c->nkey1 = malloc((2 * nw + 1) * sizeof *c->nkey1);
  c->head = malloc((2 * nw + 1) * sizeof *c->head);
  c->tail = malloc((2 * nw + 1) * sizeof *c->tail);
  c->lname = malloc((2 * nw + 1) * sizeof *c->lname);
  c->lnext = malloc((2 * nw + 1) * sizeof *c->lnext);
  wid = calloc(
      nw ? nw : 1,
      sizeof *wid); /* zeroed: the analyser cannot see every slot is set */
  wpos_len = malloc((nw ? nw : 1) * sizeof *wpos_len);
  wptr = malloc((nw ? nw : 1) * sizeof *wptr);
  if (!c->suf || !c->pre || !c->wtab || !c->ntab || !c->nkey0 || !c->nkey1 ||
      !c->head || !c->tail || !c->lname || !c->lnext || !wid || !wpos_len ||
      !wptr) {
    free(wid);
    free(wpos_len);
    free(wptr);
    cx_free(c);
    memset(c, 0, sizeof *c);
    return NLP_ENOMEM;
  }
  for (size_t k = 0; k <= c->wmask; k++)
    c->wtab[k] = NONE;
  for (size_t k = 0; k <= c->nmask; k++)
    c->ntab[k] = NONE;
  /* word ids: the position of the word's first occurrence */
  for (size_t i = 0; i < it->nnames; i++) {
    const name_t *a = &it->names[i];
    size_t p = c->woff[i], s = 0;
    if (c->woff[i + 1] == p)
      continue;
    for (size_t k = 0; k <= a->len; k++) {
      size_t h, n;
      if (k < a->len && a->key[k] != ' ')
        continue;
      n = k - s;
      wptr[p] = a->key + s;
      wpos_len[p] = n;
      h = ner_hash(a->key + s, n, 78) & c->wmask;
      while (c->wtab[h] != NONE &&
             (wpos_len[c->wtab[h]] != n ||
              memcmp(wptr[c->wtab[h]], a->key + s, n) != 0))
        h = (h + 1) & c->wmask;
      if (c->wtab[h] == NONE)
        c->wtab[h] = p;
      wid[p++] = c->wtab[h];
      s = k + 1;
    }
  }
  /* suffix and prefix nodes, and the lists of longer names */
  for (size_t i = 0; i < it->nnames; i++) {
    size_t p0 = c->woff[i], p1 = c->woff[i + 1], node = NONE;
    for (size_t p = p1; p-- > p0;) {
      node = cx_node(c, wid[p] << 1, node);
      c->suf[p] = node;
      if (p > p0)
        cx_add(c, node, i);
    }
    node = NONE;
    for (size_t p = p0; p < p1; p++) {
      node = cx_node(c, wid[p] << 1 | 1, node);
      c->pre[p] = node;
      if (p + 1 < p1)
        cx_add(c, node, i);
    }
  }
  free(wid);
  free(wpos_len);
  free(wptr);
  return NLP_OK;
}

/* The names of which (indexed) name a is the last words / first words. */
static size_t cx_longer_suffix(const cx_t *c, size_t a) {
  return c->woff[a + 1] > c->woff[a] ? c->head[c->suf[c->woff[a]]] : NONE;
}
static size_t cx_longer_prefix(const cx_t *c, size_t a) {
  return c->woff[a + 1] > c->woff[a] ? c->head[c->pre[c->woff[a + 1] - 1]]
                                     : NONE;
}
/* word_suffix() and word_prefix() of two indexed names, in O(1). */
static int cx_suffix(const cx_t *c, size_t a, size_t b) {
  size_t na = c->woff[a + 1] - c->woff[a], nb = c->woff[b + 1] - c->woff[b];
  return na && na < nb && c->suf[c->woff[b + 1] - na] == c->suf[c->woff[a]];
}
static int cx_prefix(const cx_t *c, size_t a, size_t b) {
  size_t na = c->woff[a + 1] - c->woff[a], nb = c->woff[b + 1] - c->woff[b];
  return na && na < nb &&
         c->pre[c->woff[b] + na - 1] == c->pre[c->woff[a + 1] - 1];
}

/* Whether a PERSON name of two to four words holds name i as its first or
** last words. */
static int in_person_name(const nlp_entities_t *it, const cx_t *c, size_t i) {
  for (int pass = 0; pass < 2; pass++)
    for (size_t e = pass ? cx_longer_prefix(c, i) : cx_longer_suffix(c, i);
         e != NONE; e = c->lnext[e]) {
      const name_t *b = &it->names[c->lname[e]];
      if (b->label == NLP_LABEL_PERSON && b->nwords <= 4)
        return 1;
    }
  return 0;
}

/* Last words of waters, for place_label. */
static const char *const WATERS[] = {"river", "sea",   "ocean",  "lake",
                                     "gulf",  "canal", "strait", 0};

/* A one-word PERSON or MISC name i that opens a two-word place name ending
** in a place word ("Yangtze" after "Yangtze River", PLACE_LAST) is that place,
** unless a person's name holds it too ("Ricki" of "Ricki Lake"). */

static void place_label(nlp_entities_t *it, const cx_t *c, size_t i) {
  name_t *a = &it->names[i];
  if (a->titled)
    return; /* "Mr Yarra" ... "the Yarra River": a person too */
  for (size_t e = cx_longer_prefix(c, i); e != NONE; e = c->lnext[e]) {
    size_t j = c->lname[e];
    const name_t *b = &it->names[j];
    const char *sp;
    if (b->nwords != 2 ||
        (b->label != NLP_LABEL_LOC && b->label != NLP_LABEL_FAC))
      continue;
    sp = strchr(b->key, ' ');
    if (!sp || !IN(word_lists(sp + 1, strlen(sp + 1)), PLACE_LAST))
      continue;
    /* a MISC word only before water: "Yangtze" of "Yangtze River"; not the
    ** adjective of "Olympic Stadium", "Olympic Mountains" */
    if (a->label == NLP_LABEL_MISC && !list_walk(sp + 1, WATERS))
      continue;
    if (in_person_name(it, c, i))
      return;
    a->label = b->label;
    a->to_place = 1;
    a->canon = j;
    return;
  }
}

/* A one-word name that is the last word of a storm's name is that EVENT
** ("Rita" after "Hurricane Rita"), or else of a PERSON's full name that
** PERSON ("Mayorkas" after "Alejandro Mayorkas"). */
static void surname_labels(nlp_entities_t *it, const cx_t *c) {
  for (size_t i = 0; i < it->nnames; i++) {
    name_t *a = &it->names[i];
    if (a->nwords != 1 || !is_name_label(a->label))
      continue;
    /* "Rita" after "Hurricane Rita": the first such name */
    for (size_t e = cx_longer_suffix(c, i); e != NONE; e = c->lnext[e]) {
      size_t j = c->lname[e], k = 0;
      const name_t *b = &it->names[j];
      char first[16];
      if (b->label != NLP_LABEL_EVENT || b->nwords != 2)
        continue;
      while (k + 1 < sizeof first && b->key[k] && b->key[k] != ' ') {
        first[k] = b->key[k];
        k++;
      }
      first[k] = 0;
      if (IN(word_lists(first, k), STORMS)) {
        a->label = NLP_LABEL_EVENT;
        a->to_event = 1;
        a->canon = j;
        break;
      }
    }
    if (!a->to_event &&
        (a->label == NLP_LABEL_PERSON || a->label == NLP_LABEL_MISC))
      place_label(it, c, i);
    if (a->to_event || a->to_place || a->label == NLP_LABEL_PERSON ||
        a->label == NLP_LABEL_NORP)
      continue;
    for (size_t e = cx_longer_suffix(c, i); e != NONE; e = c->lnext[e]) {
      const name_t *b = &it->names[c->lname[e]];
      if (b->label == NLP_LABEL_PERSON && b->nwords >= 2 && b->nwords <= 4) {
        a->label = NLP_LABEL_PERSON;
        a->to_person = 1;
        break;
      }
    }
  }
}

/* A name one of whose mentions follows "the film", "the album", ... is a
** WORK_OF_ART (the mentions follow it: nlp_entities_new_checked). */
static void work_labels(nlp_entities_t *it) {
  for (size_t i = 0; i < it->nnames; i++) {
    name_t *a = &it->names[i];
    if (a->work && is_name_label(a->label) && a->label != NLP_LABEL_NORP)
      a->label = NLP_LABEL_WORK_OF_ART;
    else
      a->work = 0;
  }
}

/* "the Budapest Stock Exchange (BSE)": a name in capitals in brackets right
** after a name whose initials it spells is that name's acronym: it has the
** name's canonical name (canonicalise), and its label if its own is MISC
** (else the mentions keep theirs, but for MISC: the tagger often knows "HP"
** better than "Hewlett Packard"). */
static void acronym_links(nlp_entities_t *it) {
  for (size_t i = 1; i < it->n; i++) {
    const ent_t *p = &it->ents[i - 1], *e = &it->ents[i];
    const char *t = it->text;
    name_t *a = &it->names[e->name];
    size_t k = p->be;
    if (e->name == p->name || a->acronym_of || a->nwords != 1 ||
        !is_name_label(p->label) || !is_name_label(e->label) ||
        e->sentence != p->sentence || e->be >= it->len || t[e->be] != ')')
      continue;
    while (k < e->bs && t[k] == ' ')
      k++;
    if (k + 1 != e->bs || t[k] != '(' ||
        !initials_of(t + p->bs, p->be - p->bs, t + e->bs, e->be - e->bs))
      continue;
    for (k = e->bs; k < e->be && t[k] >= 'A' && t[k] <= 'Z';)
      k++;
    if (k != e->be)
      continue; /* capitals only */
    a->acronym_of = p->name + 1;
    if (a->label == NLP_LABEL_MISC) {
      a->label = it->names[p->name].label;
      a->acronym_label = 1;
    }
  }
}

static int canonicalise(nlp_entities_t *it, const ner_doc_t *d) {
  cx_t c;
  (void)d;
  vote_labels(it);
  work_labels(it);
  acronym_links(it);
  if (cx_build(&c, it) != NLP_OK)
    return NLP_ENOMEM;
  surname_labels(it, &c);
  for (size_t i = 0; i < it->nnames; i++) {
    name_t *a = &it->names[i];
    size_t k;
    /* first bytes first: most names share none with an alias */
    for (k = 0; k < sizeof ALIASES / sizeof ALIASES[0]; k++)
      if (a->key[0] == ALIASES[k].key[0] && !strcmp(a->key, ALIASES[k].key) &&
          (a->label == NLP_LABEL_GPE || a->label == NLP_LABEL_ORG ||
           a->label == NLP_LABEL_LOC || a->label == NLP_LABEL_MISC)) {
        size_t l = strlen(ALIASES[k].canon);
        if (l <= a->len || 1) {
          char *t = malloc(l + 1);
          if (t) {
            memcpy(t, ALIASES[k].canon, l + 1);
            free(a->text);
            a->text = t;
            a->allcaps = 0;
            a->alias_label = (int)ALIASES[k].label + 1;
          }
        }
        break;
      }
    /* all capitals: title case, except short acronyms ("CNN", "NATO") */
    if (a->allcaps && (a->len > 4 || a->nwords > 1))
      title_case(a->text);
  }
  for (size_t i = 0; i < it->nnames; i++) {
    name_t *a = &it->names[i];
    size_t best = NONE, es, ep;
    int ambiguous = 0;
    if ((a->label != NLP_LABEL_PERSON && a->label != NLP_LABEL_ORG) ||
        a->acronym_of)
      continue;
    /* the longer names that end with a, and for a PERSON those that open
    ** with it: two lists in name order, merged */
    es = cx_longer_suffix(&c, i);
    ep = a->label == NLP_LABEL_PERSON ? cx_longer_prefix(&c, i) : NONE;
    while (es != NONE || ep != NONE) {
      size_t j;
      const name_t *b;
      if (ep == NONE || (es != NONE && c.lname[es] <= c.lname[ep])) {
        j = c.lname[es];
        if (ep != NONE && c.lname[ep] == j)
          ep = c.lnext[ep]; /* both the first and the last words */
        es = c.lnext[es];
      } else {
        j = c.lname[ep];
        ep = c.lnext[ep];
      }
      b = &it->names[j];
      if (j == i || b->label != a->label || b->nwords <= a->nwords)
        continue;
      if (best == NONE || b->nwords > it->names[best].nwords) {
        /* a longer candidate must contain the shorter one, else the
        ** mention could belong to two people */
        if (best != NONE && !cx_suffix(&c, best, j) && !cx_prefix(&c, best, j))
          ambiguous = 1;
        else
          ambiguous = 0;
        best = j;
      } else if (!cx_suffix(&c, j, best) && !cx_prefix(&c, j, best)) {
        ambiguous = 1;
      }
    }
    if (best != NONE && !ambiguous)
      a->canon = best;
  }
  /* an acronym's canonical name is its name's, once that is settled */
  for (size_t i = 0; i < it->nnames; i++)
    if (it->names[i].acronym_of)
      it->names[i].canon = it->names[it->names[i].acronym_of - 1].canon;
  cx_free(&c);
  return NLP_OK;
}

/* ---- the iterator ---------------------------------------------------------
 */

void nlp_entities_free(nlp_entities_t *it) {
  if (!it)
    return;
  for (size_t i = 0; i < it->nnames; i++) {
    free(it->names[i].text);
    free(it->names[i].key);
  }
  free(it->names);
  free(it->heads);
  free(it->ents);
  free(it->dl);
  free(it);
}

int nlp_entities_new(const nlp_model_t *model, const char *text, size_t len,
                     nlp_entities_t **out) {
  return nlp_entities_new_checked(model, text, len, NULL, NULL, out);
}

int nlp_entities_new_checked(const nlp_model_t *model, const char *text,
                             size_t len, nlp_check_fn check, void *arg,
                             nlp_entities_t **out) {
  nlp_entities_t *it;
  ner_doc_t d;
  uint8_t *tags = NULL;
  nlp_token_t *buf = NULL;
  size_t tags_cap = 0;
  int rc;
  if (!out)
    return NLP_EINVAL;
  *out = NULL;
  if (!text && len)
    return NLP_EINVAL;
  if (!text)
    text = "";
  if (!model)
    model = nlp_model_default();
  if (!model)
    return NLP_EINVAL;
  pthread_once(&lists_once, lists_build); /* once here, not per word */
  it = calloc(1, sizeof *it);
  if (!it)
    return NLP_ENOMEM;
  it->text = text;
  it->len = len;
  it->nheads = 64;
  it->heads = malloc(it->nheads * sizeof *it->heads);
  if (!it->heads) {
    free(it);
    return NLP_ENOMEM;
  }
  for (size_t k = 0; k < it->nheads; k++)
    it->heads[k] = NONE;
  rc = ner_doc_init_checked(&d, text, len, check, arg);
  if (rc != NLP_OK) {
    nlp_entities_free(it);
    return rc;
  }
  while (rc == NLP_OK && (rc = ner_doc_block(&d, BLOCK_TOKENS)) == NLP_OK) {
    if (d.ntoks + 1 > tags_cap) {
      size_t ncap = d.ntoks + 1;
      uint8_t *nt = realloc(tags, ncap);
      nlp_token_t *nb = realloc(buf, ncap * sizeof *nb);
      if (nt)
        tags = nt;
      if (nb)
        buf = nb;
      if (!nt || !nb) {
        rc = NLP_ENOMEM;
        break;
      }
      tags_cap = ncap;
    }
    ner_model_tag(model, &d, tags);
    for (size_t s0 = 0; s0 < d.ntoks && rc == NLP_OK;) {
      size_t s1 = d.toks[s0].sent_end, first = it->n;
      unsigned rules = sentence_rules(&d, s0, s1);
      if (rules & RULE_LOWER) {
        place_before_state(&d, tags, s0, s1);
        place_after_prep(&d, tags, s0, s1);
      }
      if (rules & RULE_QUOTES)
        mail_names(&d, tags, s0, s1);
      if (rules & RULE_LOWER)
        lower_people(&d, tags, s0, s1);
      if (rules & RULE_KNOWN_ORG)
        known_orgs(&d, tags, s0, s1);
      if (rules & RULE_PAREN)
        acronyms(&d, tags, s0, s1);
      it->table_line = (rules & RULE_TABLE) && table_line(&d, tags, s0, s1);
      rc = name_spans(it, &d, tags, s0, s1);
      if (rc == NLP_OK)
        rc = datelines(it, &d, s0, s1);
      if (rc == NLP_OK)
        rc = merge_numex(it, &d, s0, s1, first, buf);
      s0 = s1;
    }
  }
  if (rc == NLP_DONE)
    rc = NLP_OK;
  if (rc == NLP_OK)
    rc = apply_datelines(it);
  for (size_t i = 0; i < it->n && rc == NLP_OK; i++)
    rc = intern(it, &it->ents[i]);
  if (rc == NLP_OK)
    rc = canonicalise(it, &d);
  if (rc == NLP_OK) {
    /* mentions keep their own labels (a city's name may also be its
    ** team's), except surnames of a person named in full */
    for (size_t i = 0; i < it->n; i++) {
      ent_t *e = &it->ents[i];
      const name_t *nm = &it->names[e->name];
      if (!is_name_label(e->label))
        continue;
      if (nm->to_event)
        e->label = NLP_LABEL_EVENT;
      else if (nm->work &&
               (e->label != NLP_LABEL_PERSON || nm->nwords > 1 || e->work_cue))
        e->label = nm->label; /* not "Kermode" the critic, elsewhere */
      else if (nm->to_place || nm->acronym_label ||
               (nm->acronym_of && e->label == NLP_LABEL_MISC))
        e->label = nm->label;
      else if (nm->to_person ||
               (nm->label == NLP_LABEL_PERSON && e->label != NLP_LABEL_NORP))
        e->label = NLP_LABEL_PERSON;
      else if (nm->alias_label &&
               (e->label == NLP_LABEL_MISC || e->label == NLP_LABEL_ORG ||
                e->label == NLP_LABEL_LOC || e->label == NLP_LABEL_GPE))
        e->label = (nlp_label_t)(nm->alias_label - 1);
    }
  }
  free(tags);
  free(buf);
  ner_doc_free(&d);
  if (rc != NLP_OK) {
    nlp_entities_free(it);
    return rc;
  }
  *out = it;
  return NLP_OK;
}

int nlp_entities_next(nlp_entities_t *it, nlp_entity_t *e) {
  const ent_t *x;
  if (!it || !e)
    return NLP_EINVAL;
  if (it->pos >= it->n)
    return NLP_DONE;
  x = &it->ents[it->pos];
  e->idx = it->pos++;
  e->byte_start = x->bs;
  e->byte_end = x->be;
  e->sentence = x->sentence;
  e->label = x->label;
  e->value = x->value[0] ? x->value : NULL;
  e->canonical = it->names[it->names[x->name].canon].text;
  return NLP_OK;
}
