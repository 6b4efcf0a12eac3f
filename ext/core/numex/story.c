/*
** story.c: francs, pesos and crowns take their currency from the story
** (numex.h). "40 mln francs" with no nationality before it is the open
** value "40000000 ?franc"; a story that names France (or "French") makes it
** "40000000 FRF"; one that names no such place, or places of two
** currencies, leaves the amount alone, "40000000", rather than a guess.
*/
#include <stdio.h>
#include <string.h>

#include "numex/numex.h"
#include "text/wordset.h"

#define PLACE_MAX 40 /* longest place looked up, in bytes */

int nlp_numex_money_open(const char *v) {
  const char *q = strchr(v, '?');
  return q && q > v && q[-1] == ' ';
}

const char *nlp_numex_place_currency(const char *v, const char *place,
                                     size_t n) {
  char key[16 + PLACE_MAX];
  const char *q = strchr(v, '?');
  const nlp_list_item *it;
  size_t k, cl;
  if (!q || n == 0 || n > PLACE_MAX)
    return NULL;
  cl = strlen(q + 1);
  if (cl > 15)
    return NULL;
  memcpy(key, q + 1, cl);
  key[cl] = ' ';
  for (k = 0; k < n; k++) {
    char ch = place[k];
    key[cl + 1 + k] = (char)(ch >= 'A' && ch <= 'Z' ? ch + 32 : ch);
  }
  it = nlp_list_get(NLP_LIST_NUMEX_CURRENCY_COUNTRIES, key, cl + 1 + n);
  return it ? it->data : NULL;
}

void nlp_numex_money_close(char *v, const char *code) {
  char *q = strchr(v, '?');
  if (!q || q == v)
    return;
  if (code && strlen(code) == 3)
    memcpy(q, code, 4);
  else
    q[-1] = 0;
}
