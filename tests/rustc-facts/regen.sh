#!/usr/bin/env bash
# Regenerates, for every program NAME/NAME.rs here: the facts rustc dumps for
# it (NAME/facts/<function>/*.facts), rustc's verdict (NAME/rustc-verdict.txt)
# and the expected error counts per function from the reference engine
# (NAME/expected.tsv). Needs rustc (nightly features via RUSTC_BOOTSTRAP) and
# ../shared/bench-peers/polonius-facts (or $POLONIUS_FACTS).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
polonius=${POLONIUS_FACTS:-$here/../../../shared/bench-peers/polonius-facts}
command -v rustc >/dev/null || { echo "regen.sh: rustc not found" >&2; exit 2; }
[ -x "$polonius" ] || { echo "regen.sh: $polonius not found (set POLONIUS_FACTS)" >&2; exit 2; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
for dir in "$here"/*/; do
    dir=${dir%/}
    name=$(basename "$dir")
    src="$dir/$name.rs"
    [ -f "$src" ] || continue
    rm -rf "$dir/facts"
    status=0
    RUSTC_BOOTSTRAP=1 rustc --edition 2021 --crate-type lib --emit metadata \
        -o "$tmp/$name.rmeta" -Znll-facts -Znll-facts-dir="$dir/facts" "$src" \
        2>"$tmp/stderr" || status=$?
    {
        if [ "$status" = 0 ]; then echo "accepted"; else echo "rejected (exit $status)"; fi
        grep -oE '^error(\[E[0-9]+\])?' "$tmp/stderr" | sort | uniq -c | sed 's/^ *//' || true
    } >"$dir/rustc-verdict.txt"
    for fn in "$dir"/facts/*/; do
        "$polonius" --algos naive,hybrid "${fn%/}"
    done | python3 -c '
import json, os, sys
print("function\tloan_errors\tmove_errors\tsubset_errors")
for line in sys.stdin:
    r = json.loads(line)
    n, h = r["naive"], r["hybrid"]
    counts = (n["errors"], n["move_errors"], n["subset_errors"])
    if counts != (h["errors"], h["move_errors"], h["subset_errors"]):
        sys.exit("naive and hybrid disagree on " + r["dir"])
    print(os.path.basename(r["dir"]) + "\t%d\t%d\t%d" % counts)
' >"$dir/expected.tsv"
    echo "$name: $(head -1 "$dir/rustc-verdict.txt"), $(($(wc -l <"$dir/expected.tsv") - 1)) functions"
done
