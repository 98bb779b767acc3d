#!/usr/bin/env bash
# tests/borrow/: the labelled borrow corpus. Checks the manifest (every
# program listed once, labels well-formed, rule ids in the catalogue, every
# reject line marked `// ERROR` in the GrokLang program), that every
# GrokLang program passes `grokc check`, and then that every label agrees
# with rustc on the Rust twin (tests/borrow/check_rustc.sh; skipped with a
# message when rustc is not installed).
set -euo pipefail
: "${GROKC:?}" "${GROK_VERIFY:?}" "${GROK_ROOT:?}"
dir=$GROK_ROOT/tests/borrow
fail=0

for rule in $(grep -v '^#' "$dir/labels.tsv" | cut -f3 | grep -v '^-$' | sort -u); do
    if ! "$GROK_VERIFY" explain "$rule" >/dev/null 2>&1; then
        echo "FAIL labels.tsv uses rule \`$rule\`, which is not in analysis/rules.c"
        fail=1
    fi
done

python3 - "$dir" <<'PY' || fail=1
import os, sys
d = sys.argv[1]
bad = []
seen = {}
for n, row in enumerate(open(os.path.join(d, "labels.tsv")), 1):
    if row.startswith("#"):
        continue
    f = row.rstrip("\n").split("\t")
    where = f"labels.tsv:{n}"
    if len(f) != 5:
        bad.append(f"{where}: expected 5 tab-separated fields, got {len(f)}")
        continue
    name, label, rule, line, notes = f
    if name in seen:
        bad.append(f"{where}: `{name}` listed twice (also line {seen[name]})")
    seen[name] = n
    if label not in ("accept", "reject"):
        bad.append(f"{where}: label `{label}` is not accept or reject")
        continue
    if not notes.strip():
        bad.append(f"{where}: empty notes")
    for ext in (".grok", ".rs"):
        if not os.path.isfile(os.path.join(d, label, name + ext)):
            bad.append(f"{where}: {label}/{name}{ext} is missing")
    path = os.path.join(d, label, name + ".grok")
    if not os.path.isfile(path):
        continue
    src = open(path).read().split("\n")
    if not src[0].startswith("// "):
        bad.append(f"{where}: {label}/{name}.grok does not start with a `//` comment")
    if label == "accept":
        if rule != "-" or line != "-":
            bad.append(f"{where}: accept needs `-` for rule and line")
        if any("// ERROR" in l for l in src):
            bad.append(f"{where}: accept program has an `// ERROR` marker")
        if "polonius-difference" in notes and len(notes.split(":", 1)[-1].strip()) < 20:
            bad.append(f"{where}: polonius-difference needs a sentence saying why")
    else:
        if not rule.startswith("borrow/"):
            bad.append(f"{where}: reject needs a borrow/* rule id, got `{rule}`")
        if not line.isdigit() or not 0 < int(line) <= len(src):
            bad.append(f"{where}: line `{line}` is not a line of {name}.grok")
        elif "// ERROR" not in src[int(line) - 1]:
            bad.append(f"{where}: line {line} of {name}.grok is not the line marked `// ERROR`")
        if sum("// ERROR" in l for l in src) != 1:
            bad.append(f"{where}: {name}.grok must mark exactly one `// ERROR` line")
for label in ("accept", "reject"):
    for fn in sorted(os.listdir(os.path.join(d, label))):
        stem, ext = os.path.splitext(fn)
        if ext in (".grok", ".rs") and stem not in seen:
            bad.append(f"{label}/{fn} is not listed in labels.tsv")
for b in bad:
    print("FAIL", b)
acc = sum(1 for r in open(os.path.join(d, "labels.tsv")) if "\taccept\t" in r)
print(f"manifest: {len(seen)} programs ({acc} accept, {len(seen) - acc} reject), {len(bad)} problem(s)")
sys.exit(1 if bad else 0)
PY

parsed=0
for f in "$dir"/accept/*.grok "$dir"/reject/*.grok; do
    if ! "$GROKC" check "$f" >/dev/null 2>"${TMPDIR:-/tmp}/borrow_check.$$"; then
        echo "FAIL grokc check ${f#"$dir"/}:"
        cat "${TMPDIR:-/tmp}/borrow_check.$$"
        fail=1
    else
        parsed=$((parsed + 1))
    fi
done
rm -f "${TMPDIR:-/tmp}/borrow_check.$$"
echo "grokc check: $parsed GrokLang programs accepted"

bash "$dir/check_rustc.sh" "$dir" || fail=1
exit $fail
