/*
** phrases.c: the noun phrase of a speaker, before a reporting verb ("the
** chief executive, Smith, said") or after it ("said Earl Anthony Wayne").
*/
#include "quotes/quotes_int.h"

/* What an apposition before a verb gave. */
enum appos {
  APPOS_NONE, /* none: the subject ends at the verb */
  APPOS_SKIP, /* skipped: the subject ends before it */
  APPOS_NAME, /* the name between its commas is the subject */
  APPOS_FAIL  /* a clause that is no apposition: no subject */
};

/* A comma or dash that may end an apposition. */
static int is_apposition_mark(int32_t cp) {
  return cp == ',' || cp == '-' || cp == 0x2013 || cp == 0x2014;
}

/* Whether [q, e), between commas after the word at k, is a name of two to
** four capitalised words: "The Shadow Secretary for the Family, Theresa
** May, said". */
static int name_between(const tok_t *t, size_t k, size_t q, size_t e) {
  if (!(e - q >= 2 && e - q <= 4) || is_cap_word(&t[k - 1]))
    return 0;
  for (size_t m = q; m < e; m++)
    if (!is_cap_word(&t[m]))
      return 0;
  return 1;
}

/* An apposition or a relative clause that ends at *j: "Smith, the chief
** executive, said", "Conlon - who was wrongly convicted - said". */
static enum appos apposition(nlp_quotes_t *it, size_t lo, size_t *j, size_t *a,
                             size_t *b) {
  const tok_t *t = it->toks;
  int32_t sep;
  size_t k, steps = 0;
  if (*j <= lo || !is_apposition_mark(t[*j - 1].cp))
    return APPOS_NONE;
  sep = t[*j - 1].cp;
  k = *j - 1;
  while (k > lo && steps < REACH_APPOSITION) {
    k--, steps++;
    if (t[k].cp == sep)
      break;
    if (t[k].type != T_WORD && t[k].cp != '(' && t[k].cp != ')' &&
        t[k].cp != '&' && t[k].cp != '-' && t[k].cp != ',' &&
        !is_apostrophe_tok(&t[k]))
      return APPOS_FAIL;
  }
  if (k <= lo || t[k].cp != sep)
    return APPOS_FAIL;
  if (sep == ',' && name_between(t, k, k + 1, *j - 1)) {
    *a = k + 1, *b = *j - 1;
    return APPOS_NAME;
  }
  *j = k;
  return APPOS_SKIP;
}

/* A pronoun right before the verb is the subject: "In 2004 he said" (but
** not "the it girl"). */
static int pronoun_subject(const tok_t *t, size_t lo, size_t j) {
  return j > lo && is_word(&t[j - 1]) &&
         (tok_in(&t[j - 1], NLP_LIST_QUOTES_PRONOUNS_SINGULAR) ||
          tok_in(&t[j - 1], NLP_LIST_QUOTES_PRONOUNS_OTHER)) &&
         !(j - 1 > lo && is_word(&t[j - 2]) &&
           tok_in(&t[j - 2], NLP_LIST_QUOTES_DETERMINERS_BEFORE_NOUN));
}

/* The words of the phrase back from j to a stop word, at most NP_MAX; "its
** report on the council's work the committee": a new phrase starts at
** "the" unless a preposition or "and" leads to it. *n counts them. */
static size_t words_back(nlp_quotes_t *it, size_t lo, size_t j, size_t *n) {
  const tok_t *t = it->toks;
  while (j > lo && *n < NP_MAX && is_word(&t[j - 1]) &&
         !(t[j - 1].flags & F_INQ) &&
         !tok_in_fold(&t[j - 1], NLP_LIST_QUOTES_NP_STOP_BACK)) {
    j--, (*n)++;
    if (word_eq(&t[j], it->text, "the") && j > lo && is_word(&t[j - 1]) &&
        !tok_in(&t[j - 1], NLP_LIST_QUOTES_PREPOSITIONS) &&
        !word_eq(&t[j - 1], it->text, "and") &&
        !tok_in(&t[j - 1], NLP_LIST_QUOTES_VERB_GAP_WORDS))
      break;
  }
  return j;
}

/* A word "and" may join into the phrase: not a stop word or a verb. */
static int joinable(const tok_t *w) {
  return is_word(w) && !tok_in(w, NLP_LIST_QUOTES_NP_STOP_BACK) &&
         !tok_in(w, NLP_LIST_QUOTES_SPEECH_VERBS);
}

