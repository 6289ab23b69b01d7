#!/usr/bin/env bash
# Records the expectations of the differential test corpus from CPython 3.11.
#
#   ./record.sh              record every *.py in this folder
#   ./record.sh a.py b.py    record only these programs
#   ./record.sh --check      also check that each program is deterministic
#                            (same output under other hash seeds) and fast (< 1 s)
#
# For each X.py it writes X.stdout (exact stdout) and X.status (first line the
# exit status; for status 1 the second line is the last line of stderr).
# Debian's /usr/bin/python3.11 is used on purpose (not `python3` on PATH).
set -euo pipefail
cd "$(dirname "$0")"
PY=/usr/bin/python3.11
[ -x "$PY" ] || { echo "record.sh: $PY not found" >&2; exit 2; }

check=0
files=()
for a in "$@"; do
    case "$a" in
        --check) check=1 ;;
        *) files+=("$(basename "$a")") ;;
    esac
done
if [ ${#files[@]} -eq 0 ]; then
    files=(*.py)
fi

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
bad=0
for f in "${files[@]}"; do
    s=${f%.py}
    start=$(date +%s%N)
    set +e
    PYTHONHASHSEED=0 PYTHONIOENCODING=utf-8 "$PY" "$f" >"$tmp/out" 2>"$tmp/err" </dev/null
    rc=$?
    set -e
    end=$(date +%s%N)
    cp "$tmp/out" "$s.stdout"
    {
        echo "$rc"
        if [ "$rc" -eq 1 ]; then
            # last non-empty line of stderr, trailing blanks removed
            grep -v '^[[:space:]]*$' "$tmp/err" | tail -n 1 | sed 's/[[:space:]]*$//'
        fi
    } >"$s.status"
    if [ "$check" -eq 1 ]; then
        ms=$(( (end - start) / 1000000 ))
        if [ "$ms" -gt 1000 ]; then
            echo "SLOW $f: ${ms} ms" >&2; bad=1
        fi
        for seed in 1 4242; do
            set +e
            PYTHONHASHSEED=$seed PYTHONIOENCODING=utf-8 "$PY" "$f" >"$tmp/out2" 2>"$tmp/err2" </dev/null
            rc2=$?
            set -e
            if ! cmp -s "$tmp/out" "$tmp/out2" || [ "$rc" -ne "$rc2" ]; then
                echo "NONDETERMINISTIC $f (PYTHONHASHSEED=$seed)" >&2; bad=1
            fi
        done
        if grep -q ' at 0x' "$tmp/out"; then
            echo "ADDRESS $f: stdout contains an object address" >&2; bad=1
        fi
    fi
done
exit $bad
