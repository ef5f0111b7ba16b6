#!/bin/sh
# Remakes the corpus of real .xlsx files written by other software
# (LibreOffice headless, openpyxl, XlsxWriter: Debian packages) into
# test/corpus/files/. Runs every make/*.py and make/*.sh with the output folder
# as the only argument. The files are committed; tests only read them.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
out="$here/files"
mkdir -p "$out"
for script in "$here"/make/*.py "$here"/make/*.sh; do
  [ -e "$script" ] || continue
  case "$(basename "$script")" in plan_data.py) continue ;; esac
  echo "make-corpus: $(basename "$script")"
  case "$script" in
    *.py) (cd "$here/make" && /usr/bin/python3 "$script" "$out") ;;
    *.sh) sh "$script" "$out" ;;
  esac
done
