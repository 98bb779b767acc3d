#!/usr/bin/env bash
# bench/batch: grok-verify check on a large generated code base.
#
#   bench/batch/run.sh [--lines N] [--files K] [--keep] [DIR]
#
# Without DIR, generates N lines (default 1,000,000) in K files (default
# 2,000) with bench/gen/gen.py (from the `examples` branch; pass DIR when it
# is not there). Measures: cold check, warm re-check (target <= 2% of
# cold), re-check after editing one function, cold with -j 1 vs -j 2, and
# rows written per second; records each in the results database with
# `grok-verify bench record` and prints a table.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
V=${GROK_VERIFY:-$root/build/grok-verify}
lines=1000000 files=2000 keep=0 dir=""
while [ $# -gt 0 ]; do
    case $1 in
    --lines) lines=$2; shift 2 ;;
    --files) files=$2; shift 2 ;;
    --keep) keep=1; shift ;;
    -h|--help) sed -n '2,12p' "$0"; exit 0 ;;
    -*) echo "error: unknown option $1" >&2; exit 2 ;;
    *) dir=$1; shift ;;
    esac
done
[ -x "$V" ] || { echo "error: grok-verify not found at $V (build first, or set GROK_VERIFY)" >&2; exit 2; }
work=$(mktemp -d)
cleanup() { [ "$keep" = 1 ] && echo "kept $work" >&2 || rm -rf "$work"; }
trap cleanup EXIT

if [ -z "$dir" ]; then
    gen=$root/bench/gen/gen.py
    [ -f "$gen" ] || { echo "error: $gen is missing (merge the examples branch) - pass a DIR of .grok files instead" >&2; exit 2; }
    echo "generating $lines lines in $files files..." >&2
    python3 "$gen" --lines "$lines" --files "$files" --seed 1 --out "$work/src" >/dev/null
    rm -f "$work"/src/*.rs "$work"/src/*.c
    dir=$work/src
    # Stats of files younger than 2 s are not trusted by the cache (an edit
    # in the same clock tick could hide), so a fresh tree would make the
    # warm run look like a tree being edited right now.
    sleep 2.1
fi
[ -d "$dir" ] || { echo "error: $dir is not a folder" >&2; exit 2; }
nfiles=$(find "$dir" -name '*.grok' | wc -l)
nlines=$(find "$dir" -name '*.grok' -exec cat {} + | wc -l)
echo "code base: $nfiles files, $nlines lines ($dir)" >&2

# timed DB ARGS...: runs a check; prints "wall_ms cpu_ms" (CPU = user + system,
# the fairer number on a shared machine). Status 1 (findings) is fine.
timed() {
    db=$1; shift
    set +e
    python3 - "$V" check -q --db "$db" "$@" "$dir" <<'PY'
import resource, subprocess, sys, time
t0 = time.perf_counter()
rc = subprocess.call(sys.argv[1:], stdout=subprocess.DEVNULL)
wall = (time.perf_counter() - t0) * 1000
ru = resource.getrusage(resource.RUSAGE_CHILDREN)
print("%d %d" % (wall, (ru.ru_utime + ru.ru_stime) * 1000))
sys.exit(rc)
PY
    s=$?
    set -e
    [ "$s" -le 1 ] || { echo "error: grok-verify check exited $s" >&2; exit 2; }
}

db=$work/bench.db
read -r cold cold_cpu <<< "$(timed "$db" -j 2)"
read -r warm warm_cpu <<< "$(timed "$db" -j 2)"
# Edit one function: a statement added to the first function of one file.
victim=$(find "$dir" -name '*.grok' | sort | sed -n '2p')
[ -n "$victim" ] || victim=$(find "$dir" -name '*.grok' | head -1)
cp "$victim" "$work/victim.orig"
python3 - "$victim" <<'PY'
import sys, re
p = sys.argv[1]
lines = open(p).read().split("\n")
for i, l in enumerate(lines):
    if re.match(r"\s*(pub )?fn .*\{\s*$", l):
        lines.insert(i + 1, "    let bench_edit_marker = 1")
        break
else:
    lines.append("fn bench_edit_marker() -> i32 { 1 }")
open(p, "w").write("\n".join(lines))
PY
read -r edited edited_cpu <<< "$(timed "$db" -j 2)"
rechecked=$(sqlite3 "$db" "SELECT count(*) FROM files WHERE run_id = (SELECT max(id) FROM runs) AND status = 'checked'")
cp "$work/victim.orig" "$victim"
read -r j1 j1_cpu <<< "$(timed "$work/j1.db" -j 1)"
read -r j2 j2_cpu <<< "$(timed "$work/j2.db" -j 2)"
rows=$(sqlite3 "$work/j2.db" "SELECT (SELECT count(*) FROM files) + (SELECT count(*) FROM findings) + (SELECT count(*) FROM cache) + (SELECT count(*) FROM runs)")
findings=$(sqlite3 "$work/j2.db" "SELECT count(*) FROM findings")

awk -v c="$cold" -v w="$warm" -v e="$edited" -v j1="$j1" -v j2="$j2" -v r="$rows" -v f="$findings" \
    -v n="$nfiles" -v l="$nlines" -v rc="$rechecked" -v cc="$cold_cpu" -v wc="$warm_cpu" \
    -v ec="$edited_cpu" -v j1c="$j1_cpu" -v j2c="$j2_cpu" 'BEGIN {
    printf "%-34s %10s %10s\n", "measure", "wall", "cpu"
    printf "%-34s %7d ms %7d ms\n", "cold check (-j 2)", c, cc
    printf "%-34s %7d ms %7d ms  (%.1f%% of cold wall, %.1f%% cpu; target <= 2%%)\n", \
        "warm re-check (-j 2)", w, wc, 100 * w / c, 100 * wc / cc
    printf "%-34s %7d ms %7d ms  (%d file re-checked)\n", "one function edited (-j 2)", e, ec, rc
    printf "%-34s %7d ms %7d ms\n", "cold -j 1", j1, j1c
    printf "%-34s %7d ms %7d ms  (speed-up %.2fx)\n", "cold -j 2", j2, j2c, j1 / j2
    printf "%-34s %10.0f rows/s (%d rows, %d findings)\n", "rows written (cold -j 2)", r / (j2 / 1000), r, f
    printf "%-34s %10.0f lines/s\n", "throughput (cold -j 2)", l / (j2 / 1000)
}'

# Record in the default results database (or $GROK_BENCH_DB) for history.
bdb=${GROK_BENCH_DB:-.grok-verify/results.db}
rec() { "$V" bench record --db "$bdb" --name "batch/${nfiles}f-${nlines}l" --metric "$1" --value "$2" --unit "$3"; }
rec cold_ms "$cold" ms
rec cold_cpu_ms "$cold_cpu" ms
rec warm_ms "$warm" ms
rec warm_cpu_ms "$warm_cpu" ms
rec edit_one_fn_ms "$edited" ms
rec cold_j1_ms "$j1" ms
rec cold_j2_ms "$j2" ms
rec rows_per_s "$(awk -v r="$rows" -v t="$j2" 'BEGIN { printf "%.0f", r / (t / 1000) }')" rows/s
echo "recorded in $bdb" >&2
