/*
** abbrev.c: abbreviation and sentence-starter word lists.
**
** The lists are our own, written from common English usage in news text
** (AP style titles, state and month abbreviations, corporate suffixes,
** reference words such as "No." and "pp.", Latin "etc." and "et al.").
** Lookups are binary searches over sorted, case-sensitive tables;
** nlp_abbrev_check() (used by the unit tests) verifies the order.
*/
#include <string.h>

#include "segment/abbrev.h"

typedef struct entry {
  const char *word;
  unsigned char kind;
} entry_t;

/* Sorted by strcmp (byte order: capitals before lower case). */
static const entry_t ABBREVS[] = {
    {"Adm", NLP_ABBR_TITLE},         {"Ala", NLP_ABBR_GENERAL},
    {"Amb", NLP_ABBR_TITLE},         {"Apr", NLP_ABBR_MONTH},
    {"Ariz", NLP_ABBR_GENERAL},      {"Ark", NLP_ABBR_GENERAL},
    {"Art", NLP_ABBR_NUMERIC},       {"Assn", NLP_ABBR_GENERAL},
    {"Assoc", NLP_ABBR_GENERAL},     {"Atty", NLP_ABBR_TITLE},
    {"Aug", NLP_ABBR_MONTH},         {"Ave", NLP_ABBR_GENERAL},
    {"Blvd", NLP_ABBR_GENERAL},      {"Brig", NLP_ABBR_TITLE},
    {"Bros", NLP_ABBR_GENERAL},      {"Calif", NLP_ABBR_GENERAL},
    {"Capt", NLP_ABBR_TITLE},        {"Cdr", NLP_ABBR_TITLE},
    {"Ch", NLP_ABBR_NUMERIC},        {"Cmdr", NLP_ABBR_TITLE},
    {"Co", NLP_ABBR_GENERAL},        {"Col", NLP_ABBR_TITLE},
    {"Colo", NLP_ABBR_GENERAL},      {"Comdr", NLP_ABBR_TITLE},
    {"Conn", NLP_ABBR_GENERAL},      {"Corp", NLP_ABBR_GENERAL},
    {"Cos", NLP_ABBR_GENERAL},       {"Cpl", NLP_ABBR_TITLE},
    {"Cpt", NLP_ABBR_TITLE},         {"Ct", NLP_ABBR_GENERAL},
    {"Dec", NLP_ABBR_MONTH},         {"Del", NLP_ABBR_GENERAL},
    {"Dept", NLP_ABBR_GENERAL},      {"Det", NLP_ABBR_TITLE},
    {"Dist", NLP_ABBR_TITLE},        {"Dr", NLP_ABBR_TITLE},
    {"Drs", NLP_ABBR_TITLE},         {"Ens", NLP_ABBR_TITLE},
    {"Esq", NLP_ABBR_GENERAL},       {"Ex", NLP_ABBR_NUMERIC},
    {"Feb", NLP_ABBR_MONTH},         {"Fig", NLP_ABBR_NUMERIC},
    {"Figs", NLP_ABBR_NUMERIC},      {"Fla", NLP_ABBR_GENERAL},
    {"Fr", NLP_ABBR_TITLE},          {"Fri", NLP_ABBR_GENERAL},
    {"Ft", NLP_ABBR_GENERAL},        {"Ga", NLP_ABBR_GENERAL},
    {"Gen", NLP_ABBR_TITLE},         {"Gens", NLP_ABBR_TITLE},
    {"Gov", NLP_ABBR_TITLE},         {"Govs", NLP_ABBR_TITLE},
    {"Govt", NLP_ABBR_GENERAL},      {"Hon", NLP_ABBR_TITLE},
    {"Hwy", NLP_ABBR_GENERAL},       {"Ill", NLP_ABBR_GENERAL},
    {"Inc", NLP_ABBR_GENERAL},       {"Ind", NLP_ABBR_GENERAL},
    {"Insp", NLP_ABBR_TITLE},        {"Inst", NLP_ABBR_GENERAL},
    {"Intl", NLP_ABBR_GENERAL},      {"Jan", NLP_ABBR_MONTH},
    {"Jr", NLP_ABBR_GENERAL},        {"Jul", NLP_ABBR_MONTH},
    {"Jun", NLP_ABBR_MONTH},         {"Kan", NLP_ABBR_GENERAL},
    {"Kans", NLP_ABBR_GENERAL},      {"Ky", NLP_ABBR_GENERAL},
    {"La", NLP_ABBR_GENERAL},        {"Lieut", NLP_ABBR_TITLE},
    {"Ln", NLP_ABBR_GENERAL},        {"Lt", NLP_ABBR_TITLE},
    {"Ltd", NLP_ABBR_GENERAL},       {"Maj", NLP_ABBR_TITLE},
    {"Mar", NLP_ABBR_MONTH},         {"Mass", NLP_ABBR_GENERAL},
    {"Md", NLP_ABBR_GENERAL},        {"Messrs", NLP_ABBR_TITLE},
    {"Mfg", NLP_ABBR_GENERAL},       {"Mich", NLP_ABBR_GENERAL},
    {"Minn", NLP_ABBR_GENERAL},      {"Miss", NLP_ABBR_GENERAL},
    {"Mlle", NLP_ABBR_TITLE},        {"Mme", NLP_ABBR_TITLE},
    {"Mo", NLP_ABBR_GENERAL},        {"Mont", NLP_ABBR_GENERAL},
    {"Mr", NLP_ABBR_TITLE},          {"Mrs", NLP_ABBR_TITLE},
    {"Ms", NLP_ABBR_TITLE},          {"Msgr", NLP_ABBR_TITLE},
    {"Mt", NLP_ABBR_GENERAL},        {"Mts", NLP_ABBR_GENERAL},
    {"Mx", NLP_ABBR_TITLE},          {"Natl", NLP_ABBR_GENERAL},
    {"Neb", NLP_ABBR_GENERAL},       {"Nebr", NLP_ABBR_GENERAL},
    {"Nev", NLP_ABBR_GENERAL},       {"No", NLP_ABBR_NUMERIC},
    {"Nos", NLP_ABBR_NUMERIC},       {"Nov", NLP_ABBR_MONTH},
    {"Nr", NLP_ABBR_NUMERIC},        {"N\xC2\xB0", NLP_ABBR_NUMERIC},
    {"N\xC2\xBA", NLP_ABBR_NUMERIC}, {"Oct", NLP_ABBR_MONTH},
    {"Okla", NLP_ABBR_GENERAL},      {"Op", NLP_ABBR_NUMERIC},
    {"Ore", NLP_ABBR_GENERAL},       {"PS", NLP_ABBR_TITLE},
    {"Pa", NLP_ABBR_GENERAL},        {"Para", NLP_ABBR_NUMERIC},
    {"Penn", NLP_ABBR_GENERAL},      {"Pfc", NLP_ABBR_TITLE},
    {"Pkwy", NLP_ABBR_GENERAL},      {"Pl", NLP_ABBR_GENERAL},
    {"Plc", NLP_ABBR_GENERAL},       {"Pres", NLP_ABBR_TITLE},
    {"Prof", NLP_ABBR_TITLE},        {"Ps", NLP_ABBR_NUMERIC},
    {"Pty", NLP_ABBR_GENERAL},       {"Pvt", NLP_ABBR_TITLE},
    {"Rd", NLP_ABBR_GENERAL},        {"Ref", NLP_ABBR_NUMERIC},
    {"Rep", NLP_ABBR_TITLE},         {"Reps", NLP_ABBR_TITLE},
    {"Rev", NLP_ABBR_TITLE},         {"Revd", NLP_ABBR_TITLE},
    {"Rte", NLP_ABBR_GENERAL},       {"Sec", NLP_ABBR_TITLE},
    {"Sect", NLP_ABBR_NUMERIC},      {"Sen", NLP_ABBR_TITLE},
    {"Sens", NLP_ABBR_TITLE},        {"Sep", NLP_ABBR_MONTH},
    {"Sept", NLP_ABBR_MONTH},        {"Sgt", NLP_ABBR_TITLE},
    {"Spc", NLP_ABBR_TITLE},         {"Sq", NLP_ABBR_GENERAL},
    {"Sr", NLP_ABBR_GENERAL},        {"Sra", NLP_ABBR_TITLE},
    {"Srta", NLP_ABBR_TITLE},        {"St", NLP_ABBR_GENERAL},
    {"Ste", NLP_ABBR_GENERAL},       {"Supt", NLP_ABBR_TITLE},
    {"Tel", NLP_ABBR_NUMERIC},       {"Tenn", NLP_ABBR_GENERAL},
    {"Tex", NLP_ABBR_GENERAL},       {"Thu", NLP_ABBR_GENERAL},
    {"Thur", NLP_ABBR_GENERAL},      {"Thurs", NLP_ABBR_GENERAL},
    {"Tue", NLP_ABBR_GENERAL},       {"Tues", NLP_ABBR_GENERAL},
    {"Univ", NLP_ABBR_GENERAL},      {"Va", NLP_ABBR_GENERAL},
    {"Vol", NLP_ABBR_NUMERIC},       {"Vols", NLP_ABBR_NUMERIC},
    {"Vs", NLP_ABBR_TITLE},          {"Vt", NLP_ABBR_GENERAL},
    {"Wash", NLP_ABBR_GENERAL},      {"Wed", NLP_ABBR_GENERAL},
    {"Wis", NLP_ABBR_GENERAL},       {"Wisc", NLP_ABBR_GENERAL},
    {"Wyo", NLP_ABBR_GENERAL},       {"al", NLP_ABBR_GENERAL},
    {"approx", NLP_ABBR_GENERAL},    {"art", NLP_ABBR_NUMERIC},
    {"ca", NLP_ABBR_GENERAL},        {"cf", NLP_ABBR_GENERAL},
    {"ch", NLP_ABBR_NUMERIC},        {"co", NLP_ABBR_GENERAL},
    {"corp", NLP_ABBR_GENERAL},      {"dept", NLP_ABBR_GENERAL},
    {"ed", NLP_ABBR_GENERAL},        {"eds", NLP_ABBR_GENERAL},
    {"est", NLP_ABBR_GENERAL},       {"etc", NLP_ABBR_GENERAL},
    {"ex", NLP_ABBR_NUMERIC},        {"ext", NLP_ABBR_NUMERIC},
    {"fig", NLP_ABBR_NUMERIC},       {"figs", NLP_ABBR_NUMERIC},
    {"ft", NLP_ABBR_GENERAL},        {"gal", NLP_ABBR_GENERAL},
    {"govt", NLP_ABBR_GENERAL},      {"hrs", NLP_ABBR_GENERAL},
    {"inc", NLP_ABBR_GENERAL},       {"incl", NLP_ABBR_GENERAL},
    {"jr", NLP_ABBR_GENERAL},        {"lb", NLP_ABBR_GENERAL},
    {"lbs", NLP_ABBR_GENERAL},       {"ltd", NLP_ABBR_GENERAL},
    {"max", NLP_ABBR_GENERAL},       {"min", NLP_ABBR_GENERAL},
    {"mins", NLP_ABBR_GENERAL},      {"misc", NLP_ABBR_GENERAL},
    {"no", NLP_ABBR_NUMERIC},        {"nos", NLP_ABBR_NUMERIC},
    {"nr", NLP_ABBR_NUMERIC},        {"op", NLP_ABBR_NUMERIC},
    {"oz", NLP_ABBR_GENERAL},        {"p", NLP_ABBR_NUMERIC},
    {"para", NLP_ABBR_NUMERIC},      {"pp", NLP_ABBR_NUMERIC},
    {"ps", NLP_ABBR_NUMERIC},        {"pt", NLP_ABBR_GENERAL},
    {"pts", NLP_ABBR_GENERAL},       {"qt", NLP_ABBR_GENERAL},
    {"ref", NLP_ABBR_NUMERIC},       {"sect", NLP_ABBR_NUMERIC},
    {"sq", NLP_ABBR_GENERAL},        {"sr", NLP_ABBR_GENERAL},
    {"st", NLP_ABBR_GENERAL},        {"tbsp", NLP_ABBR_GENERAL},
    {"tel", NLP_ABBR_NUMERIC},       {"tsp", NLP_ABBR_GENERAL},
    {"v", NLP_ABBR_TITLE},           {"viz", NLP_ABBR_GENERAL},
    {"vol", NLP_ABBR_NUMERIC},       {"vols", NLP_ABBR_NUMERIC},
    {"vs", NLP_ABBR_TITLE},          {"yr", NLP_ABBR_GENERAL},
    {"yrs", NLP_ABBR_GENERAL},
};

