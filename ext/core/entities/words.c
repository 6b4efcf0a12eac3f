/*
** entities/words.c: the word lists of the entity finder, by hash.
**
** The lists are asked about a hundred thousand times a megabyte of text,
** and a walk costs a comparison per word of the list. Each word of the
** lists (WORD_LIST_NAMES, internal.h) maps, in one hash table built once,
** to the set of lists that hold it (bit k: WORD_LISTS[k]). A caller takes a
** word's set once (word_lists) and tests the bits it needs (IN).
*/
#include <pthread.h>
#include <string.h>

#include "text/fnv.h"
#include "entities/internal.h"

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
/* Web domains: "Amazon.com" is a name, not a file. */
static const char *const DOMAIN_ENDS[] = {"com", "net", "org", "edu",  "gov",
                                          "co",  "uk",  "us",  "ca",   "au",
                                          "de",  "fr",  "io",  "info", 0};
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
/* Words after which a lower-case word is no name. */
static const char *const DETERMINERS[] = {
    "the",  "a",     "an",  "this",  "that", "these", "those",
    "its",  "their", "our", "my",    "your", "his",   "her",
    "some", "any",   "no",  "every", "each", "per",   0};
/* Words after which a possessive stands alone for a shop or restaurant:
** "going to Kenneally 's for dinner", "at Del Frisco 's in November". */
static const char *const AFTER_SHOP[] = {
    "for",   "in",       "at",        "on",    "to",  "and", "or",
    "with",  "is",       "was",       "has",   "had", "are", "tonight",
    "today", "tomorrow", "yesterday", "again", 0};
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
/* Last words of waters, for place_label. */
static const char *const WATERS[] = {"river", "sea",   "ocean",  "lake",
                                     "gulf",  "canal", "strait", 0};

/* ---- the hash table ------------------------------------------------------ */

#define LW_LIST(name) name
static const char *const *const WORD_LISTS[NLISTS] = {WORD_LIST_NAMES(LW_LIST)};
#undef LW_LIST
#define WORD_SLOTS 2048u /* a power of two; at most half of them used */

typedef struct word_slot {
  const char *w;  /* NULL: empty */
  uint32_t h;     /* word_hash(w) */
  uint64_t lists; /* bit k: w is a word of WORD_LISTS[k] */
} word_slot_t;

static word_slot_t word_slots[WORD_SLOTS];
static pthread_once_t lists_once = PTHREAD_ONCE_INIT;

/* The hash of a NUL-terminated word: FNV-1a folded (fnv.h), here or in a
** loop over the word's bytes (word_lists). */
static uint32_t word_hash(const char *w) {
  uint32_t h = NLP_FNV_START;
  for (; *w; w++)
    NLP_FNV_STEP(h, (unsigned char)*w);
  return NLP_FNV_FOLD(h);
}

/* Fills word_slots (pthread_once). A list whose words might overfill the
** table stays out (nlp_entities_lists_ok fails then). */
static void lists_build(void) {
  size_t used = 0;
  _Static_assert(NLISTS <= 64, "too many lists");
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
  }
}

void words_init(void) { pthread_once(&lists_once, lists_build); }

/* The set of lists that hold the NUL-terminated w, of hash h. */
static uint64_t lists_of(const char *w, uint32_t h) {
  for (uint32_t j = h & (WORD_SLOTS - 1); word_slots[j].w;
       j = (j + 1) & (WORD_SLOTS - 1))
    if (word_slots[j].h == h && !strcmp(word_slots[j].w, w))
      return word_slots[j].lists;
  return 0;
}

uint64_t word_lists(const char *s, size_t n) {
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

uint64_t span_lists(const ner_doc_t *d, size_t ts, size_t te) {
  char buf[48];
  return span_lower(d, ts, te, buf, sizeof buf) ? lists_of(buf, word_hash(buf))
                                                : 0;
}

/* Whether the NUL-terminated w is a word of list, walking it. */
static int list_walk(const char *w, const char *const *list) {
  for (size_t i = 0; list[i]; i++)
    if (list[i][0] == w[0] && list[i][1] == w[1] && !strcmp(w, list[i]))
      return 1;
  return 0;
}

/* Whether word_lists() answers as list_walk() does, for each list, for the
** words of all the lists and near misses of them (a byte less, a byte
** more, the first byte changed), also in capitals (test_word_lists.c). */
int nlp_entities_lists_ok(void) {
  char v[64], up[64];
  words_init();
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
          if ((int)(word_lists(v, strlen(v)) >> k & 1) != walk ||
              (int)(word_lists(up, strlen(up)) >> k & 1) != walk)
            return 0;
        }
      }
    }
  return 1;
}
