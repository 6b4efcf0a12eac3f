/*
** numex/numex_classes.h: the class lists of the numex lexicon (each list,
** the class and the flags it gives its words), shared by numex/lexicon.c
** and the screen's generator tools/gen_numex_screen.c.
*/
#ifndef NLP_NUMEX_CLASSES_H
#define NLP_NUMEX_CLASSES_H

#include "text/wordset.h"

/* The class lists of the lexicon: each list, the class and the flags it
** gives its words. */
#define CLASS_LISTS(X)                                                         \
  X(NLP_LIST_NUMEX_RULE_WORDS, X_WORD, 0)                                      \
  X(NLP_LIST_NUMEX_NUMBERS, X_NUM, 0)                                          \
  X(NLP_LIST_NUMEX_SCALES, X_SCALE, 0)                                         \
  X(NLP_LIST_NUMEX_SCALE_ABBREVIATIONS, X_ABBR, 0)                             \
  X(NLP_LIST_NUMEX_MULTIPLIERS, X_DOZEN, 0)                                    \
  X(NLP_LIST_NUMEX_VAGUE_NUMBERS, X_VAGUE, 0)                                  \
  X(NLP_LIST_NUMEX_ORDINALS, X_ORD, 0)                                         \
  X(NLP_LIST_COMMON_MONTHS, X_MONTH, 0)                                        \
  X(NLP_LIST_COMMON_MONTH_ABBREVIATIONS, X_MONTH, F_ABBR)                      \
  X(NLP_LIST_COMMON_WEEKDAYS, X_WDAY, 0)                                       \
  X(NLP_LIST_NUMEX_WEEKDAYS_PLURAL, X_WDAY, 0)                                 \
  X(NLP_LIST_NUMEX_DATE_UNITS, X_DUNIT, 0)                                     \
  X(NLP_LIST_NUMEX_AGE_UNITS, X_DUNIT, F_OLD)                                  \
  X(NLP_LIST_NUMEX_TIME_UNITS, X_TUNIT, 0)                                     \
  X(NLP_LIST_NUMEX_DAY_PARTS, X_TOD, 0)                                        \
  X(NLP_LIST_NUMEX_CLOCK_WORDS, X_CLOCK, 0)                                    \
  X(NLP_LIST_NUMEX_RELATIVE_DAYS, X_REL, 0)                                    \
  X(NLP_LIST_NUMEX_DATE_MODIFIERS, X_DMOD, 0)                                  \
  X(NLP_LIST_NUMEX_EARLY_LATE, X_EARLY, 0)                                     \
  X(NLP_LIST_COMMON_SEASONS, X_SEASON, 0)                                      \
  X(NLP_LIST_NUMEX_CURRENCIES, X_CUR, 0)                                       \
  X(NLP_LIST_NUMEX_CURRENCY_SUBUNITS, X_CUR, F_SUBUNIT)                        \
  X(NLP_LIST_NUMEX_UNITS, X_UNIT, 0)                                           \
  X(NLP_LIST_NUMEX_UNITS_PLURAL, X_UNIT, F_PLURAL)                             \
  X(NLP_LIST_NUMEX_PERCENT_WORDS, X_PCT, 0)                                    \
  X(NLP_LIST_NUMEX_APPROXIMATORS, X_APPROX, 0)                                 \
  X(NLP_LIST_NUMEX_AM_PM, X_AMPM, 0)                                           \
  X(NLP_LIST_NUMEX_DOLLAR_COUNTRIES, X_CURADJ, 0)                              \
  X(NLP_LIST_NUMEX_REF_WORDS, X_REFW, 0)                                       \
  X(NLP_LIST_NUMEX_HOLIDAYS, X_HOLIDAY, 0)                                     \
  X(NLP_LIST_NUMEX_LIFE_DECADES, X_LIFE, 0)

/* The screen of the lexicon (generated/numex_screen.h, NUMEX_SCREEN): a
** bit per (length, first byte & 31, last byte & 31) of the class lists'
** words under NUMEX_SCREEN_LEN bytes. A word whose bit is clear is in no
** class list (letter case aside: 'A' & 31 == 'a' & 31). */
#define NUMEX_SCREEN_LEN 32
#define NUMEX_SCREEN_WORDS (NUMEX_SCREEN_LEN * 32 * 32 / 64)
#define NUMEX_SCREEN_KEY(n, first, last)                                       \
  ((uint32_t)(n) << 10 | ((uint32_t)(first)&31u) << 5 | ((uint32_t)(last)&31u))

/* Whether the word whose lists are lw is a rule word that starts no match
** ("of", "than": rule_leaders.txt lists those that do); such a word is
** read only inside a match, never decoded by the scan at its start, and
** is out of NUMEX_LEAD. */
static inline int numex_rule_word_follows(const nlp_list_word *lw) {
  return nlp_list_word_in(lw, NLP_LIST_NUMEX_RULE_WORDS) &&
         !nlp_list_word_in(lw, NLP_LIST_NUMEX_RULE_LEADERS);
}

#endif /* NLP_NUMEX_CLASSES_H */