/* Capitalised words that often begin a sentence and rarely follow an
** abbreviation or an initial inside one ("Inc. The", "and I. Did").
** Sorted by strcmp. */
static const char *const STARTERS[] = {
    "A",         "About",      "According",    "Across",
    "After",     "Afterwards", "Again",        "Against",
    "Ahead",     "All",        "Along",        "Also",
    "Although",  "Among",      "An",           "And",
    "Another",   "Any",        "Anyone",       "Anything",
    "Are",       "As",         "At",           "Back",
    "Because",   "Before",     "Being",        "Besides",
    "Both",      "But",        "By",           "Can",
    "Could",     "Despite",    "Did",          "Do",
    "Does",      "During",     "Each",         "Earlier",
    "Either",    "Even",       "Eventually",   "Ever",
    "Every",     "Everyone",   "Everything",   "Few",
    "Finally",   "First",      "For",          "Forget",
    "From",      "Further",    "Furthermore",  "Given",
    "Had",       "Has",        "Have",         "Having",
    "He",        "Hence",      "Her",          "Here",
    "Hers",      "His",        "How",          "However",
    "I",         "If",         "In",           "Indeed",
    "Instead",   "Is",         "It",           "Its",
    "Just",      "Last",       "Later",        "Let",
    "Like",      "Many",       "Maybe",        "Meanwhile",
    "Moreover",  "Most",       "Much",         "My",
    "Neither",   "Never",      "Nevertheless", "Next",
    "No",        "Nobody",     "None",         "Nor",
    "Not",       "Nothing",    "Now",          "Of",
    "Often",     "On",         "Once",         "One",
    "Only",      "Or",         "Other",        "Others",
    "Our",       "Over",       "Perhaps",      "Please",
    "Rather",    "Recently",   "Second",       "Several",
    "She",       "Should",     "Since",        "So",
    "Some",      "Someone",    "Something",    "Sometimes",
    "Soon",      "Still",      "Such",         "That",
    "The",       "Their",      "Then",         "There",
    "Therefore", "These",      "They",         "This",
    "Those",     "Though",     "Thus",         "To",
    "Today",     "Together",   "Tomorrow",     "Too",
    "Under",     "Unlike",     "Until",        "Was",
    "We",        "Well",       "Were",         "What",
    "Whatever",  "When",       "Whenever",     "Where",
    "Whether",   "Which",      "While",        "Who",
    "Whoever",   "Why",        "With",         "Within",
    "Without",   "Would",      "Yes",          "Yesterday",
    "Yet",       "You",        "Your",
};

