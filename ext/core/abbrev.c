/*
** abbrev.c: abbreviation and sentence-starter word lists.
**
** The lists are our own, written from common English usage in news text
** (AP style titles, months, corporate suffixes). Lookups are binary
** searches over sorted, case-sensitive tables.
*/
#include <string.h>

#include "abbrev.h"

typedef struct entry {
  const char *word;
  unsigned char kind;
} entry_t;

/* Sorted by strcmp (byte order: capitals before lower case). */
static const entry_t ABBREVS[] = {
    {"Adm", NLP_ABBR_TITLE},    {"Apr", NLP_ABBR_MONTH},
    {"Ariz", NLP_ABBR_GENERAL}, {"Art", NLP_ABBR_NUMERIC},
    {"Assn", NLP_ABBR_GENERAL}, {"Aug", NLP_ABBR_MONTH},
    {"Ave", NLP_ABBR_GENERAL},  {"Bros", NLP_ABBR_GENERAL},
    {"Calif", NLP_ABBR_GENERAL}, {"Capt", NLP_ABBR_TITLE},
    {"Cmdr", NLP_ABBR_TITLE},   {"Co", NLP_ABBR_GENERAL},
    {"Col", NLP_ABBR_TITLE},    {"Colo", NLP_ABBR_GENERAL},
    {"Conn", NLP_ABBR_GENERAL}, {"Corp", NLP_ABBR_GENERAL},
    {"Cpl", NLP_ABBR_TITLE},    {"Dec", NLP_ABBR_MONTH},
    {"Del", NLP_ABBR_GENERAL},  {"Dept", NLP_ABBR_GENERAL},
    {"Dr", NLP_ABBR_TITLE},     {"Feb", NLP_ABBR_MONTH},
    {"Fig", NLP_ABBR_NUMERIC},  {"Fla", NLP_ABBR_GENERAL},
    {"Fr", NLP_ABBR_TITLE},     {"Ft", NLP_ABBR_TITLE},
    {"Ga", NLP_ABBR_GENERAL},   {"Gen", NLP_ABBR_TITLE},
    {"Gov", NLP_ABBR_TITLE},    {"Hon", NLP_ABBR_TITLE},
    {"Ill", NLP_ABBR_GENERAL},  {"Inc", NLP_ABBR_GENERAL},
    {"Ind", NLP_ABBR_GENERAL},  {"Jan", NLP_ABBR_MONTH},
    {"Jr", NLP_ABBR_GENERAL},   {"Jul", NLP_ABBR_MONTH},
    {"Jun", NLP_ABBR_MONTH},    {"Kan", NLP_ABBR_GENERAL},
    {"Ky", NLP_ABBR_GENERAL},   {"La", NLP_ABBR_GENERAL},
    {"Lt", NLP_ABBR_TITLE},     {"Ltd", NLP_ABBR_GENERAL},
    {"Maj", NLP_ABBR_TITLE},    {"Mar", NLP_ABBR_MONTH},
    {"Mass", NLP_ABBR_GENERAL}, {"Md", NLP_ABBR_GENERAL},
    {"Messrs", NLP_ABBR_TITLE}, {"Mich", NLP_ABBR_GENERAL},
    {"Minn", NLP_ABBR_GENERAL}, {"Miss", NLP_ABBR_GENERAL},
    {"Mo", NLP_ABBR_GENERAL},   {"Mr", NLP_ABBR_TITLE},
    {"Mrs", NLP_ABBR_TITLE},    {"Ms", NLP_ABBR_TITLE},
    {"Msgr", NLP_ABBR_TITLE},   {"Mt", NLP_ABBR_TITLE},
    {"Neb", NLP_ABBR_GENERAL},  {"Nev", NLP_ABBR_GENERAL},
    {"No", NLP_ABBR_NUMERIC},   {"Nos", NLP_ABBR_NUMERIC},
    {"Nov", NLP_ABBR_MONTH},    {"Oct", NLP_ABBR_MONTH},
    {"Okla", NLP_ABBR_GENERAL}, {"Ore", NLP_ABBR_GENERAL},
    {"Pa", NLP_ABBR_GENERAL},   {"Ph", NLP_ABBR_GENERAL},
    {"Pres", NLP_ABBR_TITLE},   {"Prof", NLP_ABBR_TITLE},
    {"Pvt", NLP_ABBR_TITLE},    {"Rep", NLP_ABBR_TITLE},
    {"Reps", NLP_ABBR_TITLE},   {"Rev", NLP_ABBR_TITLE},
    {"Sen", NLP_ABBR_TITLE},    {"Sens", NLP_ABBR_TITLE},
    {"Sep", NLP_ABBR_MONTH},    {"Sept", NLP_ABBR_MONTH},
    {"Sgt", NLP_ABBR_TITLE},    {"Sr", NLP_ABBR_GENERAL},
    {"St", NLP_ABBR_TITLE},     {"Supt", NLP_ABBR_TITLE},
    {"Tenn", NLP_ABBR_GENERAL}, {"Tex", NLP_ABBR_GENERAL},
    {"Va", NLP_ABBR_GENERAL},   {"Vol", NLP_ABBR_NUMERIC},
    {"Vt", NLP_ABBR_GENERAL},   {"Wash", NLP_ABBR_GENERAL},
    {"Wis", NLP_ABBR_GENERAL},  {"approx", NLP_ABBR_GENERAL},
    {"cf", NLP_ABBR_GENERAL},   {"dept", NLP_ABBR_GENERAL},
    {"est", NLP_ABBR_GENERAL},  {"etc", NLP_ABBR_GENERAL},
    {"fig", NLP_ABBR_NUMERIC},  {"no", NLP_ABBR_NUMERIC},
    {"pp", NLP_ABBR_NUMERIC},   {"vol", NLP_ABBR_NUMERIC},
    {"vs", NLP_ABBR_TITLE},
};

