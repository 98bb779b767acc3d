#!/usr/bin/env bash
# Keeps examples/ honest: every example starts with a `//` comment and is
# listed in examples/README.md; every Rust twin in examples/rust/ still
# compiles and prints exactly examples/NAME.expected (when rustc is present).
set -euo pipefail
root=${GROK_ROOT:-$(cd "$(dirname "$0")/../.." && pwd)}
ex=$root/examples
fail=0

for f in "$ex"/*.grok; do
    name=$(basename "$f")
    if ! head -n 1 "$f" | grep -q '^// '; then
        echo "FAIL $name: first line is not a // comment saying what it shows"
        fail=1
    fi
    if ! grep -q "\`$name\`" "$ex/README.md"; then
        echo "FAIL $name: not listed in examples/README.md"
        fail=1
    fi
done

for r in "$ex"/rust/*.rs; do
    name=$(basename "$r" .rs)
    [[ -f "$ex/$name.grok" ]] || { echo "FAIL rust/$name.rs has no $name.grok"; fail=1; }
    [[ -f "$ex/$name.expected" ]] || { echo "FAIL $name.expected is missing"; fail=1; }
done

if ! command -v rustc >/dev/null 2>&1; then
    echo "skipped: rustc not installed (twins not compiled)"
    exit $fail
fi

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
for r in "$ex"/rust/*.rs; do
    name=$(basename "$r" .rs)
    if ! rustc --edition 2021 -o "$tmp/$name" "$r" 2>"$tmp/$name.err"; then
        echo "FAIL rust/$name.rs does not compile:"
        cat "$tmp/$name.err"
        fail=1
        continue
    fi
    if ! "$tmp/$name" >"$tmp/$name.out" 2>&1; then
        echo "FAIL rust/$name.rs exited with status $?"
        fail=1
    elif ! diff -u "$ex/$name.expected" "$tmp/$name.out"; then
        echo "FAIL rust/$name.rs output differs from $name.expected"
        fail=1
    else
        echo "ok   $name"
    fi
done
exit $fail
