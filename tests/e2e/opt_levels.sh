#!/usr/bin/env bash
# Every IR golden program (tests/golden/ir/*.gir) must print the same
# stdout and stderr and exit with the same status at -O0, -O1 and -O2, with
# the IR verified after every pass (--verify-each); `emit ir -O2` output
# must parse back and run the same way.
set -u
GROKC="${GROKC:?}"
ROOT="${GROK_ROOT:?}"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail=0
n=0
cd "$ROOT/tests/golden/ir"
for f in *.gir; do
    args=()
    [[ -f "${f%.gir}.args" ]] && eval "args=($(sed -e 's/^grokc run-ir//' -e "s/{file}/$f/" "${f%.gir}.args"))"
    [[ ${#args[@]} -eq 0 ]] && args=(--check-leaks "$f")
    for level in -O0 -O1 -O2; do
        "$GROKC" run-ir $level --verify-each "${args[@]}" > "$tmp/out$level" 2> "$tmp/err$level"
        echo $? > "$tmp/status$level"
    done
    for level in -O1 -O2; do
        for what in out err status; do
            if ! cmp -s "$tmp/$what-O0" "$tmp/$what$level"; then
                echo "FAIL $f: $what differs between -O0 and $level"
                diff "$tmp/$what-O0" "$tmp/$what$level" | head -10
                fail=1
            fi
        done
    done
    if ! "$GROKC" emit ir -O2 "$f" > "$tmp/o2.gir" 2> "$tmp/emit.err"; then
        echo "FAIL $f: emit ir -O2 failed"; cat "$tmp/emit.err"; fail=1
    elif ! "$GROKC" emit ir "$tmp/o2.gir" > "$tmp/o2b.gir" 2> "$tmp/emit.err" ||
         ! cmp -s "$tmp/o2.gir" "$tmp/o2b.gir"; then
        echo "FAIL $f: the -O2 IR does not print back identically"; cat "$tmp/emit.err"; fail=1
    fi
    n=$((n + 1))
done
echo "opt_levels: $n programs checked at -O0, -O1, -O2"
exit $fail
