/*
** fnv.h: FNV-1a a byte at a time (internal), for the core's hashed word
** tables and the tagger's features; each caller mixes the result its own
** way (NLP_FNV_FOLD for the word tables).
*/
#ifndef NLP_FNV_H
#define NLP_FNV_H

#include <stdint.h>

#define NLP_FNV_START 2166136261u
#define NLP_FNV_STEP(h, b) ((h) = ((h) ^ (uint32_t)(b)) * 16777619u)
/* The word tables' final mix: the high bits folded into the low ones. */
#define NLP_FNV_FOLD(h) ((h) ^ (h) >> 15)

#endif /* NLP_FNV_H */