static const char *const STARTERS[] = {
    "A",     "After", "Also",  "An",    "And",   "As",    "At",    "But",
    "By",    "For",   "He",    "Her",   "His",   "How",   "However", "I",
    "If",    "In",    "It",    "Its",   "Many",  "Meanwhile", "My", "No",
    "Now",   "On",    "One",   "Our",   "She",   "So",    "Some",  "That",
    "The",   "Their", "Then",  "There", "These", "They",  "This",  "Those",
    "To",    "We",    "What",  "When",  "Where", "While", "Who",   "Why",
    "You",
};

static int cmp_word(const char *a, size_t n, const char *b) {
  int c = strncmp(a, b, n);
  if (c) return c;
  return b[n] ? -1 : 0;
}

nlp_abbrev_kind_t nlp_abbrev_lookup(const char *w, size_t n) {
  size_t lo = 0, hi = sizeof(ABBREVS) / sizeof(ABBREVS[0]);
  if (n == 0) return NLP_ABBR_NONE;
  /* Letters joined by periods: U.S, a.m, e.g, Ph.D */
  if (memchr(w, '.', n)) {
    for (size_t i = 0; i < n; i++)
      if (w[i] != '.' && !((w[i] | 0x20) >= 'a' && (w[i] | 0x20) <= 'z'))
        return NLP_ABBR_NONE;
    return NLP_ABBR_GENERAL;
  }
  while (lo < hi) {
    size_t mid = (lo + hi) / 2;
    int c = cmp_word(w, n, ABBREVS[mid].word);
    if (c == 0) return (nlp_abbrev_kind_t)ABBREVS[mid].kind;
    if (c < 0)
      hi = mid;
    else
      lo = mid + 1;
  }
  return NLP_ABBR_NONE;
}

int nlp_is_sentence_starter(const char *w, size_t n) {
  size_t lo = 0, hi = sizeof(STARTERS) / sizeof(STARTERS[0]);
  while (lo < hi) {
    size_t mid = (lo + hi) / 2;
    int c = cmp_word(w, n, STARTERS[mid]);
    if (c == 0) return 1;
    if (c < 0)
      hi = mid;
    else
      lo = mid + 1;
  }
  return 0;
}
