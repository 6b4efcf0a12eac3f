/*
** charpos.c: byte offsets to character offsets, counted as substr() does.
*/
#include "binding.h"

void nlp_charpos_init(nlp_charpos_t *cp, const char *text) {
  cp->text = text;
  cp->byte = cp->prev = 0;
  cp->chr = cp->prevchr = 0;
}

size_t nlp_charpos_at(nlp_charpos_t *cp, size_t byte) {
  size_t from = cp->byte, chr = cp->chr;
  if (byte < from) { /* back to the previous mark, or to the start */
    from = byte >= cp->prev ? cp->prev : 0;
    chr = byte >= cp->prev ? cp->prevchr : 0;
  }
  cp->prev = from;
  cp->prevchr = chr;
  cp->chr = chr + nlp_utf8_count(cp->text + from, byte - from);
  cp->byte = byte;
  return cp->chr;
}
