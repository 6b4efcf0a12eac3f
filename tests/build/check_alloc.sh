#!/bin/sh
# check_alloc.sh LIBNLPCORE.a: every allocation of the core goes through its
# allocator (ext/core/text/alloc.h, nlp_set_allocator), so that SQLite counts
# and bounds it. Fails when an object of the archive other than alloc.c's
# calls the C library's allocator, or a utf8proc function that allocates
# with it (utf8proc_map and the NFC/NFD/NFKC/NFKD shorthands).
# The fix is mechanical, in the files it names:
#   perl -pi -e 's/(?<![\w.>])(malloc|realloc|calloc|free)(\s*\()/nlp_mem_$1$2/g' FILE
# and #include "text/alloc.h".
set -eu
lib=$1
bad=$(nm -A -u "$lib" 2>/dev/null |
  grep -E ' U (malloc|calloc|realloc|free|strdup|strndup|reallocarray|utf8proc_map|utf8proc_map_custom|utf8proc_NF[A-Z_a-z]*)$' |
  grep -v ':alloc\.c\.o:' || true)
if [ -n "$bad" ]; then
  echo "$bad"
  echo "check_alloc: the core allocates outside nlp_mem_* (above)"
  echo "check_alloc: 0 passed, 1 failed"
  exit 1
fi
echo "check_alloc: only alloc.c calls the C library's allocator"
echo "check_alloc: 1 passed, 0 failed"
