#!/usr/bin/env bash
# `grokc fmt` keeps the AST and is idempotent: for every .grok under tests/
# and examples/ that parses without errors, `emit ast --no-spans` of the
# file equals that of its formatted text, and fmt(fmt(x)) == fmt(x). The
# formatted text is checked in a copy of the file's folder, so `mod m;`
# items load the same module files.
set -u
: "${GROKC:?}" "${GROK_ROOT:?}"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
pass=0 fail=0 skipped=0
while IFS= read -r -d '' src; do
    dir=$(dirname "$src")
    name=$(basename "$src")
    (cd "$dir" && "$GROKC" emit ast --no-spans "$name" >"$tmp/orig.ast" 2>/dev/null) || {
        skipped=$((skipped + 1)); continue; }
    if ! "$GROKC" fmt "$src" >"$tmp/fmt1.grok" 2>"$tmp/fmt.err"; then
        echo "FAIL: grokc fmt $src failed:"; head -5 "$tmp/fmt.err"; fail=$((fail + 1)); continue
    fi
    rm -rf "$tmp/copy" && cp -r "$dir" "$tmp/copy"
    cp "$tmp/fmt1.grok" "$tmp/copy/$name"
    if ! (cd "$tmp/copy" && "$GROKC" emit ast --no-spans "$name" >"$tmp/fmt.ast" 2>"$tmp/fmt.err"); then
        echo "FAIL: formatted $src does not parse:"; head -20 "$tmp/fmt.err"; fail=$((fail + 1)); continue
    fi
    if ! diff -u "$tmp/orig.ast" "$tmp/fmt.ast" >"$tmp/ast.diff"; then
        echo "FAIL: formatting $src changed its AST:"; head -30 "$tmp/ast.diff"; fail=$((fail + 1)); continue
    fi
    "$GROKC" fmt "$tmp/copy/$name" >"$tmp/fmt2.grok" 2>/dev/null
    if ! diff -u "$tmp/fmt1.grok" "$tmp/fmt2.grok" >"$tmp/idem.diff"; then
        echo "FAIL: fmt is not idempotent on $src:"; head -30 "$tmp/idem.diff"; fail=$((fail + 1)); continue
    fi
    if ! "$GROKC" fmt --check "$tmp/copy/$name" 2>/dev/null; then
        echo "FAIL: fmt --check rejects the formatted $src"; fail=$((fail + 1)); continue
    fi
    pass=$((pass + 1))
done < <(find "$GROK_ROOT/tests" "$GROK_ROOT/examples" -name '*.grok' -print0 | sort -z)
echo "fmt round trip: $skipped files with errors skipped"
echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ] && [ "$pass" -gt 50 ]
