#!/usr/bin/env bash
# Benchmark: grok-verify rustc-facts against Polonius (polonius-facts,
# --algos li,hybrid,opt,naive) on the facts of clap 2.34, side by side in one
# run. Prints per phase our time, Polonius's and the ratio, whether every
# function's three error counts agree in both our modes, and the same for the
# four largest functions.
#
# Scale: generates the Rust twin of bench/gen/gen.py at --lines N (default
# 1,000,000; 0 skips it), dumps its facts with RUSTC_BOOTSTRAP=1 rustc
# -Znll-facts, solves them all and prints functions/s and our total beside
# rustc's own MIR_borrow_checking time (-Ztime-passes), measured once without
# the fact dump (rustc's borrow check alone) and once with it. rustc needs
# minutes and gigabytes at 1M lines; the twin's folder goes to --work DIR
# (default a temporary folder) and is deleted at the end.
#
# usage: bench/rustc-facts/run.sh [--lines N] [--no-clap] [--work DIR] [-j N]
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
shared=${GROK_SHARED:-$root/../shared}
verify=${GROK_VERIFY:-$root/build/grok-verify}
polonius=$shared/bench-peers/polonius-facts
tgz=$shared/bench-data/clap-2.34-nll-facts.tgz
lines=1000000 jobs=$(nproc) do_clap=1 work=/tmp
usage="usage: $0 [--lines N] [--no-clap] [--work DIR] [-j N]"
while [ $# -gt 0 ]; do
    case $1 in
    --lines) lines=$2; shift 2 ;;
    --no-clap) do_clap=0; shift ;;
    --work) work=$2; shift 2 ;;
    -j) jobs=$2; shift 2 ;;
    *) echo "$usage" >&2; exit 2 ;;
    esac
done
[[ $lines =~ ^[0-9]+$ && $jobs =~ ^[1-9][0-9]*$ ]] || { echo "$usage" >&2; exit 2; }
for f in "$verify" "$polonius" "$tgz"; do
    [ -e "$f" ] || { echo "run.sh: missing $f" >&2; exit 2; }