/* "and" joining words inside the phrase that starts at j: "Former and
** current officials"; up to three words before each "and". */
static size_t and_joined(nlp_quotes_t *it, size_t lo, size_t j, size_t n) {
  const tok_t *t = it->toks;
  while (j > lo + 1 && n + 2 <= NP_MAX && word_eq(&t[j - 1], it->text, "and") &&
         joinable(&t[j - 2])) {
    size_t k = j - 1, m = 0;
    while (k > lo && m < 3 && joinable(&t[k - 1]))
      k--, m++;
    if (!(k == lo || !is_word(&t[k - 1]) ||
          (t[k - 1].cp == ',' || t[k - 1].flags & F_TERM)))
      break;
    j = k, n += m + 1;
  }
  return j;
}

/* Whether t is a time word that may come before a subject: yesterday,
** Monday. */
static int is_time_word(const tok_t *t) {
  return tok_in_fold(t, NLP_LIST_QUOTES_TIME_WORDS) ||
         tok_in_fold(t, NLP_LIST_COMMON_WEEKDAYS);
}

/* Before a parenthesis of at most REACH_PAREN tokens that follows a word
** and ends at j: "Earl Blum (D-Ore.) said"; j when there is none. */
static size_t skip_parenthesis(const tok_t *t, size_t lo, size_t j) {
  size_t k = j;
  if (!(j > lo + 1 && t[j - 1].cp == ')'))
    return j;
  for (k = j - 1; k > lo && j - k <= REACH_PAREN; k--) {
    if (t[k - 1].cp == ')')
      return j;
    if (t[k - 1].cp == '(')
      return k - 1 > lo && is_word(&t[k - 2]) ? k - 1 : j;
  }
  return j;
}

/* The subject of the verb at v, in order: words like "also" skipped (X has
** also said), an apposition skipped or its name taken, a pronoun, the
** words back to a stop word, words joined by "and", leading verbs off. */
int quotes_np_before(nlp_quotes_t *it, size_t v, size_t lo, size_t *a,
                     size_t *b) {
  const tok_t *t = it->toks;
  size_t j = v, n = 0;
  while (j > lo && tok_in(&t[j - 1], NLP_LIST_QUOTES_VERB_GAP_WORDS) &&
         !(t[j - 1].flags & F_CAP))
    j--; /* "X has also said" */
  j = skip_parenthesis(t, lo, j);
  switch (apposition(it, lo, &j, a, b)) {
  case APPOS_NAME:
    return 1;
  case APPOS_FAIL:
    return 0;
  default:
    break;
  }
  if (pronoun_subject(t, lo, j)) {
    *a = j - 1, *b = j;
    return 1;
  }
  *b = j;
  j = words_back(it, lo, j, &n);
  if (n > 0) /* not "The coach smiled and said": no phrase before "and" */
    j = and_joined(it, lo, j, n);
  /* Leading lower-case words that cannot start a subject: "said". */
  while (j < *b && !(t[j].flags & F_CAP) &&
         (tok_in(&t[j], NLP_LIST_QUOTES_SPEECH_VERBS) ||
          tok_in(&t[j], NLP_LIST_QUOTES_FRAME_VERBS)))
    j++;
  /* Time words before the subject: "Yesterday Tom Reed said", "On Monday
  ** Ann Lee said". */
  for (;;) {
    if (j + 2 < *b && tok_in_fold(&t[j], NLP_LIST_QUOTES_PREPOSITIONS) &&
        is_time_word(&t[j + 1]))
      j += 2;
    else if (j + 1 < *b && is_time_word(&t[j]))
      j++;
    else
      break;
  }
  *a = j;
  if (*a < *b && !(t[*a].flags & F_CAP) &&
      tok_in(&t[*a], NLP_LIST_QUOTES_VERB_GAP_WORDS))
    return 0; /* "who has long opposed": no subject starts with "has" */
  return *a < *b;
}

/* The phrase after the verb at v (inverted: said Earl Anthony Wayne). */
int quotes_np_after(nlp_quotes_t *it, size_t v, size_t hi, size_t *a,
                    size_t *b) {
  const tok_t *t = it->toks;
  size_t j = v + 1, n = 0;
  if (word_eq(&t[v], it->text, "according") ||
      word_eq(&t[v], it->text, "According")) {
    if (j >= hi || !word_eq(&t[j], it->text, "to"))
      return 0;
    j++;
  }
  *a = j;
  while (j < hi && n < NP_MAX && is_word(&t[j]) && !(t[j].flags & F_INQ)) {
    if (!(t[j].flags & F_CAP) &&
        tok_in(&t[j], NLP_LIST_QUOTES_NP_STOP_FORWARD) &&
        !(word_eq(&t[j], it->text, "of") && j + 1 < hi &&
          is_cap_word(&t[j + 1]) && j > *a && is_cap_word(&t[j - 1])) &&
        !(tok_in(&t[j], NLP_LIST_QUOTES_ROLE_LINKS) && j > *a &&
          tok_in(&t[j - 1], NLP_LIST_QUOTES_ROLE_NOUNS)))
      break;
    j++, n++;
  }
  *b = j;
  return *a < *b;
}
