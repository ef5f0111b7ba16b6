#!/bin/sh
# Manual check (LibreOffice is too big to install in CI): runs `plan rollup`
# into every write-corpus file and has LibreOffice headless open each output
# (convert to CSV). Prints one line per file and fails when any cannot be
# opened or lacks the owned columns. Usage: test/corpus/check-libreoffice.sh
set -eu
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
status=0
for f in "$here"/files/xw-* "$here"/files/op-* "$here"/files/lo-*; do
  b=$(basename "$f")
  node "$here/../../bin/plan.mjs" rollup "$f" --as-of 2016-10-31 --out "$work/$b" >/dev/null
  soffice -env:UserInstallation="file://$work/profile" --headless --convert-to csv --outdir "$work/csv" "$work/$b" >/dev/null 2>&1 || true
  csv="$work/csv/${b%.*}.csv"
  if [ -f "$csv" ] && grep -q "Calculated RAG" "$csv"; then echo "ok   $b"; else echo "FAIL $b"; status=1; fi
done
exit $status