done
tmp=$(mktemp -d "$work/grok-bench-rustc-facts.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
status_all=0

clap_bench() {
tar xzf "$tgz" -C "$tmp"
clap=$tmp/clap

echo "== clap 2.34: $(ls "$clap" | wc -l) functions, -j $jobs"
start=$(date +%s.%N)
"$polonius" --algos li,hybrid,opt,naive "$clap"/* >"$tmp/polonius.jsonl"
polonius_wall=$(echo "$(date +%s.%N) - $start" | bc)
start=$(date +%s.%N)
status=0
"$verify" rustc-facts --format json -j "$jobs" "$clap" >"$tmp/ours.json" || status=$?
ours_wall=$(echo "$(date +%s.%N) - $start" | bc)
[ "$status" -le 1 ] || { echo "grok-verify failed (exit $status)" >&2; exit 1; }
status=0
"$verify" rustc-facts --format json --mode full -j "$jobs" "$clap" >"$tmp/ours_full.json" || status=$?
[ "$status" -le 1 ] || { echo "grok-verify --mode full failed (exit $status)" >&2; exit 1; }

python3 - "$tmp/polonius.jsonl" "$tmp/ours.json" "$polonius_wall" "$ours_wall" "$clap" \
    "$verify" "$polonius" "$jobs" "$tmp/ours_full.json" <<'PY'
import json, os, subprocess, sys
pol_path, ours_path, pol_wall, ours_wall, clap, verify, polonius, jobs, full_path = sys.argv[1:]
pol = {os.path.basename(json.loads(l)["dir"]): json.loads(l) for l in open(pol_path)}
ours = json.load(open(ours_path))
full = json.load(open(full_path))
s = ours["summary"]
def counts_ok(p, f):
    for algo in ("hybrid", "opt", "naive"):
        a = p[algo]
        if (a["errors"], a["move_errors"], a["subset_errors"]) != (
                f["loan_error_count"], f["move_error_count"], f["subset_error_count"]):
            return False
    return f["status"] == "solved"
agree = sum(counts_ok(pol[f["name"]], f) for f in ours["functions"])
agree_full = sum(counts_ok(pol[f["name"]], f) for f in full["functions"])
n = len(ours["functions"])
tot = lambda algo: sum(p[algo]["ms"] for p in pol.values()) / 1000
p_load = sum(p["load_ms"] for p in pol.values()) / 1000
p_li, p_hyb, p_opt, p_naive = tot("li"), tot("hybrid"), tot("opt"), tot("naive")
o_load, o_li, o_full = s["load_s"], s["location_insensitive_s"], s["full_s"]
f_full = full["summary"]["full_s"]
print(f"{'phase (compute without load unless said)':44} {'ours s':>8} {'Polonius s':>11} {'ratio':>6}")
def row(name, o, p):
    print(f"{name:44} {o:8.3f} {p:11.3f} {o / p if p else float('inf'):6.2f}")
row("load (ours -j N; Polonius one thread)", o_load, p_load)
row("location-insensitive pass vs LI algorithm", o_li, p_li)
ran_full = [f["name"] for f in ours["functions"] if f["ran_full"]]
p_opt_flagged = sum(pol[name]["opt"]["ms"] for name in ran_full) / 1000
row(f"full rules on the {len(ran_full)} flagged vs Opt on them", o_full, p_opt_flagged)
row("hybrid compute vs Hybrid", o_li + o_full, p_hyb)
row("hybrid load + compute vs Hybrid", o_load + o_li + o_full, p_load + p_hyb)
row("--mode full compute vs DatafrogOpt", f_full, p_opt)
row("--mode full compute vs Naive", f_full, p_naive)
print(f"wall clock: ours {float(ours_wall):.2f} s hybrid (-j {jobs}), Polonius {float(pol_wall):.2f} s "
      f"(one thread, four algorithms)")
print(f"functions: {n}, skipped {s['skipped']}, LI {s['location_insensitive']}, "
      f"full {s['full']}, unknown {s['unknown']} (--mode full: unknown "
      f"{full['summary']['unknown']})")
print(f"errors: ours {s['loan_errors']} loan / {s['move_errors']} move / {s['subset_errors']} subset; "
      f"Polonius Hybrid {sum(p['hybrid']['errors'] for p in pol.values())} / "
      f"{sum(p['hybrid']['move_errors'] for p in pol.values())} / "
      f"{sum(p['hybrid']['subset_errors'] for p in pol.values())}")
print(f"per-function counts agree with Hybrid, Opt and Naive: hybrid mode {agree}/{n}, "
      f"full mode {agree_full}/{n} {'OK' if agree == n == agree_full else 'MISMATCH'}")
print()
print("== the four largest functions (bench-data/README.md), one thread each")
# The README's four: the largest by cfg_edge, by subset_base, and Polonius's
# classic benchmark function.
names = ["app-parser-{impl#0}-add_defaults", "app-settings-{impl#13}-fmt",
         "app-parser-{impl#0}-get_matches_with", "app-usage-get_required_usage_from"]
big = [pol[name] for name in names if name in pol]
print(f"{'function':44} {'ours s':>8} {'Hybrid s':>9} {'ratio':>6} {'counts':>7}")
bad = 0
for p in big:
    name = os.path.basename(p["dir"])
    out = subprocess.run([verify, "rustc-facts", "--format", "json", "-j", "1",
                          os.path.join(clap, name)], capture_output=True, text=True)
    o = json.loads(out.stdout)
    t = o["summary"]["location_insensitive_s"] + o["summary"]["full_s"]
    h = p["hybrid"]["ms"] / 1000
    ok = counts_ok(p, o["functions"][0])
    bad += not ok
    print(f"{name[:44]:44} {t:8.3f} {h:9.3f} {t / h:6.2f} {'agree' if ok else 'DIFFER':>7}")
sys.exit(0 if agree == n == agree_full and not bad else 1)
PY
}
twin_bench() {
command -v rustc >/dev/null || { echo "(scale: rustc is not installed; skipped)"; return 0; }
echo
echo "== generated Rust twin, --lines $lines"
python3 "$root/bench/gen/gen.py" --lines "$lines" --out "$tmp/twin" >/dev/null
local rs=$tmp/twin/prog.rs
echo "prog.rs: $(wc -l <"$rs") lines"
# rustc's borrow check alone, then again while dumping the facts.
RUSTC_BOOTSTRAP=1 rustc --edition 2021 --crate-type bin --emit=metadata -Ztime-passes \
    -o "$tmp/twin/prog.rmeta" "$rs" 2>"$tmp/twin/passes.txt"
RUSTC_BOOTSTRAP=1 rustc --edition 2021 --crate-type bin --emit=metadata -Ztime-passes \
    -Znll-facts -Znll-facts-dir="$tmp/twin/facts" -o "$tmp/twin/prog.rmeta" "$rs" \
    2>"$tmp/twin/passes_facts.txt"
local start wall status=0
start=$(date +%s.%N)
"$verify" rustc-facts --format json -j "$jobs" "$tmp/twin/facts" >"$tmp/twin.json" || status=$?
wall=$(echo "$(date +%s.%N) - $start" | bc)
[ "$status" -le 1 ] || { echo "grok-verify failed on the twin (exit $status)" >&2; return 1; }
python3 - "$tmp/twin.json" "$wall" "$tmp/twin/passes.txt" "$tmp/twin/passes_facts.txt" <<'PY'
import json, re, sys
o = json.load(open(sys.argv[1])); wall = float(sys.argv[2]); s = o["summary"]
def borrowck(path):
    for line in open(path):
        m = re.match(r"time:\s*([0-9.]+);.*\sMIR_borrow_checking\s*$", line)
        if m:
            return float(m.group(1))
    sys.exit(f"no MIR_borrow_checking line in {path}")
rustc, rustc_dump = borrowck(sys.argv[3]), borrowck(sys.argv[4])
compute = s["location_insensitive_s"] + s["full_s"]
print(f"functions: {s['functions']} ({s['unknown']} unknown), {s['functions'] / wall:.0f} functions/s; "
      f"ours total {wall:.2f} s wall (load {s['load_s']:.2f}, LI {s['location_insensitive_s']:.2f}, "
      f"full {s['full_s']:.2f}; {s['full']} functions ran the full rules)")
print(f"errors: {s['loan_errors']} loan / {s['move_errors']} move / {s['subset_errors']} subset")
print(f"rustc MIR_borrow_checking: {rustc:.2f} s alone, {rustc_dump:.2f} s while dumping the facts")
print(f"ratio ours/rustc (borrow check alone): total {wall / rustc:.2f}, compute {compute / rustc:.2f}")
print(f"ratio ours/rustc (with the dump):       total {wall / rustc_dump:.2f}")
PY
}

if [ "$do_clap" = 1 ]; then clap_bench || status_all=1; fi
if [ "$lines" -gt 0 ]; then twin_bench || status_all=1; fi
exit $status_all
