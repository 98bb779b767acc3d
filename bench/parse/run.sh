#!/usr/bin/env bash
# Parse-speed benchmark: `grokc check --parse-only` on a generated GrokLang
# program of 1,000,000 lines against `gcc -fsyntax-only` on the generated C
# program of the same line count. Prints wall and CPU time (best of --runs), lines/s
# and peak RSS for each, and the ratio.
#   bench/parse/run.sh [--lines N] [--seed S] [--runs R]
# The grokc binary is $GROKC, else build/grokc. Generated programs are cached
# in $GROK_BENCH_CACHE (default /tmp/grok-bench-parse) and regenerated when
# the generator changes.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
lines=1000000
seed=1
runs=3
while (($#)); do
    case "$1" in
    --lines) lines=${2:?--lines needs a value}; shift 2 ;;
    --seed) seed=${2:?--seed needs a value}; shift 2 ;;
    --runs) runs=${2:?--runs needs a value}; shift 2 ;;
    -h | --help) sed -n '2,10p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "bench/parse: unknown argument \`$1\` (see --help)" >&2; exit 2 ;;
    esac
done
for v in "$lines" "$seed" "$runs"; do
    [[ "$v" =~ ^[0-9]+$ && "$v" -gt 0 ]] || { echo "bench/parse: \`$v\` is not a positive integer" >&2; exit 2; }
done

grokc=${GROKC:-$root/build/grokc}
if [[ ! -x "$grokc" ]]; then
    echo "bench/parse: grokc not found at $grokc" >&2
    echo "  build it (cmake -S . -B build && cmake --build build -j2) or set GROKC=/path/to/grokc" >&2
    exit 2
fi
if ! "$grokc" check --help 2>&1 | grep -q -- '--parse-only'; then
    echo "bench/parse: $grokc does not support \`check --parse-only\`" >&2
    exit 2
fi
timer=/usr/bin/time
if [[ ! -x $timer ]]; then
    echo "bench/parse: GNU time is missing at $timer (bash tools/install.sh --bench installs it)" >&2
    exit 2
fi
command -v gcc >/dev/null || { echo "bench/parse: gcc is not installed" >&2; exit 2; }

gen=$root/bench/gen/gen.py
cache=${GROK_BENCH_CACHE:-/tmp/grok-bench-parse}/lines$lines-seed$seed
if [[ ! -f $cache/done || $cache/done -ot $gen || $cache/done -ot $root/bench/gen/gen_c.py ]]; then
    echo "generating $lines lines (seed $seed) into $cache"
    rm -rf "$cache"
    python3 "$gen" --lines "$lines" --seed "$seed" --out "$cache" --c
    touch "$cache/done"
fi
grok_lines=$(wc -l <"$cache/prog.grok")
c_lines=$(wc -l <"$cache/prog.c")

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# measure NAME CMD...: best wall time of $runs runs with its CPU time
# (user+sys: the time on one core, which a loaded machine does not inflate)
# and peak RSS, in $tmp/NAME.best as "seconds kilobytes cpu-seconds"; fails
# with the tool's own message.
measure() {
    local name=$1
    shift
    local best=""
    for ((i = 0; i < runs; i++)); do
        if ! $timer -f "%e %M %U %S" -o "$tmp/$name.time" "$@" >"$tmp/$name.out" 2>"$tmp/$name.err"; then
            echo "bench/parse: \`$*\` failed:" >&2
            head -n 20 "$tmp/$name.err" >&2
            exit 1
        fi
        read -r secs kb user sys <"$tmp/$name.time"
        if [[ -z "$best" ]] || awk -v a="$secs" -v b="${best%% *}" 'BEGIN { exit !(a < b) }'; then
            best="$secs $kb $(awk -v u="$user" -v s="$sys" 'BEGIN { printf "%.2f", u + s }')"
        fi
    done
    echo "$best" >"$tmp/$name.best"
}

report() { # report LABEL LINES NAME
    read -r secs kb cpu <"$tmp/$3.best"
    awk -v label="$1" -v lines="$2" -v s="$secs" -v kb="$kb" -v cpu="$cpu" 'BEGIN {
        rate = (s > 0) ? lines / s : 0
        crate = (cpu > 0) ? lines / cpu : 0
        printf "%-26s %9d lines  wall %6.2f s %9.0f lines/s  cpu %6.2f s %9.0f lines/s  peak %7.1f MB\n", label, lines, s, rate, cpu, crate, kb / 1024
    }'
}

measure grokc "$grokc" check --parse-only "$cache/prog.grok"
measure gcc gcc -fsyntax-only "$cache/prog.c"

echo "best of $runs runs:"
report "grokc check --parse-only" "$grok_lines" grokc
report "gcc -fsyntax-only" "$c_lines" gcc
read -r gs gkb _ <"$tmp/grokc.best"
read -r cs ckb _ <"$tmp/gcc.best"
awk -v gs="$gs" -v cs="$cs" -v gl="$grok_lines" -v cl="$c_lines" -v gkb="$gkb" -v ckb="$ckb" 'BEGIN {
    if (gs > 0 && cs > 0)
        printf "ratio grokc/gcc: %.2fx the time per line, %.2fx the peak memory\n", (gs / gl) / (cs / cl), gkb / ckb
    else
        print "ratio grokc/gcc: a run took under the timer resolution (0.01 s); use more --lines"
}'
