#!/bin/sh
# check_core.sh LIBNLPCORE.a SOURCE_DIR: the core needs libc and utf8proc
# only (include/nlp.h says so). Fails when the archive calls a symbol of
# pthreads, of SQLite or of any library but libc/libm and utf8proc, or when
# the core's sources hold assembler (the model is a generated C array).
set -eu
lib=$1
src=$2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
nm --defined-only "$lib" 2>/dev/null | awk 'NF >= 3 {print $3}' | sort -u >"$tmp/defined"
nm -u "$lib" 2>/dev/null | awk 'NF >= 2 {print $2}' | sort -u >"$tmp/undefined"
comm -23 "$tmp/undefined" "$tmp/defined" >"$tmp/external"
fail=0
if grep -E '^(pthread_|sqlite3_)' "$tmp/external"; then
  echo "check_core: the core calls pthreads or SQLite (above)"
  fail=1
fi
# Every external symbol is utf8proc's, a compiler helper, or in libc/libm.
grep -vE '^(utf8proc_|__)' "$tmp/external" >"$tmp/libc" || true
cat >"$tmp/probe.c" <<'C'
int main(void) { return 0; }
C
if [ -s "$tmp/libc" ]; then
  # Link a program that references each of them against libc and libm alone.
  {
    sed 's/.*/extern char &[];/' "$tmp/libc"
    echo 'void *nlp_refs[] = {'
    sed 's/.*/  (void *)\&&,/' "$tmp/libc"
    echo '};'
    echo 'int main(void) { return nlp_refs[0] == 0; }'
  } >"$tmp/probe.c"
fi
if ! ${CC:-cc} -w -o "$tmp/probe" "$tmp/probe.c" -lm 2>"$tmp/link.log"; then
  cat "$tmp/link.log"
  echo "check_core: the core calls symbols outside libc, libm and utf8proc"
  fail=1
fi
if grep -rnE '\.incbin|__asm__|\basm *\(' "$src/ext/core" "$src/include"; then
  echo "check_core: assembler in the core (above)"
  fail=1
fi
if [ "$fail" -eq 0 ]; then
  echo "check_core: $(wc -l <"$tmp/external") external symbols, all libc, libm or utf8proc"
  echo "check_core: 1 passed, 0 failed"
  exit 0
fi
echo "check_core: 0 passed, 1 failed"
exit 1
