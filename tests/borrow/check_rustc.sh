#!/usr/bin/env bash
# Confirms every label of tests/borrow/labels.tsv against rustc, using the
# Rust twin NAME.rs next to each NAME.grok:
#   accept                       rustc accepts;
#   reject RULE LINE             rustc reports exactly one error, its code is
#                                one of RULE's codes (table below), and its
#                                primary span is the line marked `// ERROR`;
#   accept + polonius-difference rustc (NLL) reports exactly one borrow error
#                                on the line marked `// NLL`, and, when
#                                `-Zpolonius` is available, Polonius accepts.
# Exits 0 when rustc is not installed (with a message saying so).
# usage: check_rustc.sh [BORROW_DIR]   (default: the directory of this script)
set -euo pipefail
dir=${1:-$(cd "$(dirname "$0")" && pwd)}
if ! command -v rustc >/dev/null 2>&1; then
    echo "skipped: rustc not installed, borrow labels not confirmed against rustc"
    exit 0
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# name<TAB>label for every case; the compile jobs below read it.
grep -v '^#' "$dir/labels.tsv" | cut -f1,2 >"$tmp/cases"

compile() { # $1 = name, $2 = accept|reject, $3 = nll|polonius
    local out=$tmp/$1.$3
    local flags=()
    [[ $3 == polonius ]] && flags=(-Zpolonius)
    RUSTC_BOOTSTRAP=1 rustc --edition 2021 --emit=metadata -A warnings --error-format=json \
        --crate-name "case_$1" -o "$out.rmeta" "${flags[@]}" "$dir/$2/$1.rs" 2>"$out.json" || true
}
export -f compile
export tmp dir

polonius=yes
printf 'fn main() {}\n' >"$tmp/probe.rs"
if ! RUSTC_BOOTSTRAP=1 rustc --edition 2021 --emit=metadata -Zpolonius -o "$tmp/probe.rmeta" \
    "$tmp/probe.rs" 2>/dev/null; then
    polonius=no
    echo "note: this rustc has no -Zpolonius; polonius-difference cases are only checked against NLL"
fi

awk -F'\t' '{print $1, $2, "nll"}' "$tmp/cases" | xargs -P2 -n3 bash -c 'compile "$@"' _
if [[ $polonius == yes ]]; then
    awk -F'\t' '!/^#/ && $5 ~ /polonius-difference/ {print $1, $2, "polonius"}' "$dir/labels.tsv" |
        xargs -r -P2 -n3 bash -c 'compile "$@"' _
fi

python3 - "$dir" "$tmp" "$polonius" <<'PY'
import json, os, sys
d, tmp, polonius = sys.argv[1], sys.argv[2], sys.argv[3] == "yes"
# Rule id -> the rustc error codes that report the same error.
CODES = {
    "borrow/use-after-move": {"E0382"},
    "borrow/use-uninitialized": {"E0381"},
    "borrow/conflicting-borrow": {"E0502", "E0499", "E0503"},
    "borrow/mutate-while-borrowed": {"E0506"},
    "borrow/move-while-borrowed": {"E0505"},
    "borrow/reference-outlives-referent": {"E0597"},
    "borrow/return-local-ref": {"E0515"},
    "borrow/closure-capture-conflict": {"E0499", "E0502", "E0500", "E0501", "E0524"},
}
BORROW_CODES = set().union(*CODES.values())

def errors(name, mode):
    """(code, primary line) of every error rustc reported, without the summary."""
    out = []
    with open(os.path.join(tmp, f"{name}.{mode}.json")) as f:
        for raw in f:
            if not raw.startswith("{"):
                continue
            diag = json.loads(raw)
            if diag["level"] != "error" or diag["message"].startswith("aborting due to"):
                continue
            code = diag["code"]["code"] if diag.get("code") else None
            prim = [s["line_start"] for s in diag["spans"] if s["is_primary"]]
            out.append((code, prim[0] if prim else None, diag["message"]))
    return out

fails, counts, by_code = [], {"accept": 0, "reject": 0, "polonius": 0}, {}
for row in open(os.path.join(d, "labels.tsv")):
    if row.startswith("#") or not row.strip():
        continue
    name, label, rule, line, notes = row.rstrip("\n").split("\t")
    rs_path = os.path.join(d, label, name + ".rs")
    if label not in ("accept", "reject") or not os.path.isfile(rs_path):
        fails.append(f"{name}: no Rust twin {label}/{name}.rs")
        continue
    rs_lines = open(rs_path).read().split("\n")
    errs = errors(name, "nll")
    marked = lambda ln, tag: ln is not None and 0 < ln <= len(rs_lines) and tag in rs_lines[ln - 1]
    if "polonius-difference" in notes:
        counts["polonius"] += 1
        if len(errs) != 1 or errs[0][0] not in BORROW_CODES or not marked(errs[0][1], "// NLL"):
            fails.append(f"{name}: polonius-difference: expected one NLL borrow error on the "
                         f"`// NLL` line, rustc gave {errs}")
        elif polonius:
            perrs = errors(name, "polonius")
            if perrs:
                fails.append(f"{name}: polonius-difference: -Zpolonius still rejects: {perrs}")
    elif label == "accept":
        counts["accept"] += 1
        if errs:
            fails.append(f"{name}: labelled accept, rustc rejects: {errs}")
    else:
        counts["reject"] += 1
        if len(errs) != 1:
            fails.append(f"{name}: expected exactly one error, rustc gave {len(errs)}: {errs}")
            continue
        code, ln, msg = errs[0]
        by_code.setdefault(rule, {}).setdefault(code, 0)
        by_code[rule][code] += 1
        if code not in CODES.get(rule, ()):
            fails.append(f"{name}: {rule} expects {sorted(CODES.get(rule, ()))}, rustc gave {code}: {msg}")
        if not marked(ln, "// ERROR"):
            fails.append(f"{name}: rustc's primary span is line {ln} of {name}.rs, "
                         f"which is not the line marked `// ERROR`")
for f in fails:
    print("FAIL", f)
print(f"rustc agreement: {counts['accept']} accept, {counts['reject']} reject, "
      f"{counts['polonius']} polonius-difference"
      f"{' (Polonius accepts each)' if polonius else ''}; {len(fails)} disagreement(s)")
for rule in sorted(by_code):
    print(f"  {rule}: " + ", ".join(f"{c} x{n}" for c, n in sorted(by_code[rule].items(), key=str)))
sys.exit(1 if fails else 0)
PY
