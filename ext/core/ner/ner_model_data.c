/*
** ner_model_data.c: embeds data/ner.model (the entity tagger's weights) into
** the library with .incbin, so loading the extension needs no other file.
** CMake defines NLP_NER_MODEL_PATH when the file exists; without it the
** built-in model is empty and nlp_model_default() returns NULL.
*/
#include <stddef.h>
#include <stdint.h>

extern const unsigned char nlp_ner_model_blob[];
extern const unsigned char nlp_ner_model_blob_end[];
extern const unsigned char nlp_ner_words_blob[];
extern const unsigned char nlp_ner_words_blob_end[];
extern const unsigned char nlp_ner_clusters_blob[];
extern const unsigned char nlp_ner_clusters_blob_end[];

/* data/words.bin: the word lists (tools/gen_words.py). */
#ifdef NLP_NER_WORDS_PATH
__asm__(".section .rodata\n"
        ".balign 64\n"
        ".globl nlp_ner_words_blob\n"
        ".hidden nlp_ner_words_blob\n"
        "nlp_ner_words_blob:\n"
        ".incbin \"" NLP_NER_WORDS_PATH "\"\n"
        ".globl nlp_ner_words_blob_end\n"
        ".hidden nlp_ner_words_blob_end\n"
        "nlp_ner_words_blob_end:\n"
        ".previous\n");
#else
__asm__(".section .rodata\n"
        ".globl nlp_ner_words_blob\n"
        ".hidden nlp_ner_words_blob\n"
        "nlp_ner_words_blob:\n"
        ".globl nlp_ner_words_blob_end\n"
        ".hidden nlp_ner_words_blob_end\n"
        "nlp_ner_words_blob_end:\n"
        ".previous\n");
#endif

/* data/clusters.bin: word clusters (tools/gen_clusters.c). */
#ifdef NLP_NER_CLUSTERS_PATH
__asm__(".section .rodata\n"
        ".balign 64\n"
        ".globl nlp_ner_clusters_blob\n"
        ".hidden nlp_ner_clusters_blob\n"
        "nlp_ner_clusters_blob:\n"
        ".incbin \"" NLP_NER_CLUSTERS_PATH "\"\n"
        ".globl nlp_ner_clusters_blob_end\n"
        ".hidden nlp_ner_clusters_blob_end\n"
        "nlp_ner_clusters_blob_end:\n"
        ".previous\n");
#else
__asm__(".section .rodata\n"
        ".globl nlp_ner_clusters_blob\n"
        ".hidden nlp_ner_clusters_blob\n"
        "nlp_ner_clusters_blob:\n"
        ".globl nlp_ner_clusters_blob_end\n"
        ".hidden nlp_ner_clusters_blob_end\n"
        "nlp_ner_clusters_blob_end:\n"
        ".previous\n");
#endif

#ifdef NLP_NER_MODEL_PATH
__asm__(".section .rodata\n"
        ".balign 64\n"
        ".globl nlp_ner_model_blob\n"
        ".hidden nlp_ner_model_blob\n"
        "nlp_ner_model_blob:\n"
        ".incbin \"" NLP_NER_MODEL_PATH "\"\n"
        ".globl nlp_ner_model_blob_end\n"
        ".hidden nlp_ner_model_blob_end\n"
        "nlp_ner_model_blob_end:\n"
        ".previous\n");
#else
__asm__(".section .rodata\n"
        ".globl nlp_ner_model_blob\n"
        ".hidden nlp_ner_model_blob\n"
        "nlp_ner_model_blob:\n"
        ".globl nlp_ner_model_blob_end\n"
        ".hidden nlp_ner_model_blob_end\n"
        "nlp_ner_model_blob_end:\n"
        ".previous\n");
#endif

/* The embedded word lists' bytes (len 0 when none). */
const unsigned char *nlp_ner_words_embedded(size_t *len) {
  /* Two labels of one assembler block: compare their addresses. */
  *len = (size_t)((uintptr_t)nlp_ner_words_blob_end -
                  (uintptr_t)nlp_ner_words_blob);
  return nlp_ner_words_blob;
}

/* The embedded word clusters' bytes (len 0 when none). */
const unsigned char *nlp_ner_clusters_embedded(size_t *len) {
  *len = (size_t)((uintptr_t)nlp_ner_clusters_blob_end -
                  (uintptr_t)nlp_ner_clusters_blob);
  return nlp_ner_clusters_blob;
}

/* The embedded model's bytes (len 0 when none was built in). */
const unsigned char *nlp_ner_model_embedded(size_t *len) {
  *len = (size_t)((uintptr_t)nlp_ner_model_blob_end -
                  (uintptr_t)nlp_ner_model_blob);
  return nlp_ner_model_blob;
}
