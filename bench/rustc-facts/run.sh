#!/usr/bin/env bash
# Benchmark: grok-verify rustc-facts against Polonius (polonius-facts,
# --algos hybrid,opt) on the facts of clap 2.34, side by side in one run.
# Prints per phase our time, Polonius's and the ratio, whether every
# function's three error counts agree, and the same for the four largest
# functions. With --twin DIR (the facts of the generated 1M-line Rust twin,
# dumped with -Znll-facts) and --rustc-borrowck SECS (its MIR_borrowck time
# from -Ztime-passes), also prints functions/s and the total beside rustc.
#
# usage: bench/rustc-facts/run.sh [--twin FACTS_DIR --rustc-borrowck SECS] [-j N]
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
shared=${GROK_SHARED:-$root/../shared}
verify=${GROK_VERIFY:-$root/build/grok-verify}
polonius=$shared/bench-peers/polonius-facts
tgz=$shared/bench-data/clap-2.34-nll-facts.tgz
twin="" rustc_s="" jobs=$(nproc)
while [ $# -gt 0 ]; do
    case $1 in
    --twin) twin=$2; shift 2 ;;
    --rustc-borrowck) rustc_s=$2; shift 2 ;;
    -j) jobs=$2; shift 2 ;;
    *) echo "usage: $0 [--twin FACTS_DIR --rustc-borrowck SECS] [-j N]" >&2; exit 2 ;;
    esac
done
for f in "$verify" "$polonius" "$tgz"; do
    [ -e "$f" ] || { echo "run.sh: missing $f" >&2; exit 2; }
done
tmp=$(mktemp -d /tmp/grok-bench-rustc-facts.XXXXXX)
trap 'rm -rf "$tmp"' EXIT
tar xzf "$tgz" -C "$tmp"
clap=$tmp/clap

echo "== clap 2.34: $(ls "$clap" | wc -l) functions, -j $jobs"
start=$(date +%s.%N)
"$polonius" --algos hybrid,opt "$clap"/* >"$tmp/polonius.jsonl"
polonius_wall=$(echo "$(date +%s.%N) - $start" | bc)
start=$(date +%s.%N)
status=0
"$verify" rustc-facts --format json -j "$jobs" "$clap" >"$tmp/ours.json" || status=$?
ours_wall=$(echo "$(date +%s.%N) - $start" | bc)
[ "$status" -le 1 ] || { echo "grok-verify failed (exit $status)" >&2; exit 1; }

python3 - "$tmp/polonius.jsonl" "$tmp/ours.json" "$polonius_wall" "$ours_wall" "$clap" \
    "$verify" "$polonius" "$jobs" <<'PY'
import json, os, subprocess, sys
pol_path, ours_path, pol_wall, ours_wall, clap, verify, polonius, jobs = sys.argv[1:]
pol = {os.path.basename(json.loads(l)["dir"]): json.loads(l) for l in open(pol_path)}
ours = json.load(open(ours_path))
s = ours["summary"]
def counts_ok(p, f):
    for algo in ("hybrid", "opt"):
        a = p[algo]
        if (a["errors"], a["move_errors"], a["subset_errors"]) != (
                f["loan_error_count"], f["move_error_count"], f["subset_error_count"]):
            return False
    return f["status"] == "solved"
agree = sum(counts_ok(pol[f["name"]], f) for f in ours["functions"])
n = len(ours["functions"])
p_load = sum(p["load_ms"] for p in pol.values()) / 1000
p_hyb = sum(p["hybrid"]["ms"] for p in pol.values()) / 1000
p_opt = sum(p["opt"]["ms"] for p in pol.values()) / 1000
o_load, o_li, o_full = s["load_s"], s["location_insensitive_s"], s["full_s"]
print(f"{'phase':34} {'ours s':>9} {'Polonius s':>11} {'ratio':>7}")
def row(name, o, p):
    print(f"{name:34} {o:9.3f} {p:11.3f} {o / p if p else float('inf'):7.2f}")
row("load", o_load, p_load)
row("LI pass + full rules (Hybrid)", o_li + o_full, p_hyb)
print(f"{'  of which location-insensitive':34} {o_li:9.3f} {'(in Hybrid)':>11}")
print(f"{'  of which full rules':34} {o_full:9.3f} {'(in Hybrid)':>11}")
row("full rules everywhere vs Opt", o_li + o_full, p_opt)
row("total (load + compute)", o_load + o_li + o_full, p_load + p_hyb)
print(f"wall clock: ours {float(ours_wall):.2f} s (-j {jobs}), Polonius {float(pol_wall):.2f} s "
      f"(one thread, two algorithms)")
print(f"functions: {n}, skipped {s['skipped']}, LI {s['location_insensitive']}, "
      f"full {s['full']}, unknown {s['unknown']}")
print(f"errors: ours {s['loan_errors']} loan / {s['move_errors']} move / {s['subset_errors']} subset; "
      f"Polonius Hybrid {sum(p['hybrid']['errors'] for p in pol.values())} / "
      f"{sum(p['hybrid']['move_errors'] for p in pol.values())} / "
      f"{sum(p['hybrid']['subset_errors'] for p in pol.values())}")
print(f"per-function counts agree: {agree}/{n} {'OK' if agree == n else 'MISMATCH'}")
print()
print("== the four largest functions (by cfg_edge + subset_base), one thread each")
big = sorted(pol.values(), key=lambda p: -(p["cfg_edge"] + p["subset_base"]))[:4]
print(f"{'function':44} {'ours s':>8} {'Hybrid s':>9} {'ratio':>6} {'counts':>7}")
for p in big:
    name = os.path.basename(p["dir"])
    out = subprocess.run([verify, "rustc-facts", "--format", "json", "-j", "1",
                          os.path.join(clap, name)], capture_output=True, text=True)
    o = json.loads(out.stdout)
    t = o["summary"]["location_insensitive_s"] + o["summary"]["full_s"]
    h = p["hybrid"]["ms"] / 1000
    ok = counts_ok(p, o["functions"][0])
    print(f"{name[:44]:44} {t:8.3f} {h:9.3f} {t / h:6.2f} {'agree' if ok else 'DIFFER':>7}")
sys.exit(0 if agree == n else 1)
PY
if [ -n "$twin" ]; then
    echo
    echo "== 1M-line Rust twin: $twin"
    start=$(date +%s.%N)
    "$verify" rustc-facts --format json -j "$jobs" "$twin" >"$tmp/twin.json" || true
    wall=$(echo "$(date +%s.%N) - $start" | bc)
    python3 - "$tmp/twin.json" "$wall" "$rustc_s" <<'PY'
import json, sys
o = json.load(open(sys.argv[1])); wall = float(sys.argv[2]); s = o["summary"]
print(f"functions: {s['functions']}, {s['functions'] / wall:.0f} functions/s, total {wall:.2f} s "
      f"(load {s['load_s']:.2f}, LI {s['location_insensitive_s']:.2f}, full {s['full_s']:.2f})")
if sys.argv[3]:
    r = float(sys.argv[3])
    print(f"rustc MIR_borrowck: {r:.2f} s; ratio ours/rustc {wall / r:.2f}")
PY
else
    echo
    echo "(1M-line twin: pass --twin FACTS_DIR --rustc-borrowck SECS; bench/gen is not in main yet)"
fi
