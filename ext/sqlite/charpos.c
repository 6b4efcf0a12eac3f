/*
** charpos.c: byte offsets to character offsets, counted as substr() does.
*/
#include "binding.h"

void nlp_charpos_init(nlp_charpos_t *cp, const char *text) {
  cp->text = text;
  cp->byte = 0;
  cp->chr = 0;
}

size_t nlp_charpos_at(nlp_charpos_t *cp, size_t byte) {
  if (byte < cp->byte)
    nlp_charpos_init(cp, cp->text);
  cp->chr += nlp_utf8_count(cp->text + cp->byte, byte - cp->byte);
  cp->byte = byte;
  return cp->chr;
}