/* The longest word in ABBREVS, in bytes (nlp_abbrev_check verifies). */
#define ABBR_MAX 6

#define COUNT(a) (sizeof(a) / sizeof((a)[0]))

/* Compares w[0..n) with the NUL-terminated b, like strcmp (inlined: the
** words are short and the splitter asks often). */
static int cmp_word(const char *w, size_t n, const char *b) {
  for (size_t i = 0; i < n; i++) {
    unsigned char x = (unsigned char)w[i], y = (unsigned char)b[i];
    if (x != y || y == 0)
      return y == 0 ? 1 : (int)x - (int)y;
  }
  return b[n] ? -1 : 0;
}

static nlp_abbrev_kind_t find(const char *w, size_t n) {
  size_t lo = 0, hi = COUNT(ABBREVS);
  while (lo < hi) {
    size_t mid = (lo + hi) / 2;
    int c = cmp_word(w, n, ABBREVS[mid].word);
    if (c == 0)
      return (nlp_abbrev_kind_t)ABBREVS[mid].kind;
    if (c < 0)
      hi = mid;
    else
      lo = mid + 1;
  }
  return NLP_ABBR_NONE;
}

/* Letters joined by periods, each part one or two ASCII letters: U.S,
** a.m, e.g, Ph.D, U.S.A (but not "content.html" or "Jane.Doe"). */
static int dotted(const char *w, size_t n) {
  size_t run = 0, dots = 0;
  for (size_t i = 0; i < n; i++) {
    if (w[i] == '.') {
      if (run == 0)
        return 0;
      run = 0, dots++;
    } else if ((w[i] | 0x20) >= 'a' && (w[i] | 0x20) <= 'z') {
      if (++run > 2)
        return 0;
    } else {
      return 0;
    }
  }
  return dots > 0 && run > 0;
}

