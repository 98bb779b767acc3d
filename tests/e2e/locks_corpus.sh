#!/usr/bin/env bash
# tests/locks/: the labelled lock-order corpus. Checks the manifest (every
# program listed once, labels and rule ids well-formed and in the catalogue,
# every witness edge naming a thread entry that exists and lines that take a
# lock, or block, as the rule says) and that every program passes
# `grokc check`.
set -euo pipefail
: "${GROKC:?}" "${GROK_VERIFY:?}" "${GROK_ROOT:?}"
dir=$GROK_ROOT/tests/locks
fail=0

for rule in $(grep -v '^#' "$dir/labels.tsv" | cut -f3 | grep -v '^-$' | sort -u); do
    if ! "$GROK_VERIFY" explain "$rule" >/dev/null 2>&1; then
        echo "FAIL labels.tsv uses rule \`$rule\`, which is not in analysis/rules.c"
        fail=1
    fi
done

python3 - "$dir" <<'PY' || fail=1
import os, re, sys
d = sys.argv[1]
RULES = ("lock/order-cycle", "lock/double-lock", "lock/blocking-while-locked")
TAKES = re.compile(r"\.(lock|read|write)\(\)")
BLOCKS = re.compile(r"\.(recv|join)\(\)")
bad, seen, counts = [], {}, {"ok": 0, "bad": 0}
for n, row in enumerate(open(os.path.join(d, "labels.tsv")), 1):
    if row.startswith("#"):
        continue
    f = row.rstrip("\n").split("\t")
    where = f"labels.tsv:{n}"
    if len(f) != 5:
        bad.append(f"{where}: expected 5 tab-separated fields, got {len(f)}")
        continue
    name, label, rule, witness, notes = f
    if name in seen:
        bad.append(f"{where}: `{name}` listed twice")
    seen[name] = n
    if label not in counts:
        bad.append(f"{where}: label `{label}` is not ok or bad")
        continue
    counts[label] += 1
    path = os.path.join(d, label, name + ".grok")
    if not os.path.isfile(path):
        bad.append(f"{where}: {label}/{name}.grok is missing")
        continue
    src = open(path).read().split("\n")
    if not src[0].startswith("// "):
        bad.append(f"{where}: {name}.grok does not start with a `//` comment")
    if not notes.strip():
        bad.append(f"{where}: empty notes")
    if label == "ok":
        if rule != "-" or witness != "-":
            bad.append(f"{where}: an ok program needs `-` for rule and witness")
        continue
    if rule not in RULES:
        bad.append(f"{where}: `{rule}` is not one of {', '.join(RULES)}")
        continue
    edges = [e.strip() for e in witness.split(";")]
    if rule == "lock/order-cycle" and len(edges) < 2:
        bad.append(f"{where}: a cycle needs at least two edges")
    if rule != "lock/order-cycle" and len(edges) != 1:
        bad.append(f"{where}: {rule} has exactly one edge")
    line_of = lambda k: src[k - 1] if 0 < k <= len(src) else None
    for e in edges:
        m = re.fullmatch(r"(main|spawn@(\d+)|(\w+)\.receive):(\d+)->(\d+)", e)
        if not m:
            bad.append(f"{where}: edge `{e}` is not ENTRY:HELD->TAKEN")
            continue
        if m.group(2) and "spawn" not in (line_of(int(m.group(2))) or ""):
            bad.append(f"{where}: entry `{m.group(1)}`: line {m.group(2)} has no `spawn`")
        if m.group(3) and not any(re.match(rf"\s*actor {m.group(3)}\b", l) for l in src):
            bad.append(f"{where}: entry `{m.group(1)}`: no `actor {m.group(3)}` in {name}.grok")
        if m.group(1) == "main" and not any(l.startswith("fn main(") for l in src):
            bad.append(f"{where}: entry `main`: {name}.grok has no `fn main`")
        held, taken = int(m.group(4)), int(m.group(5))
        if not TAKES.search(line_of(held) or ""):
            bad.append(f"{where}: edge `{e}`: line {held} takes no lock")
        want = BLOCKS if rule == "lock/blocking-while-locked" else TAKES
        if not want.search(line_of(taken) or ""):
            what = "blocks on no recv/join" if want is BLOCKS else "takes no lock"
            bad.append(f"{where}: edge `{e}`: line {taken} {what}")
for label in counts:
    for fn in sorted(os.listdir(os.path.join(d, label))):
        if fn.endswith(".grok") and fn[:-5] not in seen:
            bad.append(f"{label}/{fn} is not listed in labels.tsv")
for b in bad:
    print("FAIL", b)
print(f"manifest: {len(seen)} programs ({counts['ok']} ok, {counts['bad']} bad), {len(bad)} problem(s)")
sys.exit(1 if bad else 0)
PY

parsed=0
err=$(mktemp)
trap 'rm -f "$err"' EXIT
for f in "$dir"/ok/*.grok "$dir"/bad/*.grok; do
    if ! "$GROKC" check "$f" >/dev/null 2>"$err"; then
        echo "FAIL grokc check ${f#"$dir"/}:"
        cat "$err"
        fail=1
    else
        parsed=$((parsed + 1))
    fi
done
echo "grokc check: $parsed GrokLang programs accepted"
exit $fail
