/*
** persons.c: the entity finder's PERSON names of a block, which give a
** speaker their canonical name ("Biden" -> "Joe Biden"), and the copies of
** those names the rows point to.
*/
#include <stdlib.h>
#include <string.h>
#include "text/alloc.h"
#include "quotes/quotes_int.h"
#include "text/grow.h"

/* A name the entity finder gave another label that reads as a person's
** (a known given name and a surname: "Victoria Lapete" as a place). */
static int given_person(const char *c) {
  size_t n = strlen(c);
  return quotes_person_like(c, n) && quotes_given_name_gender(c, n) != 0;
}

/* Adds the entity e to the PERSON entities of the block. */
static int add_person(nlp_quotes_t *it, const nlp_entity_t *e) {
  size_t n = strlen(e->canonical);
  pent_t *p;
  if (nlp_grow((void **)&it->parena, &it->parena_cap, it->parena_len + n + 1,
               1) ||
      nlp_grow((void **)&it->pe, &it->cappe, it->npe + 1, sizeof(pent_t)))
    return NLP_ENOMEM;
  memcpy(it->parena + it->parena_len, e->canonical, n + 1);
  p = &it->pe[it->npe];
  p->s = e->byte_start;
  p->e = e->byte_end;
  p->off = it->parena_len;
  p->len = n;
  p->reach = it->npe && it->pe[it->npe - 1].reach > e->byte_end
                 ? it->pe[it->npe - 1].reach
                 : e->byte_end;
  it->npe++;
  it->parena_len += n + 1;
  return NLP_OK;
}

/* Reads the PERSON entities of the block [bs, be) (the finder is started
** on the first call; without a model there are none). */
int quotes_collect_entities(nlp_quotes_t *it, size_t bs, size_t be) {
  it->npe = it->parena_len = 0;
  if (it->ents_state == SRC_UNREAD) {
    int rc = nlp_entities_new_checked(NULL, (const char *)it->text,
                                      (size_t)(it->end - it->text), it->check,
                                      it->check_arg, &it->ents);
    if (rc == NLP_ENOMEM || rc == NLP_EINTR)
      return rc;
    it->ents_state = rc == NLP_OK ? SRC_VALID : SRC_DONE;
  }
  while (it->ents_state == SRC_VALID) {
    if (!it->have_ent) {
      int rc = nlp_entities_next(it->ents, &it->ent);
      if (rc == NLP_DONE) {
        it->ents_state = SRC_DONE;
        break;
      }
      if (rc != NLP_OK)
        return rc;
      it->have_ent = 1;
    }
    if (it->ent.byte_start >= be)
      break;
    it->have_ent = 0;
    if (it->ent.byte_start >= bs && it->ent.canonical &&
        (it->ent.label == NLP_LABEL_PERSON ||
         given_person(it->ent.canonical)) &&
        add_person(it, &it->ent) != NLP_OK)
      return NLP_ENOMEM;
  }
  return NLP_OK;
}

/* A lasting copy of name[0..n), owned by the iterator; NULL if out of
** memory. */
const char *quotes_intern(nlp_quotes_t *it, const char *name, size_t n) {
  chunk_t *c;
  for (size_t j = 0; j < it->nrecent && j < RECENT_MAX; j++) {
    const char *r = it->recent_interned[j];
    if (strlen(r) == n && memcmp(r, name, n) == 0)
      return r;
  }
  c = nlp_mem_malloc(sizeof(*c) + n + 1);
  if (!c)
    return NULL;
  memcpy(c->name, name, n);
  c->name[n] = 0;
  c->len = n;
  c->next = it->interned;
  it->interned = c;
  it->recent_interned[it->nrecent++ % RECENT_MAX] = c->name;
  return c->name;
}

/* The entity finder's canonical name for a name whose last word is at
** bytes [ls, e) of the text, if a PERSON mention holds that word and the
** canonical name ends with it too ("Biden" -> "Joe Biden"). */
int quotes_entity_name(nlp_quotes_t *it, size_t ls, size_t e, const char **out,
                       size_t *outlen) {
  size_t wl = e - ls;
  /* Mentions come in text order. Skip, by binary search, those that end
  ** before e, as do all before them: this is asked for every speaker, and
  ** a scan from the block's first mention would be quadratic. */
  size_t lo = NLP_FIRST_AT(it->pe, it->npe, pent_t, reach, e);
  for (size_t j = lo; j < it->npe && it->pe[j].s <= ls; j++) {
    const pent_t *p = &it->pe[j];
    const char *c = it->parena + p->off;
    if (p->e < e)
      continue;
    if (p->len < wl || memcmp(c + p->len - wl, it->text + ls, wl) != 0 ||
        (p->len > wl && c[p->len - wl - 1] != ' '))
      continue;
    *out = quotes_intern(it, c, p->len);
    *outlen = p->len;
    return *out != NULL;
  }
  return 0;
}