nlp_abbrev_kind_t nlp_abbrev_lookup(const char *w, size_t n) {
  nlp_abbrev_kind_t k;
  char buf[8];
  size_t i;
  if (n == 0)
    return NLP_ABBR_NONE;
  if (n > ABBR_MAX && !memchr(w, '.', n))
    return NLP_ABBR_NONE; /* longer than any word in the table */
  if (memchr(w, '.', n)) {
    /* "e.g.", "i.e." and "P.S." introduce something; they never end a
    ** sentence. */
    if (n == 3 && (memcmp(w, "e.g", 3) == 0 || memcmp(w, "i.e", 3) == 0 ||
                   memcmp(w, "P.S", 3) == 0))
      return NLP_ABBR_TITLE;
    return dotted(w, n) ? NLP_ABBR_GENERAL : NLP_ABBR_NONE;
  }
  k = find(w, n);
  if (k != NLP_ABBR_NONE || n < 2 || n >= sizeof(buf))
    return k;
  /* Titles in capitals ("GEN.", "SEN.") are still titles. */
  for (i = 0; i < n; i++)
    if (w[i] < 'A' || w[i] > 'Z')
      return NLP_ABBR_NONE;
  buf[0] = w[0];
  for (i = 1; i < n; i++)
    buf[i] = (char)(w[i] | 0x20);
  k = find(buf, n);
  return k == NLP_ABBR_TITLE ? k : NLP_ABBR_NONE;
}

int nlp_is_sentence_starter(const char *w, size_t n) {
  size_t lo = 0, hi = COUNT(STARTERS);
  while (lo < hi) {
    size_t mid = (lo + hi) / 2;
    int c = cmp_word(w, n, STARTERS[mid]);
    if (c == 0)
      return 1;
    if (c < 0)
      hi = mid;
    else
      lo = mid + 1;
  }
  return 0;
}

int nlp_abbrev_check(void) {
  for (size_t i = 1; i < COUNT(ABBREVS); i++)
    if (strcmp(ABBREVS[i - 1].word, ABBREVS[i].word) >= 0)
      return 0;
  for (size_t i = 0; i < COUNT(ABBREVS); i++)
    if (strlen(ABBREVS[i].word) > ABBR_MAX)
      return 0;
  for (size_t i = 1; i < COUNT(STARTERS); i++)
    if (strcmp(STARTERS[i - 1], STARTERS[i]) >= 0)
      return 0;
  return 1;
}
