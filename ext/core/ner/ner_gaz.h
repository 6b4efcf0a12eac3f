/* ner_gaz.h: the gazetteer table (generated into ner_gaz_data.c). */
#ifndef NLP_NER_GAZ_H
#define NLP_NER_GAZ_H
#include <stddef.h>
typedef struct ner_gaz_entry {
  const char *name;   /* lower-case, single spaces; sorted by strcmp */
  unsigned char len;  /* strlen(name), < 256 */
  unsigned char bits; /* NER_GAZ_* of ner.h */
} ner_gaz_entry_t;
extern const ner_gaz_entry_t NER_GAZ[];
extern const size_t NER_GAZ_COUNT;
#endif
