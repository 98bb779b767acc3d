#!/usr/bin/env bash
# grok-verify rustc-facts on the programs of tests/rustc-facts/: every
# function's loan, move and subset error counts must equal the reference
# engine's (expected.tsv, from polonius-facts), in both modes; the exit
# status must say whether any error was found.
set -euo pipefail
: "${GROK_VERIFY:?}" "${GROK_ROOT:?}"
dir="$GROK_ROOT/tests/rustc-facts"
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
fail=0 checked=0
for prog in "$dir"/*/; do
    prog=${prog%/}
    name=$(basename "$prog")
    [ -f "$prog/expected.tsv" ] || continue
    for mode in hybrid full; do
        status=0
        "$GROK_VERIFY" rustc-facts --mode "$mode" --format json -j 1 "$prog/facts" \
            >"$out/$name.$mode.json" || status=$?
        if ! python3 - "$prog/expected.tsv" "$out/$name.$mode.json" "$status" "$name/$mode" <<'PY'
import json, sys
exp_path, got_path, status, label = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4]
expected = {}
for line in open(exp_path).read().splitlines()[1:]:
    f, l, m, s = line.split("\t")
    expected[f] = (int(l), int(m), int(s))
got = {f["name"]: f for f in json.load(open(got_path))["functions"]}
ok = set(got) == set(expected)
if not ok:
    print(f"{label}: functions differ: {sorted(set(got) ^ set(expected))}")
any_error = False
for name, counts in expected.items():
    g = got.get(name)
    if g is None:
        continue
    mine = (g["loan_error_count"], g["move_error_count"], g["subset_error_count"])
    if g["status"] != "solved" or mine != counts:
        print(f"{label}: {name}: expected {counts}, got {mine} ({g['status']})")
        ok = False
    any_error |= any(counts)
if status != (1 if any_error else 0):
    print(f"{label}: exit status {status}, expected {1 if any_error else 0}")
    ok = False
sys.exit(0 if ok else 1)
PY
        then
            fail=1
        fi
        checked=$((checked + 1))
    done
done
# Bad input: exit status 2 and a message naming the place.
expect_bad() {
    local want=$1
    shift
    status=0
    "$GROK_VERIFY" rustc-facts "$@" >/dev/null 2>"$out/stderr" || status=$?
    if [ "$status" != 2 ] || ! grep -qF -- "$want" "$out/stderr"; then
        echo "bad input $*: exit $status, stderr: $(cat "$out/stderr")"
        fail=1
    fi
}
expect_bad "/nonexistent/facts" /nonexistent/facts
mkdir -p "$out/bad/f"
printf '"a"\t"b"\t"c"\n' >"$out/bad/f/cfg_edge.facts"
expect_bad "cfg_edge.facts:1: expected 2 fields" "$out/bad"
printf '"a"\t"b"\n' >"$out/bad/f/cfg_edge.facts"
printf '"x"\n' >"$out/bad/f/no_such_relation.facts"
expect_bad "unknown relation" "$out/bad/f"
expect_bad "--mode" --mode fast "$dir/move_box/facts"

[ "$checked" -ge 120 ] || { echo "only $checked program runs checked"; exit 1; }
echo "rustc-facts: $checked program runs checked"
exit $fail
